"""One flow per role in a real browser, from sign-in to the main result, with screenshots of each
main page in tests/screenshots/."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect
from sqlalchemy import func, select

from catalog.models import Batch, Course, Opening, Organisation, Referral
from seeds.loader import load_schemes

from .browser import fill_an_opening, fill_in, screenshot, sign_in
from .conftest import PASSWORD

pytestmark = pytest.mark.browser

TODAY = date.today()
KOLKATA = dict(district="Kolkata", state="West Bengal", district_key="kolkata",
               latitude=22.5626, longitude=88.363)


def add_course(db_session, provider_id: int, title: str, trade: str, min_literacy: str,
               **extra) -> Course:
    course = Course(provider_id=provider_id, title=title, trade=trade, min_literacy=min_literacy,
                    languages=["bn", "hi"], mode="in_person",
                    duration_weeks=extra.pop("duration_weeks", 12), **KOLKATA, **extra)
    db_session.add(course)
    db_session.flush()
    db_session.add(Batch(course_id=course.id, start_date=TODAY + timedelta(days=30),
                         application_deadline=TODAY + timedelta(days=20), seats_total=20,
                         seats_taken=0))
    return course


def test_a_counselor_creates_a_profile_sees_a_bridge_pathway_and_refers(
        new_page, person, db_session):
    email = person("counselor", org_name="Mukti Aalo")
    person("iti_liaison", org_name="Sealdah Skills Centre")
    provider = db_session.scalar(select(Organisation).where(
        Organisation.name == "Sealdah Skills Centre"))
    bridge = add_course(db_session, provider.id, "Akshar literacy circle", "literacy_bridge",
                        "none", raises_literacy_to="class8", duration_weeks=16)
    add_course(db_session, provider.id, "Assistant Beauty Therapist", "beauty_therapy", "class8")
    load_schemes(db_session)
    db_session.commit()
    bridge_id = bridge.id

    page = new_page(phone=True)
    sign_in(page, email, PASSWORD)
    expect(page.get_by_role("heading", name="My profiles")).to_be_visible()
    page.get_by_role("link", name="New profile").first.click()
    fill_in(page, ("Case reference", "MA-2026-007"), ("Age", "23"), ("Gender", "female"),
            ("Reading and schooling", "none"), ("Bengali", True), ("District", "Kolk"),
            ("District", "Kolkata"))
    page.get_by_label("Interests", exact=True).press_sequentially("parlor", delay=20)
    expect(page.locator("#interests-suggestions")).to_contain_text("Beauty")
    page.get_by_label("Daily travel she can manage (km)", exact=True).fill("15")
    screenshot(page, "counselor-profile-form")
    page.get_by_role("button", name="Save and see matches").click()

    expect(page.get_by_role("heading", name="Matches for MA-2026-007")).to_be_visible()
    beauty = page.locator("li.match", has_text="Assistant Beauty Therapist")
    expect(beauty.get_by_text("Needs a bridge course first")).to_be_visible()
    expect(beauty.locator(".timeline .step.bridge")).to_contain_text("Akshar literacy circle")
    # The summary speaks to her in her own language (Bengali), whatever the page's.
    expect(page.locator("#summary-text")).to_have_attribute("lang", "bn")
    expect(page.locator("#summary-text")).to_contain_text("বিউটি পার্লারের কাজ")
    screenshot(page, "counselor-matches")
    beauty.get_by_role("button", name=re.compile("Refer: hold a seat in Akshar")).click()

    expect(page.locator(".flash.success")).to_contain_text("a seat is held until")
    expect(page.locator("li.referral")).to_contain_text("Seat held")
    screenshot(page, "counselor-referred")
    held = db_session.scalar(select(Referral.batch_id).where(Referral.status == "held"))
    db_session.rollback()
    assert held == db_session.scalar(select(Batch.id).where(Batch.course_id == bridge_id))
    db_session.rollback()

    # What she could claim: a bank account once she has Aadhaar.
    page.get_by_role("link", name="Government schemes she could claim").click()
    expect(page.locator("#schemes-caution")).to_contain_text("official portal")
    expect(page.locator("#schemes-eligible_after_documents #scheme-pmjdy")).to_contain_text(
        "Aadhaar")
    screenshot(page, "counselor-schemes")

    # A cohort allocation: she holds the bridge seat already, so she is left out and the page
    # names the seat; included on purpose, the beauty course still needs class 8, so she is
    # left unplaced, and the page says what blocks her.
    page.get_by_role("link", name="My profiles").click()
    page.get_by_role("link", name="Allocate seats to a cohort").click()
    page.get_by_role("button", name="Select all").click()
    expect(page.get_by_label("MA-2026-007", exact=True)).to_be_checked()
    screenshot(page, "counselor-allocation-form")
    page.get_by_role("button", name="Propose an allocation").click()
    expect(page.get_by_role("heading", name=re.compile("Cohort allocation"))).to_be_visible()
    unplaced = page.locator("li.unplaced", has_text="MA-2026-007")
    expect(unplaced.locator(".reason")).to_contain_text("Akshar literacy circle")
    page.get_by_role("link", name="Propose another allocation").click()
    page.get_by_role("button", name="Select all").click()
    page.get_by_label("Include survivors who already hold a seat in a batch").check()
    page.get_by_role("button", name="Propose an allocation").click()
    unplaced = page.locator("li.unplaced", has_text="MA-2026-007")
    expect(unplaced.locator(".alternative")).to_contain_text("Assistant Beauty Therapist")
    screenshot(page, "counselor-allocation")


def test_a_liaison_uploads_a_csv_with_a_bad_row_then_a_good_one(
        new_page, person, db_session, tmp_path):
    email = person("iti_liaison", org_name="Pragati ITI")
    provider = db_session.scalar(select(Organisation).where(Organisation.name == "Pragati ITI"))
    course = add_course(db_session, provider.id, "Sewing Technology", "sewing_dress_making",
                        "class5")
    db_session.commit()
    course_id = course.id  # read now: a rollback below expires the object
    start, deadline = TODAY + timedelta(days=90), TODAY + timedelta(days=80)
    later = timedelta(days=60)
    bad = tmp_path / "bad.csv"
    bad.write_text("course_id,start_date,application_deadline,seats_total\n"
                   f"{course_id},{start},{deadline},25\n"
                   f"{course_id},{start + later},{deadline + later},-3\n")
    good = tmp_path / "good.csv"
    good.write_text("course_id,start_date,application_deadline,seats_total\n"
                    f"{course_id},{start},{deadline},25\n"
                    f"{course_id},{start + later},{deadline + later},30\n")

    page = new_page(phone=False)
    sign_in(page, email, PASSWORD)
    expect(page.get_by_role("heading", name="My courses and batches")).to_be_visible()
    screenshot(page, "liaison-courses")
    page.get_by_role("link", name="Upload batches (CSV)").click()
    page.get_by_label("CSV file", exact=True).set_input_files(str(bad))
    page.get_by_role("button", name="Upload").click()
    errors = page.locator("#upload-errors")
    expect(errors).to_contain_text("Nothing was saved")
    expect(errors.locator("tr.row-error")).to_have_count(1)
    expect(errors.locator("tr.row-error")).to_contain_text("3")
    expect(errors.locator("tr.row-error")).to_contain_text("seats_total")
    screenshot(page, "liaison-upload-errors")
    assert db_session.scalar(select(func.count(Batch.id))) == 1  # only the arranged batch
    db_session.rollback()

    page.get_by_label("CSV file", exact=True).set_input_files(str(good))
    page.get_by_role("button", name="Upload").click()
    expect(page.locator(".flash.success")).to_contain_text("2 batches added")
    expect(page.locator(f"#course-{course_id} tbody tr")).to_have_count(3)
    seats = page.locator(f"#course-{course_id} tbody tr input.seats").first
    seats.fill("22")
    seats.press("Enter")
    expect(page.locator(".flash.success")).to_contain_text("Seats saved: 22 in all")
    screenshot(page, "liaison-after-upload")
    assert db_session.scalar(select(func.count(Batch.id))) == 3
    db_session.rollback()


def test_a_csr_partner_posts_a_flagged_opening_sees_why_and_an_admin_publishes_it(
        new_page, person, db_session):
    partner_email = person("csr_partner", org_name="Bengal Garments", verified=False)
    admin_email = person("admin", org_name="Operator")

    partner = new_page(phone=True)
    sign_in(partner, partner_email, PASSWORD)
    fill_an_opening(partner, "Sewing machine operator", TODAY + timedelta(days=45))
    screenshot(partner, "partner-opening-form")
    partner.get_by_role("button", name="Save opening").click()
    expect(partner.locator("#opening-status")).to_have_text("Waiting for review")
    expect(partner.locator(".flag")).to_contain_text("Employer not verified")
    expect(partner.locator(".what-to-change")).to_contain_text("Ask the service's operator")
    screenshot(partner, "partner-opening-flagged")

    admin = new_page(phone=False)
    sign_in(admin, admin_email, PASSWORD)
    card = admin.locator("li.review", has_text="Sewing machine operator")
    expect(card).to_contain_text("employer not verified")
    screenshot(admin, "admin-review-queue")
    # A flagged opening: the note is required before publishing, and the employer must be
    # verified first (the refusal is shown in the card, beside the form).
    card.get_by_label("Note (required", exact=False).fill("Factory visit booked.")
    card.get_by_role("button", name="Publish").click()
    card = admin.locator("li.review", has_text="Sewing machine operator")
    expect(card.locator(".field-error")).to_contain_text("First verify the employer")
    card.get_by_label("What did you check? (required)").fill("GST and factory licence seen.")
    card.get_by_role("button", name="Verify Bengal Garments").click()
    expect(admin.locator(".flash.success")).to_contain_text("Bengal Garments is verified")
    admin.locator("li.review", has_text="Sewing machine operator").get_by_role(
        "button", name="Publish").click()
    expect(admin.locator(".flash.success")).to_contain_text("Published")
    expect(admin.get_by_text("Nothing waits for review.")).to_be_visible()
    admin.get_by_role("link", name="Audit log").click()
    expect(admin.locator("table")).to_contain_text("reviewed")
    screenshot(admin, "admin-audit-log")
    admin.get_by_role("link", name="Charts").click()
    expect(admin.locator("svg")).to_have_count(1)  # referrals by stage; no placements yet
    screenshot(admin, "admin-charts")

    partner.reload()
    expect(partner.locator("#opening-status")).to_have_text("Published")
    status = db_session.scalar(select(Opening.status))
    db_session.rollback()
    assert status.value == "published"


def test_the_pages_read_in_hindi_and_bengali(new_page, person):
    email = person("counselor")
    page = new_page(phone=True)
    sign_in(page, email, PASSWORD)
    page.get_by_label("Language", exact=True).select_option("hi")
    page.get_by_role("button", name="Change").click()
    expect(page.locator("html")).to_have_attribute("lang", "hi")
    expect(page.get_by_role("heading", level=1)).to_have_text("मेरी प्रोफ़ाइलें")
    screenshot(page, "counselor-home-hindi")
    page.get_by_label("भाषा", exact=True).select_option("bn")
    page.get_by_role("button", name="बदलें").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("আমার প্রোফাইল")
