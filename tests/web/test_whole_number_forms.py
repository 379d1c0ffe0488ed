"""The numbers the cohort form and the refer button send, read by forms.whole_number: a number
too long for any id, or anything but decimal digits, is refused without a 500 and writes
nothing (the cohort form: a 422 with the message beside the list; the refer button: back to
her matches with the refusal flashed, as for any refusal there)."""
from __future__ import annotations

import re

import pytest

from catalog.models import Allocation, Referral
from tests.api.reads import count

from .casework_rows import NGO, new_batch, people, post  # noqa: F401  (people is a fixture)
from .conftest import csrf_token

NEW = "/counselor/allocations/new"
# Too long for any id (and far beyond what int() should be asked to read), signs, a decimal
# point, an exponent, spaces, letters, a superscript (str.isdigit lets it through; int refuses).
NOT_WHOLE_NUMBERS = ["9" * 40, "12345678901", "-3", "+3", "1.0", "1e3", " 7", "7a", "abc", "²",
                     "", "0x1f"]


@pytest.mark.parametrize("raw", NOT_WHOLE_NUMBERS)
def test_the_cohort_form_refuses_a_profile_id_that_is_no_whole_number_beside_the_list(
        people, profile_in, db_session, raw):
    new_batch(db_session)
    ours = profile_in(NGO, "ASH-301")
    counselor = people["counselor"]
    response = counselor.post(NEW, data={"csrf_token": csrf_token(counselor, NEW),
                                         "action": "propose", "profile_ids": [str(ours), raw]})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    error = re.search(r'<p class="field-error" id="profile_ids-error">([^<]*)</p>', page)
    assert error, page
    assert "Choose survivors from the list." in error.group(1)
    assert count(db_session, Allocation) == 0 and count(db_session, Referral) == 0


@pytest.mark.parametrize("field", ["batch_id", "opening_id"])
@pytest.mark.parametrize("raw", ["9" * 40, "1e3", "7a", "²", "-3"])
def test_the_refer_button_refuses_an_id_that_is_no_whole_number_and_refers_no_one(
        people, profile_in, db_session, field, raw):
    profile_id = profile_in(NGO, "ASH-302")
    new_batch(db_session)
    counselor = people["counselor"]
    matches = f"/profiles/{profile_id}/matches"
    response = post(counselor, f"/profiles/{profile_id}/refer", {field: raw}, matches)
    assert response.status_code == 302
    assert response.headers["Location"] == matches
    page = counselor.get(matches).get_data(as_text=True)
    assert "Not referred:" in page
    assert count(db_session, Referral) == 0
