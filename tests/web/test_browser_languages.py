"""Each role's main pages on the demo seed, in Hindi and in Bengali, in a real browser: no English
sentence is left. The visible text, less what people typed (titles, case references, names,
places), numbers and a short allow-list of acronyms and scheme names, holds no Latin-script word
of three letters or more. Screenshots of every page go to tests/screenshots/."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from catalog.jobs.digest import send_match_digest
from catalog.models import Course, Notification, Opening, Organisation, Profile, Scheme, User
from catalog.services import passwords
from seeds.loader import load_demo, load_reference

from .browser import screenshot, sign_in
from .conftest import PASSWORD

pytestmark = pytest.mark.browser

# Acronyms and names kept in Latin script in Hindi and Bengali text too.
ALLOWED = {"ITI", "BPO", "PMKVY", "PMJDY", "NFSA", "DAY", "NRLM", "NULM", "CSV", "YYYY", "RuPay",
           "English", "SHG", "NSQF", "UPI", "PAN"}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")
USERS = {"counselor": "counselor.kolkata@example.org",
         "iti_liaison": "liaison.pragati-iti@example.org",
         "csr_partner": "hr.goldenhorizon@example.org",
         "admin": "admin@example.org"}


@pytest.fixture
def demo(db_session):
    """The demo seed (`livelihood seed`), the four users given a password, a digest run so that
    the counselor has notifications; returns what people typed, to leave out of the check."""
    load_reference(db_session)
    load_demo(db_session)
    for email in USERS.values():
        passwords.set_password(db_session, db_session.scalar(select(User).where(
            User.email == email)), PASSWORD, now=datetime.now(timezone.utc))
    db_session.commit()
    send_match_digest(db_session, datetime.now(timezone.utc))
    db_session.commit()
    typed: set[str] = set()
    for model, columns in ((Course, ("title", "district", "state")),
                           (Opening, ("title", "description", "district", "state")),
                           (Organisation, ("name",)), (User, ("email",)),
                           (Profile, ("case_ref", "district", "state", "interests", "experience",
                                      "avoid_districts")),
                           (Scheme, ("state",))):
        for row in db_session.scalars(select(model)):
            for column in columns:
                value = getattr(row, column, None)
                values = value if isinstance(value, (list, tuple)) else [value]
                typed.update(str(v) for v in values if v)
    for note in db_session.scalars(select(Notification)):
        typed.update(str(o.get("title")) for o in note.data.get("offers", []))
    profile = db_session.scalar(select(Profile).where(Profile.case_ref == "MAR-2026-014"))
    flagged = db_session.scalar(select(Opening).join(Organisation).where(
        Organisation.name == "Golden Horizon Overseas Placements"))
    ids = {"profile": profile.id, "opening": flagged.id if flagged else None}
    db_session.rollback()
    return typed, ids


def pages_of(role: str, ids: dict) -> list[tuple[str, str]]:
    if role == "counselor":
        return [("home", "/counselor"), ("matches", f"/profiles/{ids['profile']}/matches"),
                ("schemes", f"/profiles/{ids['profile']}/schemes"),
                ("profile-form", f"/profiles/{ids['profile']}/edit"),
                ("allocation-form", "/counselor/allocations/new"),
                ("notifications", "/notifications")]
    if role == "iti_liaison":
        return [("home", "/liaison"), ("upload", "/liaison/batches/upload")]
    if role == "csr_partner":
        pages = [("home", "/partner"), ("opening-form", "/openings/new")]
        if ids["opening"]:
            pages.append(("opening", f"/openings/{ids['opening']}"))
        return pages
    return [("home", "/admin"), ("audit", "/admin/audit"), ("charts", "/admin/charts")]


def english_left(text: str, typed: set[str]) -> list[str]:
    for value in sorted(typed, key=len, reverse=True):
        text = text.replace(value, " ")
    text = re.sub(r"\S+@\S+", " ", text)  # e-mail addresses people typed
    left = []
    for word in LATIN_WORD.findall(text):
        parts = [part for part in re.split(r"[-'’]", word) if len(part) >= 3]
        if word not in ALLOWED and any(part not in ALLOWED for part in parts):
            left.append(word)
    return left


@pytest.mark.parametrize("language", ["hi", "bn"])
@pytest.mark.parametrize("role", sorted(USERS))
def test_every_main_page_reads_in_the_chosen_language(new_page, demo, role, language):
    typed, ids = demo
    page = new_page(phone=True)
    sign_in(page, USERS[role], PASSWORD)
    page.locator("#lang").select_option(language)
    page.locator("#lang").locator("xpath=ancestor::form").locator("button").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == language
    leftovers = {}
    for name, path in pages_of(role, ids):
        response = page.goto(path)
        assert response.status == 200, (path, response.status)
        # Left out: what is marked translate="no" (the audit log's technical detail, the CSV
        # header a liaison must type as it is).
        text = page.evaluate("""() => {
            const copy = document.body.cloneNode(true);
            copy.querySelectorAll('[translate="no"], script, style').forEach(e => e.remove());
            return copy.innerText;
        }""")
        words = english_left(text, typed)
        if words:
            leftovers[path] = sorted(set(words))
        screenshot(page, f"{language}-{role}-{name}")
    assert not leftovers, "English left on the pages:\n" + "\n".join(
        f"{path}: {' '.join(words)}" for path, words in leftovers.items())
