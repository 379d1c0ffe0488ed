"""The CSR partner's pages: the opening's edit page explains each screening flag with what to
change (its words, the fields, what happens next) in the reader's language, and a partner
closes her opening (another employer's is a 404)."""
from __future__ import annotations

import html
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from api.messages import Wording
from catalog.models import AuditEvent, Opening

from .casework_rows import FEE_TEXT
from .conftest import csrf_token


def post_opening(client, **changes):
    data = {"title": "Packing helper", "trade": "sewing_dress_making", "description": FEE_TEXT,
            "min_literacy": "none", "languages": ["bn"], "work_mode": "on_site",
            "district": "Kolkata", "wage_inr_month": "11000", "positions": "2",
            "closes_on": str(date.today() + timedelta(days=30))}
    data.update(changes)
    data["csrf_token"] = csrf_token(client, "/openings/new")
    return client.post("/openings/new", data=data)


@pytest.fixture
def partner(signed_in):
    return signed_in("csr_partner", org_name="Sundarban Garments")


def opening_of(db_session) -> Opening:
    opening = db_session.scalars(select(Opening).order_by(Opening.id.desc())).first()
    db_session.expunge(opening)
    db_session.rollback()
    return opening


def choose(client, language: str) -> None:
    client.post("/language", data={"lang": language, "csrf_token": csrf_token(client, "/partner")})


def test_the_edit_page_explains_each_flag_with_its_words_and_fields(partner, db_session):
    assert post_opening(partner).status_code == 302
    opening = opening_of(db_session)
    assert [flag["code"] for flag in opening.flags] == ["fee_charged"]
    page = html.unescape(partner.get(f"/openings/{opening.id}/edit").get_data(as_text=True))
    assert "Charges the worker a fee" in page and "Hard flag: blocks publishing" in page
    assert Wording("en").flag(opening.flags[0]) in page  # what to change
    assert "The words that raised it" in page and opening.flags[0]["evidence"] in page
    assert '<a href="#description">What the work is</a>' in page  # the field to change
    assert "An admin cannot publish the opening while this flag stands" in page
    assert "fee_charged" not in page  # never a raw code on a page


def test_a_soft_wage_flag_names_the_wage_and_the_field(partner, db_session):
    assert post_opening(partner, description="Packing garments in our Kolkata unit.",
                        wage_inr_month="90000").status_code == 302
    opening = opening_of(db_session)
    codes = [flag["code"] for flag in opening.flags]
    assert "wage_outlier" in codes
    page = html.unescape(partner.get(f"/openings/{opening.id}/edit").get_data(as_text=True))
    assert "₹90,000" in page and '<a href="#wage_inr_month">Monthly wage (₹)</a>' in page
    assert "An admin may publish it with a written note" in page


@pytest.mark.parametrize("language", ["hi", "bn"])
def test_the_flag_advice_reads_in_hindi_and_bengali(partner, db_session, language):
    post_opening(partner)
    opening = opening_of(db_session)
    choose(partner, language)
    page = html.unescape(partner.get(f"/openings/{opening.id}/edit").get_data(as_text=True))
    words = Wording(language)
    assert words.flag(opening.flags[0]) in page
    assert words.flag_name("fee_charged") in page
    for english in ("What to change", "The words that raised it", "Where",
                    "An admin cannot publish", "Why it waits for review", "What the work is"):
        assert english not in page, english
    assert words._("The words that raised it") != "The words that raised it"


def test_a_partner_closes_her_opening_and_it_takes_no_more_edits(partner, db_session):
    post_opening(partner, description="Packing garments in our Kolkata unit.")
    opening = opening_of(db_session)
    form = partner.get(f"/openings/{opening.id}/edit").get_data(as_text=True)
    assert f'action="/openings/{opening.id}/close"' in form  # closed from the edit page too
    response = partner.post(f"/openings/{opening.id}/close",
                            data={"csrf_token": csrf_token(partner, "/partner")},
                            follow_redirects=True)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Opening closed" in page
    assert "Close opening" not in page
    status = db_session.scalar(select(Opening.status).where(Opening.id == opening.id))
    closes = db_session.scalar(select(AuditEvent.id).where(
        AuditEvent.action == "close", AuditEvent.object_type == "opening",
        AuditEvent.object_id == opening.id))
    db_session.rollback()
    assert status.value == "closed" and closes is not None
    again = partner.post(f"/openings/{opening.id}/edit", data={
        "csrf_token": csrf_token(partner, "/partner"), "title": "Reopened?"})
    assert again.status_code == 409 and "This opening is closed." in again.get_data(as_text=True)
    title = db_session.scalar(select(Opening.title).where(Opening.id == opening.id))
    db_session.rollback()
    assert title == "Packing helper"


def test_another_employers_opening_cannot_be_closed(partner, signed_in, db_session):
    post_opening(partner)
    opening = opening_of(db_session)
    other = signed_in("csr_partner", org_name="Another Employer")
    response = other.post(f"/openings/{opening.id}/close",
                          data={"csrf_token": csrf_token(other, "/partner")})
    assert response.status_code == 404
    assert other.get(f"/openings/{opening.id}/edit").status_code == 404
    status = db_session.scalar(select(Opening.status).where(Opening.id == opening.id))
    db_session.rollback()
    assert status.value == "pending_review"

