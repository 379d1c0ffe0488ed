"""A real server in a thread over the test database, and Debian's Chromium driven by Playwright
(no browser download: `executable_path` points at /usr/bin/chromium)."""
from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path

import pytest
from werkzeug.serving import make_server

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"
# The flags this machine needs: no sandbox as root, and no calls home on a closed network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(),
                                    reason=f"{CHROMIUM} is missing (apt-get install chromium)")


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def live_server(app):
    """The app served on 127.0.0.1 at a free port, for the length of one test."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)
    server.server_close()


@pytest.fixture
def new_page(browser, live_server):
    """new_page(phone=True) -> a page in a fresh browser context (its own cookies), of the
    given viewport if one is (new_page(viewport=PHONE)). Anything
    the Content-Security-Policy blocked on any page fails the test."""
    contexts = []
    blocked: list[str] = []

    def make(phone: bool = True, viewport: dict | None = None):
        if viewport is None:
            viewport = {"width": 390, "height": 844} if phone else {"width": 1280, "height": 900}
        context = browser.new_context(base_url=live_server, viewport=viewport)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda message: blocked.append(message.text)
                if "Content Security Policy" in message.text else None)
        return page

    yield make
    for context in contexts:
        context.close()
    assert not blocked, f"blocked by the Content-Security-Policy: {blocked}"


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def sign_in(page, email: str, password: str) -> None:
    page.goto("/sign-in")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def create_an_organisation(admin, name: str, kind: str, check=lambda page: None) -> None:
    """The admin creates an organisation from her Organisations page (`check` runs on that page
    before the form is filled)."""
    from playwright.sync_api import expect  # not at the top: conftest imports this module

    admin.get_by_role("link", name="Organisations").first.click()
    check(admin)
    admin.get_by_label("Name").fill(name)
    admin.get_by_label("Kind of organisation").select_option(kind)
    admin.get_by_role("button", name="Create the organisation").click()
    expect(admin.get_by_text(f"{name} is created.")).to_be_visible()


def choose_a_password(page, password: str) -> None:
    """On a set-password page: the new password, twice (not yet sent)."""
    page.get_by_label("New password").fill(password)
    page.get_by_label("The same password again").fill(password)


def fill_in(page, *fields: tuple[str, str | bool]) -> None:
    """Each (label, value) in turn, the label matched exactly: True ticks a box, a list gets
    that option chosen, any other field is typed into."""
    for label, value in fields:
        field = page.get_by_label(label, exact=True)
        if value is True:
            field.check()
        elif field.evaluate("element => element.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)


def fill_an_opening(partner, title: str, closes_on: date) -> None:
    """A CSR partner opens "Post an opening" and fills in a sewing opening in Kolkata (not yet
    saved)."""
    partner.get_by_role("link", name="Post an opening").first.click()
    fill_in(partner, ("Job title", title), ("Trade", "sewing_dress_making"),
            ("Reading and schooling needed", "basic"), ("Bengali", True), ("District", "Kolkata"),
            ("Monthly wage (₹)", "11000"), ("Positions", "4"), ("Closes on", str(closes_on)))
