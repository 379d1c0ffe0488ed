"""The ITI liaison's pages: courses created and edited with every field the matcher reads (bad
input named beside its field, nothing written), batches closed, and the batch CSV round trip
(download, upload unchanged: updates, no duplicates; new duplicates and past dates refused
naming the line; all or nothing); another provider's course or batch is a 404."""
from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from catalog.errors import DomainError
from catalog.models import Batch, Course, Organisation, Referral, User, utcnow
from catalog.services import courses as course_service
from catalog.services import referrals as referral_service

from .casework_rows import DEADLINE, START
from .conftest import csrf_token

HEADER = "course_id,start_date,application_deadline,seats_total"
COURSE = {"title": "Sewing machine operator", "trade": "sewing_dress_making",
          "min_literacy": "class5", "languages": ["bn", "hi"], "mode": "in_person",
          "district": "Kolkata", "state": "West Bengal", "duration_weeks": "12",
          "fee_inr": "0", "stipend_inr_month": "1500", "residential": "on", "women_only": "on",
          "min_age": "18", "max_age": "35", "documents_required": ["aadhaar"],
          "raises_literacy_to": "", "placement_percent": "62.5", "active": "on"}


def make_course(db_session, provider: str, **fields) -> int:
    org = db_session.scalar(select(Organisation).where(Organisation.name == provider))
    values = {"title": f"Sewing at {provider}", "trade": "sewing_dress_making",
              "min_literacy": "class5", "languages": ["bn"], "mode": "in_person",
              "district": "Kolkata", "duration_weeks": 12, **fields}
    course = course_service.create_course(db_session, org, values, None)
    db_session.commit()
    return course.id


@pytest.fixture
def liaison(signed_in, db_session):
    """A liaison of Pragati ITI with one course; Other ITI has a course of its own."""
    client = signed_in("iti_liaison", org_name="Pragati ITI")
    signed_in("iti_liaison", org_name="Other ITI")
    client.mine = make_course(db_session, "Pragati ITI")
    client.theirs = make_course(db_session, "Other ITI")
    return client


def count(db_session, model) -> int:
    number = db_session.scalar(select(func.count(model.id)))
    db_session.rollback()
    return number


def post_course(client, path="/liaison/courses/new", **changes):
    data = {**COURSE, **changes}
    data["csrf_token"] = csrf_token(client, "/liaison")
    return client.post(path, data={k: v for k, v in data.items() if v is not None})


def upload(client, text: str | bytes):
    body = text.encode() if isinstance(text, str) else text
    return client.post("/liaison/batches/upload", data={
        "csrf_token": csrf_token(client, "/liaison/batches/upload"),
        "file": (io.BytesIO(body), "batches.csv")}, content_type="multipart/form-data")


def row_errors(response) -> list[tuple[str, str]]:
    """(line, column) of each error listed on the upload page."""
    return re.findall(r'<tr class="row-error"><td>([^<]*)</td><td>([^<]*)</td>',
                      response.get_data(as_text=True))


def test_a_course_is_created_with_every_field_the_matcher_reads(liaison, db_session):
    response = post_course(liaison)
    assert response.status_code == 302
    course = db_session.scalars(select(Course).order_by(Course.id.desc())).first()
    provider = db_session.scalar(select(Organisation.id).where(
        Organisation.name == "Pragati ITI"))
    assert course.provider_id == provider
    assert (course.title, course.trade, course.min_literacy.value, course.mode.value) == (
        "Sewing machine operator", "sewing_dress_making", "class5", "in_person")
    assert course.languages == ["bn", "hi"] and course.district == "Kolkata"
    assert course.latitude is not None and course.district_key == "kolkata"
    assert (course.residential, course.women_only, course.min_age, course.max_age) == (
        True, True, 18, 35)
    assert course.stipend_inr_month == 1500 and course.documents_required == ["aadhaar"]
    assert course.placement_rate == pytest.approx(0.625) and course.active
    db_session.rollback()


@pytest.mark.parametrize("field, value", [
    ("title", ""), ("title", "x" * 201), ("trade", ""), ("trade", "astronaut"),
    ("min_literacy", "phd"), ("languages", []), ("languages", ["xx"]), ("mode", "by_post"),
    ("district", ""), ("district", "Atlantis"), ("duration_weeks", "0"),
    ("duration_weeks", "twelve"), ("fee_inr", "-1"), ("stipend_inr_month", "1.5"),
    ("min_age", "5"), ("max_age", "16"), ("documents_required", ["spaceship"]),
    ("raises_literacy_to", "none"), ("placement_percent", "150"),
])
def test_bad_input_is_named_beside_its_field_and_nothing_is_written(
        liaison, db_session, field, value):
    before = count(db_session, Course)
    response = post_course(liaison, **{field: value})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert f'id="{field}-error"' in page, field
    assert "Please correct the fields marked below." in page
    assert count(db_session, Course) == before


def test_a_course_is_edited_and_cleared_fields_stay_cleared(liaison, db_session):
    path = f"/liaison/courses/{liaison.mine}/edit"
    assert 'value="Sewing at Pragati ITI"' in liaison.get(path).get_data(as_text=True)
    response = post_course(liaison, path, mode="remote", district="", state="",
                           max_age="", residential=None, title="Tailoring online")
    assert response.status_code == 302
    course = db_session.get(Course, liaison.mine)
    assert (course.title, course.mode.value, course.district, course.max_age) == (
        "Tailoring online", "remote", None, None)
    assert course.residential is False
    db_session.rollback()
    refused = post_course(liaison, path, min_age="30", max_age="20")
    assert refused.status_code == 422 and 'id="max_age-error"' in refused.get_data(as_text=True)
    db_session.expire_all()
    assert db_session.get(Course, liaison.mine).title == "Tailoring online"
    db_session.rollback()


def test_another_providers_course_and_batch_are_not_found(liaison, db_session):
    batch = Batch(course_id=liaison.theirs, start_date=START, application_deadline=DEADLINE,
                  seats_total=5)
    db_session.add(batch)
    db_session.commit()
    path = f"/liaison/courses/{liaison.theirs}/edit"
    assert liaison.get(path).status_code == 404
    assert post_course(liaison, path).status_code == 404
    closing = liaison.post(f"/batches/{batch.id}/close",
                           data={"csrf_token": csrf_token(liaison, "/liaison")})
    assert closing.status_code == 404
    db_session.expire_all()
    assert db_session.get(Course, liaison.theirs).title == "Sewing at Other ITI"
    assert db_session.get(Batch, batch.id).closed is False
    db_session.rollback()


def test_closing_a_batch_takes_no_new_referral_and_keeps_held_seats(
        liaison, signed_in, profile_in, db_session):
    counselor = signed_in("counselor", org_name="Shakti NGO")
    profile_id = profile_in("Shakti NGO", "SN-1")
    second = profile_in("Shakti NGO", "SN-2")
    batch = Batch(course_id=liaison.mine, start_date=START, application_deadline=DEADLINE,
                  seats_total=5, seats_taken=1)
    db_session.add(batch)
    db_session.flush()
    db_session.add(Referral(profile_id=profile_id, batch_id=batch.id, status="held"))
    db_session.commit()
    page = liaison.get("/liaison").get_data(as_text=True)
    assert f'action="/batches/{batch.id}/close"' in page
    response = liaison.post(f"/batches/{batch.id}/close",
                            data={"csrf_token": csrf_token(liaison, "/liaison")},
                            follow_redirects=True)
    text = response.get_data(as_text=True)
    assert "Batch closed" in text and "1 seat held already stays held" in text
    assert f'action="/batches/{batch.id}/close"' not in text
    db_session.expire_all()
    closed = db_session.get(Batch, batch.id)
    assert closed.closed and closed.seats_taken == 1
    assert db_session.scalar(select(Referral.status)).value == "held"
    user = db_session.scalar(select(User).where(User.email == counselor.email))
    with pytest.raises(DomainError):  # no new referral into a closed batch
        referral_service.refer(db_session, user, second, batch_id=batch.id, now=utcnow(),
                               hold_days=7)
    db_session.rollback()


def test_the_downloaded_csv_uploads_again_as_updates_without_duplicates(liaison, db_session):
    later = timedelta(days=30)
    first = upload(liaison, f"{HEADER}\n{liaison.mine},{START},{DEADLINE},20\n"
                            f"{liaison.mine},{START + later},{DEADLINE + later},15\n")
    assert first.status_code == 302 and count(db_session, Batch) == 2
    downloaded = liaison.get("/liaison/batches.csv").get_data()
    again = upload(liaison, downloaded)
    assert again.status_code == 302, again.get_data(as_text=True)
    assert "0 batches added. 2 batches updated." in liaison.get("/liaison").get_data(
        as_text=True)
    assert count(db_session, Batch) == 2
    changed = downloaded.decode().replace(",20,0,20,false", ",30,0,30,true")
    assert upload(liaison, changed).status_code == 302
    seats, closed = db_session.execute(select(Batch.seats_total, Batch.closed)
                                       .where(Batch.start_date == START)).one()
    db_session.rollback()
    assert (seats, closed) == (30, True) and count(db_session, Batch) == 2


def test_empty_columns_a_spreadsheet_adds_are_ignored(liaison, db_session):
    response = upload(liaison, f"{HEADER},,\r\n{liaison.mine},{START},{DEADLINE},20,,\r\n")
    assert response.status_code == 302 and count(db_session, Batch) == 1


def test_new_rows_already_present_are_refused_naming_the_line(liaison, db_session):
    rows = f"{HEADER}\n{liaison.mine},{START},{DEADLINE},20\n"
    assert upload(liaison, rows).status_code == 302
    twice = upload(liaison, rows)
    assert twice.status_code == 422 and row_errors(twice) == [("2", "start_date")]
    assert "already has batch" in twice.get_data(as_text=True)
    in_file = upload(liaison, f"{HEADER}\n{liaison.mine},{START + timedelta(days=1)},"
                              f"{DEADLINE},9\n{liaison.mine},{START + timedelta(days=1)},"
                              f"{DEADLINE},9\n")
    assert in_file.status_code == 422 and row_errors(in_file) == [("3", "start_date")]
    assert "Duplicate of line 2" in in_file.get_data(as_text=True)
    assert count(db_session, Batch) == 1


def test_past_dates_are_refused_and_nothing_is_written(liaison, db_session):
    response = upload(liaison, f"{HEADER}\n{liaison.mine},{START},{DEADLINE},20\n"
                               f"{liaison.mine},2020-03-01,2020-02-01,20\n")
    assert response.status_code == 422
    assert row_errors(response) == [("3", "start_date"), ("3", "application_deadline")]
    assert "Must be today or later." in response.get_data(as_text=True)
    assert count(db_session, Batch) == 0


def test_a_past_batch_uploads_unchanged_but_cannot_move_into_the_past(liaison, db_session):
    past = Batch(course_id=liaison.mine, start_date=date(2024, 1, 10),
                 application_deadline=date(2024, 1, 1), seats_total=10, closed=True)
    db_session.add(past)
    db_session.commit()
    downloaded = liaison.get("/liaison/batches.csv").get_data(as_text=True)
    assert upload(liaison, downloaded).status_code == 302
    moved = upload(liaison, downloaded.replace("2024-01-10", "2024-01-11"))
    assert moved.status_code == 422 and row_errors(moved) == [("2", "start_date")]


def test_ids_of_another_provider_or_course_are_refused(liaison, db_session):
    theirs = Batch(course_id=liaison.theirs, start_date=START, application_deadline=DEADLINE,
                   seats_total=5)
    db_session.add(theirs)
    db_session.commit()
    header = "batch_id," + HEADER
    response = upload(liaison, f"{header}\n{theirs.id},{liaison.theirs},{START},{DEADLINE},9\n"
                               f"{theirs.id},{liaison.mine},{START},{DEADLINE},9\n")
    assert response.status_code == 422
    assert row_errors(response) == [("2", "course_id"), ("3", "batch_id")]
    db_session.expire_all()
    assert db_session.get(Batch, theirs.id).seats_total == 5
    db_session.rollback()


@pytest.mark.parametrize("body", [
    "course_id,start_date\ufeff,application_deadline,seats_total\n1,2,3,4\n".encode(),
    f"{HEADER}\n1,2027-01-01,2027-01-01,20\n".encode("utf-16"),
    f"{HEADER}\n\x00,\U0001F600,\u202e2027-01-01,\u0665\n".encode(),
    f"{HEADER}\n१,२०२७-०१-०१,2027-01-01,२०\n".encode(),
    f"{HEADER}\n\"unclosed,2027-01-01,2027-01-01,20\n".encode(),
    f"{HEADER},=cmd\n1,2,3,4,5\n".encode(),
    (f"{HEADER}\n" + "1,2027-01-01,2026-12-01,20\n" * 1001).encode(),
])
def test_strange_files_get_a_clear_refusal_never_a_500(liaison, db_session, body):
    response = upload(liaison, body)
    assert response.status_code == 422
    assert "Nothing was saved" in response.get_data(as_text=True)
    assert count(db_session, Batch) == 0


def test_a_huge_file_is_refused_as_too_large(liaison):
    # 297 KB, over the 256 KB limit (and under the test client's 500 KB spooling)
    response = upload(liaison, HEADER + "\n" + "1,2027-01-01,2026-12-01,20\n" * 11_000)
    assert response.status_code == 413


def test_the_download_defuses_formulas_and_the_example_uses_her_own_course(
        liaison, db_session):
    course = db_session.get(Course, liaison.mine)
    course.title = "=HYPERLINK(\"http://x\")"
    db_session.add(Batch(course_id=course.id, start_date=START, application_deadline=DEADLINE,
                         seats_total=4))
    db_session.commit()
    lines = liaison.get("/liaison/batches.csv").get_data(as_text=True).splitlines()
    assert lines[1].split(",")[2].startswith("\"'=HYPERLINK")
    page = liaison.get("/liaison/batches/upload").get_data(as_text=True)
    assert f"\n{liaison.mine}," in page and f"\n{liaison.theirs}," not in page
    example = re.search(r"\n(\d+),(\d{4}-\d\d-\d\d),(\d{4}-\d\d-\d\d),25</pre>", page)
    assert example and date.fromisoformat(example.group(3)) >= date.today()

