"""The whole casework loop in a real browser on a 360 x 780 phone, from the first sign-in, each
person in her own browser:

1. an admin creates an NGO and a counselor and gives her the set-password link; the counselor
   sets her password, creates a profile and refers her to a course; the liaison enrols her and
   records the course completed; the counselor sees both notifications, records the 30-day
   follow-up a month later and closes the profile;
2. a CSR partner posts an opening, an admin verifies the employer and publishes it, the
   counselor refers a consenting survivor, the partner records the interview and the hire, and
   the counselor sees it.

Every page on the way fits the phone (tests/web/page_checks.py)."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from catalog.models import Batch, Course, Organisation

from .browser import (
    choose_a_password,
    create_an_organisation,
    fill_an_opening,
    fill_in,
    screenshot,
    sign_in,
)
from .conftest import PASSWORD
from .page_checks import PHONE, fits_the_phone

pytestmark = pytest.mark.browser

START = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
KOLKATA = dict(district="Kolkata", state="West Bengal", district_key="kolkata",
               latitude=22.5626, longitude=88.363)


def phone(new_page):
    return new_page(viewport=PHONE)


def a_sewing_course(db_session) -> None:
    provider_id = db_session.scalar(select(Organisation.id).where(
        Organisation.name == "Sealdah Skills Centre"))
    course = Course(provider_id=provider_id, title="Sewing machine operator",
                    trade="sewing_dress_making", min_literacy="class5", languages=["bn"],
                    mode="in_person", duration_weeks=12, **KOLKATA)
    db_session.add(course)
    db_session.flush()
    db_session.add(Batch(course_id=course.id, start_date=date(2027, 1, 4),
                         application_deadline=date(2026, 12, 20), seats_total=10))
    db_session.commit()


def bring_in_a_counselor(admin, new_page) -> object:
    """The admin creates the NGO and its counselor; the counselor sets her password."""
    create_an_organisation(admin, "Mukti Aalo Shelter", "ngo", check=fits_the_phone)
    admin.get_by_label("Email").fill("rupa.counselor@example.org")
    admin.get_by_label("Role").select_option("counselor")
    admin.get_by_role("button", name="Create and make a set-password link").click()
    link = admin.get_by_label("Set-password link").input_value()
    fits_the_phone(admin)

    counselor = phone(new_page)
    counselor.goto(link)
    choose_a_password(counselor, "rupa's own long passphrase")
    counselor.get_by_role("button", name="Set my password and sign in").click()
    expect(counselor.get_by_role("heading", name="My profiles")).to_be_visible()
    return counselor


def create_a_profile(counselor, case_ref: str) -> None:
    counselor.get_by_role("link", name="New profile").first.click()
    fill_in(counselor, ("Case reference", case_ref), ("Age", "24"), ("Gender", "female"),
            ("Reading and schooling", "class8"), ("Bengali", True), ("District", "Kolkata"),
            ("Interests", "tailoring"), ("Daily travel she can manage (km)", "15"))
    fits_the_phone(counselor)
    counselor.get_by_role("button", name="Save and see matches").click()
    expect(counselor.get_by_role("heading", name=f"Matches for {case_ref}")).to_be_visible()
    fits_the_phone(counselor)


def test_from_the_first_sign_in_to_a_closed_case_on_a_phone(app, new_page, person, db_session):
    clock = {"now": START}
    app.config["CLOCK"] = lambda: clock["now"]
    admin_email = person("admin", org_name="Operator")
    liaison_email = person("iti_liaison", org_name="Sealdah Skills Centre")
    a_sewing_course(db_session)

    admin = phone(new_page)
    sign_in(admin, admin_email, PASSWORD)
    counselor = bring_in_a_counselor(admin, new_page)
    create_a_profile(counselor, "MAS-2026-001")
    counselor.get_by_role("button", name=re.compile("Refer: hold a seat in Sewing")).click()
    expect(counselor.locator(".flash.success")).to_be_focused()

    liaison = phone(new_page)
    sign_in(liaison, liaison_email, PASSWORD)
    liaison.locator('a[href^="/referrals/"]').first.click()
    fits_the_phone(liaison)
    liaison.get_by_role("button", name="Mark enrolled").click()
    expect(liaison.locator("#referral-status")).to_have_text("Enrolled")
    liaison.get_by_role("button", name="Mark completed").click()
    expect(liaison.locator("#referral-status")).to_have_text("Completed")

    counselor.goto("/notifications")
    notes = counselor.locator("main")
    expect(notes).to_contain_text("MAS-2026-001")
    expect(notes).to_contain_text(re.compile("enrolled", re.I))
    expect(notes).to_contain_text(re.compile("completed", re.I))
    fits_the_phone(counselor)
    screenshot(counselor, "loop-counselor-notifications")

    clock["now"] = START + timedelta(days=31)  # the 30-day follow-up is due
    sign_in(counselor, "rupa.counselor@example.org", "rupa's own long passphrase")
    card = counselor.locator("li.card", has_text="MAS-2026-001")
    expect(card.locator(".follow-ups")).to_contain_text("day-30 follow-up")
    card.locator(".follow-ups a").first.click()
    expect(counselor.get_by_label("What did you find?")).to_be_visible()
    counselor.get_by_label("What did you find?").select_option("working")
    counselor.get_by_label("Are her documents and bank card with her?").select_option("yes")
    counselor.get_by_role("button", name="Record the follow-up").click()
    expect(counselor.locator(".flash.success")).to_contain_text("Day-30 follow-up recorded")
    counselor.get_by_role("link", name="Profile MAS-2026-001").click()
    counselor.get_by_role("link", name="Close this profile").click()
    fits_the_phone(counselor)
    counselor.get_by_label("Why is the case closed?").select_option("settled")
    counselor.get_by_role("button", name="Close the profile").click()
    expect(counselor.locator(".flash.success")).to_contain_text("Profile MAS-2026-001 closed.")


def post_an_opening(partner) -> None:
    fill_an_opening(partner, "Sewing machine operator, day shift",
                    START.date() + timedelta(days=45))
    fits_the_phone(partner)
    partner.get_by_role("button", name="Save opening").click()
    expect(partner.locator("#opening-status")).to_have_text("Waiting for review")


def publish(admin) -> None:
    admin.goto("/admin")
    card = admin.locator("li.review", has_text="Sewing machine operator, day shift")
    card.get_by_label("What did you check? (required)").fill("GST and factory licence seen.")
    card.get_by_role("button", name="Verify Bengal Garments").click()
    expect(admin.locator(".flash.success")).to_contain_text("Bengal Garments is verified")
    card = admin.locator("li.review", has_text="Sewing machine operator, day shift")
    note = card.get_by_label("Note (required", exact=False)
    if note.count():
        note.fill("Factory visit done.")
    card.get_by_role("button", name="Publish").click()
    expect(admin.locator(".flash.success")).to_contain_text("Published")
    fits_the_phone(admin)


def test_a_job_from_posting_to_hire_on_a_phone(app, new_page, person, profile_in, db_session):
    app.config["CLOCK"] = lambda: START
    partner_email = person("csr_partner", org_name="Bengal Garments", verified=False)
    admin_email = person("admin", org_name="Operator")
    counselor_email = person("counselor", org_name="Mukti Aalo")
    profile_id = profile_in("Mukti Aalo", "MA-2026-044", consent_to_share=True,
                            consent_by="self")

    partner = phone(new_page)
    sign_in(partner, partner_email, PASSWORD)
    post_an_opening(partner)
    admin = phone(new_page)
    sign_in(admin, admin_email, PASSWORD)
    publish(admin)

    counselor = phone(new_page)
    sign_in(counselor, counselor_email, PASSWORD)
    counselor.goto(f"/profiles/{profile_id}/matches")
    match = counselor.locator("li.match", has_text="Sewing machine operator, day shift")
    match.get_by_role("button", name=re.compile("Refer")).click()
    expect(counselor.locator(".flash.success")).to_contain_text("sent to the employer")
    fits_the_phone(counselor)

    partner.goto("/partner")
    partner.locator('a[href^="/referrals/"]').first.click()
    expect(partner.locator("main")).not_to_contain_text("MA-2026-044")  # anonymised
    fits_the_phone(partner)
    partner.get_by_role("button", name=re.compile("interview", re.I)).first.click()
    expect(partner.locator("#referral-status")).to_have_text(re.compile("Interview", re.I))
    partner.get_by_role("button", name=re.compile("hired", re.I)).first.click()
    expect(partner.locator("#referral-status")).to_have_text(re.compile("Hired", re.I))

    counselor.goto("/notifications")
    expect(counselor.locator("main")).to_contain_text("MA-2026-044")
    expect(counselor.locator("main")).to_contain_text(re.compile("hired", re.I))
    counselor.goto(f"/profiles/{profile_id}")
    expect(counselor.locator("main")).to_contain_text(re.compile("Hired", re.I))
    fits_the_phone(counselor)
    screenshot(counselor, "loop-counselor-hired")
