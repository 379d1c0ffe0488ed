"""Screening principles by class of error, after the seventeenth held-out split (frozen17, since
used as development data). Lawful recruitment abroad fired again in new wordings: her passport
said to stay with her read as papers kept, a registered agent's receipted service charge and
"no cost to the worker" read as fees, a public course's free admission as a fee; a dhaba and a
bakery, named with their owner and place, read as vague employers. Each class is a table of
openings of our own (fictional employers, other names, places and sentence shapes than the
split's), in English, Hindi and Bengali, script and Latin, written before the rules were
corrected, then lures that a too-wide exception would let through.
"""
from __future__ import annotations

import pytest

from tests.catalog.screening_table import Cases
from tests.catalog.test_screening import codes

CASES = Cases()
FEE = "fee_charged"
ABROAD = "overseas_travel"
WAGE = "wage_outlier"
PAPERS = "documents_retained"
FUN = "entertainment_lure"
VAGUE = "vague_employer"
DRIVE = {"trade": "commercial_driver", "wage": 44_000, "district": "Lucknow"}
BUILD = {"trade": "construction_labour", "wage": 28_000, "district": "Nadia"}
CLEAN = {"trade": "hospital_housekeeping", "wage": 33_000, "district": "Sylhet"}
COOK = {"trade": "food_production", "wage": 12_000, "district": "Panipat"}
BAKE = {"trade": "bakery_confectionery", "wage": 11_000, "district": "Amritsar"}

# her passport said to stay with her, on a lawful route: not papers kept, not a route undone
CASES.rows("her_passport_stays_with_her_on_a_lawful_route", [
    *[(flag, False, text, DRIVE) for flag in (PAPERS, ABROAD, WAGE) for text in (
        "Registered recruiting agent (fictional Gomti Overseas), drivers for a Riyadh fleet "
        "via eMigrate. Employer bears visa and ticket. The passport remains with the worker "
        "throughout. SAR 2,000 a month.",
        "पंजीकृत भर्ती एजेंट, ईमाइग्रेट से मंज़ूरी: कुवैत में ड्राइवर। पासपोर्ट कर्मचारी के पास ही "
        "रहेगा, वीज़ा-टिकट कंपनी का। वेतन 180 दीनार।",
        "Licensed RA, eMigrate clearance: Qatar mein driver. Passport aapke paas hi rahega, "
        "visa ticket company ka. Salary 2,100 riyal.",
        "বিএমইটি লাইসেন্সপ্রাপ্ত রিক্রুটিং এজেন্সি: ওমানে গাড়িচালক। পাসপোর্ট কর্মীর কাছেই থাকবে। "
        "বেতন ৩৫০ রিয়াল।",
    )],
    (PAPERS, True, "eMigrate done, licensed RA. Passport with company for 2 years.", DRIVE),
    (PAPERS, True, "Licensed agent, eMigrate: passport kafeel ke paas rahega poore contract "
     "tak.", DRIVE),
])

# no cost to her, a receipted lawful service charge: not a fee on a lawful route
CASES.rows("no_cost_to_her_on_a_lawful_route", [
    *[(flag, False, text, CLEAN) for flag in (FEE, ABROAD, WAGE, FUN) for text in (
        "BMET-licensed agency (fictional Padma Overseas): hospital cleaners for Jeddah. Worker "
        "er kono khoroch nei, employer pays model. Salary 1,500 riyal.",
        "Registered RA on eMigrate: Dubai site helpers. Service charge only as per law with "
        "receipt, no hidden fee. 1,200 dirham.",
        "लाइसेंसी आरए, ईमाइग्रेट: सऊदी अस्पताल में सफाई। कर्मचारी का कोई खर्चा नहीं, employer "
        "pays model। वेतन 1,500 रियाल।",
        "Licensed RA, eMigrate: Kuwait hospital cleaning. Worker ka koi kharcha nahi. Salary "
        "150 dinar.",
        "বিএমইটি লাইসেন্সধারী এজেন্সি: কাতারে হাসপাতাল ক্লিনার, বিনা খরচে। বেতন ১,৬০০ রিয়াল।",
    )],
    (FEE, True, "Licensed RA, eMigrate. Pay Rs 1.2 lakh visa charge to our agent.", CLEAN),
    (ABROAD, True, "eMigrate not needed, go on visit visa to Dubai, cleaner job.", CLEAN),
    (FEE, True, "BMET licensed, kormi ke 3 lakh taka visa khoroch dite hobe.", CLEAN),
    (FUN, True, "Licensed agency, Dubai hotel: female models for guests at night parties, "
     "employer pays.", CLEAN),
    (FEE, True, "Registered RA, eMigrate. Service charge as per law: Rs 2,50,000 cash to our "
     "agent.", CLEAN),
])

# a public course's free or nominal admission is no fee; its abroad is the course's subject
CASES.rows("a_public_course_with_free_admission", [
    *[(flag, False, text, {"trade": "housekeeping_room_attendant", "wage": 0,
                           "district": "Khulna"}) for flag in (FEE, ABROAD) for text in (
        "টিটিসি খুলনা: বিদেশগামী কর্মীদের জন্য হাউসকিপিং প্রশিক্ষণ, ভর্তি বিনা খরচে।",
        "Technical Training Centre: free admission, language course for workers going abroad.",
        "TTC Jessore, bideshgami kormider jonno course, vorti fee nei, sorkari course.",
    )],
    # ... and a course that leads to a visit visa or a broker's sum stays a lure (added after
    # the rules were corrected)
    (ABROAD, True, "টিটিসি কোর্স শেষে ভিজিট ভিসায় দুবাই পাঠানো হবে।",
     {"trade": "housekeeping_room_attendant", "wage": 0, "district": "Khulna"}),
    (FEE, True, "টিটিসি কোর্স, ভর্তি ফি নামমাত্র, কিন্তু দালালকে ২ লাখ টাকা দিতে হবে বিদেশ যেতে।",
     {"trade": "housekeeping_room_attendant", "wage": 0, "district": "Khulna"}),
    (ABROAD, True, "Technical training centre certificate, then go on tourist visa to Malaysia, "
     "we arrange.", {"trade": "housekeeping_room_attendant", "wage": 0, "district": "Khulna"}),
])

# a small named business with its owner and place is not a vague employer
CASES.rows("a_small_named_business_with_a_place", [
    (VAGUE, False, "Highway dhaba in Gharaunda run by our family, cook wanted. Rs 12,000, food "
     "and stay. Owner: Baljit ji. Phone 98XXXXXX10.", COOK),
    (VAGUE, False, "ढाबे पर तंदूर वाला चाहिए, जीटी रोड, मालिक पप्पू जी। ₹12,000 महीना। फोन "
     "97XXXXXX31", COOK),
    (VAGUE, False, "Bakery mein packing helper, Ranjit Avenue ki dukaan. 11,000 + khana. "
     "Contact 99XXXXXX42.", BAKE),
    # (a market named in one word, "Bowbazar e", is not yet read as a place: reading it so
    # would also take the place of lures in frozen12, so the variant is left out)
    (VAGUE, True, "Cook wanted, good salary, call 98XXXXXX10, place will be told later.", COOK),
])


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_a_class_of_error_is_corrected_as_a_class(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
