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

from .browser import screenshot, sign_in
from .conftest import PASSWORD
from .test_liaison_pages import DEADLINE, START
from .test_partner_pages import FEE_TEXT

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 780}

SMALL_CONTROLS = """() => [...document.querySelectorAll(
    'button, input:not([type=hidden]), select, textarea, a.button')]
  .filter(e => e.offsetParent !== null)
  .map(e => [e.outerHTML.slice(0, 80),
             (e.type === 'checkbox' || e.type === 'radio') && e.closest('label')
               ? e.closest('label').getBoundingClientRect() : e.getBoundingClientRect()])
  .filter(([_, r]) => r.width < 24 || r.height < 24).map(([html]) => html)"""


def fits_a_phone(page) -> None:
    """No sideways scrolling at 360 px, and every control at least 24x24 CSS px (a checkbox's
    target is its label, which a tap on the words ticks too)."""
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 360, f"{page.url} is {width} px wide"
    assert page.evaluate(SMALL_CONTROLS) == [], page.url


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
        fits_a_phone(page)
        page.get_by_label("Job title", exact=True).fill("Packing helper")
        page.get_by_label("Trade", exact=True).select_option("sewing_dress_making")
        page.get_by_label("What the work is", exact=True).fill(FEE_TEXT)
        page.get_by_label("Reading and schooling needed", exact=True).select_option("none")
        page.get_by_label("Bengali", exact=True).check()
        page.get_by_label("District", exact=True).fill("Kolkata")
        page.get_by_label("Monthly wage (₹)", exact=True).fill("11000")
        page.get_by_label("Positions", exact=True).fill("2")
        page.get_by_label("Closes on", exact=True).fill(str(date.today() + timedelta(days=30)))
        page.get_by_role("button", name="Save opening").click()
        expect(page.locator("#opening-status")).to_have_text("Waiting for review")
        fee = page.locator(".flag").filter(has_text="Charges the worker a fee")
        expect(fee.locator(".what-to-change")).to_contain_text("Remove any fee, deposit")
        expect(fee.locator(".evidence")).to_contain_text("fee")
        fits_a_phone(page)
        page.get_by_role("link", name="Edit").click()
        flag = page.locator(".flag").filter(has_text="Charges the worker a fee")
        expect(flag).to_have_count(1)
        expect(flag.locator(".next-step")).to_contain_text("An admin cannot publish")
        fits_a_phone(page)
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
        fits_a_phone(page)
        page.get_by_label("Course title", exact=True).fill("Sewing machine operator")
        page.get_by_label("Trade", exact=True).select_option("sewing_dress_making")
        page.get_by_label("Length (weeks)", exact=True).fill("12")
        page.get_by_label("Reading and schooling needed", exact=True).select_option("class5")
        page.get_by_label("Bengali", exact=True).check()
        page.get_by_label("District", exact=True).fill("Atlantis")
        page.get_by_role("button", name="Save course").click()
        expect(page.locator("#district-error")).to_be_visible()  # beside the field
        fits_a_phone(page)
        page.get_by_label("District", exact=True).fill("Kolkata")
        page.get_by_label("State", exact=True).fill("")
        page.get_by_role("button", name="Save course").click()
        expect(page.locator(".flash.success")).to_contain_text("Course saved.")
        course_id = db_session.scalar(select(Course.id))
        db_session.add(Batch(course_id=course_id, start_date=START,
                             application_deadline=DEADLINE, seats_total=20))
        db_session.commit()
        page.reload()
        fits_a_phone(page)
        screenshot(page, "liaison-home-360")
        page.get_by_role("button", name="Close batch").click()
        expect(page.locator(".flash.success")).to_contain_text("Batch closed")
        page.get_by_role("link", name="Upload batches (CSV)").click()
        expect(page.locator("pre.example")).to_contain_text(f"\n{course_id},")
        fits_a_phone(page)
