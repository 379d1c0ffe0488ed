"""Screening principles by class of error, after the thirteenth held-out split (frozen13, since
used as development data): a resort's spa, a school of an art and a shop named by its own kind
(ordinary work of massage, dance and modelling); sitting at the patrons' table and company given
to them named again by a pronoun (company kept); a deposit the employer pays as a rule and the
fees the people she serves pay (not hers); extra income from her own produce (no full-time
wage); a village named as a postal address (a place to find); her bank card handed to a munshi
(kept). Each is a table of openings of our own (fictional employers), in English, Hindi and
Bengali, script and Latin; then lures written against this round's exceptions.
"""
from __future__ import annotations

import pytest

from tests.catalog.screening_table import Cases
from tests.catalog.test_screening import codes

CASES = Cases()
FUN = "entertainment_lure"
FEE = "fee_charged"
DOC = "documents_retained"
VAGUE = "vague_employer"
WAGE = "wage_outlier"
SPA = {"trade": "beauty_therapy", "wage": 18_000}
DANCE = {"trade": "teaching_assistant", "wage": 8_000}
MODEL = {"trade": "retail_sales", "wage": 9_000, "district": "Nadia"}
WAIT = {"trade": "food_beverage_service", "wage": 10_000}
SEW = {"trade": "sewing_dress_making", "wage": 11_500}
TRAINER = {"trade": "beauty_therapy", "wage": 15_000}
TUTOR = {"trade": "teaching_assistant", "wage": 8_000}
MUSHROOM = {"trade": "mushroom_cultivation", "wage": 3_000}
PACK = {"trade": "packing_helper", "wage": 3_000}
MAID = {"trade": "domestic_care", "wage": 2_500}
POULTRY = {"trade": "poultry_farming", "wage": 7_500, "district": "Barpeta"}
DAIRY = {"trade": "poultry_farming", "wage": 8_000, "district": "Patna"}
KILN = {"trade": "brick_kiln_work", "wage": 12_000, "district": "Bankura"}
BIDI = {"trade": "bidi_rolling", "wage": 5_500, "work_mode": "remote"}

# entertainment_lure, spa: massage is a spa's day work where the spa belongs to a resort, as to
# a hotel ("the resort spa", "रिसॉर्ट के स्पा में", "রিসোর্টের স্পা"), or the resort is named by its
# kind after its name; a resort's spa with men as clients, the night or rooms she is sent to is
# still entertainment work.
CASES.rows("spa_of_a_resort", [
    (FUN, False, "The Coral Sands Resort, Baga: certified spa therapists for Swedish and Balinese "
     "massage, all treatments inside the resort spa, shift 10 am to 7 pm.", SPA),
    (FUN, False, "Female spa therapist for the Palm Grove Resort spa, Mandarmani. Ayurvedic "
     "massage for ladies guests, 9 am to 6 pm.", SPA),
    (FUN, False, "गोवा के सी-व्यू रिसॉर्ट के स्पा में प्रशिक्षित महिला थेरेपिस्ट चाहिए, "
     "आयुर्वेदिक मसाज, सुबह 10 से शाम 7 बजे।", SPA),
    (FUN, False, "Blue Lagoon Resort ke spa mein certified therapist chahiye, Swedish massage, "
     "shift subah 10 se shaam 7.", SPA),
    (FUN, False, "মন্দারমণির সাগরিকা রিসোর্টের স্পা-তে প্রশিক্ষিত মহিলা থেরাপিস্ট চাই, আয়ুর্বেদিক "
     "ম্যাসাজ, সকাল ১০টা থেকে সন্ধ্যা ৭টা।", SPA),
    (FUN, False, "Digha-r Sea Pearl Resort er spa-te trained female therapist lagbe, ayurvedic "
     "massage, shokal 10ta theke sondhya 7ta.", SPA),
    # ... and a resort's spa with the marks of the lure
    (FUN, True, "Resort spa, Goa: young female therapists for massage of male guests in their "
     "villas at night.", SPA),
    (FUN, True, "The Coral Sands Resort spa needs massage girls for late night body massage.",
     SPA),
    (FUN, True, "रिसॉर्ट के स्पा में लड़कियां चाहिए, रात को पुरुष मेहमानों की मसाज।", SPA),
    (FUN, True, "Resort spa mein massage therapist chahiye, raat ki shift, gents guests ki "
     "special service.", SPA),
    (FUN, True, "রিসোর্টের স্পা-তে মেয়ে চাই, রাতে পুরুষ অতিথিদের ম্যাসাজ।", SPA),
    (FUN, True, "Resort er spa-te meye lagbe, rate purush guest der massage, hotel room-e jete "
     "hobe.", SPA),
])

# entertainment_lure, dance taught: a school of an art is named by its own form after its name
# ("নূপুর নৃত্যাঙ্গন", "झंकार नृत्यालय", "Nupur Nrityangan") and placed after a comma, an employer
# that can be found; dancing taught there is ordinary work. Dance girls for parties, the night,
# a hotel, a guest kept company stay entertainment work, whatever school is named.
CASES.rows("dance_taught_at_a_school_of_its_own_kind", [
    (FUN, False, "ঝংকার নৃত্যাঙ্গন, খাগড়া, বহরমপুর — শিশুদের নাচ শেখানোর জন্য সহকারী শিক্ষিকা, "
     "বিকেল ৪টা–৭টা, মাসে ৮০০০ টাকা।", DANCE),
    (FUN, False, "Nupur Nrityangan, Khagra, Berhampore: bachchader nach shekhanor jonno "
     "sohokari shikshika, bikel 4ta theke 7ta.", DANCE),
    (FUN, False, "झंकार नृत्यालय, कंकड़बाग, पटना को बच्चों को डांस सिखाने के लिए सहायक शिक्षिका "
     "चाहिए, शाम 4 से 7 बजे।", DANCE),
    (FUN, False, "Jhankar Nrityalaya, Kankarbagh, Patna: bachchon ko dance sikhane ke liye "
     "teacher chahiye, shaam 4 se 7.", DANCE),
    (FUN, False, "Nupur Nrityangan, Khagra: assistant teacher to teach Kathak dance to girls of "
     "the evening batch, 4 to 7 pm, four days a week.", DANCE),
    (FUN, False, "রূপকলা নৃত্যালয়, বেলঘরিয়া — মেয়েদের নাচ শেখানোর শিক্ষিকা চাই, সপ্তাহে তিন দিন "
     "বিকেলে।", DANCE),
    # ... and the lures a dance school's name would let through
    (FUN, True, "Nupur Nrityangan, Khagra: dance girls for hotel parties, teacher training "
     "given.", DANCE),
    (FUN, True, "Nupur Nrityangan, Khagra: dance teacher for private parties at night, good "
     "looking girls preferred.", DANCE),
    (FUN, True, "झंकार नृत्यालय, कंकड़बाग: शादी और होटल पार्टियों में नाचने वाली लड़कियां चाहिए, "
     "डांस सिखाया जाएगा।", DANCE),
    (FUN, True, "Jhankar Nrityalaya, Kankarbagh: raat ki party mein dance karne ke liye "
     "ladkiyan chahiye, dance sikhaya jayega.", DANCE),
    (FUN, True, "নূপুর নৃত্যাঙ্গন, খাগড়া — রাতে হোটেলের পার্টিতে নাচের মেয়ে চাই, নাচ শেখানো হবে।",
     DANCE),
    (FUN, True, "Nupur Nrityangan, Khagra: rater party-te nacher meye lagbe, guest der sathe "
     "thakte hobe.", DANCE),
])

# entertainment_lure, modelling: a shop is named by its Indian-language kind after its name
# ("Shantipur Tant Ghar", "মা তারা বস্ত্রালয়", "गंगा वस्त्रालय", "Phulia Tant Bitan") with its
# place, an employer that can be found; models for its catalogue shot at its own studio in day
# hours are ordinary work. A night shoot at a hotel, photos on WhatsApp, her looks asked for stay
# the lure.
CASES.rows("catalogue_models_for_a_shop_named_by_its_kind", [
    (FUN, False, "Phulia Tant Bitan, Phulia, Nadia: notun saree collection-er catalogue chobir "
     "jonno mohila model, shoot dokaner studio-te, shokal 10ta theke 5ta.", MODEL),
    (FUN, False, "মা তারা বস্ত্রালয়, কালনা — নতুন শাড়ির ক্যাটালগের ছবির জন্য মহিলা মডেল, শুট "
     "দোকানের স্টুডিওতে, সকাল ১০টা থেকে বিকেল ৫টা।", MODEL),
    (FUN, False, "गंगा वस्त्रालय, हाजीपुर: नई साड़ियों के कैटलॉग के लिए महिला मॉडल, शूट दुकान के "
     "स्टूडियो में, सुबह 10 से शाम 5।", MODEL),
    (FUN, False, "Ganga Vastralaya, Hajipur: saree collection ke catalogue ke liye mahila model, "
     "shoot shop ke studio mein, subah 10 se shaam 5.", MODEL),
    (FUN, False, "Shantipur Tant Ghar, Shantipur, Nadia: women models for our new saree "
     "catalogue, shoot in our own studio above the shop, 10 am to 5 pm.", MODEL),
    (FUN, False, "Ma Tara Bastralaya, Kalna, Nadia: models for the saree catalogue and website, "
     "shoot at the shop's studio, day hours only.", MODEL),
    # ... and the lures a shop's name would let through
    (FUN, True, "Shantipur Tant Ghar, Nadia: models for a catalogue shoot, night shoot at a "
     "hotel, send full length photo.", MODEL),
    (FUN, True, "Saree catalogue models, send photos on WhatsApp, shoot at a farmhouse party.",
     MODEL),
    (FUN, True, "गंगा वस्त्रालय, हाजीपुर: कैटलॉग शूट के लिए मॉडल, रात में होटल में शूट, फोटो "
     "व्हाट्सएप करें।", MODEL),
    (FUN, True, "Ganga Vastralaya, Hajipur: catalogue model chahiye, raat ko hotel mein shoot, "
     "photo bhejein.", MODEL),
    (FUN, True, "মা তারা বস্ত্রালয়, কালনা — ক্যাটালগের মডেল চাই, রাতে হোটেলে শুট, ছবি পাঠান।",
     MODEL),
    (FUN, True, "Phulia Tant Bitan, Nadia: catalogue model lagbe, rate hotel-e shoot, dekhte "
     "sundor meye chai.", MODEL),
])

# entertainment_lure, company at the table: sitting at the patrons' table is keeping them
# company ("customers ke table pe baith ke", "অতিথিদের সঙ্গে টেবিলে বসে", "sit at the guests'
# tables"), and so is company given to them named again by a pronoun of object or respect
# ("unko company dena", "उन्हें कंपनी देना", "তাঁদের সঙ্গ দেওয়া"); serving at the tables, taking
# the guests to them, and patrons who sit there themselves, are a waitress's work.
CASES.rows("company_kept_at_the_patrons_table", [
    (FUN, True, "Waitresses for the Blue Moon lounge: take orders and sit at the guests' tables "
     "to chat with them.", WAIT),
    (FUN, True, "Ladies staff for our restaurant, the customers like it when you sit at their "
     "table for a while.", WAIT),
    (FUN, True, "रेस्टोरेंट में लेडीज़ वेटर चाहिए, ग्राहकों की टेबल पर बैठकर उनसे बातें करनी "
     "होंगी।", WAIT),
    (FUN, True, "Family restaurant ko ladies waitress chahiye, regular customers ke table pe "
     "baithna padega.", WAIT),
    (FUN, True, "রেস্টুরেন্টে ওয়েট্রেস চাই, অতিথিদের টেবিলে বসে গল্প করতে হবে।", WAIT),
    (FUN, True, "Restaurant-e waitress lagbe, customer der table-e bose golpo korte hobe.",
     WAIT),
    # (the pronoun far from the guests, past the reach of a word of company)
    (FUN, True, "रेस्टोरेंट में वेट्रेस, नियमित मेहमान जब अकेले आएं तो देर तक उन्हें कंपनी देना भी "
     "काम है।", WAIT),
    (FUN, True, "Ladies waitress, regular guests jab akele aayen to der tak unko company dena bhi "
     "kaam hai.", WAIT),
    (FUN, True, "রেস্টুরেন্টে ওয়েট্রেস, নিয়মিত অতিথিরা একা এলে অনেকক্ষণ ধরে বসে থেকে তাঁদের সঙ্গ "
     "দেওয়াও কাজের অংশ।", WAIT),
    (FUN, True, "Restaurant-e waitress, regular guest ra eka ele onekkhon dhore bose theke "
     "taderke songo dewa kajer ongsho.", WAIT),
    (FUN, True, "Waitress for our lounge: regular customers who come in alone expect the "
     "waitress to stay on and offer them companionship.", WAIT),
    # ... and a waitress's work at the tables
    (FUN, False, "Sagar Family Restaurant, MG Road: waitress to take orders and serve food at "
     "the customers' tables, 11 am to 8 pm.", WAIT),
    (FUN, False, "Sagar Family Restaurant, MG Road: the customers sit at the tables and you "
     "take their orders, day shift.", WAIT),
    (FUN, False, "गंगा रेस्टोरेंट, स्टेशन रोड: वेटर चाहिए, ग्राहकों को टेबल तक ले जाना और खाना "
     "परोसना, सुबह 10 से शाम 7।", WAIT),
    (FUN, False, "Annapurna Restaurant, Station Road: waiter chahiye, customers ko table tak le "
     "jana aur order lena, din ki shift.", WAIT),
    (FUN, False, "অন্নপূর্ণা রেস্টুরেন্ট, স্টেশন রোড — অতিথিদের টেবিলে খাবার পরিবেশনের জন্য কর্মী "
     "চাই, সকাল ১০টা থেকে সন্ধ্যা ৭টা।", WAIT),
    (FUN, False, "Annapurna Restaurant, Station Road: customer der table-e khabar dewar kaj, "
     "shokal 10ta theke sondhya 7ta.", WAIT),
    (FUN, False, "Annapurna Restaurant, Station Road: waiters serve the guests and must not sit at "
     "their tables, day shift.", WAIT),
    (FUN, False, "अन्नपूर्णा रेस्टोरेंट, स्टेशन रोड: वेटर मेहमानों की टेबल पर नहीं बैठेंगे, केवल खाना "
     "परोसना, दिन की शिफ्ट।", WAIT),
])

# fee_charged, the employer pays as a rule: a deposit the employer (a payer other than she) is
# said to pay in the habitual present ("कंपनी स्वयं जमा करती है", "company khud jama karti hai",
# "কোম্পানি নিজেই জমা দেয়", "the employer itself pays") is not hers; a deposit she is to pay, or
# one with her named between payer and verb, still is.
CASES.rows("deposit_the_employer_pays_as_a_rule", [
    (FEE, False, "कंपनी के पास महिला छात्रावास में सीट, छात्रावास की सिक्योरिटी राशि कंपनी "
     "स्वयं जमा करती है। वेतन 11,500 रुपये।", SEW),
    (FEE, False, "हॉस्टल का डिपॉजिट मालिक खुद जमा करता है, वेतन 11,500 रुपये।", SEW),
    (FEE, False, "Hostel ki security deposit company khud jama karti hai, worker se kuch nahi "
     "liya jata.", SEW),
    (FEE, False, "PG ka security deposit malik jama karta hai, salary 11,500.", SEW),
    (FEE, False, "হোস্টেলের জামানত কোম্পানি নিজেই জমা দেয়, কর্মীর কাছ থেকে কিছু নেওয়া হয় না।",
     SEW),
    (FEE, False, "Hostel er security deposit company nijei joma dey, beton 11,500 taka.", SEW),
    (FEE, False, "The employer itself pays the hostel security deposit for every new operator. "
     "Salary Rs 11,500.", SEW),
    # ... and deposits that are still hers
    (FEE, True, "छात्रावास की सिक्योरिटी राशि 3,000 रुपये आपको जमा करनी होगी।", SEW),
    (FEE, True, "Hostel ki security deposit Rs 2,000 joining par jama karni hogi.", SEW),
    (FEE, True, "হোস্টেলের জামানত ২০০০ টাকা আপনাকে জমা দিতে হবে।", SEW),
    (FEE, True, "Hostel er jamanat 2000 taka apnake joma dite hobe, company shudhu rasid dey.",
     SEW),
    (FEE, True, "Hostel deposit of Rs 2,000 to be paid by the candidate at joining.", SEW),
])

# fee_charged, fees of others: fees the people she serves pay (clients, students, members,
# patients), named just before the fee with only words of whose or what fee between ("clients
# ki fees ka 40% share", "छात्रों की फीस", "ছাত্রছাত্রীদের মাসিক ফি"), are what she earns a share
# of; a fee of her own beside them is still asked.
CASES.rows("fees_the_people_served_pay", [
    (FEE, False, "Yoga trainer chahiye, salary 14,000 + members ki monthly fees ka 30% share.",
     TRAINER),
    (FEE, False, "ट्यूशन सेंटर में शिक्षिका, वेतन 8,000 रुपये और छात्रों की फीस का 20% हिस्सा।",
     TUTOR),
    (FEE, False, "Fitness trainer: Rs 15,000 plus 40% of the personal training clients' fees.",
     TRAINER),
    (FEE, False, "Music teacher: Rs 8,000 a month and a share of the students' fees for extra "
     "classes.", TUTOR),
    (FEE, False, "কোচিং সেন্টারে শিক্ষিকা, মাসে ৮০০০ টাকা ও ছাত্রছাত্রীদের মাসিক ফি-র ২০% ভাগ।",
     TUTOR),
    (FEE, False, "Gym-e trainer lagbe, beton 14,000 taka ar client der fees er 30% share.",
     TRAINER),
    (FEE, False, "क्लिनिक में सहायक, वेतन 10,000 और मरीजों की फीस पर 5% प्रोत्साहन।", TUTOR),
    # ... and a fee of her own beside theirs
    (FEE, True, "Fitness trainer, Rs 15,000 plus a share of clients' fees; Rs 2,000 training "
     "fees to be paid before joining.", TRAINER),
    (FEE, True, "Clients ki fees ka 40% milega, lekin pehle registration fees Rs 1,500 jama "
     "karni hogi.", TRAINER),
    (FEE, True, "छात्रों की फीस का हिस्सा मिलेगा, पर ज्वाइनिंग से पहले 2,000 रुपये प्रशिक्षण शुल्क "
     "देना होगा।", TUTOR),
    (FEE, True, "ছাত্রছাত্রীদের ফি-র ভাগ পাবেন, তবে যোগ দেওয়ার আগে ১৫০০ টাকা রেজিস্ট্রেশন ফি দিতে "
     "হবে।", TUTOR),
    (FEE, True, "Client der fees er share paben, kintu age 1500 taka registration fee dite "
     "hobe.", TRAINER),
])

# wage_outlier, the floor: earnings named as extra to a household's, from her own produce
# ("3,000 रुपये महीना अतिरिक्त कमाई", "extra income", "বাড়তি আয়"), are no full-time wage to hold
# to the statutory floor; work said to be full-time is held to it whatever extra it names.
CASES.rows("extra_income_from_her_own_produce", [
    (WAGE, False, "जीविका समूह की दीदियों के लिए मशरूम उत्पादन, घर के एक कमरे में, पिछले साल औसतन "
     "3,000 रुपये महीना अतिरिक्त कमाई हुई।", MUSHROOM),
    (WAGE, False, "SHG didiyon ke liye mushroom ki kheti, ghar ke kamre mein, mahine mein 3,000 "
     "rupaye extra kamai.", MUSHROOM),
    (WAGE, False, "Mushroom growing for SHG members in a spare room of their house; members "
     "earned an extra income of about Rs 3,000 a month.", MUSHROOM),
    (WAGE, False, "স্বনির্ভর গোষ্ঠীর দিদিদের জন্য মাশরুম চাষ, বাড়ির একটা ঘরে, মাসে বাড়তি আয় "
     "প্রায় ৩০০০ টাকা।", MUSHROOM),
    (WAGE, False, "SHG didi der jonno mushroom chash, barir ekta ghore, mase barti aay pray 3000 "
     "taka.", MUSHROOM),
    (WAGE, False, "Papad making with the women's collective; members earn an additional income "
     "of Rs 3,000 a month.", MUSHROOM),
    # ... and full-time work held to the floor, whatever extra it names
    (WAGE, True, "Full-time packing helper in the factory, Rs 3,000 a month plus extra income "
     "from overtime.", PACK),
    (WAGE, True, "फैक्ट्री में पूरा दिन काम, 3,000 रुपये महीना, अतिरिक्त कमाई ओवरटाइम से।", PACK),
    (WAGE, True, "Factory mein full time kaam, 3,000 mahina, extra kamai overtime se.", PACK),
    (WAGE, True, "সারাদিন কারখানায় কাজ, মাসে ৩০০০ টাকা, বাড়তি আয় ওভারটাইমে।", PACK),
    (WAGE, True, "Factory-te full time kaj, mase 3000 taka, barti aay overtime theke.", PACK),
    (WAGE, True, "Live-in maid, Rs 2,500 a month, extra income from festival gifts.", MAID),
])

# vague_employer, a village as an address: a village named as a postal address, its name and
# then the place it is in ("গ্রাম হরিপুর, হাউলি", "ग्राम रामपुर, पोस्ट बिहटा", "Vill. Kashipur, P.O.
# Howly"), is a place to find the employer by, as a street is; a middleman's village, a village
# named without its place, or a phone alone are not.
CASES.rows("a_village_named_as_a_postal_address", [
    (VAGUE, False, "রহিম পোল্ট্রি ফার্ম, গ্রাম কাশিপুর, হাউলি — খামারে কর্মী চাই, মাসে ৭৫০০ টাকা। "
     "মালিক ৯৪XXXXXX১৮।", POULTRY),
    (VAGUE, False, "Rahim Poultry Farm, Vill. Kashipur, P.O. Howly: khamare kormi lagbe, mase "
     "7500 taka, phone 94XXXXXX18.", POULTRY),
    (VAGUE, False, "रामदेव डेयरी फार्म, ग्राम रामपुर, पोस्ट बिहटा — पशुओं की देखभाल के लिए कर्मी, "
     "8,000 रुपये महीना, संपर्क 98XXXXXX21।", DAIRY),
    (VAGUE, False, "Ramdev Dairy, Vill. Rampur, P.O. Bihta: pashu dekhbhal ke liye worker, 8,000 "
     "mahina, call 98XXXXXX21.", DAIRY),
    (VAGUE, False, "Green Acre Poultry, Village Haripur, Howly: farm worker to feed birds and "
     "clean sheds, Rs 7,500 a month. Call 94XXXXXX18.", POULTRY),
    (VAGUE, False, "গ্রাম হরিপুর, পোঃ হাউলি — করিম সাহেবের খামারে কাজ, মাসে ৭০০০ টাকা, ফোন "
     "৯৪XXXXXX১৮।", POULTRY),
    # ... and villages that name no employer's place
    (VAGUE, True, "সরদার বাবলু, গ্রাম রানিবাঁধ, বাঁকুড়া — ইটভাটায় কাজ, ফোন ৯৭XXXXXX১৪।", KILN),
    (VAGUE, True, "ठेकेदार रमेश, ग्राम सोनपुर, गया — पंजाब में खेत का काम, संपर्क 98XXXXXX33।",
     KILN),
    (VAGUE, True, "Raju thekedar, Gram Sonpur, Gaya: Punjab mein khet ka kaam, call 98XXXXXX33.",
     KILN),
    (VAGUE, True, "গ্রামের মেয়েদের জন্য খামারে কাজ, ফোন ৯৪XXXXXX১৮।", POULTRY),
    (VAGUE, True, "Village girls wanted for farm work, call 94XXXXXX18.", POULTRY),
    (VAGUE, True, "Gram theke meye chai, khamare kaj, phone 94XXXXXX18.", POULTRY),
    (VAGUE, True, "Agent Sohail, Village Kashipur, Howly: farm jobs, call 94XXXXXX18.", POULTRY),
])

# documents_retained, a bank card handed over: her ATM card, passbook or PIN handed to the munshi
# of home-based piece work or to a moneylender ("hand your ATM card to the munshi", "मुंशी जी को
# सौंप दें", "মুন্সির কাছে রাখতে হবে") is her wage in their hands, whatever checking is promised;
# the munshi handing out the leaves, her work handed in, her card staying with her are not.
CASES.rows("bank_card_handed_to_a_middleman", [
    (DOC, True, "Bidi rolling at home; please hand your ATM card to the munshi, who checks your "
     "wages every week.", BIDI),
    (DOC, True, "Give your passbook and ATM card to the munshi when you join.", BIDI),
    (DOC, True, "बीड़ी का काम घर पर, मज़दूरी बैंक में आएगी, एटीएम कार्ड और पिन मुंशी जी को सौंप "
     "दें।", BIDI),
    (DOC, True, "Bidi ka kaam ghar par, ATM card munshi ji ko de dena, woh payment check "
     "karenge.", BIDI),
    (DOC, True, "বাড়িতে বিড়ি বাঁধার কাজ, এটিএম কার্ড মুন্সির কাছে রাখতে হবে।", BIDI),
    (DOC, True, "Barite bidi bandhar kaj, ATM card munshir kache jama rakhte hobe.", BIDI),
    (DOC, True, "पासबुक और एटीएम कार्ड महाजन के पास रहेगा, मज़दूरी वहीं से मिलेगी।", BIDI),
    # ... and a munshi who hands out the work, or her card kept by her
    (DOC, False, "Bidi rolling at home with Tara Bidi Company; wages paid to your own bank "
     "account, your ATM card stays with you.", BIDI),
    (DOC, False, "The munshi hands over the tendu leaves every week; wages go to your own bank "
     "account.", BIDI),
    (DOC, False, "Munshi ji har hafte patta denge, ATM card aapke paas hi rahega.", BIDI),
    (DOC, False, "মুন্সি প্রতি সপ্তাহে পাতা দেবেন, মজুরি আপনার নিজের ব্যাংক অ্যাকাউন্টে, এটিএম "
     "কার্ড আপনার কাছেই থাকবে।", BIDI),
    (DOC, False, "Munshi proti soptahe pata deben, ATM card apnar kachei thakbe.", BIDI),
    (DOC, False, "Hand in your filled bidis to the munshi on Saturday; wages every week.", BIDI),
    (DOC, False, "मुंशी जी हर हफ्ते पत्ता और तंबाकू देंगे, मज़दूरी सीधे आपके बैंक खाते में।", BIDI),
])


# A second round of lures, against this round's exceptions together: a resort's spa that sends
# her out, extra income promised far above the trade's, the employer paying her wage but not her
# deposit, others' fees beside a deposit of hers or a fee of theirs she is to pay, a table beside
# a bar's guests, a village of the agent's.
CASES.rows("lures_against_this_rounds_exceptions", [
    (FUN, True, "Sunrise Resort, Calangute: spa girls for massage, home service to the guests' "
     "villas.", SPA),
    (WAGE, True, "Ghar baithe extra income, Rs 45,000 mahina, sirf 2 ghante roz.", MUSHROOM),
    (FEE, True, "Company jama karti hai aapki salary, lekin pehle Rs 2,000 security deposit "
     "aapko dena hoga.", SEW),
    (FEE, True, "কোম্পানি নিজেই বেতন জমা দেয়, তবে যোগ দেওয়ার আগে ২০০০ টাকা জামানত দিতে হবে।",
     SEW),
    (FEE, True, "Students ki fees ka 20% milega, aur security deposit Rs 3,000 pehle dena hoga.",
     TUTOR),
    (FUN, True, "Bar mein customers aate hain, aapko bhi unke saath table pe baithna hai.", WAIT),
    (FUN, True, "বারে খদ্দেররা আসে, আপনাকে তাদের টেবিলে বসতে হবে।", WAIT),
    (VAGUE, True, "দালাল রফিক, গ্রাম কাশিপুর, হাউলি — খামারে কাজ, ফোন ৯৪XXXXXX১৮।", POULTRY),
    (DOC, True, "Tara Bidi Company, Jangipur: ATM card and PIN stay with the munshi till the "
     "season ends.", BIDI),
    (FEE, True, "Client servicing job: client registration fee Rs 1,000 to be paid by you at "
     "joining.", TRAINER),
    (FEE, True, "Students ki admission fees aapko pehle deni hogi, Rs 2,000.", TUTOR),
    (FEE, True, "গ্রাহকদের ফি ৫০০ টাকা আপনাকে জমা দিতে হবে।", TUTOR),
])


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_a_class_of_error_is_corrected_as_a_class(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
