"""Screening principles by class of error, after the eighteenth held-out split (frozen18, since
used as development data). First a recall hole: her keeping named and then denied ("passport
worker ke paas nahi, company ke paas rahega") read as her keeping, so nothing was raised. A
negation right after the words of her keeping, in their clause, undoes them. Each row is an
opening of our own (fictional employers), in English, Hindi and Bengali, script and Latin,
written before the rules were corrected; then openings where her keeping is not denied.
"""
from __future__ import annotations

import pytest

from tests.catalog.screening_table import Cases
from tests.catalog.test_screening import codes

CASES = Cases()
PAPERS = "documents_retained"
DRIVE = {"trade": "commercial_driver", "wage": 44_000, "district": "Lucknow"}

# her keeping denied right after it is named: someone else keeps the papers
CASES.rows("her_keeping_denied_after_it_is_named", [
    *[(PAPERS, True, text, DRIVE) for text in (
        "Licensed RA, eMigrate. Passport worker ke paas nahi, company ke paas rahega 2 saal.",
        "Registered agent, Oman driver job. Passport candidate ke paas nahi rahega, sponsor "
        "rakhega contract tak.",
        "लाइसेंसी एजेंट: दुबई में ड्राइवर। पासपोर्ट कर्मचारी के पास नहीं, कंपनी के पास रहेगा।",
        "বিএমইটি লাইসেন্স: সৌদিতে গাড়িচালক। পাসপোর্ট কর্মীর কাছে থাকবে না, কোম্পানির কাছে "
        "জমা থাকবে।",
        "Dubai driver job, BMET card. Passport kormir kache thakbe na, company rakhbe 2 bochor.",
        "Kuwait e driver. Passport worker er kache na, agent er kache jama thakbe.",
        "Malaysia driver job. Passport apnar kache thakbe na, agent rakhbe.",
    )],
    # her keeping not denied stays hers (written with the rows above)
    (PAPERS, False, "Licensed RA, eMigrate. Passport worker ke paas hi rahega, company nahi "
     "rakhegi. Salary 2,000 riyal.", DRIVE),
    (PAPERS, False, "বিএমইটি লাইসেন্স: পাসপোর্ট কর্মীর কাছেই থাকবে। বেতন ৩৫০ রিয়াল।", DRIVE),
    (PAPERS, False, "Registered agent: the passport remains with the worker throughout. SAR "
     "2,000 a month.", DRIVE),
])


# Written with the rows above and still raising nothing after round 18's correction: the keeping
# by someone else is said in a shape the rules do not read yet (a bare verb, "एजेंट रखेगा",
# "the sponsor keeps it", "kept by the employer", "kafeel ke paas jama hoga"). Known recall gaps,
# xfail (strict) so that a later round sees them and must move them up when it mends them.
GAPS = [
        "सऊदी ड्राइवर, ईमाइग्रेट। पासपोर्ट उम्मीदवार के पास नहीं रहेगा, एजेंट रखेगा दो साल।",
        "Qatar driver, salary 2,000 riyal. Passport aapke paas nahi rahega, kafeel ke paas "
        "jama hoga.",
        "ওমানে ড্রাইভার। পাসপোর্ট কর্মীর কাছে নয়, মালিকের কাছে থাকবে চুক্তি শেষ না হওয়া পর্যন্ত।",
        "Licensed agency, Riyadh fleet drivers. The passport will not stay with the worker; "
        "the sponsor keeps it for two years.",
        "eMigrate cleared, Doha drivers. Passport not with the worker, held by the company "
        "till the contract ends.",
        "Registered RA, Bahrain drivers. Passports do not remain with the worker, they are "
        "kept by the employer for the contract period.",
]
CASES.params += [pytest.param(PAPERS, True, text, DRIVE, id=f"keeping_gap-{number}",
                              marks=pytest.mark.xfail(strict=True, reason="recall gap"))
                 for number, text in enumerate(GAPS)]


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_a_class_of_error_is_corrected_as_a_class(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
