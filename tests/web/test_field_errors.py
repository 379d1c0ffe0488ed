"""A form's complaints read in the reader's language, marshmallow's with their figures too."""
from __future__ import annotations

from sqlalchemy import func, select

from api.field_errors import word
from api.messages import Wording
from catalog.models import Profile

from .conftest import csrf_token


def test_marshmallow_messages_with_figures_are_worded_with_them():
    hindi = Wording("hi")
    assert word(hindi, "Must be greater than or equal to 14 and less than or equal to 80.") == (
        "14 से 80 तक की संख्या लिखें।")
    assert word(Wording("bn"), "Missing data for required field.") == "এই ঘরটি পূরণ করা দরকার।"
    assert word(Wording("en"), "Longer than maximum length 60.") == "At most 60 characters."
    assert word(hindi, "Something no one listed.") == "Something no one listed."


def test_the_profile_form_names_the_wrong_fields_in_hindi(signed_in, db_session):
    client = signed_in("counselor")
    token = csrf_token(client, "/profiles/new")
    response = client.post("/profiles/new", headers={"Accept-Language": "hi"}, data={
        "csrf_token": token, "case_ref": "ASH-1", "age": "200", "gender": "female",
        "literacy": "none", "languages": ["bn"], "district": "Kolkata"})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "नीचे चिह्नित खाने ठीक करें।" in page
    assert "Must be greater" not in page and "तक की संख्या लिखें।" in page
    assert db_session.scalar(select(func.count(Profile.id))) == 0
    db_session.rollback()
