"""The notifications page and the unread count in every page's header (issue 16): the reader's
own notifications in her language, each naming the case by its reference and linking only to
what she may see; the list is the same read as the API's (catalog/queries/notifications.py)."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from api.web.links import notification_link
from catalog.models import Notification, Profile, Referral, User
from catalog.roles import Role
from tests.outcome_rows import OutcomeRows

from .conftest import csrf_token

COUNT = re.compile(r'<span class="count"[^>]*>(\d+)</span>')


def user(db_session, email) -> User:
    found = db_session.scalar(select(User).where(User.email == email))
    db_session.commit()
    return found


def tell(db_session, user_id, kind="hired", **data) -> int:
    note = Notification(user_id=user_id, kind=kind, data=data)
    db_session.add(note)
    db_session.commit()
    return note.id


def header_count(client, path) -> int | None:
    found = COUNT.search(client.get(path).get_data(as_text=True))
    return int(found.group(1)) if found else None


@pytest.mark.parametrize("role, home", [("counselor", "/counselor"), ("iti_liaison", "/liaison"),
                                        ("csr_partner", "/partner"), ("admin", "/admin")])
def test_every_signed_in_user_sees_her_unread_count_in_the_header(signed_in, person, db_session,
                                                                  role, home):
    client = signed_in(role)
    me, other = user(db_session, client.email), user(db_session, person(role))
    assert header_count(client, home) is None
    for _ in range(3):
        tell(db_session, me.id, title="Tailoring")
    tell(db_session, other.id, title="someone else's")  # not counted
    assert header_count(client, home) == 3
    assert header_count(client, "/notifications") == 3


@pytest.fixture
def case(db_session, signed_in):
    """A counselor of Asha Shelter Trust with an enrolled survivor, ASH-2026-050."""
    client = signed_in("counselor", org_name="Asha Shelter Trust")
    me = user(db_session, client.email)
    rows = OutcomeRows(db_session)
    _, batch = rows.course(rows.org("Kolkata Women's ITI", "provider"))
    profile = rows.survivor(me.organisation_id)
    referral = rows.referral(profile, "enrolled", batch_id=batch)
    db_session.get(Referral, referral).created_by_id = me.id
    db_session.get(Profile, profile).case_ref = "ASH-2026-050"
    db_session.commit()
    return SimpleNamespace(client=client, me=me, profile=profile, referral=referral, batch=batch)


@pytest.mark.parametrize("language, script, word", [
    ("hi", "[\u0900-\u097f]", "दाखिला"), ("bn", "[\u0980-\u09ff]", "ভর্তি")])
def test_the_page_words_each_notification_in_her_language_with_the_case_and_link(
        db_session, case, language, script, word):
    tell(db_session, case.me.id, "enrolled", referral_id=case.referral, profile_id=case.profile,
         batch_id=case.batch, title="Sewing Technology")
    page = case.client.get("/notifications", headers={"Accept-Language": language})
    html = page.get_data(as_text=True)
    [card] = re.findall(r'<li class="card unread">(.*?)</li>', html, re.S)
    sentence = re.search(r"<p>(.*?)</p>", card, re.S).group(1)
    assert "ASH-2026-050" in sentence and word in sentence and re.search(script, sentence)
    rest = sentence.replace("ASH-2026-050", "").replace("Sewing Technology", "")
    assert not re.search(r"[A-Za-z]{3,}", rest), sentence  # no English, no raw code
    assert f'href="/referrals/{case.referral}"' in card
    assert f"profile {case.profile}" not in html


def test_a_notification_links_only_to_what_the_reader_may_see(db_session, case, signed_in):
    stranger = signed_in("counselor", org_name="Other Shelter")
    theirs = user(db_session, stranger.email)
    tell(db_session, theirs.id, "enrolled", referral_id=case.referral, profile_id=case.profile,
         title="Sewing Technology")
    html = stranger.get("/notifications").get_data(as_text=True)
    assert "ASH-2026-050" not in html and f"/referrals/{case.referral}" not in html
    assert f"/profiles/{case.profile}" not in html


def test_marking_read_lowers_the_count_and_another_readers_is_not_found(db_session, case,
                                                                        signed_in):
    first = tell(db_session, case.me.id, title="Tailoring")
    tell(db_session, case.me.id, title="Tailoring")
    client = case.client
    token = csrf_token(client, "/notifications")
    assert client.post(f"/notifications/{first}/read",
                       data={"csrf_token": token}).status_code == 302
    assert header_count(client, "/notifications") == 1
    other = signed_in("counselor", org_name="Asha Shelter Trust")
    assert other.post(f"/notifications/{first + 1}/read",
                      data={"csrf_token": csrf_token(other, "/notifications")}
                      ).status_code == 404
    assert client.post("/notifications/read", data={"csrf_token": token}).status_code == 302
    assert header_count(client, "/counselor") is None
    db_session.expire_all()
    assert all(n.read_at for n in db_session.scalars(
        select(Notification).where(Notification.user_id == case.me.id)))
    db_session.commit()


def item(referral_id=None, profile_id=None):
    return SimpleNamespace(referral_id=referral_id, profile_id=profile_id)


def test_the_link_is_the_referral_else_the_profile_page(app):
    with app.test_request_context():
        assert notification_link(item(5, 8), Role.COUNSELOR) == "/referrals/5"
        assert notification_link(item(None, 8), Role.COUNSELOR) == "/profiles/8"
        assert notification_link(item(), Role.COUNSELOR) is None
        assert notification_link(item(5), Role.ITI_LIAISON) == "/liaison#referrals"
        assert notification_link(item(5), Role.CSR_PARTNER) == "/partner#candidates"
        assert notification_link(item(None, 8), Role.CSR_PARTNER) is None
        assert notification_link(item(5, 8), Role.ADMIN) is None


def test_the_pages_raise_them_too_a_liaison_enrolling_and_a_partner_not_selecting(
        db_session, signed_in):
    """The liaison's and the partner's pages go through the same service: the counselor hears,
    with the reason the partner chose."""
    counselor = signed_in("counselor", org_name="Asha Shelter Trust")
    liaison = signed_in("iti_liaison", org_name="Kolkata Women's ITI")
    partner = signed_in("csr_partner", org_name="Stitch Works")
    me = user(db_session, counselor.email)
    provider, employer = (user(db_session, c.email).organisation_id for c in (liaison, partner))
    rows = OutcomeRows(db_session)
    _, batch = rows.course(provider)
    profile = rows.survivor(me.organisation_id)
    seat = rows.referral(profile, "held", batch_id=batch)
    application = rows.referral(profile, "applied", opening_id=rows.opening(employer))
    for referral in (seat, application):
        db_session.get(Referral, referral).created_by_id = me.id
    db_session.get(Profile, profile).case_ref = "ASH-2026-051"
    db_session.commit()

    assert liaison.post(f"/liaison/referrals/{seat}/enrol", data={
        "csrf_token": csrf_token(liaison, "/liaison")}).status_code == 302
    assert partner.post(f"/partner/referrals/{application}/outcome", data={
        "csrf_token": csrf_token(partner, "/partner"), "status": "not_selected",
        "reason": "declined"}).status_code == 302
    notes = db_session.scalars(select(Notification).where(Notification.user_id == me.id)
                               .order_by(Notification.id)).all()
    assert [(n.kind, n.data.get("reason")) for n in notes] == [("enrolled", None),
                                                               ("not_selected", "declined")]
    db_session.commit()
    html = counselor.get("/notifications").get_data(as_text=True)
    assert "Case ASH-2026-051 was not selected for Machine operator. The employer&#39;s reason: " \
           "She turned the job down." in html
