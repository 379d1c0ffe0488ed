"""Screening principles by class of error, after the twelfth held-out split: the hospitality
euphemisms of entertainment work (guest relations, welcome girls, front office "girls" asked to
stay with guests after a party, give VIP guests company, spend time with them at night), set
against genuine front office, spa therapy at a named spa with day hours and event staff with a
named agency; papers that stay with her; an application handed in; a household named by its
house; a service charge she is given. Each is a table of openings of our own (fictional
employers), written before the rule was changed, in English, Hindi and Bengali, script and Latin;
then lures written against the exceptions of the last rounds and of this one.
"""
from __future__ import annotations

import pytest

from tests.catalog.screening_table import Cases, codes

CASES = Cases()
FUN = "entertainment_lure"
DESK = {"trade": "front_office", "wage": 12_000}
EVENT = {"trade": "front_office", "wage": 14_000}
SPA = {"trade": "beauty_therapy", "wage": 16_000}
DOC = "documents_retained"
FEE = "fee_charged"
ABROAD = "overseas_travel"
MINOR = "minor_targeted"
SEW = {"trade": "sewing_dress_making", "wage": 11_000}
ABROAD_CARE = {"trade": "domestic_care", "wage": 90_000}
ABROAD_SEW = {"trade": "sewing_dress_making", "wage": 90_000}
PARLOUR = {"trade": "beauty_therapy", "wage": 10_000}
PACK = {"trade": "packing_helper", "wage": 7_000}
PACK_4000 = {"trade": "packing_helper", "wage": 4_000}

# entertainment_lure, hospitality: a front-of-house role is entertainment work where she is to
# keep the guests company, stay with them after the party or spend time with them at night, in
# any words and wherever the guests are named in the sentence; the same role with duties, a
# named business and day hours is ordinary work.
CASES.rows("hospitality_euphemisms_of_company_kept", [
    (FUN, True, "Guest relations executive (female) for a resort in Calangute. In the evenings, "
     "giving company to our VIP guests in the lounge and at private parties.", DESK),
    (FUN, True, "Jaipur me shaadi aur private party ke liye welcome girls chahiye, Rs 700 per "
     "event. Party ke baad guests ke saath 'after party' me rukna compulsory hai.", EVENT),
    (FUN, True, "Front desk ke liye smart aur friendly ladkiyan chahiye. Night duty me VIP guests "
     "ko room tak attend karna aur unke saath time spend karna bhi kaam ka hissa hai.", DESK),
    (FUN, True, "शादी और पार्टियों के लिए वेलकम गर्ल्स चाहिए, पार्टी के बाद मेहमानों के साथ "
     "रुकना होगा।", EVENT),
    (FUN, True, "হোটেলের ফ্রন্ট অফিসে মেয়ে চাই, রাতে ভিআইপি অতিথিদের সঙ্গে সময় কাটাতে হবে।",
     DESK),
    (FUN, True, "Party-te welcome girl lagbe, party sesh hole guest der sathe thakte hobe.",
     EVENT),
    (FUN, True, "Resort needs guest relations girls who are providing company to guests at "
     "the poolside parties.", DESK),
    (FUN, True, "Hotel reception, raat ko VIP mehmanon ke saath rukna padega, extra payment.",
     DESK),
    (FUN, True, "Welcome girls for corporate parties, Rs 1,500 per night, must stay with the "
     "guests after the party.", EVENT),
    (FUN, True, "Front office-e meye lagbe, rate VIP guest der room-e giye oder sathe somoy "
     "katate hobe.", DESK),
    (FUN, True, "होटल रिसेप्शन पर लड़कियां चाहिए, रात में वीआईपी मेहमानों को कमरे तक ले जाना "
     "और उनके साथ समय बिताना होगा।", DESK),
    (FUN, True, "Guest relations, evenings: gives company to business guests at the bar.",
     DESK),
    # ... and the hard negatives: front office, spa and event work named and bounded
    (FUN, False, "Hotel Kanchan View, Mall Road, Darjeeling-e front office associate "
     "(male/female) lagbe. Mashe 12,000 taka, free meals ar staff hostel.", DESK),
    (FUN, False, "গুয়াহাটির হোটেল উজান প্যালেসের ওয়েলনেস স্পা-র জন্য প্রশিক্ষিত মহিলা থেরাপিস্ট "
     "চাই। আয়ুর্বেদিক ও সুইডিশ ম্যাসাজে সার্টিফিকেট আবশ্যক। কেবল মহিলা অতিথিদের পরিষেবা, "
     "শিফট সকাল ১০টা থেকে সন্ধ্যা ৭টা।", SPA),
    (FUN, False, "Guest relations executive at Hotel Meridian Park, Lucknow: handle check-in, "
     "guest complaints and billing, shift 9 am to 6 pm.", DESK),
    (FUN, False, "Utsav Events Pvt Ltd, Andheri: event staff for the registration desk at "
     "conferences, 9 am to 6 pm, uniform provided.", EVENT),
    (FUN, False, "होटल ग्रीन पार्क, हज़रतगंज, लखनऊ को फ्रंट ऑफिस एक्जीक्यूटिव चाहिए, मेहमानों का "
     "चेक-इन, सुबह 8 से शाम 5।", DESK),
    (FUN, False, "হোটেল সাগরিকা, দীঘা-তে রিসেপশনিস্ট চাই, অতিথিদের চেক-ইন ও বিল, শিফট সকাল "
     "৯টা থেকে সন্ধ্যা ৬টা।", DESK),
    (FUN, False, "Lotus Spa, Hotel Surya, Park Street: certified female therapist for Swedish "
     "massage, ladies guests only, 10 am to 7 pm.", SPA),
    (FUN, False, "Hotel Shanti, Karol Bagh ko front office executive chahiye, shift 9 se 6, "
     "guests ka check-in aur billing.", DESK),
    (FUN, False, "Shubh Vivah Planners, Malviya Nagar: welcome desk staff for weddings, guests "
     "ka registration aur seating, shaam 7 baje tak.", EVENT),
    (FUN, False, "Hotel Tara, Puri: front office associate, guests ke saath politely baat "
     "karna, check-in aur check-out, 8 ghante ki shift.", DESK),
])


# Lures written against the exceptions of the last two rounds and this one, to find what they
# let through (seven did at first): a spa of a named hotel beside men, rooms or the night; the new
# words of company with other guests; papers shown and then kept, or returned only after a bond;
# a fee she pays beside training given free; a lawful scheme abroad beside a fee or a visit visa;
# a border crossed without a passport; minors asked for work, in romanised Bengali and after
# school.
CASES.rows("lures_against_the_exceptions", [
    (FUN, True,
     'Wellness spa of Hotel Royal Orchid, MG Road: female therapists for body massage of male '
     'guests.', SPA),
    (FUN, True,
     'Hotel Neelkanth ka spa, Paharganj: massage therapist ladkiyan, raat 11 baje ke baad VIP '
     'guests ke kamre me massage.', SPA),
    (FUN, True,
     'হোটেল মেঘমালার স্পা-তে ম্যাসাজ থেরাপিস্ট মেয়ে চাই, রাতে পুরুষ অতিথিদের রুমে সার্ভিস।', SPA),
    (FUN, True,
     'Hotel Sonar Bangla spa-te massage girl lagbe, gents client der jonno, 9 pm to 3 am.', SPA),
    (FUN, True,
     'Welcome girls for farmhouse parties, must stay with the clients till morning, Rs 3,000 '
     'per night.', EVENT),
    (FUN, True,
     'Receptionist chahiye, shaam ke baad sahab logon ke saath rukna padega.', DESK),
    (FUN, True,
     'Resort-e guest relations meye lagbe, raate VIP atithi der sathe thakte hobe.', DESK),
    (DOC, True,
     'Original certificate dikhana hai, verification ke baad company ke paas jama rahega, bond'
     ' khatam hone par wapas.', SEW),
    (DOC, True,
     'Bring your original marks card; it is returned after the two-year bond.', SEW),
    (DOC, True,
     'Passport photocopy and the original passport will stay with the agent until the visa '
     'comes.', SEW),
    (FEE, True,
     'Training fee is paid by the company, but Rs 3,000 uniform charge is to be paid by the '
     'candidate before joining.', SEW),
    (FEE, True,
     'Kit ke liye Rs 1,200 UPI par pay karein joining se pehle, training free.', SEW),
    (FEE, True,
     'Before joining, pay Rs 1,200 on UPI for the cone kit and training material.', SEW),
    (FEE, True,
     'প্রশিক্ষণ বিনামূল্যে, তবে যোগদানের আগে কিট বাবদ ১,৫০০ টাকা দিতে হবে।', SEW),
    (ABROAD, True,
     'Japan SSW caregiver, visa processing charge Rs 2 lakh to be paid to our agent.', ABROAD_CARE),
    (ABROAD, True,
     'Korea EPS factory work, tourist visa par jaana hoga, wahan kaam milega.', ABROAD_SEW),
    (ABROAD, True,
     'Girls who have no passport need not worry, our line-man will help them cross on the '
     'Benapole side.', PARLOUR),
    (ABROAD, True,
     'Passport lagbe na, amader lok border par kore debe, Kolkata-te parlour-e kaj.', PARLOUR),
    (MINOR, True,
     '14 theke 17 boyosher meyera apply korte parbe, packing-er kaj.', PACK),
    (MINOR, True,
     'Packing work: girls of 14 to 17 years can apply, small hands work faster.', PACK),
    (MINOR, True,
     '১৪ থেকে ১৭ বছরের মেয়েরা প্যাকিং-এর কাজে আবেদন করতে পারবে।', PACK),
    (MINOR, True,
     'School ke baad 13-16 saal ke bachche packing ka kaam kar sakte hain, Rs 4,000.', PACK_4000),
])


# documents_retained: her papers said to stay with her ("आपके ही पास रहेंगे", "apnar kachei
# thakbe", "remain with you") are her keeping, in any script; with the employer, the contractor
# or the agent, or with her only once the work ends, they are kept.
KILN = {"trade": "construction_labour", "wage": 13_500}
CASES.rows("papers_that_stay_with_her_are_not_kept", [
    (DOC, False, "भुगतान हर शनिवार को बैंक खाते में, और आपके पहचान पत्र आपके ही पास रहेंगे।",
     KILN),
    (DOC, False, "आधार कार्ड और पासबुक आपके पास ही रहेंगे, कोई जमा नहीं करेगा।", KILN),
    (DOC, False, "Aadhaar aur passbook aapke hi paas rahenge, koi jama nahi hoga.", KILN),
    (DOC, False, "Your ID cards and passbook will remain with you at all times.", KILN),
    (DOC, False, "আপনার আধার কার্ড আর পাসবুক আপনার কাছেই থাকবে।", KILN),
    (DOC, False, "Apnar aadhar card ar passbook apnar kachei thakbe.", KILN),
    (DOC, False, "Pehchan patra shramik ke apne paas hi rahenge, thekedar ke paas nahi.", KILN),
    (DOC, True, "आपके पहचान पत्र ठेकेदार के पास रहेंगे, काम खत्म होने पर आपके पास वापस।", KILN),
    (DOC, True, "Aapke ID card malik ke paas rahenge, season khatam hone par milenge.", KILN),
    (DOC, True, "আপনার আধার কার্ড মালিকের কাছে থাকবে, মৌসুম শেষে ফেরত।", KILN),
    (DOC, True, "Apnar aadhar card sardar er kache thakbe, kaj sesh hole ferot.", KILN),
    (DOC, True, "Your ID cards will remain with the contractor until the season ends.", KILN),
    (DOC, True, "पहचान पत्र और एटीएम कार्ड मुंशी के पास रहेंगे।", KILN),
])

# fee_charged: an application handed in (a CV, a biodata, a form "jama din", "submit your
# resume at reception") is no money paid; a sum, a fee or a deposit of money beside it still is.
CASES.rows("an_application_handed_in_is_no_fee", [
    (FEE, False, "CV mail korun ba reception-e jama din.", DESK),
    (FEE, False, "Biodata office e jama din, interview shonibar.", DESK),
    (FEE, False, "বায়োডাটা অফিসে জমা দিন, সাক্ষাৎকার শনিবার।", DESK),
    (FEE, False, "Apna resume reception par jama karein.", DESK),
    (FEE, False, "अपना बायोडाटा रिसेप्शन पर जमा करें।", DESK),
    (FEE, False, "Submit your CV at the front desk between 10 and 5.", DESK),
    (FEE, False, "আবেদনপত্র রিসেপশনে জমা দিন।", DESK),
    (FEE, True, "CV ar 500 taka registration fee reception-e jama din.", DESK),
    (FEE, True, "Biodata ke saath Rs 1,000 security jama karein.", DESK),
    (FEE, True, "বায়োডাটার সঙ্গে ১,০০০ টাকা জমা দিন।", DESK),
    (FEE, True, "Submit your CV with a Rs 500 registration fee at the front desk.", DESK),
    (FEE, True, "अपना बायोडाटा और 2000 रुपये जमानत राशि रिसेप्शन पर जमा करें।", DESK),
])

# vague_employer: a household named by its house number and locality ("C-8, Vasant Kunj ki ek
# family", "House 12, Road 5, Dhanmondi") with a person to ask for can be found; a locality
# alone with only a phone cannot.
COOK = {"trade": "domestic_cook", "wage": 9_000}
VAGUE = "vague_employer"
CASES.rows("a_household_named_by_its_house_is_findable", [
    (VAGUE, False, "C-8, Vasant Kunj ki ek family ko cook chahiye. Contact: Mrs. Kapoor, "
     "98XXXXXX40.", COOK),
    (VAGUE, False, "House 12, Road 5, Dhanmondi: a family needs a cook. Ask for Mrs. Rahman, "
     "01XXXXXXX11.", COOK),
    (VAGUE, False, "B-204, Saket ke ek parivar ko khana banane wali chahiye. Mrs. Mehta se "
     "sampark karein, 98XXXXXX12.", COOK),
    (VAGUE, False, "फ्लैट 3B, गोमती नगर के एक परिवार को रसोइया चाहिए। श्रीमती वर्मा, 98XXXXXX55।",
     COOK),
    (VAGUE, False, "বাড়ি ১৪, রোড ৭, গুলশান-এর একটি পরিবারে রাঁধুনি চাই। মিসেস হক, ০১XXXXXXX২২।",
     COOK),
    (VAGUE, False, "Flat 5A, Salt Lake Sector 2-er ekti poribare ranna korar lok chai. Mrs. "
     "Sen, 98XXXXXX77.", COOK),
    (VAGUE, True, "Vasant Kunj me family ko cook chahiye, sirf WhatsApp karein 98XXXXXX40.",
     COOK),
    (VAGUE, True, "A family in Dhanmondi needs a cook. Call 01XXXXXXX11 only.", COOK),
    (VAGUE, True, "गोमती नगर में परिवार को रसोइया चाहिए, केवल व्हाट्सएप 98XXXXXX55।", COOK),
    (VAGUE, True, "গুলশানে পরিবারে রাঁধুনি চাই, শুধু হোয়াটসঅ্যাপ ০১XXXXXXX২২।", COOK),
    (VAGUE, True, "Salt Lake-e poribare ranna korar lok chai, shudhu WhatsApp 98XXXXXX77.",
     COOK),
    (VAGUE, True, "Saket me ghar ka kaam, sirf call karein 98XXXXXX12.", COOK),
])


# fee_charged: a service charge she is given (its share, in season, with her meals) is pay, in
# any words; a service charge she must pay, or a sum named as one asked of her, is a fee.
CASES.rows("a_service_charge_she_is_given_is_pay", [
    (FEE, False, "Mashe 12,000 taka, free meals ar staff hostel, season-e service charge.", DESK),
    (FEE, False, "Salary Rs 12,000, meals and staff hostel, service charge in season.", DESK),
    (FEE, False, "Vetan 12,000, khana aur hostel, season me service charge bhi.", DESK),
    (FEE, False, "मासिक 12,000 रुपये, भोजन और हॉस्टल, सीज़न में सर्विस चार्ज।", DESK),
    (FEE, False, "মাসে ১২,০০০ টাকা, খাবার ও হোস্টেল, সিজনে সার্ভিস চার্জ।", DESK),
    (FEE, False, "Salary 12,000 plus a share of the service charge.", DESK),
    (FEE, True, "Service charge Rs 2,000 to be paid by the candidate before joining.", DESK),
    (FEE, True, "Joining-er age service charge 1,500 taka dite hobe.", DESK),
    (FEE, True, "जॉइनिंग से पहले 2,000 रुपये सर्विस चार्ज जमा करना होगा।", DESK),
    (FEE, True, "যোগদানের আগে ২,০০০ টাকা সার্ভিস চার্জ দিতে হবে।", DESK),
    (FEE, True, "Service charge 2000 rupaye pehle jama karein, phir joining.", DESK),
    (FEE, True, "Agency service charge Rs 3,000 payable by you.", DESK),
])


# A second round of lures, against this round's own exceptions (one got through at first and was
# closed: a service charge with its own sum after it, "service charge Rs 1,500 to be deposited",
# read as part of the pay named before it): a house number with no locality, a service charge
# asked in advance, papers of hers beside papers of theirs, a hotel's spa beside men, outcalls or
# the night, an after-party stay.
CASES.rows("lures_against_this_rounds_exceptions", [
    (VAGUE, True,
     'C-8, ek family ko cook chahiye, sirf WhatsApp 98XXXXXX40.', COOK),
    (FEE, True,
     'Salary Rs 12,000, service charge Rs 1,500 to be deposited at joining.', DESK),
    (FEE, True,
     'Mashe 12,000 taka, service charge 2,000 taka agrim dite hobe.', DESK),
    (FEE, True,
     'Vetan 12,000, service charge pehle jama karna hoga.', DESK),
    (DOC, True,
     'Aadhaar aapke hi paas rahega, lekin passbook aur ATM card thekedar ke paas rahenge.', KILN),
    (DOC, True,
     'আপনার আধার আপনার কাছেই থাকবে, কিন্তু পাসবুক মালিকের কাছে থাকবে।', KILN),
    (FUN, True,
     'Lotus Spa, Hotel Surya, Park Street: female therapists, massage for gents only.', SPA),
    (FUN, True,
     'Hotel Surya spa: massage therapist girls, home service and hotel room visits.', SPA),
    (FUN, True,
     'हॉटल सूर्या स्पा में मसाज थेरेपिस्ट लड़कियां, रात में पुरुष ग्राहकों की सेवा।', SPA),
    (FUN, True,
     'Front office girls, after party guests ke saath rukna hoga.', DESK),
])


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_a_class_of_error_is_corrected_as_a_class(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
