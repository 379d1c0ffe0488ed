"""The safety gate on the pages: the admin sees hard flags blocking publish, must write a note to
publish over flags (the error beside the field), dismisses a flag with a reason and verifies an
employer with one; the counselor sees what a job was published over and confirms before
referring."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from catalog.models import FlagDismissal, Opening, Organisation, Referral, User, utcnow
from catalog.services import publishing

from .conftest import csrf_token

FEE_TEXT = "Registration fee Rs 5000 to be paid before joining. Packing garments."


@pytest.fixture
def employer_opening(db_session, person):
    """A pending opening of a verified employer, whose text raises `fee_charged`."""
    person("csr_partner", org_name="Sundarban Garments")
    employer = db_session.scalar(select(Organisation).where(
        Organisation.name == "Sundarban Garments"))

    def make(description: str = FEE_TEXT, status: str = "pending_review") -> int:
        opening = Opening(employer_id=employer.id, title="Packing helper",
                          trade="sewing_dress_making", description=description,
                          min_literacy="none", languages=["bn"], work_mode="on_site",
                          district="Kolkata", district_key="kolkata", latitude=22.5626,
                          longitude=88.363, wage_inr_month=11000, positions=3,
                          closes_on=date.today() + timedelta(days=30), status=status)
        db_session.add(opening)
        db_session.flush()
        publishing.rescreen(db_session, opening, employer, utcnow())
        db_session.commit()
        return opening.id

    return make


def test_hard_flags_block_publish_on_the_review_page(signed_in, employer_opening, db_session):
    opening_id = employer_opening()
    admin = signed_in("admin")
    page = admin.get("/admin").get_data(as_text=True)
    assert "Publishing is blocked by hard flags" in page
    assert 'value="publish"' not in page  # no publish button while a hard flag is open
    assert "Dismiss as a false alarm" in page
    token = csrf_token(admin, "/admin")
    response = admin.post(f"/admin/openings/{opening_id}/review",
                          data={"csrf_token": token, "decision": "publish", "note": "ok"})
    assert response.status_code == 409
    assert "Hard flags block publishing" in response.get_data(as_text=True)
    status = db_session.scalar(select(Opening.status).where(Opening.id == opening_id))
    db_session.rollback()
    assert status.value == "pending_review"


def test_two_admins_dismiss_with_reasons_then_a_note_publishes(signed_in, employer_opening,
                                                               db_session):
    opening_id = employer_opening()
    first, second = signed_in("admin"), signed_in("admin")
    url = f"/admin/openings/{opening_id}/flags/fee_charged/dismiss"
    # No reason: refused beside the field, nothing written.
    response = first.post(url, data={"csrf_token": csrf_token(first, "/admin"), "note": " "})
    assert response.status_code == 422
    assert 'class="field-error"' in response.get_data(as_text=True)
    assert db_session.scalar(select(func.count(FlagDismissal.id))) == 0
    db_session.rollback()
    for admin in (first, second):
        response = admin.post(url, data={"csrf_token": csrf_token(admin, "/admin"),
                                         "note": "The fee is the employer's, not hers."})
        assert response.status_code == 302
    page = first.get("/admin").get_data(as_text=True)
    assert "Cleared by two admins." in page and 'value="publish"' in page
    token = csrf_token(first, "/admin")
    response = first.post(f"/admin/openings/{opening_id}/review",
                          data={"csrf_token": token, "decision": "publish", "note": ""})
    assert response.status_code == 422
    assert f'id="note-{opening_id}-error"' in response.get_data(as_text=True)
    response = first.post(f"/admin/openings/{opening_id}/review",
                          data={"csrf_token": token, "decision": "publish",
                                "note": "Two admins cleared the fee flag."})
    assert response.status_code == 302
    status = db_session.scalar(select(Opening.status).where(Opening.id == opening_id))
    db_session.rollback()
    assert status.value == "published"


def test_verifying_on_the_page_needs_a_reason(signed_in, person, db_session):
    person("csr_partner", org_name="Golden Horizon", verified=False)
    employer_id = db_session.scalar(select(Organisation.id).where(
        Organisation.name == "Golden Horizon"))
    db_session.rollback()
    admin = signed_in("admin")
    token = csrf_token(admin, "/admin")
    response = admin.post(f"/admin/organisations/{employer_id}/verify",
                          data={"csrf_token": token, "note": ""})
    assert response.status_code == 422
    assert not db_session.get(Organisation, employer_id).verified
    db_session.rollback()
    response = admin.post(f"/admin/organisations/{employer_id}/verify",
                          data={"csrf_token": token, "note": "Licence checked."})
    assert response.status_code == 302
    db_session.expire_all()
    assert db_session.get(Organisation, employer_id).verified
    db_session.rollback()


def test_the_counselor_sees_the_flags_and_confirms_before_referring(
        signed_in, employer_opening, profile_in, db_session):
    opening_id = employer_opening()
    first, second = signed_in("admin"), signed_in("admin")
    db = db_session
    opening = db.get(Opening, opening_id)
    for admin_email, note in ((first.email, "Employer pays the council."),
                              (second.email, "Checked the receipt.")):
        user = db.scalar(select(User).where(User.email == admin_email))
        publishing.dismiss_flag(db, opening, "fee_charged", note, user, utcnow())
    opening.status, opening.review_note = "published", "Published after two admins cleared it."
    publishing.approve(opening)
    db.commit()
    counselor = signed_in("counselor", org_name="Asha Shelter Trust")
    profile_id = profile_in("Asha Shelter Trust", "ASH-7", consent_to_share=True,
                            literacy="class8", documents=["aadhaar", "bank_account"])
    page = counselor.get(f"/profiles/{profile_id}/matches").get_data(as_text=True)
    assert f'id="match-opening-{opening_id}"' in page
    assert "Published over screening flags" in page
    assert "Charges the worker a fee" in page and "Checked the receipt." in page
    assert "Published after two admins cleared it." in page
    assert 'name="confirm_flags"' in page
    token = csrf_token(counselor, f"/profiles/{profile_id}/matches")
    response = counselor.post(f"/profiles/{profile_id}/refer",
                              data={"csrf_token": token, "opening_id": str(opening_id)})
    assert response.status_code == 302 and f"confirm={opening_id}" in response.location
    again = counselor.get(response.location).get_data(as_text=True)
    assert "Tick the box to confirm" in again
    assert db.scalar(select(func.count(Referral.id))) == 0
    db.rollback()
    response = counselor.post(f"/profiles/{profile_id}/refer",
                              data={"csrf_token": token, "opening_id": str(opening_id),
                                    "confirm_flags": "yes"})
    assert response.status_code == 302
    assert db.scalar(select(func.count(Referral.id))) == 1
    db.rollback()
