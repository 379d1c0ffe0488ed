"""Every page of every role, on a 360 px phone, over the demo seed plus a 120-character word with
no break in it: no horizontal scrolling, no control under 24 x 24 px, no request leaving the
server, under 100 KB, and no serious or critical axe-core violation.

The pages are found the way a user finds them: from the role's home page, following the links
(same server, HTML answers only), each kind of page (its path with numbers taken out) visited
at most twice."""
from __future__ import annotations

import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from sqlalchemy import select

from catalog.models import Course, Opening, Profile, User, utcnow
from catalog.services import passwords
from seeds.loader import load_demo, load_reference

from .browser import CHROMIUM_ARGS  # noqa: F401  (the browser fixtures come from conftest)
from .conftest import PASSWORD
from .page_checks import AXE, PHONE, axe_source, foreign, problems_of

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not AXE.exists(), reason="axe-core is missing: run `make axe`")]

LONG_WORD = "Dakshineswar" * 10  # 120 characters and no break
ROLES = {"counselor": "counselor.kolkata@example.org",
         "counselor_bn": "counselor2.kolkata@example.org",  # her pages in Bengali
         "iti_liaison": "liaison.pragati-iti@example.org",
         "csr_partner": "csr.shushrusha@example.org",
         "admin": "admin@example.org"}
SKIP = re.compile(r"^/(api/|sign-out|static/)|\.csv$|/export|/download")
PER_KIND = 2
MAX_PAGES = 60


@pytest.fixture
def demo(db_session):
    """The demo seed, a long unbroken word in a course, an opening and a profile, and a password
    for one demo user of each role."""
    load_reference(db_session)
    load_demo(db_session, now=utcnow())
    provider_course = db_session.scalars(select(Course).order_by(Course.id)).first()
    provider_course.title = LONG_WORD
    opening = db_session.scalars(select(Opening).order_by(Opening.id)).first()
    opening.title = LONG_WORD
    profile = db_session.scalars(select(Profile).order_by(Profile.id)).first()
    profile.interests = [LONG_WORD]
    for role, email in ROLES.items():
        user = db_session.scalar(select(User).filter_by(email=email))
        passwords.set_password(db_session, user, PASSWORD, now=utcnow())
        if role.endswith("_bn"):
            user.language = "bn"
    db_session.commit()


def kind_of(path: str) -> str:
    return re.sub(r"\d+", "{n}", path)


def links(page, origin: str) -> list[str]:
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    found = []
    for href in hrefs:
        url = urljoin(page.url, href)
        parts = urlsplit(url)
        if parts.netloc != urlsplit(origin).netloc or href.startswith("#"):
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if not SKIP.search(parts.path):
            found.append(path)
    return found


def crawl(page, origin: str, start: str) -> dict[str, list[str]]:
    """Visits the pages reachable from `start`; returns each page's problems (if any)."""
    axe = axe_source()
    seen_kinds: dict[str, int] = {}
    queue, visited, failures = deque([start]), set(), {}
    while queue and len(visited) < MAX_PAGES:
        path = queue.popleft()
        kind = kind_of(urlsplit(path).path)
        if path in visited or seen_kinds.get(kind, 0) >= PER_KIND:
            continue
        visited.add(path)
        seen_kinds[kind] = seen_kinds.get(kind, 0) + 1
        response = page.goto(path)
        if response is None or "text/html" not in response.headers.get("content-type", ""):
            continue
        problems = problems_of(page, axe)
        if problems:
            failures[path] = problems
        queue.extend(links(page, origin))
    assert len(visited) > 1, f"nothing reachable from {start}"
    return failures


def signed_in_phone(browser, live_server, email: str, requests: list[str]):
    context, page = phone_page(browser, live_server, requests)
    page.goto("/sign-in")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("main button[type=submit]").first.click()
    return context, page


def phone_page(browser, live_server, requests: list[str]):
    context = browser.new_context(base_url=live_server, viewport=PHONE, bypass_csp=True)
    context.set_default_timeout(15_000)
    context.on("request", lambda request: requests.append(request.url))
    return context, context.new_page()


@pytest.mark.parametrize("role", sorted(ROLES))
def test_every_page_of_a_role_fits_a_phone_and_passes_axe(role, demo, browser, live_server):
    requests: list[str] = []
    context, page = signed_in_phone(browser, live_server, ROLES[role], requests)
    try:
        home = urlsplit(page.url).path
        assert home != "/sign-in", "the demo user could not sign in"
        failures = crawl(page, live_server, home)
    finally:
        context.close()
    assert not foreign(requests, live_server), foreign(requests, live_server)
    assert not failures, "\n".join(f"{path}: {'; '.join(p)}" for path, p in failures.items())


@pytest.mark.parametrize("path", ["/sign-in", "/no-such-page"])
def test_the_pages_before_sign_in_fit_a_phone_and_pass_axe(path, browser, live_server):
    requests: list[str] = []
    context, page = phone_page(browser, live_server, requests)
    try:
        page.goto(path)
        problems = problems_of(page, axe_source())
    finally:
        context.close()
    assert not foreign(requests, live_server)
    assert not problems, problems


def test_the_api_docs_load_nothing_from_another_server(browser, live_server):
    requests: list[str] = []
    context, page = phone_page(browser, live_server, requests)
    try:
        page.goto("/api/docs")
        page.wait_for_load_state("networkidle")
        shown = page.locator(".swagger-ui").count()
    finally:
        context.close()
    assert not foreign(requests, live_server), foreign(requests, live_server)
    assert shown, "Swagger UI did not draw"


def test_the_message_an_action_produced_takes_the_focus(demo, browser, live_server):
    requests: list[str] = []
    context, page = signed_in_phone(browser, live_server, ROLES["iti_liaison"], requests)
    try:
        seats = page.locator("input[name=seats_total]").first
        seats.fill("25")
        with page.expect_navigation():
            seats.locator("xpath=ancestor::form").locator("button[type=submit]").click()
        page.wait_for_load_state("load")
        page.wait_for_timeout(100)
        focused = page.evaluate("() => document.activeElement.closest('#flashes') !== null")
        top = page.locator("#flashes").bounding_box()["y"]  # from the top of the screen
    finally:
        context.close()
    assert focused, "the message did not take the focus"
    assert 0 <= top < PHONE["height"] / 2, "the message is out of sight"
