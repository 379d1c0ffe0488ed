"""The pages over the services: batch CSV upload row by row (all or nothing), seats in place,
the profile form's errors, scoping, and what the CSR partner and the admin see."""
from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from catalog.models import AuditEvent, Batch, Course, Opening, Organisation, Profile, utcnow
from catalog.services import profiles as profile_service

from .conftest import csrf_token

START = date.today() + timedelta(days=60)
DEADLINE = date.today() + timedelta(days=50)
LATER = timedelta(days=90)


@pytest.fixture
def liaison(signed_in, db_session):
    """A liaison of a provider with one course, and another provider's course."""
    client = signed_in("iti_liaison", org_name="Pragati ITI")
    other = signed_in("iti_liaison", org_name="Other ITI")
    del other
    ids = {}
    for name, provider in (("mine", "Pragati ITI"), ("theirs", "Other ITI")):
        org = db_session.scalar(select(Organisation).where(Organisation.name == provider))
        course = Course(provider_id=org.id, title=f"Sewing {name}", trade="sewing_dress_making",
                        min_literacy="class5", languages=["bn"], mode="in_person",
                        district="Kolkata", state="West Bengal", district_key="kolkata",
                        latitude=22.56, longitude=88.36, duration_weeks=12)
        db_session.add(course)
        db_session.flush()
        ids[name] = course.id
    db_session.commit()
    client.courses = ids
    return client


def upload(client, text: str):
    return client.post("/liaison/batches/upload", data={
        "csrf_token": csrf_token(client, "/liaison/batches/upload"),
        "file": (io.BytesIO(text.encode()), "batches.csv")}, content_type="multipart/form-data")


def batch_count(db_session) -> int:
    count = db_session.scalar(select(func.count(Batch.id)))
    db_session.rollback()
    return count


def test_an_upload_with_a_bad_row_reports_it_and_writes_nothing(liaison, db_session):
    mine, theirs = liaison.courses["mine"], liaison.courses["theirs"]
    response = upload(liaison, "course_id,start_date,application_deadline,seats_total\n"
                               f"{mine},{START},{DEADLINE},20\n"
                               f"{mine},{START},{START + timedelta(days=5)},20\n"
                               f"{theirs},{START},{DEADLINE},10\n"
                               f"{mine},2027-13-01,{DEADLINE},many\n")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Nothing was saved" in page
    assert "<td>3</td><td>application_deadline</td>" in page
    assert f"Course {theirs} is not one of your courses." in page
    assert "<td>5</td><td>seats_total</td>" in page and "<td>5</td><td>start_date</td>" in page
    assert "<td>2</td>" not in page  # the good row is not blamed
    assert batch_count(db_session) == 0


def test_a_good_upload_adds_every_batch_and_the_download_lists_them(liaison, db_session):
    mine = liaison.courses["mine"]
    response = upload(liaison, "\ufeffcourse_id,start_date,application_deadline,seats_total\r\n"
                               f"{mine},{START},{DEADLINE},20\r\n"
                               f"{mine},{START + LATER},{DEADLINE + LATER},15\r\n")
    assert response.status_code == 302
    assert batch_count(db_session) == 2
    download = liaison.get("/liaison/batches.csv")
    lines = download.get_data(as_text=True).splitlines()
    assert lines[0].startswith("batch_id,course_id,course_title")
    assert len(lines) == 3 and f",{mine},Sewing mine,{START}," in lines[1]


@pytest.mark.parametrize("text, message", [
    ("course,start,deadline\n1,2,3\n", "Missing column(s)"),
    ("course_id,start_date,application_deadline,seats_total\n", "no rows"),
])
def test_a_file_of_the_wrong_shape_is_refused(liaison, text, message, db_session):
    response = upload(liaison, text)
    assert response.status_code == 422 and message in response.get_data(as_text=True)
    assert batch_count(db_session) == 0


def test_seats_are_edited_in_place_and_never_below_those_taken(liaison, db_session):
    batch = Batch(course_id=liaison.courses["mine"], start_date=START,
                  application_deadline=DEADLINE, seats_total=10, seats_taken=4)
    db_session.add(batch)
    db_session.commit()
    token = csrf_token(liaison, "/liaison")
    liaison.post(f"/batches/{batch.id}/seats", data={"seats_total": "12", "csrf_token": token})
    refused = liaison.post(f"/batches/{batch.id}/seats", data={"seats_total": "3",
                                                               "csrf_token": token},
                           follow_redirects=True)
    assert "Seats not changed" in refused.get_data(as_text=True)
    db_session.expire_all()
    assert db_session.get(Batch, batch.id).seats_total == 12
    db_session.rollback()


def test_the_profile_form_names_the_wrong_fields_and_suggests_districts(signed_in, db_session):
    client = signed_in("counselor")
    token = csrf_token(client, "/profiles/new")
    response = client.post("/profiles/new", data={
        "csrf_token": token, "case_ref": "ASH-1", "age": "twenty", "gender": "female",
        "literacy": "none", "languages": ["bn"], "district": "Kolkta"})
    assert response.status_code == 422
    assert "Enter a whole number." in response.get_data(as_text=True)
    response = client.post("/profiles/new", data={
        "csrf_token": token, "case_ref": "ASH-1", "age": "24", "gender": "female",
        "literacy": "none", "languages": ["bn"], "district": "Kolkta"})
    assert response.status_code == 422
    assert "Kolkata" in response.get_data(as_text=True)  # did you mean
    assert db_session.scalar(select(func.count(Profile.id))) == 0
    db_session.rollback()


def test_a_profile_of_another_organisation_is_not_found(signed_in, db_session):
    other = signed_in("counselor", org_name="Other NGO")
    del other
    org = db_session.scalar(select(Organisation).where(Organisation.name == "Other NGO"))
    profile = profile_service.create_profile(db_session, org, {
        "case_ref": "O-1", "age": 30, "gender": "female", "literacy": "class5",
        "languages": ["hi"], "district": "Patna"}, None, now=utcnow())
    db_session.commit()
    client = signed_in("counselor")
    assert client.get(f"/profiles/{profile.id}/matches").status_code == 404
    assert client.get(f"/profiles/{profile.id}/edit").status_code == 404


def test_reading_a_profile_page_is_audited(signed_in, db_session):
    client = signed_in("counselor")
    token = csrf_token(client, "/profiles/new")
    response = client.post("/profiles/new", data={
        "csrf_token": token, "case_ref": "ASH-2", "age": "24", "gender": "female",
        "literacy": "class8", "languages": ["bn", "hi"], "district": "Kolkata",
        "interests": "silai, parlour", "max_travel_km": "12"})
    assert response.status_code == 302, response.get_data(as_text=True)
    profile_id = int(response.headers["Location"].split("/")[2])
    assert client.get(f"/profiles/{profile_id}/matches").status_code == 200
    actions = set(db_session.scalars(select(AuditEvent.action)
                                     .where(AuditEvent.profile_id == profile_id)))
    db_session.rollback()
    assert {"create", "match"} <= actions


def test_the_admin_sees_the_audit_log_and_charts(signed_in, db_session):
    client = signed_in("admin")
    audit = client.get("/admin/audit")
    assert audit.status_code == 200 and "signed in" in audit.get_data(as_text=True)
    assert "UTC" not in audit.get_data(as_text=True)  # times in India time
    charts = client.get("/admin/charts")
    assert charts.status_code == 200 and "<svg" in charts.get_data(as_text=True)
    assert db_session.scalar(select(func.count(AuditEvent.id))
                             .where(AuditEvent.action == "audit_read")) == 1
    db_session.rollback()


def test_a_flagged_opening_shows_what_to_change_and_waits(signed_in, db_session):
    client = signed_in("csr_partner", org_name="New Employer", verified=False)
    token = csrf_token(client, "/openings/new")
    response = client.post("/openings/new", data={
        "csrf_token": token, "title": "Tailor", "trade": "sewing_dress_making",
        "min_literacy": "none", "languages": ["bn"], "work_mode": "on_site",
        "district": "Kolkata", "wage_inr_month": "9000", "positions": "2",
        "closes_on": str(date.today() + timedelta(days=30))}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Employer not verified" in page and "What to change" in page
    assert "unverified_employer" not in page  # never a raw code on a page
    status = db_session.scalar(select(Opening.status))
    db_session.rollback()
    assert status.value == "pending_review"
