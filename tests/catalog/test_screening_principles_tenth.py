"""Screening principles by class of error, after ten held-out splits: each class that came back
split after split (a minor where schooling is offered, a full-time floor held to home-based or
piece work, a fee read where someone else pays, a teacher read as entertainment, a year read as a
sum, a business with its place read as vague) is a table of openings of our own (fictional
employers), written before the rule was changed, in English, Hindi and Bengali, script and Latin:
the hard negatives the principle sets aside and, beside them, the lures it must still catch.
"""
from __future__ import annotations

import pytest

from tests.catalog.screening_table import Cases, codes

CASES = Cases()
SCHOOL = {"trade": "open_schooling", "wage": 1_500, "work_mode": "hybrid"}
HOME = {"trade": "agarbatti_making", "wage": 3_000, "work_mode": "remote"}

# minor_targeted needs under-18s recruited for WORK: schooling, a stipend or a scholarship for
# learners of 15-18 is no work offer aimed at minors, and neither is a refusal to hire them.
CASES.rows("minor_targeted_needs_minors_recruited_for_work", [
    ("minor_targeted", False, "Rise Trust, Park Circus, enrols girls aged 16-18 who left "
     "school to sit the Class 10 exam through NIOS. Books are paid, and a Rs 1,500 stipend "
     "is given for attendance.", SCHOOL),
    ("minor_targeted", False, "Scholarship for Class 11 and 12. Sabuj Shiksha Trust, Behala "
     "pays the school fees of girls of 15 to 17 and gives Rs 1,000 a month.", SCHOOL),
    ("minor_targeted", False, "आशा फाउंडेशन, गया: 16 से 18 साल की लड़कियों के लिए NIOS से "
     "दसवीं की पढ़ाई, किताबें मुफ़्त, हर महीने 1500 रुपये छात्रवृत्ति।", SCHOOL),
    ("minor_targeted", False, "Umeed Sanstha, Patna: 15-17 saal ki ladkiyon ka open school me "
     "dakhila, padhai ka kharcha sanstha degi, 1000 rupaye vazifa.", SCHOOL),
    ("minor_targeted", False, "‘আলো শিক্ষা কেন্দ্র’, খুলনা: ১৬-১৮ বছরের মেয়েদের এসএসসি "
     "পরীক্ষার প্রস্তুতি, মাসিক ১,০০০ টাকা উপবৃত্তি।", SCHOOL),
    ("minor_targeted", False, "'Alo Shiksha Kendro', Khulna: 16-18 bochorer meyeder open "
     "school e bhorti, maase 1000 taka britti.", SCHOOL),
    ("minor_targeted", False, "Class 10 at our Saturday study centre, Sabuj Trust, Behala. "
     "Fees paid, Rs 1,000 stipend.", {**SCHOOL, "title": "Open schooling for girls, 16-18"}),
    # a refusal to hire minors, in any wording, is the opposite of seeking them
    ("minor_targeted", False, "Noor Packers, Jangipur. Adult women only; no one under 18 is "
     "hired.", HOME),
    ("minor_targeted", False, "नूर पैकर्स, जंगीपुर। 18 साल से कम उम्र वालों को काम नहीं दिया "
     "जाता।", HOME),
    ("minor_targeted", False, "Noor Packers, Jangipur. 18 saal se kam umar ke logon ko kaam "
     "par nahi rakha jata.", HOME),
    ("minor_targeted", False, "নূর প্যাকার্স, জঙ্গিপুর। ১৮ বছরের কম বয়সীদের কাজে নেওয়া হয় "
     "না।", HOME),
    ("minor_targeted", False, "Noor Packers, Jangipur. Nabalik der kaj deoa hoy na, shudhu "
     "praptoboyosko mohila.", HOME),
    # ... and the lures: minors sought for work, schooling or a stipend beside it or not
    ("minor_targeted", True, "Girls aged 15-17 for our spinning mill: hostel, Rs 3,000 "
     "stipend and a lump sum after three years.", {"trade": "sewing_dress_making"}),
    ("minor_targeted", True, "16 saal ki ladkiyan chahiye, factory me kaam ke saath open "
     "school me padhai.", {"trade": "packing_helper"}),
    ("minor_targeted", True, "১৫-১৭ বছরের মেয়ে চাই, কারখানায় কাজ, সাথে উপবৃত্তি।",
     {"trade": "packing_helper"}),
    ("minor_targeted", True, "Packing helpers wanted, Rs 9,000. Girls aged 15-16 also "
     "welcome.", {"trade": "packing_helper"}),
    ("minor_targeted", True, "NIOS se padhai karwayenge. 14-16 saal ki ladkiyan ghar ke kaam "
     "ke liye chahiye.", {"trade": "domestic_care"}),
    ("minor_targeted", True, "Kishori meye chai, dokane kaj, scholarship deya hobe.",
     {"trade": "small_shop_keeping"}),
    ("minor_targeted", True, "नाबालिग लड़कियाँ भी चलेंगी, घर का काम, छात्रवृत्ति भी।",
     {"trade": "domestic_care"}),
])

# wage_outlier compares a monthly full-time wage: home-based, piece-rate, part-time, seasonal
# or stipend earnings are not held to a full-time floor; a wage far above the trade's still is.
CASES.rows("the_floor_is_for_a_full_time_wage", [
    ("wage_outlier", False, "Sugandha Udyog, Kalna: ghore bose dhup banano, kg pichhu 25 "
     "taka, maase gore 3,000 taka.", HOME),
    ("wage_outlier", False, "सुगंध उद्योग, कालना: घर बैठे अगरबत्ती, हर हज़ार पर 20 रुपये, महीने "
     "में करीब 3,000।", HOME),
    ("wage_outlier", False, "Sugandh Udyog, Shastri Nagar: ek suit ki silai 150 rupaye, mahine "
     "me 3,000 tak.", {**HOME, "trade": "sewing_dress_making"}),
    ("wage_outlier", False, "‘নকশি ঘর’, কালনা: বাড়িতে কাঁথা সেলাই, প্রতিটি কাঁথায় ৪০০ টাকা, মাসে "
     "৩,০০০ টাকার মতো।", {**HOME, "trade": "embroidery"}),
    ("wage_outlier", False, "Sunbeam School, Hatigaon: art teacher, three afternoons a week, "
     "honorarium Rs 3,000 a month.", {"trade": "teaching_assistant", "wage": 3_000}),
    ("wage_outlier", False, "Potato harvest, March only, at Das Farm, Singur. Rs 4,000 for "
     "the season.", {"trade": "farm_labour", "wage": 4_000}),
    ("wage_outlier", False, "Alo Trust, Behala: মাসিক ১,৫০০ টাকা উপবৃত্তি, শনিবার ক্লাস।",
     {"trade": "open_schooling", "wage": 1_500}),
    ("wage_outlier", False, "Das Stores, Gariahat: weekends only, Rs 2,500 a month.",
     {"trade": "small_shop_keeping", "wage": 2_500}),
    ("wage_outlier", False, "Seasonal work: dhan katai ke mausam me, 20 din, Rs 4,000.",
     {"trade": "farm_labour", "wage": 4_000}),
    ("wage_outlier", False, "Bikash Bidi, Jangipur: bari theke bidi bandhai, hajar pichhu 180 "
     "taka, maase prai 4,000.", {**HOME, "trade": "bidi_rolling", "wage": 4_000}),
    ("wage_outlier", False, "मौसमी काम: आम की तुड़ाई, मई-जून, पूरे सीजन के 4,000 रुपये।",
     {"trade": "farm_labour", "wage": 4_000}),
    ("wage_outlier", False, "Home-based paper bag making. Rs 2 a bag; most women make about "
     "Rs 3,000 a month.", {**HOME, "trade": "packing_helper"}),
    # ... and the lures: a full-time wage below the floor, or home-based pay far above the trade's
    ("wage_outlier", True, "Packing helper, full time, 9 to 6, Rs 3,000 a month.",
     {"trade": "packing_helper", "wage": 3_000}),
    ("wage_outlier", True, "ফ্যাক্টরিতে ফুল টাইম কাজ, সকাল ৮টা থেকে রাত ৮টা, মাসে ৩,০০০ টাকা।",
     {"trade": "packing_helper", "wage": 3_000}),
    ("wage_outlier", True, "Ghar ka kaam, malik ke ghar rehna, mahina 2,500.",
     {"trade": "domestic_care", "wage": 2_500}),
    ("wage_outlier", True, "Ghar baithe typing ka kaam, Rs 60,000 mahina.",
     {"trade": "data_entry", "wage": 60_000, "work_mode": "remote"}),
    ("wage_outlier", True, "ঘরে বসে ডাটা এন্ট্রি, মাসে ৪৫,০০০ টাকা আয়।",
     {"trade": "data_entry", "wage": 45_000, "work_mode": "remote"}),
])

# fee_charged needs HER to pay: a cost a payer other than she has paid or will pay (in any
# tense, named before or after it), or a service charge added to her wage, is not hers.
CASES.rows("a_fee_needs_her_to_pay", [
    ("fee_charged", False, "QuickPack, Bhiwandi: jinhe room chahiye unke liye company ne hostel "
     "ka security deposit khud bhara hai.", {"trade": "packing_helper"}),
    ("fee_charged", False, "QuickPack, Bhiwandi. The employer has already paid the hostel "
     "deposit for those who need a room.", {"trade": "packing_helper"}),
    ("fee_charged", False, "क्विकपैक, भिवंडी। हॉस्टल की सिक्योरिटी राशि कंपनी ने भर दी है।",
     {"trade": "packing_helper"}),
    ("fee_charged", False, "কুইকপ্যাক, ভিওয়ান্ডি। হোস্টেলের জামানত কোম্পানি আগেই দিয়ে দিয়েছে।",
     {"trade": "packing_helper"}),
    ("fee_charged", False, "QuickPack, Bhiwandi: hostel er jamanat company age-i diye "
     "diyechhe.", {"trade": "packing_helper"}),
    ("fee_charged", False, "Kolatoli Road er 'Hotel Sea Pearl': beton 16,000 taka + service "
     "charge, dormitory te thaka.", {"trade": "front_office", "district": "Cox's Bazar"}),
    ("fee_charged", False, "होटल सागर, पुरी: वेतन 12,000 रुपये + सर्विस चार्ज, खाना मुफ्त।",
     {"trade": "housekeeping_room_attendant"}),
    ("fee_charged", False, "Hotel Sagar, Puri. Salary plus service charge, meals free.",
     {"trade": "housekeeping_room_attendant"}),
    ("fee_charged", False, "Sewa Trust, Gaya: training fee Foundation ne pehle hi jama kar di "
     "hai.", {"trade": "general_duty_assistant"}),
    ("fee_charged", False, "Hotel Sagar, Puri: বেতন ১২,০০০ টাকা ও সার্ভিস চার্জ।",
     {"trade": "housekeeping_room_attendant"}),
    ("fee_charged", False, "Sewa Trust, Gaya. Registration fee amra debo, apnar kichu lagbe "
     "na.", {"trade": "general_duty_assistant"}),
    ("fee_charged", False, "सेवा ट्रस्ट, गया। प्रशिक्षण शुल्क संस्था ने पहले ही जमा कर दिया है।",
     {"trade": "general_duty_assistant"}),
    # ... and the lures: she pays, whoever else is named
    ("fee_charged", True, "QuickPack, Bhiwandi. Hostel deposit Rs 5,000 aapko bharna hoga.",
     {"trade": "packing_helper"}),
    ("fee_charged", True, "কুইকপ্যাক। হোস্টেলের জামানত ৫,০০০ টাকা আপনাকে দিতে হবে।",
     {"trade": "packing_helper"}),
    ("fee_charged", True, "Hotel Sagar, Puri. Service charge Rs 2,000 to be paid by the "
     "candidate.", {"trade": "housekeeping_room_attendant"}),
    ("fee_charged", True, "Company ne security deposit tay kiya hai: joining par 3000 jama "
     "karo.", {"trade": "packing_helper"}),
    ("fee_charged", True, "The company has paid your ticket; the Rs 8,000 registration fee "
     "you pay at the office.", {"trade": "packing_helper"}),
    ("fee_charged", True, "Maa Tara Placement, Banarhat. Agency r commission hisebe prothom "
     "tin masher beton agency nebe.", {"trade": "domestic_care"}),
    ("fee_charged", True, "मां तारा प्लेसमेंट। पहले दो महीने की तनख्वाह एजेंसी कमीशन के रूप में "
     "रखेगी।", {"trade": "domestic_care"}),
])

# Teaching a dance or music at a school named with its place is ordinary work; the role at
# night, with guests or parties, stays entertainment.
CASES.rows("a_role_taught_at_a_school_named_with_its_place", [
    ("entertainment_lure", False, "Rosewood Girls' Higher Secondary School, Hatigaon, "
     "Guwahati needs a part-time Bihu dance teacher for classes VI-X, three afternoons a week.",
     {"trade": "teaching_assistant", "district": "Kamrup Metropolitan"}),
    ("entertainment_lure", False, "St. Xavier's Primary School, Doranda, Ranchi invites a "
     "music and dance teacher, school hours.", {"trade": "teaching_assistant",
                                               "district": "Ranchi"}),
    ("entertainment_lure", False, "Kanya Vidyalaya, Hajipur ko nritya shikshika chahiye, "
     "subah ki paali.", {"trade": "teaching_assistant", "district": "Vaishali"}),
    ("entertainment_lure", False, "राजकीय बालिका विद्यालय, आरा को नृत्य शिक्षिका चाहिए, कक्षा "
     "6 से 10, सुबह 8 से 12।", {"trade": "teaching_assistant", "district": "Bhojpur"}),
    ("entertainment_lure", False, "বেলতলা বালিকা বিদ্যালয়, গুয়াহাটি: ষষ্ঠ থেকে দশম শ্রেণির জন্য "
     "নাচের শিক্ষিকা, সপ্তাহে তিন দিন বিকেলে।", {"trade": "teaching_assistant",
                                           "district": "Kamrup Metropolitan"}),
    ("entertainment_lure", False, "Beltola Balika Vidyalaya, Guwahati te nacher shikshika "
     "lagbe, class 6 theke 10, bikel e.", {"trade": "teaching_assistant",
                                           "district": "Kamrup Metropolitan"}),
    ("entertainment_lure", False, "Sunbeam Girls' School, Hatigaon, Guwahati: Bihu classes "
     "for VI-X, afternoons, Rs 9,000.", {"trade": "teaching_assistant",
                                          "title": "Dance teacher - girls' school",
                                          "district": "Kamrup Metropolitan"}),
    ("entertainment_lure", False, "Mount Carmel Convent, Shillong: Western dance teacher, "
     "part-time, apply to the Principal.", {"trade": "teaching_assistant",
                                             "district": "East Khasi Hills"}),
    # ... and the lures beside the role
    ("entertainment_lure", True, "Rosewood Girls' School, Hatigaon, Guwahati: dance teacher "
     "who will also sit with VIP guests at night functions.", {"trade": "teaching_assistant"}),
    ("entertainment_lure", True, "School ke baad dance teacher, raat ko party me perform "
     "karna hoga.", {"trade": "teaching_assistant"}),
    ("entertainment_lure", True, "নাচের শিক্ষিকা চাই, রাতে হোটেলে অনুষ্ঠান।",
     {"trade": "teaching_assistant"}),
    ("entertainment_lure", True, "Dance teacher wanted, WhatsApp 98XXXXXX12.",
     {"trade": "teaching_assistant", "district": None}),
])

# A year is no sum of money, and a family business is the employer, not a relative paid.
CASES.rows("a_year_is_no_sum_and_a_family_business_no_relative_paid", [
    ("advance_to_family", False, "Rahman Store, Zindabazar (family grocery since 1998) needs "
     "a counter helper. Tk 11,000 per month.", {"trade": "small_shop_keeping"}),
    ("advance_to_family", False, "Gupta Sweets, a family business since 1985, needs a helper, "
     "Rs 10,000.", {"trade": "small_shop_keeping"}),
    ("advance_to_family", False, "गुप्ता किराना, 1992 से परिवार की दुकान, हेल्पर चाहिए, "
     "10,000 रुपये।", {"trade": "small_shop_keeping"}),
    ("advance_to_family", False, "Gupta Kirana, 1992 se parivar ki dukaan, helper chahiye, "
     "10,000 rupaye.", {"trade": "small_shop_keeping"}),
    ("advance_to_family", False, "রহমান স্টোর, জিন্দাবাজার: ১৯৯৮ সাল থেকে পারিবারিক দোকান, "
     "বেতন ১১,০০০ টাকা।", {"trade": "small_shop_keeping"}),
    ("advance_to_family", False, "Rahman Store, Zindabazar: 1998 theke paribarik dokan, beton "
     "11,000 taka.", {"trade": "small_shop_keeping"}),
    ("advance_to_family", False, "Family-run dhaba on NH-34, est. 2004, needs a cook. Rs "
     "12,000.", {"trade": "domestic_cook"}),
    ("advance_to_family", False, "Shop helper. The Rahman family has run this shop since 1998; "
     "Rs 11,000 a month.", {"trade": "small_shop_keeping"}),
    # ... and the lures: money to a relative, beside a year or a family shop or not
    ("advance_to_family", True, "Family grocery, Zindabazar. Rs 20,000 advance will be given "
     "to your father.", {"trade": "small_shop_keeping"}),
    ("advance_to_family", True, "Gupta Kirana, 1992 se. Ladki ke pita ko 15,000 peshgi "
     "milegi.", {"trade": "small_shop_keeping"}),
    ("advance_to_family", True, "রহমান স্টোর, ১৯৯৮ সাল থেকে। মেয়ের বাবাকে ২০,০০০ টাকা অগ্রিম।",
     {"trade": "small_shop_keeping"}),
    ("advance_to_family", True, "Salary of 2025 season paid to the parents: Rs 40,000 at the "
     "end.", {"trade": "farm_labour"}),
])

# A business named with its place, however the place is written (its district in script, in
# the genitive before the name, after a comma), is findable: a phone beside it is a way to
# reach it. A name alone, or a place alone, stays vague.
CASES.rows("a_business_named_with_its_place_in_any_script", [
    ("vague_employer", False, "শ্রীপুর, গাজীপুরের ‘সবুজ বাংলা পোল্ট্রি’-তে শেডে কাজের জন্য "
     "শ্রমিক চাই। যোগাযোগ: খামার ব্যবস্থাপক, 018XXXXXX52।", {"trade": "poultry_farming",
                                                     "district": "Gazipur"}),
    ("vague_employer", False, "খুলনার ‘আলো পোল্ট্রি’ খামারে শ্রমিক চাই, ফোন 017XXXXXX41।",
     {"trade": "poultry_farming", "district": "Khulna"}),
    ("vague_employer", False, "Kalna r 'Sugandha Udyog' e kaj, phone 98XXXXXX10.",
     {"trade": "agarbatti_making", "district": "Purba Bardhaman"}),
    ("vague_employer", False, "भिवंडी की 'क्विकपैक फुलफिलमेंट' में पैकिंग, फोन 98XXXXXX21।",
     {"trade": "packing_helper", "district": "Thane"}),
    ("vague_employer", False, "Bhiwandi ki 'QuickPack Fulfilment' me packing, call "
     "98XXXXXX21.", {"trade": "packing_helper", "district": "Thane"}),
    ("vague_employer", False, "‘সবুজ বাংলা পোল্ট্রি’, শ্রীপুর: শ্রমিক চাই, ফোন 018XXXXXX52।",
     {"trade": "poultry_farming", "district": "Gazipur"}),
    ("vague_employer", False, "'Green Leaf Poultry', Sreepur: workers needed, phone "
     "018XXXXXX52.", {"trade": "poultry_farming", "district": "Gazipur"}),
    ("vague_employer", False, "गाज़ीपुर के 'हरित पोल्ट्री फार्म' में मज़दूर चाहिए। फोन "
     "97XXXXXX12।", {"trade": "poultry_farming", "district": "Ghazipur"}),
    # ... and the lures: a name without a place, a place without a name, a middleman
    ("vague_employer", True, "‘সবুজ বাংলা পোল্ট্রি’-তে শ্রমিক চাই। ফোন 018XXXXXX52।",
     {"trade": "poultry_farming", "district": "Gazipur"}),
    ("vague_employer", True, "গাজীপুরের একটি খামারে শ্রমিক চাই। ফোন 018XXXXXX52।",
     {"trade": "poultry_farming", "district": "Gazipur"}),
    ("vague_employer", True, "'Rani Enterprises' needs packers. Call 98XXXXXX60.",
     {"trade": "packing_helper", "district": "Thane"}),
    ("vague_employer", True, "Bhiwandi ki ek company me packing, dalal se milo, "
     "98XXXXXX21.", {"trade": "packing_helper", "district": "Thane"}),
])

# Cross-border recruitment outside a lawful route: taken across a border with no passport or
# visa, or papers of the other country made there, is overseas travel outside a lawful route.
CASES.rows("taken_across_a_border_without_papers", [
    ("overseas_travel", True, "Parlour job in Kolkata for Bangladeshi sisters, Rs 14,000. No "
     "passport, no visa needed: our man will take you across at Benapole.",
     {"trade": "beauty_therapy", "district": "Jashore"}),
    ("overseas_travel", True, "Kolkata te parlour er kaj. Passport lagbe na, amader lok border "
     "par kore debe, okhane Aadhaar kore deya hobe.", {"trade": "beauty_therapy",
                                                        "district": "Jashore"}),
    ("overseas_travel", True, "কলকাতায় পার্লারের কাজ। পাসপোর্ট-ভিসা লাগবে না, আমাদের লোক সীমান্ত "
     "পার করে দেবে।", {"trade": "beauty_therapy", "district": "Jashore"}),
    ("overseas_travel", True, "Nepal ke raaste Dubai, passport ki zaroorat nahi, border paar "
     "karwa denge.", {"trade": "domestic_care"}),
    ("overseas_travel", True, "Jobs in Kolkata for Bangladeshi girls. No need of passport or "
     "visa, we will cross the border at night.", {"trade": "domestic_care",
                                                  "district": "Satkhira"}),
    ("overseas_travel", True, "Mumbai parlour, 25,000 rupees. पासपोर्ट-वीज़ा की ज़रूरत नहीं, "
     "हमारा आदमी बॉर्डर पार करा देगा।", {"trade": "beauty_therapy", "district": "Jashore"}),
    ("overseas_travel", True, "Delhi te bari r kaj. Visa lagbe na, passport o na; Benapole "
     "diye amader lok border par kore niye jabe.", {"trade": "domestic_care",
                                                    "district": "Jashore"}),
    ("overseas_travel", True, "Work in a Kolkata hotel. Passport: not needed. Our agent takes "
     "you across.", {"trade": "housekeeping_room_attendant", "district": "Jashore"}),
    ("overseas_travel", True, "ভারতে পার্লারের কাজ, ভালো বেতন। পাসপোর্ট বা ভিসা কিছুই দরকার "
     "নেই।", {"trade": "beauty_therapy", "district": "Jashore"}),
    ("overseas_travel", False, "Beauty parlour job in Kolkata at 'Rupa Parlour', Gariahat. "
     "Local women from Kolkata only.", {"trade": "beauty_therapy"}),
    ("overseas_travel", False, "Hotel Sagar, Puri. Your passport is not needed and will not "
     "be kept; Aadhaar copy only.", {"trade": "housekeeping_room_attendant"}),
    ("overseas_travel", False, "Sewa Trust, Gaya: no passport or visa needed, the job is in "
     "Gaya town itself.", {"trade": "general_duty_assistant", "district": "Gaya"}),
    ("overseas_travel", False, "'Seema Tailors', Border Road, Siliguri: darji chahiye, "
     "Rs 10,000.", {"trade": "sewing_dress_making", "district": "Darjeeling"}),
    ("overseas_travel", False, "Border Road er 'Rupa Parlour' e kaj, Siliguri.",
     {"trade": "beauty_therapy", "district": "Darjeeling"}),
])


# overseas_travel is work abroad outside a lawful route: recruitment through the lawful route
# by any of its names, with no fee, kept papers or visit visa, is not; a foreign place that is
# only a shop's name, a market or a slip of typing is no workplace abroad.
CASES.rows("abroad_by_a_lawful_route_or_only_a_name", [
    ("overseas_travel", False, "Cedar Manpower (RA licence B-XXXX/MUM/PER/1000+/5/2019), "
     "hospital cleaners for Kuwait via eMigrate. Zero cost to the worker; employer pays visa "
     "and ticket.", {"trade": "hospital_housekeeping", "wage": 30_000}),
    ("overseas_travel", False, "पंजीकृत भर्ती एजेंट (RA लाइसेंस B-XXXX) के ज़रिए कतर में "
     "हाउसकीपिंग, ई-माइग्रेट पर पंजीकरण, कोई फीस नहीं, वीज़ा-टिकट नियोक्ता देगा।",
     {"trade": "housekeeping_room_attendant", "wage": 28_000}),
    ("overseas_travel", False, "BOESL er maddhome Japan e caregiver, kono khoroch nei, "
     "BMET smart card lagbe.", {"trade": "home_health_aide", "wage": 60_000,
                                "district": "Dhaka"}),
    ("overseas_travel", False, "বোয়েসেলের মাধ্যমে জর্ডানে গার্মেন্টস অপারেটর, সরকারি "
     "ব্যবস্থাপনায়, বিনা খরচে।", {"trade": "sewing_dress_making", "wage": 25_000,
                                  "district": "Dhaka"}),
    ("overseas_travel", False, "Doha Shawarma & Grill, Tolichowki, Hyderabad needs counter "
     "helpers. Rs 11,000.", {"trade": "food_beverage_service", "district": "Hyderabad"}),
    ("overseas_travel", False, "दुबई टेलर्स, गांधी रोड, पटना में दर्जी चाहिए।",
     {"trade": "sewing_dress_making", "district": "Patna"}),
    ("overseas_travel", False, "Our kurtis are exported to the Gulf; tailors needed at the "
     "Tiruppur unit.", {"trade": "sewing_dress_making"}),
    ("overseas_travel", False, "'সিঙ্গাপুর বিউটি পার্লার', গড়িয়াহাট রোড: বিউটিশিয়ান চাই।",
     {"trade": "beauty_therapy"}),
    # ... and the lures: a fee, kept papers, a visit visa or a lawful mark skipped
    ("overseas_travel", True, "Cedar Manpower, Kuwait hospital cleaners. Visit visa, "
     "work permit after arrival.", {"trade": "hospital_housekeeping", "wage": 30_000}),
    ("overseas_travel", True, "Registered agent, Qatar housekeeping. Passport agent ke paas "
     "rahega, Rs 80,000 fees.", {"trade": "housekeeping_room_attendant", "wage": 28_000}),
    ("overseas_travel", True, "বিএমইটি কার্ড ছাড়াই সৌদি আরবে গৃহকর্মী, ফ্রি ভিসা।",
     {"trade": "domestic_care", "wage": 25_000, "district": "Dhaka"}),
    ("overseas_travel", True, "Dubai Tailors, Gandhi Road: selected tailors will be sent to "
     "Dubai, visa and ticket by agent.", {"trade": "sewing_dress_making"}),
])


# Probes of other wording, written after the rules changed to see whether each principle holds
# beyond the rows it was written against (two failed at first: a "paid by" seven words after
# the cost, now read; and pay "Sunday only", dropped: "phone calls on Sunday only" is no
# part-time work).
CASES.rows("probes_of_other_wording", [
    ("fee_charged", False, "Hostel ka kiraya aur jama raashi company ne khud chukayi hai.", {}),
    ("fee_charged", False, "हॉस्टल की जमा राशि कंपनी ने खुद चुकाई है।", {}),
    ("fee_charged", False, "Uniform and training costs are met by the employer in full.", {}),
    ("fee_charged", False, "The deposit for your room has been paid by QuickPack.", {}),
    ("fee_charged", False, "হোস্টেলের ভাড়া ও জামানত প্রতিষ্ঠান বহন করেছে।", {}),
    ("fee_charged", False, "Salary 14,000 + service charge + tips.",
     {"trade": "food_beverage_service"}),
    ("fee_charged", False, "মাসে ১৪,০০০ টাকা সাথে সার্ভিস চার্জ।",
     {"trade": "food_beverage_service"}),
    ("fee_charged", True, "Company ne hostel deposit maanga hai, Rs 4,000 aapko dena hoga.", {}),
    ("fee_charged", True, "We have paid for the training; you pay the Rs 3,000 kit fee.", {}),
    ("minor_targeted", False, "Sabuj Trust: open schooling admission for girls aged 15 to 17, "
     "Saturday classes, books free.", {"trade": "open_schooling", "wage": 0}),
    ("minor_targeted", False, "किशोरियों के लिए ओपन स्कूल में दाखिला, परीक्षा शुल्क संस्था देगी।",
     {"trade": "open_schooling", "wage": 0}),
    ("minor_targeted", False, "Nobody below 18 is employed here. Packing helpers wanted.",
     {"trade": "packing_helper"}),
    ("minor_targeted", False, "Only women above 18 (adults) may apply.",
     {"trade": "packing_helper"}),
    ("minor_targeted", True, "Girls 15-17 wanted for packing, hostel given.",
     {"trade": "packing_helper"}),
    ("minor_targeted", True, "Open school admission plus job in our unit for girls of 15-16.",
     {"trade": "packing_helper"}),
    ("wage_outlier", False, "Chanachur packet e bhora, packet pichhu 1 taka, maase 3,000.",
     {"trade": "packing_helper", "wage": 3000}),
    ("wage_outlier", True, "Full-time helper at our shop, 10 am to 9 pm, Rs 3,500.",
     {"trade": "small_shop_keeping", "wage": 3500}),
    ("advance_to_family", False, "Since 2001 a family-run bakery. Helper, Rs 10,000.",
     {"trade": "bakery_confectionery"}),
    ("advance_to_family", True, "Family shop since 2001. Rs 25,000 advance to her parents.",
     {"trade": "small_shop_keeping"}),
    ("vague_employer", False, "নদিয়ার ‘মা সারদা দুগ্ধ খামার’-এ কর্মী চাই, ফোন 97XXXXXX10।",
     {"trade": "dairy_farming", "district": "Nadia"}),
    ("vague_employer", False, "'Sree Durga Dairy', Krishnanagar. Call 97XXXXXX10.",
     {"trade": "dairy_farming", "district": "Nadia"}),
    ("vague_employer", True, "Dairy farm me kaam, call 97XXXXXX10.",
     {"trade": "dairy_farming", "district": "Nadia"}),
    ("entertainment_lure", False, "Delhi Public School, Sector 45, Gurgaon: dance teacher "
     "(Kathak), school hours.", {"trade": "teaching_assistant", "district": "Gurugram"}),
    ("entertainment_lure", False, "Holy Cross Convent, Bishnupur: music and dance teacher wanted.",
     {"trade": "teaching_assistant", "district": "Bankura"}),
    ("overseas_travel", True, "Nepal border se Delhi, phir Dubai. Passport baad me banega, abhi "
     "zaroorat nahi.", {"trade": "domestic_care"}),
])

# Lures written against the new exceptions, to find what they would let through (six, one and
# one did at first, round by round; all now caught): schooling given in return for work,
# "adult" beside the minors, a rule of the workplace near the ages, "we pay" beside a fee she
# deposits, full-time work called home-based, a person after a business's comma, a full
# working day called piece work.
CASES.rows("lures_against_the_new_exceptions", [
    ("minor_targeted", True, "Free admission and hostel for girls 12-15; in return they help "
     "with household chores at the warden's house.", {"trade": "domestic_care"}),
    ("minor_targeted", True, "मुफ्त दाखिला और हॉस्टल, 13-15 साल की लड़कियाँ बदले में रसोई में हाथ "
     "बंटाएँगी।", {"trade": "domestic_care"}),
    ("minor_targeted", True, "Girls 15-17 and adult women wanted for packing.",
     {"trade": "packing_helper"}),
    ("minor_targeted", True, "Girls aged 15-17 wanted, phones not allowed in the unit.",
     {"trade": "packing_helper"}),
    ("minor_targeted", True, "১৫-১৭ বছরের মেয়ে ও প্রাপ্তবয়স্ক মহিলা চাই, প্যাকিং।",
     {"trade": "packing_helper"}),
    ("minor_targeted", True, "Kishori meye chai. Mobile nishiddho.", {"trade": "packing_helper"}),
    ("fee_charged", True, "We will pay your salary after you deposit Rs 2,000 registration "
     "fee.", {}),
    ("fee_charged", True, "Company pays salary monthly; registration fee Rs 1,500 to be "
     "deposited by you.", {}),
    ("fee_charged", True, "Company ne salary di hai hamesha time pe. Joining fee 2000 rupaye.",
     {}),
    ("fee_charged", True, "Malik beton dey thik somoy, kintu registration fee 1000 taka dite "
     "hobe.", {}),
    ("wage_outlier", True, "Live-in maid, full time, Rs 2,000 a month, home-based family.",
     {"trade": "domestic_care", "wage": 2_000}),
    ("overseas_travel", True, "Dubai job, visa not needed now, passport agent will make.",
     {"trade": "domestic_care"}),
    # a second round against the place beside a name, the school, the year and the service
    # charge (one got through at first: a person after the comma taken for a place)
    ("vague_employer", True, "Sugandh Udyog, Ramesh ji: 98XXXXXX10.", {"district": "Patna"}),
    ("vague_employer", True, "'Sunrise Jobs' needs girls. WhatsApp 98XXXXXX10, address after "
     "selection.", {"district": "Patna"}),
    ("vague_employer", True, "‘আলো এন্টারপ্রাইজ’-এ কাজ, ইমোতে যোগাযোগ 017XXXXXX41।",
     {"district": "Khulna"}),
    ("entertainment_lure", True, "Sunrise Public School, Park Street: dance teacher, evening "
     "functions at hotels with guests.", {"trade": "teaching_assistant"}),
    ("entertainment_lure", True, "'Star Dance Academy', Salt Lake: dancers for private "
     "parties.", {"trade": "teaching_assistant"}),
    ("entertainment_lure", True, "Rosewood School, Hatigaon: models needed, send full length "
     "photos.", {}),
    ("advance_to_family", True, "Since 2010 we place maids. Rs 30,000 advance given to the "
     "family at joining.", {"trade": "domestic_care"}),
    ("advance_to_family", True, "২০১০ সাল থেকে ইটভাটা। পরিবারকে ৫০,০০০ টাকা দাদন।",
     {"trade": "brick_kiln_work"}),
    ("fee_charged", True, "Hotel Sea Pearl: service charge Rs 1,000 per month deducted from "
     "salary.", {"trade": "front_office"}),
    ("fee_charged", True, "Beton 16,000 taka, service charge hisebe 2,000 taka apnake dite "
     "hobe.", {"trade": "front_office"}),
    # a third round (one got through at first: a full working day called piece work)
    ("wage_outlier", True, "Factory helper, 9 am-7 pm, Monday to Saturday, Rs 2,800 monthly, "
     "per piece bonus.", {"trade": "packing_helper", "wage": 2_800}),
    ("wage_outlier", True, "कारखाने में काम, सोमवार से शनिवार, प्रति पीस बोनस, महीना 2,800।",
     {"trade": "packing_helper", "wage": 2_800}),
    ("minor_targeted", True, "Bridge course for girls 12-14, then placement in a Tiruppur "
     "mill.", {"trade": "sewing_dress_making"}),
    ("minor_targeted", True, "NIOS admission free for girls 14-16 who stay with our families "
     "and look after their children.", {"trade": "domestic_care"}),
    ("minor_targeted", True, "১৪-১৬ বছরের মেয়েদের ভর্তি করানো হবে, সাথে বাসায় থাকবে ও সংসারের "
     "কাজ করবে।", {"trade": "domestic_care"}),
    ("minor_targeted", True, "Padhai ka kharcha hum denge, 14 saal ki ladki ghar ka kaam "
     "karegi.", {"trade": "domestic_care"}),
    ("minor_targeted", False, "১৬-১৮ বছরের মেয়েদের জন্য এসএসসি পরীক্ষার কোচিং, বই ফ্রি।",
     {"trade": "open_schooling", "wage": 0}),
    ("fee_charged", True, "The trust has paid half; the remaining Rs 2,000 course fee you "
     "must pay.", {}),
])


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_a_class_of_error_is_corrected_as_a_class(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
