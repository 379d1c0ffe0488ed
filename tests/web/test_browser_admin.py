"""The first sign-in of a new person, in a real browser on a 360 px phone: an admin creates an
NGO and a counselor and copies her set-password link; she opens it, chooses her password and
lands on her home page."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .browser import choose_a_password, create_an_organisation, screenshot, sign_in
from .conftest import PASSWORD
from .page_checks import PHONE

pytestmark = pytest.mark.browser

# Every control a finger taps, and how small it may be (CSS px).
SMALL_CONTROLS = """() => [...document.querySelectorAll(
    'main button, main input:not([type=hidden]):not([hidden]), main select, main textarea')]
  .map(e => e.getBoundingClientRect())
  .filter(r => r.width < 24 || r.height < 24).length"""


def fits_the_phone(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert page.evaluate(SMALL_CONTROLS) == 0


def test_an_admin_brings_in_a_counselor_who_sets_her_password(new_page, person):
    admin_email = person("admin")
    admin = new_page(viewport=PHONE)
    sign_in(admin, admin_email, PASSWORD)

    create_an_organisation(admin, "Mukti Aalo Shelter", "ngo", check=fits_the_phone)

    admin.get_by_label("Email").fill("rupa.counselor@example.org")
    expect(admin.get_by_label("Organisation")).to_have_value(
        admin.get_by_label("Organisation").evaluate("s => s.value"))
    assert "Mukti Aalo Shelter" in admin.get_by_label("Organisation").evaluate(
        "s => s.options[s.selectedIndex].text")
    admin.get_by_label("Role").select_option("counselor")
    fits_the_phone(admin)
    screenshot(admin, "admin-new-person")
    admin.get_by_role("button", name="Create and make a set-password link").click()
    link_field = admin.get_by_label("Set-password link")
    expect(link_field).to_be_visible()
    fits_the_phone(admin)
    screenshot(admin, "admin-set-password-link")
    link = link_field.input_value()
    assert "/set-password/" in link

    counselor = new_page(viewport=PHONE)
    counselor.goto(link)
    expect(counselor.get_by_role("heading", name="Choose your password")).to_be_visible()
    fits_the_phone(counselor)
    choose_a_password(counselor, "rupa's own long passphrase")
    screenshot(counselor, "set-password")
    counselor.get_by_role("button", name="Set my password and sign in").click()
    expect(counselor.get_by_role("heading", name="My profiles")).to_be_visible()
    assert counselor.url.endswith("/counselor")

    # the link was for once: opened again, it says so and nothing more
    again = new_page(viewport=PHONE)
    again.goto(link)
    expect(again.get_by_role("heading", name="This link does not work")).to_be_visible()
    fits_the_phone(again)
