"""The casework loop in a real browser on a cheap phone (360 x 780): a seeded counselor refers,
the liaison marks the survivor enrolled and then completed in her pages, and a month later the
counselor records the 30-day follow-up and closes the profile. Each action's message takes the
focus; no control is smaller than 24 x 24 CSS px and no page scrolls sideways."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from catalog.models import Batch, Course, Organisation, Profile, Referral

from .browser import screenshot, sign_in
from .conftest import PASSWORD
from .page_checks import PHONE, fits_the_phone

pytestmark = pytest.mark.browser

START = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)


def test_refer_enrol_complete_follow_up_and_close_on_a_phone(
        app, new_page, person, profile_in, db_session):
    clock = {"now": START}
    app.config["CLOCK"] = lambda: clock["now"]
    counselor_email = person("counselor", org_name="Mukti Aalo")
    liaison_email = person("iti_liaison", org_name="Sealdah Skills Centre")
    provider_id = db_session.scalar(select(Organisation.id).where(
        Organisation.name == "Sealdah Skills Centre"))
    course = Course(provider_id=provider_id, title="Sewing machine operator",
                    trade="sewing_dress_making", min_literacy="class5", languages=["bn"],
                    mode="in_person", duration_weeks=12, district="Kolkata",
                    state="West Bengal", district_key="kolkata", latitude=22.5626,
                    longitude=88.363)
    db_session.add(course)
    db_session.flush()
    db_session.add(Batch(course_id=course.id, start_date=date(2027, 1, 4),
                         application_deadline=date(2026, 12, 20), seats_total=10))
    db_session.commit()
    profile_id = profile_in("Mukti Aalo", "MA-2026-031")

    counselor = new_page(viewport=PHONE)
    sign_in(counselor, counselor_email, PASSWORD)
    counselor.goto(f"/profiles/{profile_id}/matches")
    counselor.get_by_role("button", name=re.compile("Refer: hold a seat in Sewing")).click()
    expect(counselor.locator(".flash.success")).to_be_focused()
    expect(counselor.locator("p.referred")).to_contain_text("Seat held")
    referral_id = db_session.scalar(select(Referral.id).where(
        Referral.profile_id == profile_id))
    db_session.rollback()

    liaison = new_page(viewport=PHONE)
    sign_in(liaison, liaison_email, PASSWORD)
    liaison.locator(f'a[href="/referrals/{referral_id}"]').click()
    expect(liaison.get_by_role("heading", name=f"Referral {referral_id}")).to_be_visible()
    expect(liaison.locator("main")).not_to_contain_text("MA-2026-031")
    fits_the_phone(liaison)
    liaison.get_by_role("button", name="Mark enrolled").click()
    expect(liaison.locator(".flash.success")).to_be_focused()
    expect(liaison.locator("#referral-status")).to_have_text("Enrolled")
    liaison.get_by_role("button", name="Mark completed").click()
    expect(liaison.locator(".flash.success")).to_contain_text("Completed")
    expect(liaison.locator(".history li")).to_have_count(3)
    screenshot(liaison, "casework-liaison-completed")

    clock["now"] = START + timedelta(days=31)  # the 30-day follow-up is due
    sign_in(counselor, counselor_email, PASSWORD)  # a month on, her session has ended
    counselor.goto("/counselor")
    card = counselor.locator("li.card", has_text="MA-2026-031")
    expect(card.locator(".follow-ups")).to_contain_text("day-30 follow-up")
    fits_the_phone(counselor)
    card.locator(".follow-ups a").first.click()
    expect(counselor.get_by_label("What did you find?")).to_be_visible()
    counselor.wait_for_load_state("load")
    fits_the_phone(counselor)
    counselor.get_by_label("What did you find?").select_option("working")
    counselor.get_by_label("Are her documents and bank card with her?").select_option("yes")
    counselor.get_by_role("button", name="Record the follow-up").click()
    expect(counselor.locator(".flash.success")).to_be_focused()
    expect(counselor.locator(".flash.success")).to_contain_text("Day-30 follow-up recorded")
    screenshot(counselor, "casework-follow-up")

    counselor.get_by_role("link", name="Profile MA-2026-031").click()
    counselor.get_by_role("link", name="Close this profile").click()
    expect(counselor.locator("#what-closing-does")).to_contain_text("no live referral")
    fits_the_phone(counselor)
    counselor.get_by_role("button", name="Close the profile").click()  # no reason yet
    expect(counselor.locator("#reason-error")).to_have_text("Choose a reason.")
    expect(counselor.locator("#form-errors")).to_be_focused()
    counselor.get_by_label("Why is the case closed?").select_option("settled")
    counselor.get_by_role("button", name="Close the profile").click()
    expect(counselor.locator(".flash.success")).to_be_focused()
    expect(counselor.locator(".flash.success")).to_contain_text("Profile MA-2026-031 closed.")
    screenshot(counselor, "casework-closed")
    profile = db_session.get(Profile, profile_id)
    assert (profile.status.value, profile.closed_reason) == ("closed", "settled")
    assert db_session.get(Referral, referral_id).status.value == "completed"
    db_session.rollback()
