"""Screening principles by class of error, after the fourteenth held-out split (frozen14, since
used as development data). Round 13 had corrected catalogue models, dance schools, fitness
trainers and poultry farms on frozen13's wording and frozen14's new wording of the same classes
still fired; so each class here is a table of openings of our own (fictional employers, other
names, places and sentence shapes than the split's), in English, Hindi and Bengali, script and
Latin, written before the rules were corrected, then lures that a too-wide exception would let
through: modelling and dancing for an employer that names itself (not only one that can be found
by its street); copies of papers by any word for a copy; a free course's stipend; a share of the
fees her clients pay; a form filled in beside a deduction; a middleman's office as a place to go
to; a phone beside an owner named, or for live-out household work; a lawful route abroad with a
warning against visit visas; a day rate for the shoots counted in a month.
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
ABROAD = "overseas_travel"
WAGE = "wage_outlier"
MODEL = {"trade": "retail_sales", "wage": 12_000, "district": "Hooghly"}
DANCE = {"trade": "teaching_assistant", "wage": 14_000, "district": "Ranchi"}
SCHOOL = {"trade": "teaching_assistant", "wage": 13_000, "district": "Jalpaiguri"}
COURSE = {"trade": "housekeeping_room_attendant", "wage": 9_000, "district": "Jessore"}
TRAINER = {"trade": "front_office", "wage": 14_000, "district": "Cuttack"}
SEW = {"trade": "sewing_dress_making", "wage": 12_000, "district": "Ludhiana"}
BIDI = {"trade": "bidi_rolling", "wage": 5_000, "work_mode": "remote", "district": "Jangipur"}
COOK = {"trade": "domestic_cook", "wage": 14_000, "district": "Pune"}
FARM = {"trade": "poultry_farming", "wage": 10_000, "district": "Durg"}
GULF = {"trade": "hospital_housekeeping", "wage": 32_000, "district": "Malappuram"}

# entertainment_lure, modelling for a product: catalogue, collection or brand shoots are a
# business's ordinary work where the business names itself ("Meghmala Sarees is hiring",
# "Tantuja Weaves (Kalna) khujche"), with no mark of the lure (clients, the night, a hotel, a
# fee for a portfolio, girls under age, big money without experience).
CASES.rows("catalogue_models_for_a_business_that_names_itself", [
    (FUN, False, "Meghmala Sarees is looking for two women to model our new Puja collection for "
     "the catalogue; shoots at our own studio on weekdays, 10 am to 4 pm.", MODEL),
    (FUN, False, "Rangoli Ethnic Wear needs catalogue models for its winter kurti range. Shoot "
     "days are paid Rs 2,500 each, inside our office studio.", MODEL),
    (FUN, False, "We at Kumud Textiles (Serampore) want a female model for our website "
     "catalogue; photographs taken by our own staff, no charges of any kind.", MODEL),
    (FUN, False, "Tantuja Weaves (Kalna) tader handloom saree catalogue er jonno model "
     "khujche, shoot din e, amader nijer studio te.", MODEL),
    (FUN, False, "Shree Balaji Silk Mills apne naye collection ke catalogue ke liye mahila model "
     "chahte hain; shoot din mein, factory ke studio mein.", MODEL),
    (FUN, False, "Chandrika Handloom ko apne brand catalogue ke liye model chahiye. Shoot sirf "
     "din mein, showroom ke upar studio mein.", MODEL),
    (FUN, False, "चंद्रिका हैंडलूम को अपने नए कलेक्शन के कैटलॉग के लिए महिला मॉडल चाहिए, शूट दिन "
     "में हमारे स्टूडियो में।", MODEL),
    (FUN, False, "नीलांबरी साड़ी हाउस अपने ब्रांड कैटलॉग के लिए मॉडल ढूंढ रहा है, शूट केवल दिन में।",
     MODEL),
    (FUN, False, "মেঘমালা শাড়ি তাদের পুজোর কালেকশনের ক্যাটালগের জন্য মহিলা মডেল খুঁজছে, শুট দিনের "
     "বেলায় নিজস্ব স্টুডিওতে।", MODEL),
    (FUN, False, "তন্তুজা উইভস (কালনা) তাদের তাঁতের শাড়ির ক্যাটালগের জন্য মডেল নেবে, শুট দিনে।",
     MODEL),
    (FUN, False, "Saanjh Jewellers hires part-time models to wear our bridal collection for the "
     "brand catalogue; daytime shoots with a lady photographer.", MODEL),
    (FUN, False, "Kesari Kurtis, a home-grown label, seeks models for its e-commerce catalogue. "
     "Shoots in daylight, paid per shoot day, written contract.", MODEL),
    (FUN, False, "Sales staff wanted at Anandi Silk Emporium; staff who like can also model "
     "our festive collection for the catalogue, paid extra per shoot.", MODEL),
    (FUN, False, "Pallavi Boutique ko website catalogue ke liye model chahiye, shoot din mein, "
     "koi registration fee nahi.", MODEL),
    (FUN, False, "Nakshi Kantha Ghar er online catalogue er jonno mohila model, shoot dine, "
     "kono fee nei.", MODEL),
    # ... and a product shoot with the marks of the lure
    (FUN, True, "Meghmala Sarees catalogue shoot: selected girls also attend private dinner "
     "events with our clients.", MODEL),
    (FUN, True, "Rangoli Ethnic Wear needs models for the catalogue, night shoots at a hotel "
     "with our buyers.", MODEL),
    (FUN, True, "Catalogue models wanted, send photos on WhatsApp, late night shoots.", MODEL),
    (FUN, True, "Kesari Kurtis catalogue ke liye models, raat ko clients ke saath party.", MODEL),
    (FUN, True, "মেঘমালা শাড়ির ক্যাটালগ মডেল, রাতে ক্লায়েন্টদের সঙ্গে ডিনারে যেতে হবে।", MODEL),
])

# wage_outlier, a day rate for engagements counted: "6-8 shoots a month, Rs 2,000 a shoot day" is
# paid for those days, not for 26 (the engagements, "shoot", "show", "event", counted in its
# sentence); a day rate with no days counted stays measured over a month.
SHOOT = {"trade": "retail_sales", "wage": 15_000, "district": "Nadia"}
CASES.rows("a_day_rate_for_the_engagements_counted", [
    (WAGE, False, "About 5-7 shoots a month, Rs 2,500 per shoot day, paid on the day.", SHOOT),
    (WAGE, False, "Mashe 4-6 ta shoot, protiti din 2,500 taka.", SHOOT),
    (WAGE, False, "Mahine mein 5 shoot, har din 2,000 rupaye.", SHOOT),
    (WAGE, False, "Mahine mein 6-8 shoot, ek din ka 2,200 rupaye, contract likhit.", SHOOT),
    (WAGE, False, "महीने में 6 शूट, प्रति दिन 2,000 रुपये।", SHOOT),
    (WAGE, False, "মাসে ৬ শুট, প্রতি দিন ২,০০০ টাকা।", SHOOT),
    (WAGE, False, "Roughly 8 shoots every month; the day rate is Rs 1,800.", SHOOT),
    (WAGE, False, "Expect 4 events a month as an anchor, Rs 3,000 per day.", SHOOT),
    (WAGE, False, "Mashe 5 ta show, protiti din 2,500 taka.", SHOOT),
    (WAGE, False, "Har mahine 6 show, 2,000 rupaye roz.", SHOOT),
    (WAGE, False, "3-5 bookings a month for bridal makeup, Rs 3,000 a day.", SHOOT),
    (WAGE, False, "Mashe 6 ti shoot, din proti 2,000 taka.", SHOOT),
    (WAGE, False, "Every month 7 shoots, at Rs 2,000 per day.", SHOOT),
    (WAGE, False, "Mahine ke 5-6 events, Rs 2,500 per day, travel paid.", SHOOT),
    (WAGE, False, "Monthly 4 shoots for the catalogue, Rs 3,500 per day.", SHOOT),
    # ... and a day rate with no engagements counted, far above the trade's over a month
    (WAGE, True, "Model shoot, Rs 3,000 per day, daily work.", SHOOT),
    (WAGE, True, "Roz ka 2,500 rupaye, har din kaam.", SHOOT),
    (WAGE, True, "প্রতিদিন ২,৫০০ টাকা, রোজ কাজ।", SHOOT),
])

# entertainment_lure, dance taught: a dance teacher at a school is ordinary work where the
# school names itself, however its address is written ("Holy Cross School (ICSE), Doranda"), with
# no mark of the lure (shows at hotels, parties, the night, guests).
CASES.rows("dance_taught_at_a_school_that_names_itself", [
    (FUN, False, "Holy Cross High School (ICSE), Doranda, Ranchi needs a Bharatanatyam dance "
     "teacher for classes I-V. School hours 8 am to 2 pm.", DANCE),
    (FUN, False, "Wanted: dance teacher at Green Valley Public School for the primary wing; "
     "Kathak diploma required; apply to the Principal.", DANCE),
    (FUN, False, "Sunbeam Academy requires a folk dance teacher for its middle school. Salary "
     "Rs 14,000, school timings only.", DANCE),
    (FUN, False, "Our school, Modern Vidya Niketan, is hiring a dance teacher (Odissi) for "
     "classes VI-X; timings 7:30 am to 1:30 pm.", DANCE),
    (FUN, False, "Saraswati Shishu Mandir (Hinoo) ko kaksha 1 se 5 ke bachchon ko dance "
     "sikhane ke liye shikshika chahiye, school ke samay mein.", DANCE),
    (FUN, False, "Gyan Jyoti School mein dance teacher ki zaroorat, Kathak mein degree, "
     "subah 8 se dopahar 2 baje tak.", DANCE),
    (FUN, False, "सरस्वती शिशु मंदिर, हिनू को बच्चों को नृत्य सिखाने के लिए डांस शिक्षिका चाहिए, "
     "स्कूल का समय सुबह 8 से 2 बजे।", DANCE),
    (FUN, False, "ग्रीन वैली पब्लिक स्कूल में कथक डांस टीचर की आवश्यकता, कक्षा 1 से 8, "
     "प्रधानाचार्य को आवेदन दें।", DANCE),
    (FUN, False, "Kendriya Vidyalaya No. 2 requires a part-time dance teacher for the annual "
     "day and weekly classes; contractual, day hours.", DANCE),
    (FUN, False, "St. Paul's Convent (CBSE), Lalpur: dance teacher for the primary section, "
     "Bharatanatyam or Kathak.", DANCE),
    (FUN, False, "Kishalay Vidyapith, Jalpaiguri-r prathomik bibhager jonno dance teacher "
     "lagbe, school er somoy shokal 8ta theke 2to.", SCHOOL),
    (FUN, False, "Holy Child School (English medium) e nacher shikshika chai, class 1 theke 5, "
     "shokal 8ta theke dupur 2to.", SCHOOL),
    (FUN, False, "কিশলয় বিদ্যাপীঠ (ইংরেজি মাধ্যম), জলপাইগুড়ি — প্রাথমিক বিভাগে নাচের শিক্ষিকা "
     "চাই, স্কুলের সময় সকাল ৮টা থেকে দুপুর ২টো।", SCHOOL),
    (FUN, False, "হোলি চাইল্ড স্কুলে শিশুদের নাচ শেখানোর জন্য শিক্ষিকা প্রয়োজন, রবীন্দ্রনৃত্য "
     "জানা আবশ্যক।", SCHOOL),
    (FUN, False, "Little Angels Play School is hiring a dance and music teacher for nursery "
     "children, 9 am to 1 pm.", DANCE),
    # ... and dance with the marks of the lure, whatever school is named
    (FUN, True, "Dance teacher wanted, evening shows at hotels for guests.", DANCE),
    (FUN, True, "Green Valley Public School dance teacher, also perform at private parties at "
     "night.", DANCE),
    (FUN, True, "Dance teacher chahiye, raat ko hotel mein mehmanon ke liye show.", DANCE),
    (FUN, True, "নাচের শিক্ষিকা চাই, রাতে হোটেলে অতিথিদের জন্য নাচ।", DANCE),
])

# documents_retained, copies: a copy of her papers handed to the office is ordinary
# verification by any word for a copy ("প্রতিলিপি", "প্রতিলিপি", "प्रतिलिपि", "zerox", "attested
# copies"); the originals kept, or kept until the work ends, stay hers taken.
CASES.rows("copies_of_papers_by_any_word_for_a_copy", [
    (DOC, False, "আবেদনপত্রের সঙ্গে মার্কশিটের প্রতিলিপি অফিসে জমা দিন।", SCHOOL),
    (DOC, False, "শিক্ষাগত যোগ্যতার সার্টিফিকেটের প্রতিলিপি ও ছবি বিদ্যালয়ের দপ্তরে জমা দিতে হবে।",
     SCHOOL),
    (DOC, False, "আধার কার্ডের জেরক্স অফিসে জমা দেবেন।", SCHOOL),
    (DOC, False, "Certificate er zerox copy school office e jama korun.", SCHOOL),
    (DOC, False, "Marksheet er protilipi office e jama dite hobe.", SCHOOL),
    (DOC, False, "आवेदन के साथ प्रमाण पत्र की प्रतिलिपि कार्यालय में जमा करें।", DANCE),
    (DOC, False, "आधार कार्ड की ज़ेरॉक्स और दो फोटो ऑफिस में जमा करें।", DANCE),
    (DOC, False, "Certificate ki zerox office mein jama karein.", DANCE),
    (DOC, False, "Aadhaar ki photo copy HR ko jama karni hai.", SEW),
    (DOC, False, "Submit attested copies of your certificates to the school office.", DANCE),
    (DOC, False, "Duplicate copies of the mark sheets should be submitted at the office.", DANCE),
    (DOC, False, "Please deposit Xeroxed certificates with the application at the front desk.",
     DANCE),
    (DOC, False, "সার্টিফিকেটের নকল অফিসে জমা দিন।", SCHOOL),
    (DOC, False, "প্রমাণপত্রের প্রত্যয়িত প্রতিলিপি জমা দিন।", SCHOOL),
    (DOC, False, "मार्कशीट की सत्यापित प्रति कार्यालय में जमा करें।", DANCE),
    # ... and the papers themselves kept
    (DOC, True, "সার্টিফিকেটের আসল কপি অফিসে জমা থাকবে চুক্তি শেষ না হওয়া পর্যন্ত।", SCHOOL),
    (DOC, True, "Original certificate school office e jama thakbe.", SCHOOL),
    (DOC, True, "मूल प्रमाण पत्र कार्यालय में जमा रहेगा, नौकरी छोड़ने पर वापस।", DANCE),
])

# fee_charged, a free course: a government or trust course that is free and pays a stipend asks
# nothing of her; "registration" with a board (BMET, eMigrate) is a step of the route, not a fee.
# A sum she is to pay to an agent or for registration stays a fee.
CASES.rows("a_free_course_with_a_stipend_asks_nothing", [
    (FEE, False, "Technical Training Centre, Jessore: free 2-month housekeeping course; monthly "
     "stipend 3,000 taka for trainees; BMET registration guidance after the course.", COURSE),
    (FEE, False, "Free tailoring course at the Youth Development Centre with a daily allowance "
     "of 150 taka; after training, job placement and BMET registration support.", COURSE),
    (FEE, False, "TTC Khulna offers a free caregiver course, hostel and 4,000 taka stipend a "
     "month, then help with registration on the BMET database.", COURSE),
    (FEE, False, "Sarkari free course: 3 mahine ka housekeeping training, stipend 2,500 rupaye, "
     "baad mein placement aur registration mein madad.", COURSE),
    (FEE, False, "DDU-GKY free training, khana rehna free, 1,500 rupaye mahina bhatta, "
     "registration center par hi hoga.", COURSE),
    (FEE, False, "निःशुल्क हाउसकीपिंग कोर्स, प्रशिक्षुओं को 2,000 रुपये मासिक वजीफा, कोर्स के "
     "बाद पंजीकरण और प्लेसमेंट में मदद।", COURSE),
    (FEE, False, "सरकारी प्रशिक्षण केंद्र में मुफ्त सिलाई कोर्स, 3,000 रुपये भत्ता, रजिस्ट्रेशन "
     "केंद्र पर निःशुल्क।", COURSE),
    (FEE, False, "কারিগরি প্রশিক্ষণ কেন্দ্র, যশোর: বিনামূল্যে ৩ মাসের হাউসকিপিং কোর্স, মাসে ৩,০০০ "
     "টাকা বৃত্তি, কোর্স শেষে বিএমইটি নিবন্ধনে সহায়তা।", COURSE),
    (FEE, False, "বিনা খরচে সেলাই প্রশিক্ষণ, প্রশিক্ষণার্থীদের দৈনিক ২০০ টাকা ভাতা, পরে "
     "রেজিস্ট্রেশন ও চাকরিতে সহায়তা।", COURSE),
    (FEE, False, "TTC te free housekeeping course, mashe 3,000 taka stipend, course sheshe BMET "
     "registration e sahajjo.", COURSE),
    (FEE, False, "Free course, hostel free, protidin 150 taka bhata; porer dhape registration "
     "o placement.", COURSE),
    (FEE, False, "The Skill Mission's free cook course pays trainees Rs 2,000 a month; "
     "registration on the portal is done by the centre.", COURSE),
    (FEE, False, "Free 45-day caregiving course for women; Rs 100 daily allowance, uniform and "
     "registration by the trust.", COURSE),
    (FEE, False, "No-cost housekeeping course at the government ITI, stipend Rs 1,000 a month "
     "for trainees, followed by registration for apprenticeship.", COURSE),
    (FEE, False, "প্রশিক্ষণ সম্পূর্ণ বিনামূল্যে, মাসিক ২,৫০০ টাকা উপবৃত্তি, নিবন্ধন কেন্দ্রেই।",
     COURSE),
    # her pay after the course, then help "for" a registration named far after it
    (FEE, False, "After the course, placement in city hotels (around 12,000 taka a month) and "
     "help for going abroad safely with BMET registration.", COURSE),
    (FEE, False, "Jobs after training pay about 14,000 taka, with support for the overseas "
     "job seekers' BMET registration.", COURSE),
    (FEE, False, "Course sheshe hotel e chakri (prai 12,000 taka) ar bidesh jawar jonno BMET "
     "registration e sahajjo.", COURSE),
    (FEE, False, "Training ke baad naukri (lagbhag 11,000 rupaye) aur videsh jaane ke liye "
     "eMigrate registration mein madad.", COURSE),
    # ... and a free course with a sum she is to pay
    (FEE, True, "TTC free course, pay Tk 5,000 registration to the agent.", COURSE),
    (FEE, True, "Free housekeeping course, registration 2,000 taka jama dite hobe.", COURSE),
    (FEE, True, "मुफ्त कोर्स, पर रजिस्ट्रेशन के 1,500 रुपये देने होंगे।", COURSE),
    (FEE, True, "বিনামূল্যে প্রশিক্ষণ, তবে নিবন্ধনের জন্য ৩,০০০ টাকা দালালকে দিতে হবে।", COURSE),
])

# fee_charged, fees she earns: a share of the fees her clients pay ("40% of the personal
# training fee", "coaching fee ka hissa") is her income; a fee she is to pay stays one.
CASES.rows("a_share_of_the_fees_her_clients_pay_is_her_income", [
    (FEE, False, "Certified female trainer for the ladies batch; salary 14,000 plus 40% of the "
     "personal training fee.", TRAINER),
    (FEE, False, "Yoga instructor: Rs 12,000 fixed and half of every private session fee.",
     TRAINER),
    (FEE, False, "Zumba trainer, fixed pay plus a 30 percent share of the class fees collected "
     "from members.", TRAINER),
    (FEE, False, "You keep 50% of the training fee paid by each personal client.", TRAINER),
    (FEE, False, "Fitness trainer chahiye, salary 13,000 aur personal training fee ka 40% "
     "aapka.", TRAINER),
    (FEE, False, "Ladies gym mein trainer, fix salary ke upar PT fee ka aadha hissa milega.",
     TRAINER),
    (FEE, False, "महिला फिटनेस ट्रेनर, वेतन 13,000 और पर्सनल ट्रेनिंग फीस का 40% हिस्सा आपको।",
     TRAINER),
    (FEE, False, "योग प्रशिक्षिका: 12,000 रुपये वेतन, निजी कक्षा की फीस का आधा आपका।", TRAINER),
    (FEE, False, "Female trainer lagbe, beton 14,000 ar personal training fee er 30% apnar.",
     TRAINER),
    (FEE, False, "Yoga shikshika, mashe 12,000 + private class fee er ordhek share.", TRAINER),
    (FEE, False, "মহিলা ফিটনেস প্রশিক্ষক, বেতন ১৪,০০০ টাকা এবং পার্সোনাল ট্রেনিং ফি-র ৪০% ভাগ।",
     TRAINER),
    (FEE, False, "যোগ প্রশিক্ষিকা, বেতন ১২,০০০ টাকা, ব্যক্তিগত ক্লাসের ফি-র অর্ধেক আপনার।",
     TRAINER),
    (FEE, False, "Swimming coach for women: fixed Rs 15,000, and 35% of coaching fees from "
     "your batch.", TRAINER),
    (FEE, False, "Dietitian at the clinic, consultation fee share of 25% over the salary.",
     TRAINER),
    (FEE, False, "Aerobics instructor; commission of 20% on the monthly fee of every member you "
     "enrol.", TRAINER),
    # ... and a fee she is to pay
    (FEE, True, "Trainer job: pay a training fee of Rs 3,000 before joining.", TRAINER),
    (FEE, True, "Gym trainer banne ke liye certification fee 5,000 aapko deni hogi.", TRAINER),
    (FEE, True, "ট্রেনার পদে যোগ দিতে ট্রেনিং ফি ৪,০০০ টাকা জমা দিতে হবে।", TRAINER),
    # ... and a part of a fee she pays (these written after the fix, against it)
    (FEE, True, "Pay 50% of the training fee now, the rest after joining.", TRAINER),
    (FEE, True, "You must pay 50% of the training fee before joining.", TRAINER),
    (FEE, True, "Registration fee Rs 2,000, 50% refundable after joining.", TRAINER),
    (FEE, True, "Salary 12,000, training fee ka 50% pehle dena hoga.", TRAINER),
    (FEE, True, "ট্রেনিং ফি-র অর্ধেক এখনই জমা দিতে হবে।", TRAINER),
])

# fee_charged, an advance of the employer's: a festival or salary advance by company policy,
# taken by choice and repaid in instalments from her wage, is money lent to her, not money asked
# of her; a deduction for a cost of the work, or a sum she must pay, stays a fee.
CASES.rows("an_advance_the_employer_lends_by_choice", [
    (FEE, False, "As per company policy, a festival advance of up to Rs 6,000 at Diwali, "
     "recovered in 6 monthly instalments; optional.", SEW),
    (FEE, False, "Salary advance available on written request, deducted in four instalments, "
     "entirely your choice.", SEW),
    (FEE, False, "Eid advance up to one month's wage, adjusted from salary over 5 months, only "
     "if you want it.", SEW),
    (FEE, False, "Company policy se Holi par 4,000 tak advance, likhit form bharke, 4 kishton "
     "mein katega, lena ya na lena aapki marzi.", SEW),
    (FEE, False, "Tyohar par salary advance milta hai, agle 3 mahine ki salary se kishton mein "
     "kat jata hai.", SEW),
    (FEE, False, "कंपनी नीति के अनुसार दिवाली पर 5,000 रुपये तक त्योहार अग्रिम, लिखित आवेदन पर, 5 "
     "किश्तों में वेतन से कटेगा, लेना वैकल्पिक।", SEW),
    (FEE, False, "ज़रूरत पर वेतन अग्रिम, फॉर्म भरकर, तीन किश्तों में कटौती, आपकी मर्ज़ी।", SEW),
    (FEE, False, "পুজোয় কোম্পানির নিয়ম অনুযায়ী ৫,০০০ টাকা পর্যন্ত অগ্রিম, লিখিত ফর্মে, ৫ কিস্তিতে "
     "বেতন থেকে কাটা হবে, নেওয়া না নেওয়া আপনার ইচ্ছা।", SEW),
    (FEE, False, "ঈদে বেতনের অগ্রিম পাওয়া যায়, পরের চার মাসে কিস্তিতে কেটে নেওয়া হয়।", SEW),
    (FEE, False, "Pujor somoy company 4,000 taka porjonto advance dey, form e likhe, 4 kistite "
     "beton theke katbe, icchhe holei niben.", SEW),
    (FEE, False, "Eid e advance chaile paben, beton theke 3 kistite kata hobe.", SEW),
    (FEE, False, "Festival advance policy: Rs 5,000 interest-free, repaid through 5 salary "
     "deductions; applying for it is voluntary.", SEW),
    (FEE, False, "An interest-free advance for Onam, up to Rs 3,000, is cut from the next three "
     "salaries.", SEW),
    (FEE, False, "Advance against wages on an application form, recovered in instalments, no "
     "interest.", SEW),
    (FEE, False, "Dussehra advance 3,000 rupaye, form par sign karke, 3 kisht mein salary se.",
     SEW),
    # a form filled in beside a deduction: paperwork, not a cost (written after the fix)
    (FEE, False, "Loan ke liye likhit form bharke HR ko dein, kishton mein salary se katega.",
     SEW),
    (FEE, False, "Fill the written form for a salary advance; it is deducted over 3 months.",
     SEW),
    (FEE, False, "Advance chaile form e likhe din, beton theke kistite katbe.", SEW),
    (FEE, False, "अग्रिम के लिए लिखित फॉर्म भरकर दें, वेतन से किश्तों में कटेगा।", SEW),
    # ... and a sum she must pay, or a cost cut from her wage
    (FEE, True, "Joining ke liye 2,000 rupaye form fee, baad mein salary se katega.", SEW),
    (FEE, True, "Form ke 500 rupaye salary se katega.", SEW),
    (FEE, True, "Uniform aur machine ka kharcha 3,000 salary se katega.", SEW),
    (FEE, True, "যোগ দিতে ফর্ম ফি ১,৫০০ টাকা দিতে হবে।", SEW),
])

# vague_employer, a middleman's office: the munshi's or the contractor's office ("munshi office",
# "thekedar ka daftar", "মুন্সির অফিস") is a place to go to, of an employer registered under the
# Act; the munshi's or the sardar's number alone stays a middleman in the employer's stead.
CASES.rows("a_middlemans_office_is_a_place_to_go_to", [
    (VAGUE, False, "Licensed bidi company issues cards to home workers; contact munshi office "
     "with your Aadhaar.", BIDI),
    (VAGUE, False, "Registered beedi manufacturer: collect tendu leaves at the munshi office "
     "every Monday; wages as notified.", BIDI),
    (VAGUE, False, "For bidi cards, contact the munshi office in the block with Aadhaar and bank "
     "passbook.", BIDI),
    (VAGUE, False, "Bidi card ke liye munshi office mein Aadhaar lekar sampark karein.", BIDI),
    (VAGUE, False, "Registered bidi company, patta munshi daftar se milega, rate sarkari dar par.",
     BIDI),
    (VAGUE, False, "बीड़ी कार्ड के लिए मुंशी कार्यालय में आधार के साथ संपर्क करें, पंजीकृत "
     "कंपनी।", BIDI),
    (VAGUE, False, "पंजीकृत बीड़ी निर्माता, पत्ता मुंशी दफ्तर से हर सोमवार, मज़दूरी सरकारी दर पर।",
     BIDI),
    (VAGUE, False, "বিড়ি কার্ডের জন্য আধার নিয়ে মুন্সি অফিসে যোগাযোগ করুন, নিবন্ধিত কোম্পানি।",
     BIDI),
    (VAGUE, False, "নিবন্ধিত বিড়ি কোম্পানি, প্রতি সোমবার মুন্সির অফিস থেকে পাতা নেবেন।", BIDI),
    (VAGUE, False, "Bidi card er jonno Aadhaar niye munshi office e jogajog korun.", BIDI),
    (VAGUE, False, "Registered bidi company, pata munshi office theke proti shombar.", BIDI),
    (VAGUE, False, "Contact munshi office for the bidi card; welfare fund and medical benefits "
     "for card holders.", BIDI),
    (VAGUE, False, "Contact the contractor's office for the gate pass; registered under the "
     "Contract Labour Act.", BIDI),
    (VAGUE, False, "Contact thekedar office at the factory gate with your ID.", BIDI),
    (VAGUE, False, "Contact sardar office of the tea estate for the joining form.", BIDI),
    # ... and the middleman alone
    (VAGUE, True, "Bidi ka kaam, contact munshi, 9XXXXXXX21.", BIDI),
    (VAGUE, True, "Kaam ke liye munshi ka number: 98XXXXXX11.", BIDI),
    (VAGUE, True, "কাজের জন্য সর্দারের নম্বরে ফোন করুন।", BIDI),
])

# vague_employer, a phone beside an employer named: the owner named by a label ("Malik: Sahu
# Poultry", "Owner - Mrs. Kulkarni", "মালিক: রতন ঘোষ") makes the phone the owner's, someone to
# find; so does household work she goes to from her own home each day ("live-out", "no stay",
# "থাকতে হবে না") in a district named. A locality in the title alone does not: the live-in
# maid's lure names a city in its title just so ("Ghar ka kaam - Delhi").
CASES.rows("a_phone_beside_an_owner_named_or_for_live_out_work", [
    (VAGUE, False, "Poultry farm par kaam: dana, safai, ande ikatthe karna. Salary bank mein. "
     "Malik: Sahu Poultry Farm, 93XXXXXX21.", FARM),
    (VAGUE, False, "Murgi farm mein worker chahiye, rehna farm par free. Owner: Dinesh Sahu, "
     "94XXXXXX32.", FARM),
    (VAGUE, False, "मुर्गी फार्म पर काम, रहना फार्म पर मुफ्त। मालिक: साहू पोल्ट्री, 93XXXXXX21।",
     FARM),
    (VAGUE, False, "ডেয়ারি খামারে কাজ, থাকা খামারেই। মালিক: রতন ঘোষ, ৯৪XXXXXX৩২।", FARM),
    (VAGUE, False, "Murgi khamare kaj, thaka khamar e free. Malik: Ratan Ghosh, 94XXXXXX32.",
     FARM),
    (VAGUE, False, "Farm hand for a goat farm; salary into your bank account. Proprietor: "
     "Anil Verma, 97XXXXXX10.", FARM),
    (VAGUE, False, "Dairy worker, room on the farm. Owner - Mrs. Kulkarni, call 98XXXXXX44.",
     FARM),
    (VAGUE, False, "Live-out cook for an elderly couple, mornings and evenings, paid leave. "
     "Call 98XXXXXX21.", {**COOK, "title": "Cook needed in Baner"}),
    (VAGUE, False, "Goshala mein kaam, rehna khana free. Malik: Shri Krishna Goshala, "
     "96XXXXXX70.", FARM),
    (VAGUE, False, "বাগানে মালির কাজ, থাকা বাগানেই। মালিক: শ্রী অমল দত্ত, ৯৭XXXXXX৬৬।", FARM),
    # a household she goes to from her own home each day ("live-out", "no stay"), in a district
    # named: a household near her, reached by phone (these five written after the fix)
    (VAGUE, False, "Cook for a family of four, live-out, 7 to 10 am and 6 to 8 pm; Rs 14,000 to "
     "your own bank account. Call 99XXXXXX14.", COOK),
    (VAGUE, False, "Ghar ka khana banana, live out, subah-shaam, Sunday chhutti. Call "
     "97XXXXXX45.", COOK),
    (VAGUE, False, "খাবার রান্নার কাজ, রাতে থাকতে হবে না, সকাল-সন্ধ্যা, সপ্তাহে একদিন ছুটি। ফোন "
     "৯৮XXXXXX২১।", COOK),
    (VAGUE, False, "Rannar kaj, thakte hobe na, shokal-sondhya. Phone 98XXXXXX21.", COOK),
    (VAGUE, False, "Elderly care, day shift only, no stay; salary by bank transfer. Call "
     "90XXXXXX13.", COOK),
    # ... and a household's phone with no word of where it is nor of her living at home: written
    # as genuine before the fix, left flagged by decision (the live-in maid's lure has this very
    # shape: a family, a salary, a phone), so a reviewer sees them
    (VAGUE, True, "Cook for a family of three; salary to your bank account, one day off a week. "
     "Call 99XXXXXX88.", {**COOK, "title": "Cook for family - Aundh"}),
    (VAGUE, True, "Parivar ke liye khana banane wali chahiye, subah shaam, chhutti har hafte. "
     "Call 97XXXXXX45.", {**COOK, "title": "Cook - Kothrud"}),
    (VAGUE, True, "परिवार के लिए खाना बनाने वाली चाहिए, सुबह-शाम, साप्ताहिक छुट्टी। कॉल "
     "97XXXXXX45।", {**COOK, "title": "रसोइया - कोथरूड"}),
    (VAGUE, True, "চার জনের পরিবারের জন্য রান্নার লোক, সকাল-সন্ধ্যা, সপ্তাহে একদিন ছুটি। ফোন "
     "৯৮XXXXXX২১।", {**COOK, "title": "রান্নার লোক – বেহালা"}),
    (VAGUE, True, "Paribarer jonno rannar lok, shokal-sondhya, soptahe ekdin chhuti. Phone "
     "98XXXXXX21.", {**COOK, "title": "Rannar lok - Behala"}),
    (VAGUE, True, "Housekeeper for a family, weekly off, salary by bank transfer. Call "
     "90XXXXXX13.", {**COOK, "title": "Housekeeper in Indiranagar"}),
    # ... and a phone alone, or a middleman's, or live-in work far away
    (VAGUE, True, "Live-in maid for a Delhi family, call 98XXXXXX10.", COOK),
    (VAGUE, True, "Farm par kaam, acchi salary, call 93XXXXXX21.", FARM),
    (VAGUE, True, "Cook for a family, good salary, call 99XXXXXX88.",
     {**COOK, "title": "Cook needed"}),
    (VAGUE, True, "খামারে কাজ, ভালো বেতন, দালাল: ৯৪XXXXXX৩২।", FARM),
])

# overseas_travel and wage_outlier, a lawful route abroad: a licensed recruiting agent on
# eMigrate, no fee from her, with a warning against agents offering visit visas, is the lawful
# route (the warning is not a visit visa offered); a visit visa offered stays unlawful.
CASES.rows("a_warning_against_visit_visas_is_not_one_offered", [
    (None, False, "Anjali Overseas Manpower (RA licence B-1234/KER/PER/100/3/2022, on eMigrate): "
     "hospital cleaners for Riyadh. No fee from candidates. Beware of agents offering visit "
     "visas.", GULF),
    (None, False, "Licensed recruiting agent, registered on eMigrate: hospital housekeeping for "
     "Doha. Ticket and visa by employer, no fee. Never travel on a visit visa for work.", GULF),
    (None, False, "RA licence holder on eMigrate: cleaners for a Muscat hospital, employer pays "
     "visa and ticket. Do not trust anyone who offers a visit visa.", GULF),
    (None, False, "eMigrate registered recruiting agent (RA licence): hospital cleaners for "
     "Kuwait. No fee. Warning: agents offering tourist visas are frauds.", GULF),
    (None, False, "Licensed RA, eMigrate: Dubai hospital cleaners, no fee from you; be careful "
     "of visit visa offers.", GULF),
    (None, False, "RA licence wali agency, eMigrate par registered: Saudi ke hospital mein "
     "safai karmi. Koi fees nahi. Visit visa dene wale agents se savdhan.", GULF),
    (None, False, "Licensed RA, eMigrate registration: Qatar hospital housekeeping, visa aur "
     "ticket employer ka. Visit visa par kabhi mat jaiye.", GULF),
    (None, False, "लाइसेंसी भर्ती एजेंट, ई-माइग्रेट पर पंजीकृत: सऊदी अस्पताल में सफाई कर्मी, कोई "
     "शुल्क नहीं। विज़िट वीज़ा देने वाले एजेंटों से सावधान।", GULF),
    (None, False, "लाइसेंसी आरए, ईमाइग्रेट: कतर के अस्पताल में हाउसकीपिंग, कोई फीस नहीं। विज़िट "
     "वीज़ा पर काम के लिए कभी न जाएं।", GULF),
    (None, False, "BMET নিবন্ধিত লাইসেন্সধারী রিক্রুটিং এজেন্সি: সৌদি হাসপাতালে পরিচ্ছন্নতা কর্মী, "
     "কোনো ফি নেই। ভিজিট ভিসার প্রস্তাব দেওয়া দালাল থেকে সাবধান।", GULF),
    (None, False, "লাইসেন্সপ্রাপ্ত রিক্রুটিং এজেন্সি, বিএমইটি ছাড়পত্র: কাতারের হাসপাতালে কাজ, "
     "কোনো খরচ নেই। ভিজিট ভিসায় কাজে যাবেন না।", GULF),
    (None, False, "BMET registered licensed agency: Saudi hospital e cleaner, kono fee nei. "
     "Visit visa dewa dalal theke sabdhan.", GULF),
    (None, False, "Licensed recruiting agency, BMET clearance: Oman hospital cleaner, no cost. "
     "Visit visa te kaj korte jaben na.", GULF),
    (None, False, "Registered RA on eMigrate, Bahrain hospital cleaners, no fee. Beware: visit "
     "visa jobs are illegal.", GULF),
    (None, False, "Licensed RA (eMigrate): cleaning staff for a Jeddah hospital, employer pays "
     "all costs. Avoid agents who promise jobs on visit visas.", GULF),
    # ... and a visit visa offered
    (ABROAD, True, "Licensed RA on eMigrate: hospital cleaners for Dubai, travel on a visit "
     "visa, work permit later.", GULF),
    (ABROAD, True, "Saudi hospital job, visit visa par jaana hoga, baad mein work visa.", GULF),
    (ABROAD, True, "সৌদি হাসপাতালে কাজ, ভিজিট ভিসায় যেতে হবে।", GULF),
])


# A second round of lures, against this round's exceptions together (written after the fixes;
# the first three here passed unflagged until the role's journey, its patrons and buyers kept
# company were made marks): a product shown or a dance taught with a journey, with patrons, with
# a fee, a minor, big money or abroad; a share of a fee, a form, an office, an owner, a warning
# that hide a demand.
MODEL2 = {"trade": "retail_sales", "wage": 12_000, "district": "Hooghly"}
CASES.rows("lures_against_this_rounds_exceptions", [
    (FUN, True, "Brand catalogue models wanted, selected girls travel with our team for events "
     "in other cities.", MODEL2),
    (FUN, True, "Brand catalogue models, meet our buyers after the shoot and keep them company.",
     MODEL2),
    (FUN, True, "Naach sikhane wali teacher chahiye, shaadi party mein mehmanon ke saath "
     "naachna.", DANCE),
    (FUN, True, "Catalogue shoot, private parties with sponsors after.", MODEL2),
    (FUN, True, "Catalogue models for our saree brand; shoots at a hotel, stay overnight.", MODEL2),
    (FUN, True, "Catalogue model job for girls 16 plus, big brand.", MODEL2),
    (FUN, True, "Models for catalogue shoots, Rs 60,000 a month, no experience.", MODEL2),
    (FUN, True, "Catalogue models, portfolio fee Rs 3,000.", MODEL2),
    (FUN, True, "Saree brand needs models, shoot in Dubai, visa by us.", MODEL2),
    (FUN, True, "Catalogue shoot for a brand, send photos on WhatsApp 98XXXXXX12.", MODEL2),
    (FUN, True, "Dance teacher for a school, also perform at the owner's farmhouse parties.",
     DANCE),
    (FUN, True, "Dance teacher for a school in Dubai, salary 70,000.", DANCE),
    (FUN, True, "নাচের শিক্ষিকা, অনুষ্ঠানে অতিথিদের সঙ্গ দিতে হবে।", DANCE),
    (FUN, True, "Dance teacher, call 98XXXXXX11 on WhatsApp only.", DANCE),
    (DOC, True, "Contact munshi office; your passbook stays with the munshi till the season "
     "ends.", BIDI),
    (FEE, True, "Licensed RA on eMigrate, Saudi hospital cleaners; service charge Rs 80,000 to "
     "be paid by you. Beware of visit visas.", GULF),
    (ABROAD, True, "Licensed RA on eMigrate, Saudi hospital cleaners; service charge Rs 80,000 "
     "to be paid by you. Beware of visit visas.", GULF),
    (FEE, True, "Free course; the trainer keeps 50% of the course fee, which you pay at "
     "admission, Rs 4,000.", COURSE),
])


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_a_class_of_error_is_corrected_as_a_class(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
