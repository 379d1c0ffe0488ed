"""The profile form records the sector she was exploited in and her counselor's reason to
return to it; the error sits next to the field, and the reason stays her organisation's."""
from __future__ import annotations

from sqlalchemy import select

from catalog.models import Profile

from .conftest import csrf_token

FORM = {"case_ref": "ASH-9", "age": "24", "gender": "female", "literacy": "class8",
        "languages": ["bn"], "district": "Kolkata", "shown": ["sector"]}


def test_the_form_offers_the_sectors_and_the_reason_field(signed_in):
    page = signed_in("counselor").get("/profiles/new").get_data(as_text=True)
    assert '<select id="exploited_sector" name="exploited_sector"' in page
    assert '<option value="brick_kiln_work"' in page and "Domestic servitude" in page
    assert '<textarea id="return_to_sector_reason" name="return_to_sector_reason"' in page
    assert "never shown to employers" in page


def test_a_reason_without_a_sector_is_refused_next_to_the_field(signed_in, db_session):
    client = signed_in("counselor")
    response = client.post("/profiles/new", data={
        **FORM, "csrf_token": csrf_token(client, "/profiles/new"),
        "return_to_sector_reason": "She chose it."})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert ('<p class="field-error" id="return_to_sector_reason-error">'
            "Choose the sector she was exploited in first.") in page
    assert db_session.scalar(select(Profile.id)) is None
    db_session.rollback()


def test_the_sector_and_reason_are_saved_and_shown_again(signed_in, db_session):
    client = signed_in("counselor")
    response = client.post("/profiles/new", data={
        **FORM, "csrf_token": csrf_token(client, "/profiles/new"),
        "exploited_sector": "domestic_servitude", "return_to_sector_reason": " "})
    assert response.status_code == 302, response.get_data(as_text=True)
    profile = db_session.scalar(select(Profile))
    assert (profile.exploited_sector, profile.return_to_sector_reason) == (
        "domestic_servitude", None)
    profile_id = profile.id
    db_session.rollback()
    edit = f"/profiles/{profile_id}/edit"
    response = client.post(edit, data={
        **FORM, "csrf_token": csrf_token(client, edit), "exploited_sector": "domestic_servitude",
        "return_to_sector_reason": "She wants to work as a cook again, on her terms."})
    assert response.status_code == 302, response.get_data(as_text=True)
    page = client.get(edit).get_data(as_text=True)
    assert '<option value="domestic_servitude" selected>' in page
    assert "She wants to work as a cook again, on her terms." in page
