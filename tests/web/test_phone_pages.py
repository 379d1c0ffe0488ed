"""The liaison's and the CSR partner's pages in a real browser on a 360 x 780 phone: no sideways
scrolling, every control at least 24x24 CSS px. A partner posts an opening and reads its flags'
advice, follows it and closes the opening; a liaison adds a course and closes a batch."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from catalog.models import Batch, Course

from .browser import fill_in, screenshot, sign_in
from .casework_rows import DEADLINE, FEE_TEXT, START
from .conftest import PASSWORD
from .page_checks import PHONE, fits_the_phone

pytestmark = pytest.mark.browser


@contextmanager
def phone_page(browser, live_server):
    """A page of a fresh browser context (its own cookies) the size of a small phone."""
    context = browser.new_context(base_url=live_server, viewport=PHONE)
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def test_a_partner_posts_an_opening_on_a_phone_and_reads_its_flags_advice(
        browser, live_server, person):
    email = person("csr_partner", org_name="Sundarban Garments")
    with phone_page(browser, live_server) as page:
        sign_in(page, email, PASSWORD)
        page.get_by_role("link", name="Post an opening").first.click()
        fits_the_phone(page)
        fill_in(page, ("Job title", "Packing helper"), ("Trade", "sewing_dress_making"),
                ("What the work is", FEE_TEXT), ("Reading and schooling needed", "none"),
                ("Bengali", True), ("District", "Kolkata"), ("Monthly wage (₹)", "11000"),
                ("Positions", "2"), ("Closes on", str(date.today() + timedelta(days=30))))
        page.get_by_role("button", name="Save opening").click()
        expect(page.locator("#opening-status")).to_have_text("Waiting for review")
        fee = page.locator(".flag").filter(has_text="Charges the worker a fee")
        expect(fee.locator(".what-to-change")).to_contain_text("Remove any fee, deposit")
        expect(fee.locator(".evidence")).to_contain_text("fee")
        fits_the_phone(page)
        page.get_by_role("link", name="Edit").click()
        flag = page.locator(".flag").filter(has_text="Charges the worker a fee")
        expect(flag).to_have_count(1)
        expect(flag.locator(".next-step")).to_contain_text("An admin cannot publish")
        fits_the_phone(page)
        screenshot(page, "partner-opening-edit-flags-360")
        flag.get_by_role("link", name="What the work is").click()
        expect(page.locator("#description")).to_be_focused()
        page.locator("#description").fill("Packing garments in our Kolkata unit.")
        page.get_by_role("button", name="Save opening").click()
        expect(page.locator(".flag").filter(has_text="Charges the worker a fee")).to_have_count(0)
        page.get_by_role("button", name="Close opening").click()
        expect(page.locator("#opening-status")).to_have_text("Closed")


def test_a_liaison_adds_a_course_and_closes_a_batch_on_a_phone(
        browser, live_server, person, db_session):
    email = person("iti_liaison", org_name="Pragati ITI")
    with phone_page(browser, live_server) as page:
        sign_in(page, email, PASSWORD)
        page.get_by_role("link", name="Add a course").click()
        fits_the_phone(page)
        fill_in(page, ("Course title", "Sewing machine operator"),
                ("Trade", "sewing_dress_making"), ("Length (weeks)", "12"),
                ("Reading and schooling needed", "class5"), ("Bengali", True),
                ("District", "Atlantis"))
        page.get_by_role("button", name="Save course").click()
        expect(page.locator("#district-error")).to_be_visible()  # beside the field
        fits_the_phone(page)
        page.get_by_label("District", exact=True).fill("Kolkata")
        page.get_by_label("State", exact=True).fill("")
        page.get_by_role("button", name="Save course").click()
        expect(page.locator(".flash.success")).to_contain_text("Course saved.")
        course_id = db_session.scalar(select(Course.id))
        db_session.add(Batch(course_id=course_id, start_date=START,
                             application_deadline=DEADLINE, seats_total=20))
        db_session.commit()
        page.reload()
        fits_the_phone(page)
        screenshot(page, "liaison-home-360")
        page.get_by_role("button", name="Close batch").click()
        expect(page.locator(".flash.success")).to_contain_text("Batch closed")
        page.get_by_role("link", name="Upload batches (CSV)").click()
        expect(page.locator("pre.example")).to_contain_text(f"\n{course_id},")
        fits_the_phone(page)
