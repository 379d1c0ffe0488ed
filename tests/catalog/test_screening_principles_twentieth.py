"""Screening principles by class of error, after the twentieth and twenty-first held-out splits
(frozen20 and frozen21, since used as development data). First a shop's own product shown, read
as entertainment: a looks word that is the first word of a shop's name ("Sundari Saree
Emporium", "সুন্দরী বস্ত্রালয়") read as her looks asked for, and "bar" counting times after a
numeral ("mashe 1-2 bar photoshoot", "মাসে ২ বার") read as a bar; a named shop's catalogue shoot
is ordinary retail work, and stays entertainment where a lure's mark stands beside it. Then a
public board's own fee, named as the board's and paid online ("sirf NIOS ki official fees online
jama hogi"), and a charge denied by what is taken ("we charge nothing"), read as a fee asked of
her. Then a recall hole: her papers kept by the keeper "with itself" ("company apne paas
rakhegi"), in a passive read as said to her ("मालिक के पास रखे जाएँगे"), put "into our hands", kept
"until" with the negation that Bengali and Hindi say it with ("visa na asha porjonto"), or left
behind with the keeper ("অফিসে রেখে যেতে হবে"), raised no documents_retained; and a price she
must pay for the work (her login, a kit she must buy, "চার্জ" in script) raised no fee_charged,
whose new "চার্জ" showed a fee paid by another named after its verb ("সার্ভিস চার্জ দেয়
নিয়োগকারী") read as hers; and an age under 18 said to do "even so" ("১৭ বছর হলেও চলবে") or
named beside experience denied ("no experience needed, girls 16+") raised no minor_targeted;
a household's house numbered with a slash ("14/2 Jodhpur Park") was read as a phone alone; and
a lawful route's mark required of all ("BMET card chara keu jabe na") was read as skipped;
a person named by a title ("owner Surinder Negi") had the name read as "surrender"; and the pieces
a roller makes a day ("makes 1,000 a day" beside "Rs 240 per 1,000 bidis") were read as rupees;
children said to lend a hand ("bachche bhi haath batayein") were not read as set to work; and
an age floor said with "from" ("Girls from 17 can apply") was not read as an age. Each row is an opening of our own (fictional employers), in English, Hindi and Bengali,
script and Latin, written before the rules were corrected; then lures that a too-wide exception
would let through (her looks or photographs asked for, a portfolio fee, a bar at night, the
board's fee sent to the centre or an agent, or with a sum).
"""
from __future__ import annotations

import pytest

from tests.catalog.screening_table import Cases
from tests.catalog.test_screening import codes

CASES = Cases()
FUN = "entertainment_lure"
FEE = "fee_charged"
SALE = {"trade": "retail_sales", "wage": 10_000, "district": "Kanpur"}
SCHOOL = {"trade": "open_schooling", "wage": 0, "district": "Bulandshahr"}
PAPERS = "documents_retained"
HOMEWORK = {"trade": "agarbatti_making", "wage": 7_500, "district": "Gaya"}
MINOR = "minor_targeted"
CALLS = {"trade": "customer_care_voice", "wage": 12_000, "district": "Kolkata"}
SHOPS = {"trade": "retail_sales", "wage": 12_000, "district": "Dehradun"}
VAGUE = "vague_employer"
HOUSEHOLD = {"trade": "domestic_cook", "wage": 7_000, "district": "Kolkata"}
ABROAD_CODE = "overseas_travel"
ABROAD = {"trade": "food_processing", "wage": 27_000, "district": "Dhaka"}
FARM = {"trade": "farm_labour", "wage": 15_600, "district": "Shimla"}
WAGE = "wage_outlier"
BIDI = {"trade": "bidi_rolling", "wage": 6_240, "district": "Murshidabad"}
POULTRY = {"trade": "poultry_farming", "wage": 10_000, "district": "Hisar"}
COOK = {"trade": "domestic_cook", "wage": 12_000, "district": "Kolkata"}
MILL = {"trade": "garment_machine_operator", "wage": 9_000, "district": "Coimbatore"}

# a looks word that is the first word of the shop's own name (ten of twelve raised
# entertainment_lure on round 19's rules)
CASES.add("a_looks_word_naming_the_shop", None, False, [
    "Sundari Saree Emporium, Mall Road, Kanpur ko naye catalogue ke liye models chahiye (18+), "
    "shoot dukaan ke studio mein, koi fee nahi.",
    "Sundori Boutique, Gariahat: counter sales girl, mashe 9000, dokane eshe dekha korun.",
    "सुंदरी साड़ी एम्पोरियम, माल रोड, कानपुर को काउंटर पर सेल्सगर्ल चाहिए, ₹10,000 महीना, कोई फीस "
    "नहीं।",
    "সুন্দরী বস্ত্রালয়, শ্যামবাজার: কাউন্টারে শাড়ি দেখানো ও বিলিং, মাসে ৯৫০০ টাকা।",
    "Sundari Textiles, Surat needs sales staff for its showroom, Rs 11,000 a month with PF.",
    "Sundori Saree Ghar, Shyambazar e counter e saree dekhano o billing, mashe 9500.",
    "Sundari Jewellers, Chowk, Lucknow: sales assistant for the counter, Rs 12,000 and ESI.",
    "सुंदरी ब्यूटी पार्लर, सिविल लाइंस में थ्रेडिंग और वैक्सिंग के लिए हेल्पर, ₹9,000 महीना।",
    "Sundari Garments, Tiruppur: tailors for the stitching floor, Rs 10,500 a month, PF and "
    "ESI.",
    "সুন্দরী টেক্সটাইলস, হাওড়া: দোকানে বিক্রয় সহকারী, মাসে ১০,০০০ টাকা।",
    "Sundari Sarees Kanpur ko billing staff chahiye, Rs 10,000 mahina, dukaan Mall Road par.",
    "Sundori Emporium, College Street: saree packing o billing, mashe 9000 taka.",
], **SALE)
CASES.add("her_looks_asked_for_beside_a_shop", FUN, True, [
    "Sundari ladkiyan chahiye saree shop ke liye, photo WhatsApp karein, 40,000 mahina.",
    "Saree emporium ko sundori meye lagbe, chobi pathan WhatsApp e.",
    "सुंदरी लड़कियां चाहिए, शोरूम में मॉडलिंग, फोटो भेजें।",
    "দোকানের জন্য সুন্দরী মেয়ে চাই, ছবি পাঠান, মাসে ৩০ হাজার।",
    "Beautiful girls needed for a saree emporium's private parties at night.",
], **SALE)

# "bar" counting times after a numeral, beside a named shop's catalogue shoot (four of twelve
# raised entertainment_lure on round 19's rules)
CASES.add("bar_counting_times", None, False, [
    "Rangoli Saree Ghar, Shyambazar: counter e billing, mashe 9500. Mashe 1-2 bar dokaner nijer "
    "catalogue er jonno photoshoot, 1000 taka alada.",
    "Gupta Saree Bhandar, Chowk, Lucknow: mahine mein 2 baar dukaan ke catalogue ke liye "
    "photoshoot, Rs 1,000 alag.",
    "गुप्ता साड़ी भंडार, चौक, लखनऊ: महीने में 2 बार दुकान के कैटलॉग के लिए फोटोशूट, ₹1,000 अलग।",
    "রঙ্গোলি শাড়ি ঘর, শ্যামবাজার: মাসে ২ বার দোকানের নিজের ক্যাটালগের জন্য ফটোশুট, প্রতি শুটে ১০০০ "
    "টাকা।",
    "Mitra Boutique, Gariahat: sapta e 3 bar photoshoot dokaner catalogue er jonno, 800 taka "
    "protiti.",
    "Sharma Sarees, Kanpur: saal mein 4 baar catalogue photoshoot dukaan ke studio mein.",
    "শর্মা বুটিক, হাতিবাগান: বছরে ৪ বার দোকানের ক্যাটালগ ফটোশুট।",
    "शर्मा बुटीक, हज़रतगंज: हफ्ते में 3 बार कैटलॉग फोटोशूट, दुकान के स्टूडियो में।",
    "Das Textiles, Howrah: mashe 2-3 bar dokaner modelling, catalogue er jonno.",
    "Verma Jewellers, Aminabad: mahine mein 1-2 baar catalogue modelling, dukaan mein hi.",
    "Roy Saree Kuthir, Shyambazar: বছরে ২-৩ বার catalogue photoshoot, dokane.",
    "Kapoor Fabrics, Karol Bagh: catalogue photoshoot 2 baar a month at the shop's studio.",
], **SALE)
CASES.add("a_bar_or_a_shoot_with_a_lures_mark", FUN, True, [
    "Mashe 2 bar bar e dance, rate e guest der sathe.",
    "Hafte mein 3 baar dance bar mein performance, raat 10 se 3 baje tak.",
    "Catalogue photoshoot 2 baar mahine mein, portfolio fee Rs 5,000 pehle jama karein.",
    "Mashe 2 bar dokaner catalogue photoshoot, age 5000 taka registration fee.",
    "Ladies bar mein kaam, hafte mein 2 baar chhutti.",
    "Saree catalogue shoot 2 baar mahine mein, photo WhatsApp karein, 16 saal ki ladkiyan bhi.",
], **SALE)

# a public board's own fee, named as the board's, paid online; a charge denied by what is taken
# (all twelve raised fee_charged on round 19's rules)
CASES.add("the_boards_own_fee_paid_online", None, False, [
    "Sakhi Shiksha Kendra, Civil Lines, Bulandshahr: NIOS form bharne mein free help, koi charge "
    "nahi; sirf NIOS ki official fees online jama hogi.",
    "Free help with NIOS admission at our centre, no charge; only the board's official fee is "
    "paid online on the NIOS portal.",
    "सखी शिक्षा केंद्र, सिविल लाइंस: NIOS फॉर्म भरने में मुफ़्त मदद, कोई शुल्क नहीं; केवल NIOS की "
    "आधिकारिक फीस ऑनलाइन जमा होगी।",
    "সখী শিক্ষা কেন্দ্র, বর্ধমান: NIOS ফর্ম পূরণে বিনামূল্যে সাহায্য, কোনো চার্জ নেই; শুধু বোর্ডের "
    "নিজস্ব ফি অনলাইনে জমা হবে।",
    "Sakhi Shiksha Kendra, Bardhaman: NIOS form puron e free sahajyo, kono charge nei; shudhu "
    "board er official fee online e joma hobe.",
    "Muft NIOS admission madad, Shiksha Sadan, Aligarh. Board ki exam fees online hi jama hoti "
    "hai, hum koi paisa nahi lete.",
    "Women's Learning Centre, Patna: we fill NIOS forms for free. The exam fee is NIOS's own "
    "and is paid online by the learner.",
    "महिला शिक्षा केंद्र, पटना: NIOS फॉर्म मुफ़्त में भरते हैं; बोर्ड की परीक्षा फीस ऑनलाइन ही जमा "
    "होती है।",
    "নারী শিক্ষা কেন্দ্র, হাওড়া: বিনা খরচে NIOS ফর্ম পূরণ; NIOS-এর পরীক্ষার ফি অনলাইনে জমা হয়।",
    "Nari Shiksha Kendra, Howrah: bina khoroche NIOS form; NIOS er porikkhar fee online e joma "
    "hoy.",
    "Sakhi Kendra, Meerut: 10vi/12vi NIOS admission help bilkul muft. NIOS ki fees online "
    "portal par jama hogi.",
    "Free NIOS help desk, Jan Shiksha Trust, Gaya: the board's admission fee is paid online by "
    "you; we charge nothing.",
], **SCHOOL)
CASES.add("the_boards_fee_sent_elsewhere_or_a_charge_after_free", FEE, True, [
    "NIOS admission help, Sakhi Kendra: NIOS ki official fees Rs 4,500 online hamein bhejein.",
    "Free NIOS help, but the board's fee of Rs 6,000 is paid to our agent online.",
    "NIOS की फीस ₹5,000 ऑनलाइन एजेंट को जमा करें, फिर एडमिशन पक्का।",
    "বোর্ডের ফি ৫০০০ টাকা অনলাইনে দালালের কাছে জমা দিতে হবে।",
    "NIOS admission muft, par registration fee Rs 2,000 pehle centre par jama karni hogi.",
    "NIOS ki fees online hamein jama karein, form free bharenge.",
    "Registration fee Rs 500, nothing else to pay.",
    "Pay the joining fee of Rs 2,000; nothing is refunded.",
    "Nothing to worry, just pay the registration fee of Rs 1,500.",
], **SCHOOL)


# her papers kept by the keeper "with itself" ("company apne paas rakhegi", "कंपनी अपने पास
# रखेगी", "কোম্পানি নিজের কাছে রাখবে"), in a passive ("मालिक के पास रखे जाएँगे", read as "रखें"
# said to her) or put "into our hands" ("amader hate dite hobe") (ten of sixteen raised no
# documents_retained on round 19's rules)
CASES.add("kept_by_the_keeper_with_itself", PAPERS, True, [
    'Lakshmi Mills, Coimbatore: Rs 8,500 mahina. Joining par Aadhaar aur marksheet mill office '
    'apne paas rakhegi.',
    'Original 10th marksheet aur Aadhaar company ek saal tak apne paas rakhegi.',
    'Aadhaar card thekedar apne paas rakhega jab tak kaam chale.',
    'जॉइनिंग पर आधार कार्ड कंपनी अपने पास रखेगी।',
    'मूल प्रमाणपत्र मिल प्रबंधन अपने पास रखेगा।',
    'जॉइनिंग पर आधार, वोटर कार्ड और मोबाइल सिम मालिक के पास सुरक्षित रखे जाएँगे।',
    'पासपोर्ट एजेंट के पास रखे जाएंगे।',
    'Aadhaar aur ATM card malik ke paas rakhe jayenge.',
    'Kono taka lagbe na, shudhu passport amader hate dite hobe.',
    'Joining er somoy Aadhaar card amader kache jama dite hobe.',
    'শুধু পাসপোর্ট আমাদের হাতে দিতে হবে, কোনো টাকা লাগবে না।',
    'যোগদানের সময় আধার কার্ড আমাদের কাছে জমা দিতে হবে।',
    'Joining par Aadhaar hamare paas jama karna hoga.',
    'जॉइनिंग पर आधार कार्ड हमारे पास जमा करना होगा।',
    'Company nijer kache Aadhaar card rakhbe chukti shesh howa porjonto.',
    'কোম্পানি আধার কার্ড নিজের কাছে রাখবে।',
], **MILL)
CASES.add("her_own_keeping_stays_hers", PAPERS, False, [
    'Aadhaar aap apne paas rakhein, company sirf photocopy legi.',
    'Aapka passport aap apne paas rakhenge, company nahi rakhti.',
    'आधार कार्ड आप अपने पास रखें, कंपनी केवल फोटोकॉपी लेगी।',
    'Apni Aadhaar card nijer kache rakhben, amra shudhu photocopy nebo.',
    'আপনার আধার কার্ড নিজের কাছে রাখবেন, আমরা শুধু ফটোকপি নেব।',
    'Documents verified at joining and returned the same day; you keep your originals.',
    'Bring your Aadhaar for verification; we keep only a photocopy.',
    'Joining par Aadhaar dikhakar wapas, company sirf copy rakhegi.',
], **MILL)

# an "until" whose negation denies nothing ("visa na asha porjonto", "jab tak ... nahi hota"), and
# papers left behind with the keeper ("অফিসে রেখে যেতে হবে", "ऑफिस में छोड़कर जाना होगा") (seven
# of thirteen raised no documents_retained on round 19's rules)
CASES.add("kept_until_and_left_behind", PAPERS, True, [
    'Original passport visa na asha porjonto amader office e jama thakbe.',
    'Passport kaj shesh na hoya porjonto company r kache thakbe.',
    'পাসপোর্ট চুক্তি শেষ না হওয়া পর্যন্ত অফিসে জমা থাকবে।',
    'ভিসা না আসা পর্যন্ত আসল পাসপোর্ট এজেন্টের কাছে থাকবে।',
    'Jab tak contract khatam nahi hota, passport company ke paas rahega.',
    'जब तक कर्ज़ नहीं चुकता, आधार कार्ड ठेकेदार के पास रहेगा।',
    'Loan shodh na howa porjonto ATM card malik er kache thakbe.',
    'আর চুক্তি সই পর্যন্ত পাসপোর্ট অফিসে রেখে যেতে হবে।',
    'Chukti shoi porjonto passport office e rekhe jete hobe.',
    'Passport office mein chhodkar jaana hoga jab tak visa na aaye.',
    'पासपोर्ट ऑफिस में छोड़कर जाना होगा।',
    'পাসপোর্ট এজেন্টের কাছে রেখে যাবেন।',
    'Aadhaar card agent er kache rekhe jaben.',
], **MILL)
CASES.add("denied_or_hers_or_not_papers", PAPERS, False, [
    'Passport kono obosthatei company r kache thakbe na.',
    'Passport aapke paas hi rahega, company nahi rakhegi.',
    'পাসপোর্ট কর্মীর কাছেই থাকবে, অফিসে রাখা হবে না।',
    'Aadhaar photocopy office e rekhe jaben, original nijer kache.',
    'Apply karte waqt resume office mein chhodkar jaayein.',
], **MILL)


# a price she must pay to get or do the work: her login sold to her ("ID activation of Rs
# 1,499"), the charge in Hindi and Bengali script ("সফটওয়্যার চার্জ ১৫৯৯ টাকা"), what she must buy
# from those who offer the work ("buy our kit for Rs 12,000", "কিট ২৫০০ টাকায় কিনতে হবে") (eleven
# of fourteen raised no fee_charged on round 19's rules)
CASES.add("a_price_she_must_pay_for_the_work", FEE, True, [
    'Pay a one-time ID activation of Rs 1,499 to get your login.',
    'ID activation Rs 999 first, then work starts.',
    'আইডি খুলতে রেজিস্ট্রেশন ও সফটওয়্যার চার্জ ১৫৯৯ টাকা।',
    'ID kholar jonno software charj 1599 taka.',
    'आईडी एक्टिवेशन चार्ज ₹1,499, फिर काम शुरू।',
    'Login activation Rs 1,200, tabhi kaam milega.',
    'মেশিন ও কাঁচামালের কিট ২৫০০ টাকায় কিনতে হবে, তৈরি মাল আমরাই কিনে নেব।',
    'Machine aur kachcha maal ka kit Rs 2,500 mein kharidna hoga.',
    'मशीन और कच्चे माल की किट ₹2,500 में खरीदनी होगी।',
    'Buy our raw-material kit and hand machine for Rs 12,000; we buy back all finished sticks.',
    'You must buy the stitching machine from us for Rs 8,000.',
    'Machine o kit 3000 takay kine nite hobe, mal amra kinbo.',
    'Candle ka saancha aur wax hamse Rs 4,000 mein kharidna padega.',
    'প্যাকিং মেশিন ৫০০০ টাকায় আমাদের থেকে কিনে নিতে হবে।',
], **HOMEWORK)
CASES.add("goods_bought_from_her_or_for_the_shop", None, False, [
    'Sakhi Udyog, Gaya: we buy back finished agarbatti at Rs 60 per kg, raw material given '
    'free.',
    'Help customers buy sarees at the counter, Rs 10,000 a month.',
    'Raw material kit given free by Sakhi Udyog; we buy your finished sticks at Rs 55 a kilo.',
    'সখী উদ্যোগ, গয়া: কাঁচামাল আমরা বিনামূল্যে দিই, তৈরি মাল ৫৫ টাকা কেজি দরে কিনে নিই।',
    'मोबाइल रिचार्ज की दुकान पर सेल्सगर्ल, ₹9,000 महीना।',
    'মোবাইল রিচার্জ ও বিল পেমেন্ট কাউন্টারে কর্মী, মাসে ৯০০০ টাকা।',
    'Sakhi Udyog, Gaya: the unit buys all the sticks; rollers paid Rs 250 a day.',
    'Sakhi Udyog, Gaya: dukaan ke liye maal kharidna aur hisab rakhna, Rs 9,000 mahina.',
    'সখী উদ্যোগ, গয়া: দোকানের জন্য মাল কেনা ও হিসাব রাখা, মাসে ৯০০০ টাকা।',
    'Sakhi Udyog, Gaya: the nurse in charge, Rs 18,000 a month.',
], **HOMEWORK)

# a fee paid by another named after the verb, as Bengali and Hindi also say it ("সার্ভিস চার্জ দেয়
# নিয়োগকারী", "fee dega employer") (all twelve raised fee_charged on round 19's rules)
CASES.add("the_payer_named_after_the_verb", FEE, False, [
    'Seva Agency, Salt Lake: সার্ভিস চার্জ দেয় নিয়োগকারী পরিবার।',
    'Seva Agency, Salt Lake: ফি দেয় নিয়োগকারী পরিবার, কর্মীর কোনো খরচ নেই।',
    'Seva Agency, Salt Lake: রেজিস্ট্রেশন ফি দেবে নিয়োগকারী।',
    'Seva Agency, Salt Lake: registration fee dega employer, worker se kuch nahi.',
    'Seva Agency, Salt Lake: placement fee degi company.',
    'सेवा एजेंसी, साल्ट लेक: रजिस्ट्रेशन फीस देगा नियोक्ता।',
    'सेवा एजेंसी, साल्ट लेक: प्लेसमेंट शुल्क देगी कंपनी।',
    'Seva Agency, Salt Lake: medical fee debe company.',
    'Seva Agency, Salt Lake: মেডিকেল ফি দেবে কোম্পানি।',
    'Seva Agency, Salt Lake: uniform charge debe malik, kormir kichhu lagbe na.',
    'सेवा एजेंसी, साल्ट लेक: मेडिकल फीस देगी कंपनी।',
    'Seva Agency, Salt Lake: joining fee debe company, kormir kono khoroch nei.',
    'सेवा एजेंसी, साल्ट लेक: ट्रेनिंग फीस देगी कंपनी।',
], **COOK)
CASES.add("paid_to_the_one_named_or_by_her", FEE, True, [
    'Seva Agency: registration fee dena hoga employer ko, Rs 2000.',
    'Registration fee 2000 dite hobe agent ke.',
    'রেজিস্ট্রেশন ফি ২০০০ টাকা দিতে হবে এজেন্টকে।',
    'रजिस्ट्रेशन फीस ₹2,000 देनी होगी एजेंट को।',
    'Fee dega aap, Rs 3,000 joining par.',
], **COOK)


# an age under 18 said to do "even so" ("১৭ বছর হলেও চলবে", "girls of 17 years are also fine")
# (two of thirteen raised no minor_targeted on round 19's rules; the others were read as "hole
# cholbe" already)
CASES.add("an_age_under_18_that_will_do_even_so", MINOR, True, [
    'Call centre, Salt Lake: ১৭ বছর হলেও চলবে, আধার না থাকলে আমরা ব্যবস্থা করে দেব।',
    'Call centre, Salt Lake: 17 bochhor holeo cholbe, Aadhaar na thakle amra byabostha kore '
    'debo.',
    'Call centre, Salt Lake: বয়স ১৬ হলেও চলবে।',
    'Call centre, Salt Lake: boyosh 16 holeo cholbe, meyera eshe dekha korun.',
    'Call centre, Noida: 17 saal ki ho tab bhi chalega, Aadhaar hum banwa denge.',
    'Call centre, Noida: umar 16 ho to bhi chalegi.',
    'कॉल सेंटर, नोएडा: 17 साल की हो तब भी चलेगा।',
    'कॉल सेंटर, नोएडा: उम्र 16 हो तो भी चलेगी।',
    'Call centre, Noida: girls of 17 years are also fine.',
    'Call centre, Noida: even 16 years old girls are fine.',
    'Call centre, Noida: 17 year olds also accepted.',
    'Call centre, Salt Lake: ১৬ বছরের মেয়েও চলবে।',
    'Call centre, Salt Lake: 16 bochhorer meyeo cholbe.',
], **CALLS)
CASES.add("an_adult_age_or_a_class_that_will_do", MINOR, False, [
    'Call centre, Salt Lake: বয়স ১৮ হলেও চলবে, স্নাতক হলে ভালো।',
    'Call centre, Salt Lake: 12 pass holeo cholbe, boyosh 18+.',
    'Call centre, Noida: 10vi pass ho tab bhi chalega, umar 18 se 35.',
    'Call centre, Noida: 2 saal ka anubhav ho to bhi chalega, umar 20+.',
    'कॉल सेंटर, नोएडा: 12वीं पास हो तब भी चलेगा, उम्र 18 से ऊपर।',
    'Call centre, Noida: 15 days training; freshers are also fine, age 18 to 30.',
    'Call centre, Salt Lake: ১৬ দিনের ট্রেনিং, ১৮ বছরের উপরে মেয়েরা আবেদন করুন।',
], **CALLS)

# an age under 18 named beside experience denied, in another clause ("no experience needed,
# girls 16+ welcome", "অভিজ্ঞতা লাগবে না, বয়স ১৫"), read as years of experience (ten of twelve
# raised no minor_targeted on round 19's rules)
CASES.add("an_age_beside_experience_denied", MINOR, True, [
    'Star Face Media, Rajpur Road: no experience needed, girls 16+ welcome.',
    'Promoters wanted: no experience required, girls 15+ can apply.',
    'Koi experience nahi chahiye, ladkiyan 16+ bhi aa sakti hain.',
    'Anubhav ki zarurat nahi, umar 16 saal se upar.',
    'कोई अनुभव नहीं चाहिए, लड़कियां 16+ आवेदन करें।',
    'अनुभव ज़रूरी नहीं, उम्र 15 साल से ऊपर।',
    'Kono obhiggota lagbe na, meyera 16+ apply korun.',
    'Obhiggota lagbe na, boyosh 15 bochhor er upore.',
    'কোনো অভিজ্ঞতা লাগবে না, মেয়েরা ১৬+ আবেদন করুন।',
    'অভিজ্ঞতা লাগবে না, বয়স ১৫ বছরের উপরে।',
    'Freshers, no experience; girls aged 16 and above.',
    'No prior experience, boys 17+ welcome for packing.',
], **SHOPS)
CASES.add("years_of_experience", MINOR, False, [
    'Sales staff with 10-15 years of experience, women 25 to 40.',
    'Experience 12 years preferred, age 30+.',
    'अनुभव 12 साल, उम्र 30 से ऊपर।',
    'অভিজ্ঞতা ১২ বছর, বয়স ৩০ এর উপরে।',
    'Anubhav 15 saal ka ho, umar 35+.',
    'Obhiggota 15 bochhor, boyosh 35+.',
], **SHOPS)

# children said to lend a hand beside the family ("bachche bhi haath batayein", "বাচ্চারাও হাত
# লাগাবে", "the kids too can pitch in"): set to work, as "kaam kar sakte" is (eleven of twelve
# raised no minor_targeted on round 19's rules)
CASES.add("children_too_lend_a_hand", MINOR, True, [
    'Chaudhary Poultry Farm, Barwala, Hisar: poora parivar chahiye, Rs 10,000. Bachche bhi '
    'dana-paani daalne mein haath batayein.',
    'Chaudhary Poultry Farm, Barwala: family chahiye; bachche bhi haath bataenge, school ki '
    'tension nahi.',
    'चौधरी पोल्ट्री फार्म, बरवाला: पूरा परिवार चाहिए। बच्चे भी दाना डालने में हाथ बटाएं।',
    'चौधरी पोल्ट्री फार्म, बरवाला: परिवार चाहिए, बच्चे भी हाथ बंटाएंगे।',
    'Ghosh Poultry, Barasat: poribar chai, bachchara o hat lagabe khabar dite.',
    'ঘোষ পোল্ট্রি, বারাসাত: পরিবার চাই, বাচ্চারাও খাবার দিতে হাত লাগাবে।',
    'ঘোষ পোল্ট্রি, বারাসাত: পুরো পরিবার, ছেলেমেয়েরাও হাত লাগাতে পারবে।',
    'Ghosh Poultry, Barasat: puro poribar, chhelemeyerao hat lagate parbe.',
    'Chaudhary Poultry Farm, Barwala: whole family wanted; children too can lend a hand with '
    'feeding.',
    'Chaudhary Poultry Farm, Barwala: families welcome, the kids too can pitch in at feeding '
    'time.',
    'Chaudhary Brick Kiln, Jhajjar: parivar ke saath aayein, bachche bhi haath bataate hain.',
    'Saha Brick Field, Basirhat: পরিবার সহ আসুন, বাচ্চারাও হাত লাগায়।',
], **POULTRY)
CASES.add("children_schooled_or_minded", MINOR, False, [
    'Chaudhary Poultry Farm, Barwala: couples wanted, Rs 10,000; bachchon ke liye paas mein '
    'sarkari school.',
    'Chaudhary Poultry Farm: parivar ke saath rehne ko kamra, bachche school jaate hain.',
    'ঘোষ পোল্ট্রি, বারাসাত: দম্পতি চাই, বাচ্চাদের জন্য কাছেই স্কুল।',
    "Creche for workers' children too; our staff lend a hand with homework.",
    'चौधरी पोल्ट्री फार्म: दंपती चाहिए, बच्चों के लिए पास में स्कूल।',
], **POULTRY)

# an age floor said with "from", the people sought right before it ("Girls from 17 can apply",
# "helpers from 15 years"): the class is of English word order (Hindi and Bengali put "se",
# "theke" after the age, read already) (nine of twelve raised no minor_targeted on round 19's
# rules); "from" before what the number counts ("girls from 12 villages") is none
CASES.add("an_age_floor_said_with_from", MINOR, True, [
    'Nanny for a family in Salt Lake, Rs 12,000. Girls from 17 can apply.',
    'Packing unit, Howrah: girls from 16 are welcome, Rs 9,000.',
    'Boys from 15 may apply for the loading work, Rs 9,000.',
    'Children from 12 years can learn zari work in the workshop, Rs 4,000.',
    'Girls from 16 onwards, hostel and food free.',
    'Ladkiyan from 16, hostel free, Rs 9,000 mahina.',
    'Meyera from 16 apply korte parbe, mashe 9000.',
    'Girls from 17 and above, Rs 9,000.',
    'Workers from 16, Rs 8,000 a month, stay free.',
    'Helpers from 15 years can join the dhaba kitchen.',
    'Girls from 17 accepted, we manage the papers.',
    'Boys from 14 welcome for the karkhana, food and stay free.',
], **CALLS)
CASES.add("from_a_number_that_counts_or_times", MINOR, False, [
    'Girls from 12 villages trained in tailoring, women 18+ only, Rs 9,000.',
    'Women from 15 districts work here; age 18 to 40, Rs 9,000.',
    'Nanny for children from 12 months to 5 years, women 25+, Rs 12,000.',
    'Teacher for children from 10 to 14 years, B.Ed, Rs 15,000.',
    'Women from 16 self-help groups, age 21+, Rs 9,000.',
    'Work from 10 am to 6 pm, women 18+, Rs 9,000.',
], **CALLS)


# a household's house by its number with a slash, before its locality ("14/2 Jodhpur Park",
# "১৪/২ যোধপুর পার্ক"), read as a phone alone (six of twelve raised vague_employer on round 19's
# rules)
CASES.add("a_house_numbered_with_a_slash", VAGUE, False, [
    'Amader 4 joner paribar er jonno duibela rannar lok chai: Sutapa Ghosh, 14/2 Jodhpur Park, '
    'Kolkata-68. Mashe 7000; phone 98XXXXXX32.',
    'Cook needed for a family of four at 23/1 Ballygunge Place. Rs 7,000 a month; call '
    '98XXXXXX10.',
    'আমাদের পরিবারের জন্য রান্নার লোক চাই: ১৪/২ যোধপুর পার্ক, কলকাতা। মাসে ৭০০০ টাকা; ফোন '
    '৯৮XXXXXX৩২।',
    'Rannar lok chai, 56/3 Gariahat Road, mashe 7000. Phone 98XXXXXX32.',
    'Khana banane wali chahiye, 12/4 Lake Gardens, Rs 7,000 mahina. Phone 98XXXXXX45.',
    'खाना बनाने वाली चाहिए, 12/4 लेक गार्डन्स, ₹7,000 महीना। फोन 98XXXXXX45।',
    'Cook for an elderly couple, 7/1A Hindusthan Road. Rs 7,500 a month; phone 97XXXXXX21.',
    'রান্নার দিদি চাই, ৩২/৫ সেলিমপুর রোড, মাসে ৭৫০০। ফোন ৯৭XXXXXX২১।',
    'Ranna o ghor mosa, 32/5 Selimpur Road, mashe 7500; phone 97XXXXXX21.',
    'खाना बनाने के लिए दीदी चाहिए, 45/2 साल्ट लेक, ₹7,000; फोन 98XXXXXX11।',
    'Khana banane ke liye didi chahiye, 45/2 Purna Das Road, Rs 7,000; phone 98XXXXXX11.',
    'Cook wanted at 118/3 Rash Behari Avenue for lunch and dinner, Rs 8,000; phone 98XXXXXX77.',
], **HOUSEHOLD)
CASES.add("a_phone_alone_or_the_name_told_later", VAGUE, True, [
    'Cook chahiye, Rs 18,000, address baad mein bataya jayega; phone 98XXXXXX32.',
    'Rannar lok chai, mashe 15000, thikana pouchhe jana jabe. Phone 98XXXXXX32.',
    '24/7 helpline: cook jobs, Rs 15,000, call 98XXXXXX32.',
    'Cook job, Rs 9,000, 24/7 WhatsApp 98XXXXXX32 only.',
    'Call 98XXXXXX32 for cook job, Rs 9,000.',
    'Cook job near 14/2 Jodhpur Park, Rs 9,000; the name of the family will be told on '
    'arrival.',
    'Cook for a family, 14/2 Jodhpur Park, Rs 9,000; address will be told after the interview.',
    'Cook chahiye 12/4 Lake Gardens, Rs 9,000, sirf WhatsApp par baat, naam pahunchne par '
    'bataya jayega.',
], **HOUSEHOLD)


# a lawful route's mark required of everyone who goes, said with a "without" denied ("BMET
# smart card chara keu jabe na", "no one travels without eMigrate clearance"), read as the mark
# skipped; its wage abroad then measured against the trade's at home (all twelve raised
# overseas_travel and wage_outlier on round 19's rules)
CASES.add("a_lawful_mark_required_of_all", None, False, [
    "BMET-registered agency 'Shapla Overseas Ltd' (RL-XXXX), Purana Paltan, Dhaka: Malaysia "
    'food factory, beton 1,500 ringgit, kormir kono taka lagbe na. BMET smart card o '
    'chuktipotro chara keu jabe na.',
    "'Shapla Overseas Ltd', Purana Paltan, Dhaka: Malaysia food factory, 1,500 ringgit, "
    'niyogkorta sob kharach dibe. BMET card chara keu jabe na.',
    "'শাপলা ওভারসিজ লিমিটেড', পুরানা পল্টন, ঢাকা: মালয়েশিয়ার খাদ্য কারখানা, বেতন ১,৫০০ "
    'রিঙ্গিত, কর্মীর কোনো খরচ নেই। বিএমইটি স্মার্ট কার্ড ছাড়া কেউ যাবে না।',
    "'শাপলা ওভারসিজ লিমিটেড', পুরানা পল্টন, ঢাকা: মালয়েশিয়ায় কারখানার কাজ, কর্মীর কোনো টাকা "
    'লাগবে না। বিএমইটি কার্ড ছাড়া কাউকে পাঠানো হয় না।',
    'Sagar Manpower (RA licence B-XXXX), Mumbai: Dubai hospital cleaners, AED 1,500, no fee '
    'from the worker. No one travels without eMigrate clearance.',
    'Sagar Manpower (RA licence B-XXXX), Mumbai: Dubai hospital cleaners, no fee from the '
    'worker. Nobody flies without eMigrate clearance and a signed contract.',
    'Sagar Manpower (RA licence B-XXXX), Mumbai: Dubai hospital safai, worker se koi fee nahi. '
    'eMigrate ke bina koi nahi jayega.',
    'सागर मैनपावर (RA लाइसेंस B-XXXX), मुंबई: दुबई अस्पताल में सफाई, कर्मचारी से कोई फीस नहीं। '
    'ईमाइग्रेट के बिना कोई नहीं जाएगा।',
    'Sagar Manpower (RA licence B-XXXX), Mumbai: Saudi drivers, koi fee nahi. Bina eMigrate '
    'clearance ke kisi ko nahi bheja jata.',
    'सागर मैनपावर (RA लाइसेंस B-XXXX), मुंबई: सऊदी ड्राइवर, कोई फीस नहीं। बिना ईमाइग्रेट के '
    'किसी को नहीं भेजा जाता।',
    "'Shapla Overseas Ltd', Purana Paltan, Dhaka: Malaysia factory, kono taka lagbe na. BMET "
    'card chhara kauke pathano hoy na.',
    'Sagar Manpower (RA licence B-XXXX), Mumbai: Qatar cleaners, no fee. Without eMigrate '
    'clearance no worker is sent.',
], **ABROAD)
CASES.add("a_lawful_mark_skipped_or_a_fee", ABROAD_CODE, True, [
    "'Shapla Overseas', Dhaka: Malaysia factory, BMET card chara jete parben, 1,500 ringgit.",
    'Sagar Manpower, Mumbai: Dubai cleaners, eMigrate ke bina bhi jaa sakte hain.',
    'সাগর ম্যানপাওয়ার, ঢাকা: মালয়েশিয়া কারখানা, বিএমইটি কার্ড ছাড়াই যাওয়া যাবে।',
    'Dubai cleaners, no eMigrate needed, we send you on a visit visa.',
    'Malaysia factory, BMET card chara keu jabe na, but visa cost 3 lakh taka dite hobe.',
], **ABROAD)


# a person named by a title and a surname ("owner Surinder Negi", "Smt. Sundari Devi"), the name
# read as a word of the rules ("surrender", her looks) (ten of twelve raised a flag on round 19's
# rules; the class is of names in Latin letters, which fuzzy matching reaches)
CASES.add("a_person_named_by_a_title", None, False, [
    'Negi Orchards (owner Surinder Negi), Kotkhai, Shimla, needs pickers and packers for the '
    'apple season, Rs 600 a day.',
    'Negi Orchards, Kotkhai: owner Surinder Negi needs pickers for the apple season, Rs 600 a '
    'day.',
    'Negi Orchards, Kotkhai, Shimla. Proprietor Surinder Singh needs packers, Rs 600 a day.',
    'Negi Orchards, Kotkhai, Shimla: contact Mr. Surinder Negi, who needs 20 pickers, Rs 600 a '
    'day.',
    'Negi Bagicha, Kotkhai, Shimla: malik Surinder Negi ko seb todne wale chahiye, Rs 600 roz.',
    'Negi Bagicha, Kotkhai, Shimla: Shri Surinder Negi needs seb todne wale, Rs 600 roz.',
    'Sundari Devi Dairy, Karnal: owner Smt. Sundari Devi needs milkers, Rs 12,000 a month.',
    'Smt. Sundari Devi, Model Town, Karnal, needs a cook, Rs 9,000 a month.',
    'Sundori Das er bari, Gariahat: Mrs. Sundori Das needs a cook, mashe 8000.',
    'Mr. Surinder Pal, Pal Dhaba, NH-44, Ambala: needs kitchen helpers, Rs 11,000.',
    'Rana Farms, Solan: owner Surinder Rana needs pickers; pay Rs 600 a day.',
    'Surinder Negi (owner), Negi Orchards, Kotkhai: pickers needed, Rs 600 a day.',
], **FARM)
CASES.add("the_word_itself_beside_a_title", PAPERS, True, [
    "Owner will surrender your passport only after 2 years; Rs 600 a day.",
    "Passport surrender to the owner on arrival, Rs 600 a day.",
    "Owner keeps Aadhaar cards till the season ends, Rs 600 a day.",
    "Aadhaar surrender karna hoga, owner rakhega.",
], **FARM)
CASES.add("her_looks_beside_a_titled_name", FUN, True, [
    "Sundari ladkiyan chahiye, owner ke paas photo bhejo.",
    "Smt. Sundari Devi, Karnal: sundar ladkiyan chahiye, photo WhatsApp karein.",
], **FARM)

# what she makes a day, after a verb of making, in an opening that prices the pieces ("Rs 240
# per 1,000 bidis ... a roller makes 1,000 a day"), read as a day rate in rupees (seven of twelve
# raised wage_outlier on round 19's rules; Hindi and Bengali name the pieces after the number
# and were read as counts already)
CASES.add("pieces_made_a_day_beside_a_piece_rate", WAGE, False, [
    'Nur Bidi Factory (registered), Aurangabad, Murshidabad: Rs 240 per 1,000 bidis, paid '
    'weekly into your bank account; an average roller makes 1,000 a day (about Rs 6,240 a '
    'month).',
    'Nur Bidi Factory, Aurangabad, Murshidabad: Rs 240 per 1,000 bidis; a roller makes about '
    '1,000 a day.',
    'Nur Bidi Factory, Aurangabad, Murshidabad: Rs 240 for every 1,000 bidis, and most women '
    'roll 1,000 a day.',
    'Nur Bidi Factory, Aurangabad, Murshidabad: 1,000 bidi par Rs 240; ek karigar din mein '
    'lagbhag 1,000 banati hai.',
    'नूर बीड़ी फैक्ट्री, औरंगाबाद, मुर्शिदाबाद: 1,000 बीड़ी पर ₹240; एक कारीगर दिन में लगभग '
    '1,000 बनाती है।',
    'Nur Bidi Factory, Aurangabad, Murshidabad: 1,000 bidi te 240 taka; ekjon karigar dine '
    '1,000 bandhe.',
    'নূর বিড়ি ফ্যাক্টরি, আওরঙ্গাবাদ, মুর্শিদাবাদ: ১,০০০ বিড়িতে ২৪০ টাকা; একজন কারিগর দিনে '
    '১,০০০ বাঁধেন।',
    'Sakhi Papad Udyog, Lijjat Road, Nagpur: Rs 60 per 100 papads; most members make 500 a '
    'day.',
    'Sakhi Agarbatti, Gaya: Rs 25 per kg of sticks; a roller makes 10 kg a day.',
    'Sakhi Candle Works, Gaya: Re 1 per candle; an average worker makes 240 a day.',
    'Nur Bidi Factory, Aurangabad, Murshidabad: Rs 240 per 1,000 bidis; skilled rollers '
    'produce 1,200 a day.',
    'Nur Bidi Factory, Aurangabad: Rs 240 per 1,000 bidis, and a roller can make 1,000 daily.',
], **BIDI)

CASES.rows("money_a_day_with_no_piece_rate_or_a_lure", [
    ('wage_outlier', True,
     'Bidi work at home, earn Rs 1,000 a day, no experience needed, WhatsApp only.',
     BIDI),
    ('wage_outlier', True,
     'Roll bidis and make Rs 1,500 a day from home, call now.',
     BIDI),
    ('wage_outlier', True,
     'Ghar baithe bidi, roz Rs 1,200 kamao, koi anubhav nahi chahiye.',
     BIDI),
    ('vague_employer', True,
     'Bidi at home: Rs 240 per 1,000 bidis, and you make 2,000 a day, WhatsApp only.',
     BIDI),
    ('wage_outlier', True,
     'Make 2,000 a day rolling bidis at home, no experience, WhatsApp only.',
     BIDI),
])



# Left for a later round: a portfolio shoot priced before an audition (frozen20's "Models for
# TV ads", caught by its other flags), and a common word folded to a paper's key ("needs"
# read as NID): keys are shared across concepts, which Bengali words rely on.


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_a_class_of_error_is_corrected_as_a_class(code, flagged, description, facts):
    """Each row raises its flag, or does not, or raises none at all (`code` None)."""
    found = codes(description, **facts)
    CASES.check(found, code, flagged)
