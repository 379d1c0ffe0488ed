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

from tests.catalog.screening_table import Cases
from tests.catalog.test_screening import codes

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
    # ... and the hard negatives: shown, copied, handed back the same day, or kept by her
    (DOC, False, "Bring your original SSLC marks card for verification; it is returned the "
     "same day and we keep only a photocopy.", SEW),
    (DOC, False, "Joining pe original certificate dikhana hai, verification ke baad turant "
     "wapas.", SEW),
    (DOC, False, "मूल प्रमाणपत्र दिखाकर वापस ले जाएँ, केवल फोटोकॉपी जमा होगी।", SEW),
    (DOC, False, "আসল সার্টিফিকেট দেখিয়ে ফেরত নিয়ে যাবেন, শুধু ফটোকপি জমা দিতে হবে।", SEW),
    (DOC, False, "Aadhaar aur passbook aap apne paas rakhiye, kisi ko mat dijiye.", BUILD),
    (DOC, False, "Asol certificate dekhiye ferot niye jaben, shudhu photocopy jama.", SEW),
])


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_a_class_of_error_is_corrected_as_a_class(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
