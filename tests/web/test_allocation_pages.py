"""The cohort allocation pages over the allocation service: propose through the form, read the
placements and who was left out and why, apply as seat holds (all or nothing), scoping, and the
form's errors beside their fields."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from catalog.models import Allocation, AuditEvent, Batch, Referral, User
from catalog.services import accounts
from catalog.services import referrals as referral_service
from tests.api.reads import count, fresh
from tests.rows import batch_row, course_row

from .conftest import csrf_token

TODAY = date.today()
NEW = "/counselor/allocations/new"
ORG = "Asha Shelter Trust"


@pytest.fixture
def counselor(signed_in):
    return signed_in("counselor", org_name=ORG)


@pytest.fixture
def make_batch(db_session):
    provider = accounts.create_organisation(db_session, "Kolkata Women's ITI", "provider")
    db_session.commit()
    counter = iter(range(1, 1000))

    def make(seats_total: int = 1, trade: str = "sewing_dress_making", **course_fields) -> int:
        course = course_row(db_session, provider.id, title=f"Sewing batch {next(counter)}",
                            trade=trade, **course_fields)
        batch = batch_row(db_session, course.id, TODAY + timedelta(days=30),
                          TODAY + timedelta(days=20), seats_total)
        db_session.commit()
        return batch.id

    return make


@pytest.fixture
def new_profile(counselor, profile_in):
    """new_profile(case_ref, org_name=ORG, **fields) -> the id of an active profile."""

    def make(case_ref: str, org_name: str = ORG, **fields) -> int:
        return profile_in(org_name, case_ref, **fields)

    return make


def propose(client, profile_ids, **fields):
    data = {"csrf_token": csrf_token(client, NEW), "action": "propose",
            "profile_ids": [str(pid) for pid in profile_ids], **fields}
    return client.post(NEW, data=data)


def seats_taken(db_session, batch_id: int) -> int:
    return fresh(db_session, Batch, batch_id).seats_taken


def allocation_path(response) -> str:
    assert response.status_code == 302, response.get_data(as_text=True)
    path = response.headers["Location"]
    assert re.fullmatch(r"/counselor/allocations/\d+", path)
    return path


def test_the_home_page_links_to_the_allocation_form(counselor):
    page = counselor.get("/counselor").get_data(as_text=True)
    assert f'href="{NEW}"' in page and "Allocate seats to a cohort" in page


def test_the_form_lists_active_profiles_none_chosen_and_select_all_chooses_them(
        counselor, new_profile):
    first, second = new_profile("ASH-001", income_urgency="high"), new_profile("ASH-002")
    page = counselor.get(NEW).get_data(as_text=True)
    assert "ASH-001" in page and "ASH-002" in page and "High: debt or no income now" in page
    assert "checked" not in page
    assert 'name="min_score" type="number" value="50"' in page
    chosen = counselor.post(NEW, data={"csrf_token": csrf_token(counselor, NEW),
                                       "action": "select_all", "districts": "Howrah"})
    assert chosen.status_code == 200
    page = chosen.get_data(as_text=True)
    for profile_id in (first, second):
        assert f'value="{profile_id}" id="profile-{profile_id}" checked' in page
    assert 'value="Howrah"' in page  # what was typed stays


def test_proposing_shows_placements_and_who_was_left_out_and_why(
        counselor, new_profile, make_batch, db_session):
    batch_id = make_batch(seats_total=1)
    urgent = new_profile("ASH-URGENT", income_urgency="high")
    later = new_profile("ASH-LATER", income_urgency="medium")
    path = allocation_path(propose(counselor, [urgent, later], trades="sewing_dress_making",
                                   districts="Kolkata"))
    page = counselor.get(path).get_data(as_text=True)
    assert "Proposed: nothing is held yet." in page
    placed = page[page.index(f'id="placement-{urgent}"'):]
    assert "ASH-URGENT" in placed and "Sewing batch 1" in placed
    assert "Choice 1 of 1" in placed and "her first choice" in placed
    unplaced = page[page.index(f'id="unplaced-{later}"'):]
    assert "ASH-LATER" in unplaced
    assert "Survivors of higher priority took the seats she wanted" in unplaced
    assert "Nearest alternative" in unplaced and "more urgent" in unplaced
    assert "<dt>Placed</dt><dd>1</dd>" in page and "<dt>Not placed</dt><dd>1</dd>" in page
    assert "Apply: hold these seats" in page
    # A proposal holds nothing; its reading is audited for every survivor, as in the API.
    assert count(db_session, Referral) == 0 and seats_taken(db_session, batch_id) == 0
    assert count(db_session, AuditEvent, AuditEvent.object_type == "allocation",
                 AuditEvent.action == "allocate") == 2
    assert count(db_session, AuditEvent, AuditEvent.object_type == "allocation",
                 AuditEvent.action == "read") == 2


def test_applying_holds_the_seats_and_links_the_referrals(
        counselor, new_profile, make_batch, db_session):
    first, second = make_batch(seats_total=1), make_batch(seats_total=1)
    profiles = [new_profile(f"ASH-00{n}") for n in range(1, 4)]
    path = allocation_path(propose(counselor, profiles, min_score="0"))
    applied = counselor.post(f"{path}/apply", data={"csrf_token": csrf_token(counselor, path)},
                             follow_redirects=True)
    assert applied.status_code == 200
    page = applied.get_data(as_text=True)
    assert "Seats held for 2 survivors" in page and "Applied: the seats are held." in page
    assert "Apply: hold these seats" not in page
    assert page.count("#referrals\">Referral of ASH-00") == 2
    assert count(db_session, Referral, Referral.status == "held") == 2
    assert seats_taken(db_session, first) == 1 and seats_taken(db_session, second) == 1
    again = counselor.post(f"{path}/apply", data={"csrf_token": csrf_token(counselor, path)})
    assert again.status_code == 409
    assert "was applied already" in again.get_data(as_text=True)
    assert count(db_session, Referral) == 2


def test_a_stale_apply_shows_why_and_holds_nothing(
        counselor, new_profile, make_batch, db_session):
    batch_id = make_batch(seats_total=2)
    path = allocation_path(propose(counselor, [new_profile("ASH-001"), new_profile("ASH-002")]))
    outsider = new_profile("ASH-003")
    actor = db_session.scalar(select(User).where(User.email == counselor.email))
    referral_service.refer(db_session, actor, outsider, batch_id=batch_id,
                           now=datetime.now(timezone.utc), hold_days=7)
    db_session.commit()
    response = counselor.post(f"{path}/apply", data={"csrf_token": csrf_token(counselor, path)})
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert 'id="apply-error"' in page and "Nothing was held" in page
    assert f"to batch {batch_id}" in page and "propose again" in page
    assert "Proposed: nothing is held yet." in page
    assert seats_taken(db_session, batch_id) == 1  # the outsider's seat only
    assert count(db_session, Referral) == 1


def test_another_organisations_allocation_is_not_found(
        counselor, signed_in, new_profile, make_batch, db_session):
    make_batch()
    path = allocation_path(propose(counselor, [new_profile("ASH-001")]))
    stranger = signed_in("counselor", org_name="Mumbai Mukti Sangha")
    assert stranger.get(path).status_code == 404
    refused = stranger.post(f"{path}/apply",
                            data={"csrf_token": csrf_token(stranger, "/counselor")})
    assert refused.status_code == 404
    assert count(db_session, Referral) == 0


@pytest.mark.parametrize(("fields", "field", "message"), [
    ({"profile_ids": []}, "profile_ids", "Name at least one profile."),
    ({"trades": "beauty_therapy"}, "filters", "No open batch with seats matches them."),
    ({"starts_from": "2027-02-01", "starts_until": "2027-01-01"}, "starts_until",
     "Must not be before starts_from."),
    ({"starts_from": "soon"}, "starts_from", "Not a valid date."),
    ({"min_score": "101"}, "min_score", "Enter a number from 0 to 100."),
    ({"min_score": "high"}, "min_score", "Enter a number."),
])
def test_form_errors_name_the_field_and_write_nothing(
        counselor, new_profile, make_batch, db_session, fields, field, message):
    make_batch()
    fields = dict(fields)  # the parameters are shared by the SQLite and PostgreSQL runs
    profile_ids = fields.pop("profile_ids", None)
    if profile_ids is None:
        profile_ids = [new_profile("ASH-001")]
    response = propose(counselor, profile_ids, **fields)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    error = re.search(rf'<p class="field-error" id="{field}-error">([^<]*)</p>', page)
    assert error, page
    assert message in error.group(1)
    assert count(db_session, Allocation) == 0 and count(db_session, Referral) == 0


def test_another_organisations_profile_is_refused_beside_the_list(
        counselor, signed_in, new_profile, make_batch, db_session):
    make_batch()
    signed_in("counselor", org_name="Mumbai Mukti Sangha")
    theirs = new_profile("MMS-001", org_name="Mumbai Mukti Sangha")
    response = propose(counselor, [theirs])
    assert response.status_code == 422
    assert 'id="profile_ids-error">Not found:' in response.get_data(as_text=True)
    assert "MMS-001" not in response.get_data(as_text=True)
    assert count(db_session, Allocation) == 0


def test_a_form_without_its_csrf_token_is_refused_and_writes_nothing(
        counselor, new_profile, make_batch, db_session):
    batch_id = make_batch()
    profile_id = new_profile("ASH-001")
    refused = counselor.post(NEW, data={"action": "propose", "profile_ids": [str(profile_id)]})
    assert refused.status_code == 400
    assert count(db_session, Allocation) == 0
    path = allocation_path(propose(counselor, [profile_id]))
    assert counselor.post(f"{path}/apply").status_code == 400
    assert count(db_session, Referral) == 0 and seats_taken(db_session, batch_id) == 0


def test_the_pages_read_in_bengali(counselor, new_profile, make_batch):
    make_batch()
    path = allocation_path(propose(counselor, [new_profile("ASH-001")]))
    counselor.post("/language", data={"lang": "bn", "next": path,
                                      "csrf_token": csrf_token(counselor, path)})
    assert "প্রয়োগ করুন: এই আসনগুলি রাখুন" in counselor.get(path).get_data(as_text=True)
    assert "একটি দলকে আসন বণ্টন করুন" in counselor.get(NEW).get_data(as_text=True)


def test_a_survivor_holding_a_seat_elsewhere_is_shown_left_out_until_included(
        counselor, new_profile, make_batch, db_session):
    elsewhere, batch = make_batch(seats_total=3), make_batch(seats_total=3)
    holder = new_profile("ASH-HOLDS")
    db_session.add(Referral(profile_id=holder, batch_id=elsewhere, status="enrolled",
                            created_at=datetime.now(timezone.utc),
                            status_changed_at=datetime.now(timezone.utc)))
    db_session.commit()
    page = counselor.get(allocation_path(propose(
        counselor, [holder], trades="sewing_dress_making"))).get_data(as_text=True)
    assert "Left out: she already holds a seat in:</strong> Sewing batch 1 (Enrolled" in page
    assert "to include her." in page
    included = counselor.get(allocation_path(propose(
        counselor, [holder], trades="sewing_dress_making", include_placed="on")))
    page = included.get_data(as_text=True)
    assert "Included on purpose: she already holds a seat in Sewing batch 1 (Enrolled)" in page
    assert "ASH-HOLDS → Sewing batch 2" in page
    assert "(since her registration)" in page
    assert count(db_session, Allocation, Allocation.include_placed.is_(True)) == 1
