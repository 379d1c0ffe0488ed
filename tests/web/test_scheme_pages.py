"""The counselor pages and government schemes: the scheme and stipend steps of a match pathway,
the profile form's scheme facts (kept by an edit that does not show them), and the page of a
survivor's entitlements as `GET /api/v1/profiles/{id}/schemes` computes them."""
from __future__ import annotations

import html
import re

import pytest
from sqlalchemy import select

from api.web.vocabulary import LABELS
from catalog.models import AuditEvent, Profile
from matcher.vocabulary import Nationality

from .conftest import csrf_token
from .scheme_rows import (  # noqa: F401  (fixtures)
    counselor,
    new_profile,
    schemes,
    stipend_course,
)

PMJDY = "PMJDY zero-balance bank account"  # its short name in the catalogues
RESIDENCE_REASON = ("Needs Indian residence papers; "
                    "the survivor is a Bangladeshi national awaiting repatriation")


def text_of(response) -> str:
    """The page's text with tags dropped and white space collapsed, as a person reads it."""
    plain = re.sub(r"<[^>]+>", " ", response.get_data(as_text=True))
    return " ".join(html.unescape(plain).split())


def scheme_card(page: str, code: str) -> str:
    """The text of one scheme's card on the entitlements page."""
    start = page.index(f'id="scheme-{code}"')
    ends = [i for i in (page.find('<li class="card', start), page.find("</section>", start))
            if i != -1]
    plain = re.sub(r"<[^>]+>", " ", page[start:min(ends)].split(">", 1)[1])
    return " ".join(html.unescape(plain).split())


def stored(db_session, profile_id: int) -> dict:
    """The profile's scheme facts as the database holds them (the read is ended before the
    app is driven again)."""
    db_session.expire_all()
    profile = db_session.get(Profile, profile_id)
    facts = {"age": profile.age, "nationality": profile.nationality.value,
             "awaiting_repatriation": profile.awaiting_repatriation, "bpl": profile.bpl,
             "schemes_held": list(profile.schemes_held)}
    db_session.rollback()
    return facts


def facts(nationality, awaiting_repatriation, bpl, schemes_held) -> dict:
    return {"nationality": nationality, "awaiting_repatriation": awaiting_repatriation,
            "bpl": bpl, "schemes_held": schemes_held}


# --- the match pathway ------------------------------------------------------------------------


def test_the_matches_page_shows_the_bank_account_and_the_stipend_steps(
        counselor, new_profile, schemes, stipend_course):
    profile_id = new_profile("ASH-1", documents=["aadhaar"])
    response = counselor.get(f"/profiles/{profile_id}/matches")
    assert response.status_code == 200
    page = text_of(response)
    assert "Job: None" not in page and "Job:" not in page
    assert f"Open a zero-balance bank account: {PMJDY}" in page
    assert "Stipend ₹1,500 a month during the course" in page
    # In the timeline's order: the account before the course, the stipend during it.
    timeline = page[page.index("Pathway"):]
    assert (timeline.index("Open a zero-balance bank account")
            < timeline.index("Course: Sewing machine operator")
            < timeline.index("Stipend ₹1,500"))
    # And in the summary read to her, in her own language (Bengali) whatever the page's.
    assert "আমরা আপনাকে বিনা খরচে ব্যাংক অ্যাকাউন্ট খুলতে সাহায্য করব।" in page
    assert "কোর্স চলার সময় আপনি প্রতি মাসে 1 হাজার 500 টাকা পাবেন।" in page


def test_the_scheme_steps_read_in_bengali(counselor, new_profile, schemes, stipend_course):
    profile_id = new_profile("ASH-2", documents=["aadhaar"])
    page = text_of(counselor.get(f"/profiles/{profile_id}/matches",
                                 headers={"Accept-Language": "bn"}))
    assert "জিরো-ব্যালান্স ব্যাংক অ্যাকাউন্ট খুলুন: PMJDY জিরো-ব্যালান্স ব্যাংক অ্যাকাউন্ট" in page
    assert "কোর্স চলাকালীন প্রতি মাসে ₹1,500 বৃত্তি" in page


# --- the profile form -------------------------------------------------------------------------


def form_fields(**overrides) -> dict:
    fields = {"case_ref": "BD-7", "age": "22", "gender": "female", "literacy": "class8",
              "languages": ["bn"], "district": "Kolkata", "state": "West Bengal",
              "max_travel_km": "15", "interests": "tailoring", "learning_mode": "any",
              "device": "none", "income_urgency": "medium"}
    fields.update(overrides)
    return fields


def test_the_profile_form_saves_the_scheme_facts(counselor, schemes, db_session):
    form = counselor.get("/profiles/new").get_data(as_text=True)
    assert 'name="schemes_held" value="pmjdy"' in form and 'value="BD"' in form
    response = counselor.post("/profiles/new", data={
        "csrf_token": csrf_token(counselor, "/profiles/new"), **form_fields(),
        "shown": ["scheme_facts", "schemes_held"], "nationality": "BD",
        "awaiting_repatriation": "on", "bpl": "yes", "schemes_held": ["ujjawala"]})
    assert response.status_code == 302, response.get_data(as_text=True)
    profile_id = int(response.headers["Location"].split("/")[2])
    assert stored(db_session, profile_id).items() >= facts("BD", True, True, ["ujjawala"]).items()
    # The form shows them again as saved; "not known" is saved as null.
    edit = counselor.get(f"/profiles/{profile_id}/edit").get_data(as_text=True)
    assert re.search(r'<option value="BD"\s+selected>', edit)
    assert re.search(r'name="schemes_held" value="ujjawala"\s+checked', edit)
    counselor.post(f"/profiles/{profile_id}/edit", data={
        "csrf_token": csrf_token(counselor, f"/profiles/{profile_id}/edit"), **form_fields(),
        "shown": ["scheme_facts", "schemes_held"], "nationality": "BD", "bpl": ""})
    assert stored(db_session, profile_id).items() >= facts("BD", False, None, []).items()


def test_an_edit_that_does_not_show_the_scheme_facts_keeps_them(
        counselor, new_profile, schemes, db_session):
    profile_id = new_profile("BD-8", nationality="BD", awaiting_repatriation=True, bpl=False,
                             schemes_held=["ujjawala"])
    response = counselor.post(f"/profiles/{profile_id}/edit", data={
        "csrf_token": csrf_token(counselor, f"/profiles/{profile_id}/edit"),
        **form_fields(case_ref="BD-8", age="23")})
    assert response.status_code == 302, response.get_data(as_text=True)
    assert stored(db_session, profile_id) == {"age": 23, **facts("BD", True, False, ["ujjawala"])}


def test_a_held_scheme_taken_out_of_the_catalogue_survives_an_edit(
        counselor, new_profile, schemes, db_session):
    profile_id = new_profile("ASH-9", schemes_held=["day_nrlm", "pmjdy"])
    from catalog.models import Scheme

    scheme = db_session.scalar(select(Scheme).where(Scheme.code == "day_nrlm"))
    scheme.active = False
    db_session.commit()
    edit = counselor.get(f"/profiles/{profile_id}/edit").get_data(as_text=True)
    assert 'value="day_nrlm"' not in edit  # no box for it
    counselor.post(f"/profiles/{profile_id}/edit", data={
        "csrf_token": csrf_token(counselor, f"/profiles/{profile_id}/edit"),
        **form_fields(case_ref="ASH-9"), "shown": ["scheme_facts", "schemes_held"],
        "nationality": "IN", "bpl": "", "schemes_held": ["pmjdy", "e_shram"]})
    assert stored(db_session, profile_id)["schemes_held"] == ["day_nrlm", "e_shram", "pmjdy"]


def test_an_indian_national_awaiting_repatriation_is_refused_beside_the_field(
        counselor, schemes, db_session):
    response = counselor.post("/profiles/new", data={
        "csrf_token": csrf_token(counselor, "/profiles/new"), **form_fields(),
        "shown": ["scheme_facts"], "nationality": "IN", "awaiting_repatriation": "on",
        "bpl": ""})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert re.search(r'id="awaiting_repatriation-error">\s*Must be false for an Indian national',
                     page)
    assert db_session.scalar(select(Profile.id)) is None
    db_session.rollback()


def test_every_nationality_of_the_api_has_a_label():
    assert set(LABELS["nationality"]) == set(Nationality.codes())


# --- the entitlements page --------------------------------------------------------------------


def test_the_entitlements_page_says_why_indian_residence_schemes_are_closed_to_her(
        counselor, new_profile, schemes, db_session):
    profile_id = new_profile("BD-1", age=22, nationality="BD", awaiting_repatriation=True)
    response = counselor.get(f"/profiles/{profile_id}/schemes")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    for code in ("pmjdy", "pmkvy", "mudra_shishu", "e_shram", "lakshmir_bhandar"):
        assert RESIDENCE_REASON in scheme_card(page, code), code
    eligible = page[page.index('id="schemes-eligible"'):
                    page.index('id="schemes-eligible_after_documents"')]
    assert set(re.findall(r'id="scheme-(\w+)"', eligible)) == {"ujjawala", "swadhar_greh",
                                                                "shakti_sadan"}
    not_eligible = page[page.index('id="schemes-not_eligible"'):]
    assert 'id="scheme-pmjdy"' in not_eligible
    assert "official portal" in text_of(response)
    audited = db_session.scalars(select(AuditEvent.action)
                                 .where(AuditEvent.profile_id == profile_id)).all()
    db_session.rollback()
    assert "schemes" in audited


def test_the_entitlements_page_gives_the_pathway_in_order(
        counselor, new_profile, schemes):
    widow = new_profile("W-58", age=58, literacy="none", documents=["aadhaar"])
    page = counselor.get(f"/profiles/{widow}/schemes").get_data(as_text=True)
    plain = scheme_card(page, "mudra_shishu")
    assert "Amount in the catalogue: ₹50,000" in plain
    assert "Documents she still needs: Bank account" in plain
    assert plain.index(f"First obtain: {PMJDY}") < plain.index("Apply for Mudra Shishu small loan")


def test_another_organisations_profile_is_a_404_page(counselor, signed_in, new_profile, schemes):
    signed_in("counselor", org_name="Other NGO")
    theirs = new_profile("O-1", org_name="Other NGO")
    response = counselor.get(f"/profiles/{theirs}/schemes")
    assert response.status_code == 404


def test_the_home_and_matches_pages_link_to_the_entitlements(counselor, new_profile, schemes):
    profile_id = new_profile("ASH-3")
    link = f'href="/profiles/{profile_id}/schemes"'
    assert link in counselor.get("/counselor").get_data(as_text=True)
    assert link in counselor.get(f"/profiles/{profile_id}/matches").get_data(as_text=True)
