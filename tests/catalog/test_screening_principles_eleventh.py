"""Screening principles by class of error, after the eleventh held-out split: papers kept in new
words (a holder "apne paas", originals "submitted" until a bond ends, certificates "jama rahenge"
for the scheme), fees read where schooling is free or she pays nothing, lawful routes abroad
(SSW/TITP Japan, EPS Korea, government to government), day rates for masons and models, spa work
at a named business and a receptionist asked for night "company". Each is a table of openings of
our own (fictional employers), written before the rule was changed, in English, Hindi and
Bengali, script and Latin: the hard negatives the principle sets aside and the lures it must
still catch.
"""
from __future__ import annotations

import pytest

from tests.catalog.screening_table import Cases, codes

CASES = Cases()
DOC = "documents_retained"
SEW = {"trade": "sewing_dress_making"}
BUILD = {"trade": "construction_labour", "wage": 16_000}

# documents_retained: her papers, bank cards or SIM left with someone else for a time (a holder
# keeping them "with himself", until a bond or scheme ends, in "safe custody") are kept, in any
# words; shown, copied and handed back the same day they are not.
CASES.rows("papers_left_with_someone_else_are_kept", [
    (DOC, True, "Operators must submit their original SSLC and PUC marks cards to HR, which "
     "will be returned upon completion of the two-year service bond.", SEW),
    (DOC, True, "Original degree certificate to be submitted at joining; returned after the "
     "contract.", SEW),
    (DOC, True, "All original certificates and Aadhaar will be with the company till the "
     "scheme ends.", SEW),
    (DOC, True, "अनुशासन हेतु सभी कर्मचारियों के मूल प्रमाणपत्र और आधार कार्ड योजना की अवधि तक "
     "मिल कार्यालय में जमा रहेंगे।", SEW),
    (DOC, True, "Sabka aadhar card aur bank passbook suraksha ke liye thekedar apne paas "
     "rakhega.", BUILD),
    (DOC, True, "ATM card aur SIM malik apne paas rakhega, kaam khatam hone par milega.", BUILD),
    (DOC, True, "আধার কার্ড আর পাসবুক ঠিকাদার নিজের কাছে রাখবে।", BUILD),
    (DOC, True, "Aadhar ar passbook thikadar nijer kache rakhbe, kaj sesh hole ferot.", BUILD),
    (DOC, True, "Workers' passports are kept in safe custody by the agency for the contract "
     "period.", SEW),
    (DOC, True, "Marks cards and passbook stay with the supervisor for safety.", SEW),
    (DOC, True, "সব শ্রমিকের আসল সার্টিফিকেট আর আধার কার্ড চুক্তি শেষ না হওয়া পর্যন্ত অফিসে "
     "জমা থাকবে।", SEW),
    (DOC, True, "Sob sromiker asol certificate ar SIM card chukti sesh na hoya porjonto office "
     "e jama thakbe.", SEW),
    (DOC, True, "Original marksheet aur ATM card company ke paas submitted rahenge, bond "
     "khatam hone par wapas.", SEW),
    # ... and the hard negatives: shown, copied, handed back the same day, or kept by her
    (DOC, False, "Bring your original SSLC marks card for verification; it is returned the "
     "same day and we keep only a photocopy.", SEW),
    (DOC, False, "Joining pe original certificate dikhana hai, verification ke baad turant "
     "wapas.", SEW),
    (DOC, False, "मूल प्रमाणपत्र दिखाकर वापस ले जाएँ, केवल फोटोकॉपी जमा होगी।", SEW),
    (DOC, False, "আসল সার্টিফিকেট দেখিয়ে ফেরত নিয়ে যাবেন, শুধু ফটোকপি জমা দিতে হবে।", SEW),
    (DOC, False, "Aadhaar aur passbook aap apne paas rakhiye, kisi ko mat dijiye.", BUILD),
    (DOC, False, "Asol certificate dekhiye ferot niye jaben, shudhu photocopy jama.", SEW),
    (DOC, False, "আসল সার্টিফিকেট অফিসে জমা থাকবে না, শুধু ফটোকপি রাখা হবে।", SEW),
    (DOC, False, "Asol certificate office e jama thakbe na, shudhu photocopy.", SEW),
])

FEE = "fee_charged"
STUDY = {"trade": "open_schooling", "wage": 0}
AIDE = {"trade": "home_health_aide", "wage": 15_000}

# fee_charged: a fee someone else pays ("will sponsor", "company bharti hai"), waives ("शुल्क में
# छूट", "fee maaf") or that goes to no one from her is not asked of her; a fee she must pay the
# one who offers the work or the schooling still is.
CASES.rows("a_fee_she_does_not_pay_is_not_charged", [
    (FEE, False, "Disha Foundation, Berhampore will sponsor NIOS admission fees for 40 working "
     "women. Books free.", STUDY),
    (FEE, False, "Asha Trust sponsors the exam fees of every learner; Sunday classes.", STUDY),
    (FEE, False, "Hostel ka security deposit company bharti hai, aapse koi deposit nahi liya "
     "jayega.", AIDE),
    (FEE, False, "हॉस्टल का सिक्योरिटी डिपॉज़िट कंपनी भरती है, आपसे कोई पैसा नहीं लिया "
     "जाएगा।", AIDE),
    (FEE, False, "समिति कोई पैसा नहीं लेती; पात्र महिलाओं को NIOS की ओर से शुल्क में छूट मिलती "
     "है।", STUDY),
    (FEE, False, "Samiti koi paisa nahi leti, garib mahilaon ki fees maaf hai.", STUDY),
    (FEE, False, "হোস্টেলের জামানত কোম্পানি ভরে দেয়, আপনার কাছ থেকে কোনো টাকা নেওয়া হয় "
     "না।", AIDE),
    (FEE, False, "Porikkhar fee mokuf, shomiti kono taka ney na.", STUDY),
    (FEE, False, "प्रवेश शुल्क NIOS के नियम के अनुसार सीधे ऑनलाइन जमा होता है, समिति कोई पैसा नहीं "
     "लेती।", STUDY),
    (FEE, False, "Exam fee is paid directly to the board online; we take nothing.", STUDY),
    (FEE, False, "Porikkhar fee sorasori board e online jama hoy, kendro kichhu ney na.", STUDY),
    # ... and the lures: she pays
    (FEE, True, "NIOS admission: pay Rs 2,500 fee to our centre before the first class.", STUDY),
    (FEE, True, "NIOS fee seedhe agent ko dena hoga, Rs 3,000.", STUDY),
    (FEE, True, "Hostel security deposit Rs 5,000 aapko bharna hoga, joining se pehle.", AIDE),
    (FEE, True, "शुल्क में छूट नहीं, दाखिले के लिए 2000 रुपये समिति को जमा करें।", STUDY),
    (FEE, True, "হোস্টেলের জামানত ৩০০০ টাকা আপনাকে জমা দিতে হবে।", AIDE),
    (FEE, True, "Company sponsors training after you pay a Rs 3,000 registration fee.", AIDE),
    (FEE, True, "Registration fee 1500 taka dite hobe, tarpor company hostel er bhara debe.",
     AIDE),
])

ABROAD = "overseas_travel"
CARE = {"trade": "home_health_aide", "wage": 100_000}

# overseas_travel: work abroad by a government scheme of the hiring country (Japan's Specified
# Skilled Worker or Technical Intern Training, Korea's EPS, a government-to-government route) is a
# lawful route, and its wage is not held to the trade's at home; the same names beside a fee she
# pays, her papers kept or a visit visa are no lawful route.
CASES.rows("a_government_scheme_abroad_is_a_lawful_route", [
    (ABROAD, False, "Japan ke nursing homes ke liye caregivers, Specified Skilled Worker (SSW) "
     "route se. Salary 1,80,000 yen, candidate se koi fee nahi.", CARE),
    (ABROAD, False, "Caregivers for Japan under the Specified Skilled Worker programme; JLPT N4 "
     "needed. No fee from the candidate.", CARE),
    (ABROAD, False, "Korea factory jobs through the Employment Permit System (EPS); EPS-TOPIK "
     "pass required, no agent fee.", {"trade": "packing_helper", "wage": 90_000}),
    (ABROAD, False, "জাপানে কেয়ারগিভার, স্পেসিফায়েড স্কিল্ড ওয়ার্কার ভিসায়, কর্মীর কোনো খরচ "
     "নেই।",
     CARE),
    (ABROAD, False, "Japan e Technical Intern Training er madhyome karkhanay kaj, kono fee nei.",
     {"trade": "packing_helper", "wage": 80_000}),
    (ABROAD, False, "जापान में देखभाल का काम, एसएसडब्ल्यू वीज़ा, उम्मीदवार से कोई शुल्क नहीं।",
     CARE),
    (ABROAD, False, "Israel caregiver jobs, government-to-government (G2G) recruitment, no fee.",
     CARE),
    (ABROAD, False, "Korea te EPS er madhyome kaj, BOESL theke abedon, kono dalal nei.",
     {"trade": "packing_helper", "wage": 90_000}),
    # ... and the lures: the scheme's name beside a fee, papers kept or a visit visa
    (ABROAD, True, "Japan SSW visa guaranteed, pay Rs 2,00,000 processing fee to our agent.",
     CARE),
    (ABROAD, True, "Korea EPS job, passport will be kept by the agent until you reach.", CARE),
    (ABROAD, True, "SSW Japan: pehle visit visa pe jaayenge, wahan kaam milega.", CARE),
    (ABROAD, True, "জাপানে এসএসডব্লিউ কাজ, দালালকে ৩ লাখ টাকা দিতে হবে।", CARE),
    (ABROAD, True, "EPS Korea kaj, agent ke 2 lakh taka jama dite hobe.",
     {"trade": "packing_helper", "wage": 90_000}),
    (ABROAD, True, "Japan mein caregiver, SSW ki zaroorat nahi, tourist visa se chaliye.", CARE),
])

WAGE = "wage_outlier"
MODEL = {"trade": "retail_sales", "wage": 31_200}
MASON = {"trade": "construction_labour", "wage": 14_300}

# wage_outlier: a day rate is paid for the days worked: for the few days of an engagement named
# ("10 din ka kaam"), not a month of them, whatever monthly figure was worked out from it; and a
# skilled grade's day rate (a mason, a mistri, a carpenter) named beside the helper's is the
# skilled grade's going rate, held to the floor of that grade. A day rate far above even those
# is still an outlier.
CASES.rows("a_day_rate_is_paid_for_the_days_and_the_grade", [
    (WAGE, False, "Vastrakala Sarees, Ring Road, Surat: catalogue shoot, Rs 1,200 per din, "
     "10 din ka kaam, payment UPI se.", MODEL),
    (WAGE, False, "Catalogue models for a saree studio, Rs 1,200 a day for 8 days of shoots.",
     {"trade": "retail_sales", "wage": 31_200}),
    (WAGE, False, "सूरत के स्टूडियो में कैटलॉग शूट, 1,200 रुपये प्रति दिन, 10 दिन का काम।", MODEL),
    (WAGE, False, "Catalog shoot, protidin 1200 taka, 6 diner kaj, studio Gariahat.", MODEL),
    (WAGE, False, "Brahmaputra Builders: jogali 550 taka roj, mistri 800 taka roj, Shonibar "
     "payment.", MASON),
    (WAGE, False, "Helpers Rs 500 a day, masons Rs 850 a day, paid every Saturday.", MASON),
    (WAGE, False, "हेल्पर 550 रुपये रोज़, राजमिस्त्री 850 रुपये रोज़, हर शनिवार भुगतान।", MASON),
    (WAGE, False, "যোগালি দৈনিক ৫৫০ টাকা, রাজমিস্ত্রি দৈনিক ৮০০ টাকা, প্রতি শনিবার।", MASON),
    (WAGE, False, "Majdoor 500 roz, mistri 800 roz, har hafte payment.", MASON),
    # ... and the lures: a day rate far above even a skilled grade's, or a month of it
    (WAGE, True, "Mistri 3,000 rupaye roz, kaam turant, koi anubhav nahi.", MASON),
    (WAGE, True, "Models wanted, Rs 5,000 per day, every day of the month.", MODEL),
    (WAGE, True, "Masons Rs 2,500 a day, helpers Rs 1,800 a day, Dubai-level pay here.", MASON),
    (WAGE, True, "রাজমিস্ত্রি দৈনিক ৩০০০ টাকা, যোগালি দৈনিক ২০০০ টাকা।", MASON),
    (WAGE, True, "Catalogue shoot Rs 4,000 per day, 20 din ka kaam.", MODEL),
    # a count of pieces a day is no day rate ("रोज़ 800–1000 बीड़ी"), a sum a day still is
    (WAGE, False, "घर पर बीड़ी। ₹230 प्रति 1000 बीड़ी। रोज़ 800–1000 बीड़ी बनाने पर महीना लगभग "
     "₹5,500–6,500।", {"trade": "bidi_rolling", "wage": 6_000, "work_mode": "remote"}),
    (WAGE, False, "Roz 800 beedi banane par mahine me 6,000 tak.",
     {"trade": "bidi_rolling", "wage": 6_000, "work_mode": "remote"}),
    (WAGE, True, "Beedi majdoor, roz 1,200 rupaye, ghar baithe.",
     {"trade": "bidi_rolling", "wage": 6_000, "work_mode": "remote"}),
])

FUN = "entertainment_lure"
SPA = {"trade": "beauty_therapy", "wage": 14_000}
DESK = {"trade": "front_office", "wage": 12_000}

# entertainment_lure: a spa's day work at a named business whose hours close in the evening
# ("10ta theke raat 8ta", "10 am to 8 pm") is no night venue; company kept with guests, in their
# rooms or at night, in any words ("'company' dile bonus", "mehmanon ke kamre me company"), is
# entertainment whatever the job is called, and showing guests to their rooms is not.
CASES.rows("a_spa_by_day_and_company_kept_with_guests", [
    (FUN, False, "Hotel Aranya Suites er Kaveri Wellness Spa-te spa therapist niyog. Kaaj "
     "shudhu hotel er spa-te, shokal 10ta theke raat 8ta; HR e CV pathan.", SPA),
    (FUN, False, "Kaveri Wellness Spa, Hotel Aranya, New Town: therapists, 10 am to 8 pm, "
     "PF and ESI.", SPA),
    (FUN, False, "होटल अरण्य का कावेरी वेलनेस स्पा, सुबह 10 से रात 8 बजे तक, पीएफ और ईएसआई।", SPA),
    (FUN, False, "কাবেরী ওয়েলনেস স্পা, হোটেল অরণ্য, নিউ টাউন: সকাল ১০টা থেকে রাত ৮টা।", SPA),
    (FUN, False, "Hotel Sagar, Puri: receptionist, escort guests to their rooms and handle "
     "check-in. Day shift.", DESK),
    (FUN, False, "Hotel Sagar receptionist: guest ko room tak le jana, check-in karna.", DESK),
    # ... and the lures
    (FUN, True, "Hotel Blue Orchid e receptionist lagbe. Raat e VIP guest der room e 'company' "
     "dile alada bonus.", DESK),
    (FUN, True, "Receptionist chahiye, raat ko mehmanon ko unke kamre me company deni hogi, "
     "bonus alag.", DESK),
    (FUN, True, "Receptionist needed; give VIP guests company in their rooms at night for an "
     "extra bonus.", DESK),
    (FUN, True, "রিসেপশনিস্ট চাই, রাতে ভিআইপি অতিথিদের ঘরে সঙ্গ দিলে আলাদা বোনাস।", DESK),
    (FUN, True, "Spa therapist, 8 pm to 3 am, VIP clients.", SPA),
    (FUN, True, "Spa-te kaj, raat 10ta theke bhor porjonto, purush client.", SPA),
    (FUN, True, "रिसेप्शनिस्ट, रात में मेहमानों के कमरे में कंपनी देनी होगी।", DESK),
])

# Lures written against the new exceptions, to find what they would let through: a waiver, a
# sponsor or the board beside a fee she still pays; a government scheme abroad beside the marks of
# an unlawful route; a day rate for a few days or a skilled grade's far above any; a spa's evening
# closing hour and a hotel's rooms beside company kept at night.
CASES.rows("lures_against_the_new_exceptions", [
    (FEE, True, "Fees maaf karwa denge, pehle 5000 rupaye registration jama karo.", STUDY),
    (FEE, True, "Sita Trust, Gaya will sponsor the training after you deposit a Rs 2,000 "
     "fee.", STUDY),
    (FEE, True, "NIOS fee seedhe hamare agent ko jama karein, Rs 3,500.", STUDY),
    (FEE, True, "Board exam fee Rs 1,500 to be paid directly at our office counter.", STUDY),
    (FEE, True, "Company sponsors your visa; you pay Rs 50,000 processing fee.", AIDE),
    (FEE, True, "शुल्क में छूट बाद में मिलेगी, अभी 3000 रुपये पंजीकरण शुल्क जमा करें।", STUDY),
    (ABROAD, True, "Japan SSW job, visa processing fee Rs 1,50,000 to be paid by you.", CARE),
    (ABROAD, True, "EPS Korea: passport agent ke paas jama rahega.", CARE),
    (ABROAD, True, "G2G Malaysia job, visit visa pe jana hoga.", CARE),
    (ABROAD, True, "জাপানে এসএসডব্লিউ, ভিজিট ভিসায় যেতে হবে।", CARE),
    (WAGE, True, "Mistri 2,000 taka roj, jogali 1,500 taka roj.", MASON),
    (WAGE, True, "Catalogue shoot Rs 3,000 per day, 26 din ka kaam.",
     {"trade": "retail_sales", "wage": 78_000}),
    (WAGE, True, "Models Rs 8,000 per day, 10 din ka kaam.", MODEL),
    (WAGE, True, "राजमिस्त्री 2,500 रुपये रोज़।", MASON),
    (FUN, True, "Spa 10 am to 8 pm, then night duty with VIP guests in their rooms.", SPA),
    (FUN, True, "Spa-te kaj shokal 10ta theke raat 8ta, tarpor raate purush client der home "
     "service.", SPA),
    (FUN, True, "Receptionist, raat me guest ko room me company dena.", DESK),
    (FUN, True, "Hotel receptionist: accompany VIP guests to their rooms at night and spend "
     "time with them.", DESK),
    (FUN, True, "রিসেপশনিস্ট, রাত ৮টা থেকে ভোর পর্যন্ত অতিথিদের সঙ্গ দিতে হবে।", DESK),
    (FUN, True, "Spa therapist, 10 se raat 9 baje tak, uske baad mehmanon ka dil behlana.",
     SPA),
    (DOC, True, "Thekedar apne paas sabka ATM card rakhega, kaam ke baad milega.", BUILD),
    # a second round: "EPS" is also the provident fund's pension scheme, and a board's member
    # is a person paid
    (ABROAD, True, "Dubai hotel job, salary 80,000, PF and EPS benefit.",
     {"trade": "housekeeping_room_attendant", "wage": 80_000}),
    (ABROAD, True, "Saudi Arabia house maid, EPS, free ticket by agent.",
     {"trade": "domestic_care"}),
    (FEE, True, "Pay Rs 5,000 fee directly to the board member, Mr Das.", STUDY),
    (FEE, True, "Registration fee 2000 rupaye, 500 ki chhoot milegi.", STUDY),
    (FUN, True, "Spa, shokal 10ta theke raat 8ta, tarpor raate VIP guest der sathe party.", SPA),
])


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_a_class_of_error_is_corrected_as_a_class(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
