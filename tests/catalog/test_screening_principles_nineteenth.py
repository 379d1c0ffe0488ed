"""Screening principles by class of error, after the eighteenth and nineteenth held-out splits
(frozen18 and frozen19, since used as development data). First a recall hole: her papers said to
be kept by someone else in the keeper's own plain verb ("एजेंट रखेगा", "kafeel ke paas jama
hoga", "held by the company", "they are kept by the employer") raised nothing, most of all after
her keeping was denied ("worker ke paas nahi"), whose negation undid the papers themselves. A
negation that denies her keeping is spent on it; the keeper's verb is read in every gender and
number, as an English subject's "holds", and of the papers named again ("they", "it", "ये",
"এটা") in the next clause. Each row is an opening of our own (fictional employers), in English,
Hindi and Bengali, script and Latin, written before the rules were corrected; then openings
where the papers are hers, copies, checked and returned, or the people served's.
Then the splits' own false alarms and miss, each as a class: a rate word near a sum that is not
its own ("4 hours daily", "+ per-event commission") read as a day rate; a shop's model read as
entertainment (the Hindi "karke" read as "car"); the employer's HR named with the phone read as
a phone alone; her wage sent to her parents ("mummy-papa ko bhej denge") not read as paid to
them; girls sought by a class below the tenth ("class 8 pass ladki") not read as children; each
followed by lures that a too-wide exception would let through.
"""
from __future__ import annotations

import pytest

from tests.catalog.screening_table import Cases
from tests.catalog.test_screening import codes

CASES = Cases()
PAPERS = "documents_retained"
DRIVE = {"trade": "commercial_driver", "wage": 44_000, "district": "Lucknow"}
DESK = {"trade": "housekeeping_room_attendant", "wage": 12_000, "district": "Kolkata"}
WAGE = "wage_outlier"
FUN = "entertainment_lure"
VAGUE = "vague_employer"
FAMILY = "advance_to_family"
MINOR = "minor_targeted"
MEH = {"trade": "mehendi_artist", "wage": 12_000, "district": "Jaipur"}
MEH_ = {"trade": "mehendi_artist", "wage": 10_000, "district": "Jaipur"}
TEACH = {"trade": "teaching_assistant", "wage": 10_000, "district": "Patna"}
TEACH_ = {"trade": "teaching_assistant", "wage": 9_000, "district": "Patna"}
SALE = {"trade": "retail_sales", "wage": 14_000, "district": "Surat"}
ROOM = {"trade": "housekeeping_room_attendant", "wage": 12_000, "district": "Darjeeling"}
HOME = {"trade": "domestic_care", "wage": 8_000, "district": "Ranchi"}
GARM = {"trade": "garment_machine_operator", "wage": 10_000, "district": "Ganjam"}

# her papers kept by someone else, said with the keeper's plain verb (the six were round 18's
# strict-xfail gaps)
CASES.add("kept_by_someone_else_in_a_plain_verb", PAPERS, True, [
    "सऊदी ड्राइवर, ईमाइग्रेट। पासपोर्ट उम्मीदवार के पास नहीं रहेगा, एजेंट रखेगा दो साल।",
    "Qatar driver, salary 2,000 riyal. Passport aapke paas nahi rahega, kafeel ke paas jama "
    "hoga.",
    "ওমানে ড্রাইভার। পাসপোর্ট কর্মীর কাছে নয়, মালিকের কাছে থাকবে চুক্তি শেষ না হওয়া পর্যন্ত।",
    "Licensed agency, Riyadh fleet drivers. The passport will not stay with the worker; the "
    "sponsor keeps it for two years.",
    "eMigrate cleared, Doha drivers. Passport not with the worker, held by the company till "
    "the contract ends.",
    "Registered RA, Bahrain drivers. Passports do not remain with the worker, they are kept by "
    "the employer for the contract period.",
    # written with them
    "Licensed agency, Jeddah drivers. Your passport is kept by the sponsor for the whole "
    "contract.",
    "Warehouse helpers, Kuwait. The employer keeps the passport and civil ID for safety.",
    "Factory packers, Chennai. Aadhaar card and ATM card are held by the supervisor till the "
    "bond ends.",
    "Domestic work, Riyadh. The kafeel holds the passport; SIM card is given to the broker on "
    "arrival.",
    "Dubai cleaners. The management will hold all workers' passports during the contract.",
    "Bahrain cleaners. Passport will not remain with you; the agent holds it till the visa ends.",
    "Oman drivers. Passport not with the candidate, it is kept by the sponsor.",
    "Kuwait helpers. Passport and civil ID at the airport. They are held by the company till "
    "the contract ends.",
    "सऊदी में ड्राइवर। पासपोर्ट कंपनी रखेगी जब तक अनुबंध चलेगा।",
    "दुबई में हेल्पर। आपका पासपोर्ट मालिक अपने पास रखेगा, सुरक्षा के लिए।",
    "फैक्ट्री पैकिंग, सूरत। आधार कार्ड और एटीएम कार्ड सुपरवाइजर के पास जमा होगा।",
    "दुबई ड्राइवर। पासपोर्ट कर्मचारी के पास नहीं, मालिक रखेगा।",
    "कुवैत में हेल्पर। पासपोर्ट आपके पास नहीं रहेगा, कंपनी के पास जमा होगा।",
    "सऊदी ड्राइवर। पासपोर्ट जॉइनिंग पर लाएं, ये मालिक के पास रहेंगे दो साल।",
    "Oman driver job. Passport sponsor rakhega 2 saal, safety ke liye.",
    "Packing kaam, Surat. Aadhaar aur ATM card supervisor ke paas jama hoga.",
    "Saudi helper. Passport worker ke paas nahi, malik rakhegi.",
    "Qatar driver. Passport aapke paas nahi, company rakhegi contract tak.",
    "Dubai helper. Passport joining pe lana, ye kafeel ke paas jama rahega.",
    "সৌদিতে ড্রাইভার। পাসপোর্ট মালিক রাখবে চুক্তি শেষ না হওয়া পর্যন্ত।",
    "গার্মেন্টস, গাজীপুর। এনআইডি কার্ড সুপারভাইজারের কাছে জমা থাকবে।",
    "ওমানে হেল্পার। পাসপোর্ট আপনার কাছে নয়, কোম্পানি রাখবে।",
    "কুয়েতে ড্রাইভার। পাসপোর্ট কর্মীর কাছে থাকবে না, দালাল রাখবে দুই বছর।",
    "কাতারে ড্রাইভার। পাসপোর্ট নিয়ে আসুন, এটা মালিক রাখবে দুই বছর।",
    "Garments job, Gazipur. NID card supervisor er kache jama thakbe.",
    "Dubai kaj. Passport apnar kache noy, malik er kache thakbe.",
    "Saudi driver. Passport kormir kache na, kafil rakhbe contract sesh porjonto.",
    "Oman helper. Passport niye asben, eta company rakhbe contract sesh porjonto.",
], **DRIVE)

# hers, copies, checked and returned, kept as information, the people served's, the employer's own
CASES.add("not_her_papers_kept", PAPERS, False, [
    "Licensed agency, Jeddah drivers. Original passport checked and returned the same day.",
    "Hotel drivers, Lucknow. Bring your original passport; it is checked and returned the same "
    "day.",
    "Office assistant, Pune. A self-attested photocopy of Aadhaar is kept on file.",
    "Office helper. Aadhaar photocopy needed; it is kept on file.",
    "Delivery riders, Kolkata. Keep your passport and ID with you at all times.",
    "Keep your passport safe. It stays with you.",
    "Security guards, Noida. The worker keeps her own passport and ATM card.",
    "Back office, Gurgaon. All documents kept confidential as per data privacy policy.",
    "Factory helper. Aadhaar needed for PF. It is kept confidential.",
    "Ward assistant, City Hospital. The hospital keeps patients' records; you help file them.",
    "Front desk, Hotel Sagar, Puri. Maintain the guests' ID register kept at reception.",
    "School office clerk. The school keeps students' certificates on file as copies.",
    "Cab drivers, Hyderabad. The employer holds a licence from the transport department.",
    "Courier staff. The company holds a registration under the Shops Act.",
    "Cab drivers. The company holds a valid licence and ISO certificate.",
    "Security agency. The employer holds its registration certificate under PSARA.",
    "ड्राइवर, लखनऊ। मूल दस्तावेज़ जाँच के बाद उसी दिन वापस कर दिए जाएंगे।",
    "दुकान सहायक। आधार की फोटोकॉपी फाइल में रखी जाएगी।",
    "डिलीवरी बॉय। अपना पासपोर्ट और पहचान पत्र अपने पास रखें।",
    "अस्पताल में वार्ड सहायक। अस्पताल मरीजों के रिकॉर्ड रखता है।",
    "ड्राइवर। आधार की फोटोकॉपी लाएं, यह फाइल में रहेगी।",
    "Driver job, Lucknow. Original documents verify karke turant wapas kar denge.",
    "Shop helper. Aadhaar ki photocopy file mein rakhi jayegi.",
    "Delivery boy. Apna passport aur ID apne paas rakhein.",
    "Driver. Aadhaar dikhakar wapas, ye aapke paas hi rahega.",
    "ড্রাইভার, কলকাতা। আসল কাগজপত্র যাচাই করে সেদিনই ফেরত দেওয়া হবে।",
    "দোকান সহকারী। এনআইডির ফটোকপি ফাইলে রাখা হবে।",
    "আপনার পাসপোর্ট নিজের কাছে রাখুন।",
    "হোটেলে রিসেপশন। অতিথিদের পরিচয়পত্রের রেজিস্টার রাখতে হবে।",
    "ড্রাইভার। আধার কার্ড দেখিয়ে ফেরত নিন, এটা আপনার কাছেই থাকবে।",
    "Driver kaj. Original kagoj check kore oi dini ferot deya hobe.",
    "Dokan sohokari. NID er photocopy file e rakha hobe.",
    "Passport nijer kache rakhun.",
    "School office. Chhatroder certificate er copy file e rakha hoy.",
], **DESK)


# lures against the exceptions above: kept private by a named keeper, guests served beside papers
# kept, the employer's own licence named beside her papers kept
CASES.add("her_papers_kept_beside_an_exception", PAPERS, True, [
    "Dubai drivers. Passport will be kept confidentially by the sponsor for two years.",
    "Passport gopniya tarike se agent rakhega, contract khatam hone tak.",
    "Hotel staff, Dubai. Serve the guests at the lobby. Passport is held by the owner till the "
    "contract ends.",
    "दुबई होटल। मेहमानों की सेवा करनी है। पासपोर्ट मालिक रखेगा दो साल।",
    "কাতারে হোটেল। অতিথিদের সেবা। পাসপোর্ট মালিক রাখবে দুই বছর।",
    "Hotel kaj, Dubai. Atithider seba. Passport malik rakhbe 2 bochor.",
    "The agency holds a government licence. Your passport is kept by the agency for safety.",
    "The firm holds an RA licence. It keeps the workers' passports for the contract.",
    "कंपनी के पास लाइसेंस है। पासपोर्ट कंपनी रखेगी।",
    "Company licence ache. Passport company er kache jama thakbe.",
], **DRIVE)

# papers checked (shown, verified) or copied and then kept by a keeper named after it, the kept
# ones named "it" or "the original" (the first two were strict-xfail gaps of this round's first
# commit)
CASES.add("checked_or_copied_then_kept", PAPERS, True, [
    "Doha helpers. Passport checked at the airport, then it is kept by the kafeel.",
    "Jeddah. Passport photocopy for visa; the original is kept by the sponsor.",
    "Original passport verified at the office and then kept by the agent for two years.",
    "पासपोर्ट जाँच के बाद एजेंट रखेगा, दो साल।",
    "Passport dikhakar agent rakhega contract tak.",
    "পাসপোর্ট যাচাই করে দালাল রাখবে দুই বছর।",
    "Passport jachai kore malik rakhbe 2 bochor.",
    "Aadhaar photocopy for PF; the original is kept by the contractor till the season ends.",
], **DRIVE)

# ... checked and handed back, copies kept, the original hers
CASES.add("checked_and_returned_or_the_original_hers", PAPERS, False, [
    "Aadhaar photocopy needed; the original is checked and returned the same day.",
    "Passport copy for the file, the original stays with you.",
    "Bring certificates. The originals are verified and handed back; copies are kept on file.",
    "Original documents checked by the HR and returned; photocopies kept by the company.",
    "Original documents checked by the HR and returned, photocopies kept by the company.",
    "Originals verified at joining and returned, a photocopy is kept by the management.",
    "मूल दस्तावेज़ जाँच के बाद वापस, फोटोकॉपी फाइल में रखी जाएगी।",
    "मूल आधार दिखाकर वापस ले जाएं, फोटोकॉपी कंपनी रखेगी।",
    "আসল কাগজ যাচাই করে ফেরত, ফটোকপি অফিসে থাকবে।",
    "Asli Aadhaar dikhakar wapas, photocopy company rakhegi.",
    "Original kagoj jachai kore ferot, photocopy company rakhbe.",
    "Passport photocopy for the file; the original is returned to you.",
    "Photocopy for the file; the original remains with the worker.",
    "পাসপোর্টের ফটোকপি অফিসে, আসল আপনার কাছেই থাকবে।",
    "Passport ki photocopy file mein, original aapke paas hi rahega.",
    "Aadhaar photocopy jama, original nijer kache thakbe.",
    "आधार की फोटोकॉपी जमा करें, मूल आपके पास ही रहेगा।",
    "Bring the original and a photocopy. The original is shown and taken back the same day.",
], **DESK)

# a rate word near a sum that is not its own: the hours of a day ("Tk 12,000, 4 hours daily",
# "roz 4 ghante"), or the rate of what is added after a plus ("Rs 9,000 + per-event commission")
CASES.rows("a_rate_word_not_the_sums_own", [
    (WAGE, False, "Mehendi artists, Jaipur studio. Fixed Rs 9,000 + per-event incentive (avg "
     "total Rs 12,000). Day events only.", MEH),
    (WAGE, False, "Event decorators. Salary Rs 8,500 plus per show allowance, about Rs 12,000 in "
     "all.", MEH),
    (WAGE, False, "Tutor at our centre, Rs 9,000, 3 hours daily, plus exam bonus.", TEACH),
    (WAGE, False, "Adult literacy facilitator, Tk 12,000, 5 hours daily, Monday to Saturday.",
     TEACH),
    (WAGE, False, "सिलाई शिक्षिका, वेतन ₹9,000, 4 घंटे रोज।", TEACH),
    (WAGE, False, "मेहंदी कलाकार, स्टूडियो। फिक्स्ड ₹9,000 + per event कमीशन।", MEH),
    (WAGE, False, "Mehendi ka kaam, studio. Salary 9000 + per event commission.", MEH),
    (WAGE, False, "Tuition teacher, 9000, 4 ghante roz.", TEACH),
    (WAGE, False, "Tuition teacher, salary 9000, roz 4 ghante padhana.", TEACH),
    (WAGE, False, "Fixed 9,000 plus per party bonus, studio ke events.", MEH),
    (WAGE, False, "শিক্ষা সহায়ক। বেতন ৯,০০০ টাকা, ৪ ঘণ্টা প্রতিদিন।", TEACH),
    (WAGE, False, "মেহেদি শিল্পী, স্টুডিও। ফিক্সড ৯,০০০ + per event কমিশন, টাকায়।", MEH),
    (WAGE, False, "Shikkha sohayok. Beton 9000 taka, 4 ghonta protidin.", TEACH),
    (WAGE, False, "Mehedi shilpi. Fixed 9,000 taka plus per event commission.", MEH),
])

# ... where the day's or the event's rate is the sum's own, it is still counted over the month
CASES.rows("a_day_rate_of_its_own_sum", [
    (WAGE, True, "Party dancers. Rs 9,000 per event, 20 events a month guaranteed.", MEH_),
    (WAGE, True, "Hostess for parties, Rs 5,000 per night + tips.", MEH_),
    (WAGE, True, "Chat job, Rs 3,000 daily, 4 hours only.", TEACH_),
    (WAGE, True, "Sirf 4 ghante daily, 3000 per day kamao.", TEACH_),
    (WAGE, True, "৪ ঘণ্টা কাজ, দৈনিক ৩,০০০ টাকা।", TEACH_),
    (WAGE, True, "Roz 4 ghante, 2500 rupaye roz.", TEACH_),
    (WAGE, True, "रोज़ 4 घंटे काम, ₹3,000 प्रतिदिन।", TEACH_),
])

# a model or promoter showing a shop's clothes to its buyers ("drape karke customers ko dikhaye"):
# the Hindi verb "kar" is not "car", and a shop or store shows a product as a showroom does
CASES.rows("a_product_shown_on_a_shops_floor", [
    (FUN, False, "Showroom mein sarees pehen karke customers ko dikhana, in-store model/promoter. "
     "Fixed 14000.", SALE),
    (FUN, False, "Dukaan mein customers ko kapde try karke dikhane wali model chahiye. Salary "
     "14000, day shift.", SALE),
    (FUN, False, "Jewellery showroom: gehne pehan kar customers ko dikhaye, model cum sales girl. "
     "14000.", SALE),
    (FUN, False, "Brand showroom mein promoter/model jo customers ki madad kare, 10 se 7. Salary "
     "14000.", SALE),
    (FUN, False, "Store model: customers ko naye design dikhane ka kaam karte hue sales badhana. "
     "14000.", SALE),
    (FUN, False, "शोरूम में साड़ी पहनकर ग्राहकों को दिखाना, मॉडल/प्रमोटर। वेतन 14000।", SALE),
    (FUN, False, "শোরুমে শাড়ি পরে ক্রেতাদের দেখানো, মডেল/প্রমোটার। বেতন ১৪০০০।", SALE),
    (FUN, False, "Showroom e shari pore customer der dekhano, model cum promoter. Beton 14000.",
     SALE),
    (FUN, False, "Showroom model, customers ko saree drape karke dikhao, 10am to 7pm, salary "
     "14000.", SALE),
    (FUN, False, "Mall store mein brand model, customers se baat karo aur outfits dikhao. 14000.",
     SALE),
    (FUN, False, "In-store model for a saree brand's showroom; drape sarees and show customers. "
     "Rs 14,000.", SALE),
    (FUN, False, "Saree showroom model/promoter, customers ko drape kare dikhana, day shift, "
     "14000.", SALE),
])

# ... with a mark of the lure beside it, still entertainment
CASES.rows("a_shops_model_with_a_mark_of_the_lure", [
    (FUN, True, "Showroom model chahiye, raat ko customers ke saath party karke dinner.", SALE),
    (FUN, True, "Saree model, customers ko hotel room mein drape karke dikhana, raat ki shift.",
     SALE),
    (FUN, True, "Model chahiye, rich customers ke saath friendship karke ghumna, 50000 mahina.",
     SALE),
])

# the employer's own HR or manager named by a label with the phone ("HR: রিনচেন লামা, 94XXXXXX12"):
# someone to find at the employer, as an owner named so is
CASES.rows("the_employers_hr_or_manager_named", [
    (VAGUE, False, "Housekeeping staff for a 40-room hotel in Shillong. HR: Meghna Sharma, "
     "98XXXXXX21.", ROOM),
    (VAGUE, False, "Packers for a garment unit in Tiruppur. Manager - Selvi Raj, 94XXXXXX10.",
     ROOM),
    (VAGUE, False, "देहरादून के एक होटल में रूम अटेंडेंट। एचआर: सीमा रावत, 98XXXXXX22।", ROOM),
    (VAGUE, False, "मसूरी के एक होटल में हाउसकीपिंग। मैनेजर: राकेश नेगी, 97XXXXXX31।", ROOM),
    (VAGUE, False, "Hotel mein room boy, Nainital. HR: Pooja Negi 97XXXXXX33.", ROOM),
    (VAGUE, False, "Ek resort mein housekeeping, Manali. Manager: Tenzin Dolma, 98XXXXXX40.",
     ROOM),
    (VAGUE, False, "শিলিগুড়ির একটি হোটেলে রুম অ্যাটেনডেন্ট। ম্যানেজার: সুব্রত দাস, 98XXXXXX44।",
     ROOM),
    (VAGUE, False, "কালিম্পংয়ের একটি রিসর্টে হাউসকিপিং। এইচআর: পেমা শেরপা, 96XXXXXX50।", ROOM),
    (VAGUE, False, "Siliguri r ekti hotel e room attendant. HR: Tshering Bhutia, 96XXXXXX55.",
     ROOM),
    (VAGUE, False, "Darjeeling er ekti hotel e housekeeping. Manager: Anjali Rai, 94XXXXXX66.",
     ROOM),
    (VAGUE, False, "Room attendants for a heritage hotel in Gangtok. Manager: Karma Lepcha, "
     "98XXXXXX77.", ROOM),
    (VAGUE, False, "Ek guest house mein safai, Rishikesh. HR - Suman Bisht, 99XXXXXX88.", ROOM),
])

# ... a label with no name after it, or the address told later, is still a phone alone
CASES.rows("a_label_with_no_name", [
    (VAGUE, True, "Hotel job. HR: 98XXXXXX12 only WhatsApp.", ROOM),
    (VAGUE, True, "Hotel mein kaam. Manager: call 98XXXXXX34.", ROOM),
    (VAGUE, True, "Big hotel job, HR: Rahul, address told after selection, WhatsApp 98XXXXXX56.",
     ROOM),
    (VAGUE, True, "হোটেলে কাজ। ম্যানেজার: ফোন 017XXXXXX89।", ROOM),
])

# her wage sent or given to her parents in the verb's every form ("salary seedha mummy-papa ko
# bhej denge", "বেতন বাবা-মাকে পাঠিয়ে দেবে")
CASES.rows("her_wage_sent_to_her_family", [
    (FAMILY, True, "Live-in help, Rs 8,000. Salary will be sent directly to her mummy-papa every "
     "month.", HOME),
    (FAMILY, True, "Maid for a Delhi family, Rs 8,000. The agency sends the wage to her parents "
     "each month.", HOME),
    (FAMILY, True, "घरेलू काम, ₹8,000। वेतन सीधे माता-पिता को भेजेंगे।", HOME),
    (FAMILY, True, "घर का काम, ₹8,000 महीना। तनख्वाह हर महीने उसके पापा को दे देंगे।", HOME),
    (FAMILY, True, "Ghar ka kaam, 8000 mahina. Salary seedha ghar walon ko bhej denge.", HOME),
    (FAMILY, True, "Kothi mein kaam, 8000. Tankhwah papa ko de denge har mahine.", HOME),
    (FAMILY, True, "Live-in kaam, 8000. Vetan mummy ko bhejenge har mahine.", HOME),
    (FAMILY, True, "বাসার কাজ, ৮,০০০ টাকা। বেতন সরাসরি বাবা-মাকে পাঠিয়ে দেবে।", HOME),
    (FAMILY, True, "বাসায় কাজ, মাসে ৮০০০ টাকা। মাইনে মায়ের কাছে পাঠানো হবে।", HOME),
    (FAMILY, True, "Basay kaj, 8000 taka. Beton sorasori baba ma ke pathiye debe.", HOME),
    (FAMILY, True, "Barir kaj, mashe 8000. Maine mayer kache pathabo protimase.", HOME),
    (FAMILY, True, "Ghar ka kaam, 8000. Paisa uske pati ko de denge.", HOME),
])

# ... not her own account or hand, nor the family's visits or a letter to them
CASES.rows("her_wage_to_her_own", [
    (FAMILY, False, "Salary Rs 8,000 into your own bank account; you can send money home "
     "yourself.", HOME),
    (FAMILY, False, "Live-in help, Rs 8,000. Parents can visit on Sundays.", HOME),
    (FAMILY, False, "Rs 8,000 a month. We will send a monthly letter to the parents about her "
     "training.", HOME),
    (FAMILY, False, "Salary 8,000 — aap khud ghar bhej sakti hain.", HOME),
    (FAMILY, False, "वेतन ₹8,000 आपके खाते में, आप चाहें तो घर भेज दें।", HOME),
    (FAMILY, False, "বেতন ৮০০০ টাকা নিজের অ্যাকাউন্টে, চাইলে বাড়িতে পাঠাতে পারবেন।", HOME),
    (FAMILY, False, "Beton 8000 nijer account e, chaile barite pathate paren.", HOME),
    (FAMILY, False, "Salary 8000 aapke haath mein denge, family ko nahi.", HOME),
    (FAMILY, False, "Husband and wife both hired, each paid Rs 8,000 to own account.", HOME),
    (FAMILY, False, "वेतन 8000, हर महीने आपके खाते में देंगे। परिवार मिलने आ सकता है।", HOME),
    (FAMILY, False, "Salary 8000 har mahine aapko denge, mummy papa ko nahi.", HOME),
    (FAMILY, False, "মাসে ৮০০০ টাকা আপনাকে দেবে, পরিবার দেখা করতে পারবে।", HOME),
])


# girls sought by a class below the tenth they have passed, named beside them ("class 8 pass
# ladki", "कक्षा 8 पास लड़कियां", "ক্লাস ৮ পাস মেয়েরা"): children just out of school
CASES.rows("girls_sought_by_a_class_below_the_tenth", [
    (MINOR, True, "Live-in help for a Delhi family. Class 7 pass girl needed, Rs 8,000.", HOME),
    (MINOR, True, "Spinning mill, Tamil Nadu. Girls class 8 pass only, hostel inside. Rs 10,000.",
     GARM),
    (MINOR, True, "Garment unit needs class 6 pass girls, stay in company hostel.", GARM),
    (MINOR, True, "घरेलू काम के लिए कक्षा 7 पास लड़की चाहिए, दिल्ली।", HOME),
    (MINOR, True, "मिल में कक्षा 8 पास लड़कियों की भर्ती, हॉस्टल में रहना।", GARM),
    (MINOR, True, "फैक्ट्री में लड़कियां कक्षा 9 पास, रहना खाना फ्री।", GARM),
    (MINOR, True, "Ghar ke kaam ke liye class 7 pass ladki chahiye, Mumbai.", HOME),
    (MINOR, True, "Mill mein class 8 pass ladkiyan chahiye, hostel free.", GARM),
    (MINOR, True, "Ladkiyan class 9 pass, Tiruppur mill, 10,000 mahina.", GARM),
    (MINOR, True, "ঢাকায় বাসার কাজে ক্লাস ৭ পাস মেয়ে লাগবে।", HOME),
    (MINOR, True, "গার্মেন্টসে ক্লাস ৮ পাস মেয়েরা আসতে পারো, হোস্টেল আছে।", GARM),
    (MINOR, True, "Basar kaje class 7 pass meye lagbe, Dhaka.", HOME),
    (MINOR, True, "Garments e class 8 pass meyera join korte paro, hostel free.", GARM),
])

# ... not women, an adult age named, the tenth class or above, nor learners taught (and a class's
# number is no age: "Class 12 pass girls, age 18-25")
CASES.rows("an_adults_schooling", [
    (MINOR, False, "Garment unit: women 18+, class 8 pass, day shift. Rs 10,000.", GARM),
    (MINOR, False, "Ladkiyan 18 se 30 saal, class 8 pass, factory day shift.", GARM),
    (MINOR, False, "Mill mein class 10 pass ladkiyan chahiye, umar 19 se 28.", GARM),
    (MINOR, False, "Class 8 pass mahilayein, gharelu kaam, 8000.", HOME),
    (MINOR, False, "Tuition for class 8 pass girls preparing for class 9, evening batch; teacher "
     "needed.", HOME),
    (MINOR, False, "कक्षा 8 पास महिलाएं, उम्र 20 से 35, सिलाई मशीन ऑपरेटर।", GARM),
    (MINOR, False, "लड़कियां, उम्र 18 वर्ष से ऊपर, कक्षा 8 पास, दिन की शिफ्ट।", GARM),
    (MINOR, False, "গার্মেন্টসে ক্লাস ৮ পাস মহিলা, বয়স ১৯ থেকে ৩০।", GARM),
    (MINOR, False, "Garments e 8 class pass mohila, boyosh 20-35.", GARM),
    (MINOR, False, "Housekeeping staff, male and female, 8th pass. Salary Rs 8,000.", HOME),
    (MINOR, False, "Class 12 pass girls, age 18-25, for data entry at the mill office.", GARM),
    (MINOR, False, "Creche worker, class 8 pass, experience with children; women 21-45.", HOME),
])

# ... an age under 18 named beside the class is still a child's
CASES.rows("an_age_under_18_beside_a_class", [
    (MINOR, True, "Class 8 pass ladkiyan, umar 15 se 18, mill hostel.", GARM),
    (MINOR, True, "Class 8 girls, age 13-14, for the spinning mill.", GARM),
    (MINOR, True, "Umar 16, class 10 pass ladki, ghar ka kaam.", HOME),
    (MINOR, True, "কক্ষা ৮ পাস মেয়ে, বয়স ১৫-১৭, গার্মেন্টস হোস্টেল।", GARM),
    (MINOR, True, "कक्षा 8 पास लड़कियां, उम्र 14 से 17, मिल में रहना।", GARM),
])


# checked and then kept by the keeper, the original or the papers themselves ...
CASES.add("checked_then_kept_by_the_keeper", PAPERS, True, [
    "Aadhaar verified at joining and the employer keeps the original till the contract ends.",
    "पासपोर्ट जाँच के बाद मालिक असली पासपोर्ट रखेगा।",
    "Passport verify karke agent original rakhega.",
], **DESK)

# ... not a copy the keeper keeps after the check
CASES.add("checked_then_a_copy_kept", PAPERS, False, [
    "Documents verified at joining, the company keeps a photocopy.",
    "Aadhaar verified at joining and the employer keeps only a copy.",
    "Certificates checked by HR, the company keeps a scanned copy.",
    "आधार जाँच के बाद कंपनी केवल फोटोकॉपी रखेगी।",
    "Aadhaar dikhakar company sirf photocopy rakhegi.",
    "আধার যাচাই করে কোম্পানি শুধু ফটোকপি রাখবে।",
    "Aadhaar jachai kore company shudhu photocopy rakhbe.",
    "Passport verified; the company keeps a copy.",
], **DESK)


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_a_class_of_error_is_corrected_as_a_class(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
