"""The admin's pages for organisations, people, set-password links, withdrawing a verification
and the audit log: errors beside their fields, nothing half-written, each action audited once."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from catalog.models import AuditEvent, Organisation, PasswordLink, User
from catalog.services import accounts

from .conftest import csrf_token

LINK = re.compile(r'id="link" type="text" readonly value="(http://[^"]+/set-password/[^"]+)"')


def count(db_session, model, *where) -> int:
    value = db_session.scalar(select(func.count()).select_from(model).where(*where))
    db_session.rollback()
    return value


def error_beside(html: str, field: str) -> str:
    match = re.search(rf'<p class="field-error" id="{field}-error">(.*?)</p>', html, re.S)
    assert match, f"no error beside {field}"
    return match.group(1).strip()


@pytest.fixture
def admin(signed_in):
    return signed_in("admin")


def post(client, path: str, data: dict, form_page: str | None = None):
    return client.post(path, data={**data, "csrf_token": csrf_token(client, form_page or path)})


def test_an_admin_creates_an_organisation_audited_once(admin, db_session):
    response = post(admin, "/admin/organisations", {"name": "Asha Shelter Trust", "kind": "ngo"})
    assert response.status_code == 302
    organisation = db_session.scalar(select(Organisation).where(
        Organisation.name == "Asha Shelter Trust"))
    db_session.rollback()
    assert response.headers["Location"].endswith(f"/admin/users?organisation_id={organisation.id}")
    assert organisation.kind.value == "ngo" and not organisation.verified
    assert count(db_session, AuditEvent, AuditEvent.action == "create",
                 AuditEvent.object_type == "organisation") == 1
    page = admin.get("/admin/organisations").get_data(as_text=True)
    assert "Asha Shelter Trust" in page


@pytest.mark.parametrize("data, field", [
    ({"name": "", "kind": "ngo"}, "name"),
    ({"name": "Asha", "kind": ""}, "kind"),
    ({"name": "Asha", "kind": "gang"}, "kind"),
    ({"name": "A" * 201, "kind": "ngo"}, "name"),
])
def test_a_bad_organisation_is_refused_beside_its_field(admin, db_session, data, field):
    before = count(db_session, Organisation)
    response = post(admin, "/admin/organisations", data)
    assert response.status_code == 422
    assert error_beside(response.get_data(as_text=True), field)
    assert count(db_session, Organisation) == before
    assert count(db_session, AuditEvent, AuditEvent.action == "create") == 0


def test_a_duplicate_organisation_name_is_named_beside_the_name(admin, db_session):
    post(admin, "/admin/organisations", {"name": "Asha", "kind": "ngo"})
    response = post(admin, "/admin/organisations", {"name": "Asha", "kind": "provider"})
    assert response.status_code == 422
    assert "exists already" in error_beside(response.get_data(as_text=True), "name")
    assert count(db_session, Organisation, Organisation.name == "Asha") == 1


def ngo_id(db_session, name: str = "Asha Shelter Trust") -> int:
    organisation = accounts.create_organisation(db_session, name, "ngo")
    db_session.commit()
    return organisation.id


def test_an_admin_creates_a_person_and_sees_her_link_once(admin, db_session):
    organisation_id = ngo_id(db_session)
    response = post(admin, "/admin/users", {"email": "Didi@Example.org", "role": "counselor",
                                            "organisation_id": str(organisation_id),
                                            "language": "bn"}, "/admin/users")
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.headers["Cache-Control"] == "no-store"
    html = response.get_data(as_text=True)
    url = LINK.search(html).group(1)
    user = db_session.scalar(select(User).where(User.email == "didi@example.org"))
    link = db_session.scalars(select(PasswordLink)).one()
    db_session.rollback()
    assert (user.role.value, user.organisation_id, user.language) == (
        "counselor", organisation_id, "bn")
    assert user.password_hash is None and link.user_id == user.id
    assert url.rsplit("/", 1)[1] not in link.token_hash
    actions = [(e.action, e.object_type) for e in db_session.scalars(
        select(AuditEvent).where(AuditEvent.object_id == user.id,
                                 AuditEvent.object_type == "user").order_by(AuditEvent.id))]
    db_session.rollback()
    assert actions == [("create", "user"), ("issue_password_link", "user")]
    listing = admin.get("/admin/users").get_data(as_text=True)
    assert "didi@example.org" in listing and url not in listing  # shown that once only


@pytest.mark.parametrize("change, field", [
    ({"email": "not an email"}, "email"),
    ({"email": ""}, "email"),
    ({"role": "boss"}, "role"),
    ({"role": "csr_partner"}, "role"),  # an NGO's person is a counselor
    ({"organisation_id": "999999"}, "organisation_id"),
    ({"organisation_id": "seven"}, "organisation_id"),
    ({"organisation_id": "²"}, "organisation_id"),  # a digit to str.isdigit, not to int
    ({"language": "fr"}, "language"),
])
def test_a_bad_person_is_refused_beside_its_field_and_nothing_is_written(
        admin, db_session, change, field):
    data = {"email": "didi@example.org", "role": "counselor",
            "organisation_id": str(ngo_id(db_session)), "language": "", **change}
    users_before = count(db_session, User)
    response = post(admin, "/admin/users", data, "/admin/users")
    assert response.status_code == 422
    assert error_beside(response.get_data(as_text=True), field)
    assert count(db_session, User) == users_before
    assert count(db_session, PasswordLink) == 0
    assert count(db_session, AuditEvent, AuditEvent.object_type == "user",
                 AuditEvent.action == "create") == 0


def test_a_duplicate_email_is_named_beside_the_email(admin, db_session):
    data = {"email": "didi@example.org", "role": "counselor",
            "organisation_id": str(ngo_id(db_session))}
    assert post(admin, "/admin/users", data, "/admin/users").status_code == 200
    response = post(admin, "/admin/users", data, "/admin/users")
    assert response.status_code == 422
    assert "exists already" in error_beside(response.get_data(as_text=True), "email")
    assert count(db_session, PasswordLink) == 1


def test_a_new_link_for_a_forgotten_password_replaces_the_old(admin, db_session, person):
    email = person("counselor")
    user_id = db_session.scalar(select(User.id).where(User.email == email))
    db_session.rollback()
    first = post(admin, f"/admin/users/{user_id}/password-link", {}, "/admin/users")
    second = post(admin, f"/admin/users/{user_id}/password-link", {}, "/admin/users")
    assert first.status_code == second.status_code == 200
    links = list(db_session.scalars(select(PasswordLink).order_by(PasswordLink.id)))
    db_session.rollback()
    assert [link.purpose for link in links] == ["reset", "reset"]
    assert links[0].revoked_at is not None and links[1].revoked_at is None
    assert count(db_session, AuditEvent, AuditEvent.action == "issue_password_link") == 2


@pytest.mark.parametrize("wanted", ["²", "①", "9" * 5000])
def test_the_users_page_ignores_an_organisation_that_is_no_number(admin, wanted):
    assert admin.get("/admin/users", query_string={"organisation_id": wanted}).status_code == 200


def test_only_admins_reach_these_pages(signed_in):
    counselor = signed_in("counselor")
    for path in ("/admin/organisations", "/admin/users"):
        assert counselor.get(path).status_code == 403
    token = csrf_token(counselor, "/counselor")
    assert counselor.post("/admin/users/1/password-link",
                          data={"csrf_token": token}).status_code == 403


def verified_employer(db_session) -> int:
    employer = accounts.create_organisation(db_session, "Bakers", "employer", verified=True,
                                            now=datetime.now(timezone.utc))
    db_session.commit()
    return employer.id


def test_withdrawing_a_verification_needs_a_note_on_its_page(admin, db_session):
    employer_id = verified_employer(db_session)
    home = admin.get("/admin").get_data(as_text=True)
    assert f"/admin/organisations/{employer_id}/unverify" in home
    path = f"/admin/organisations/{employer_id}/unverify"
    page = admin.get(path)
    assert page.status_code == 200 and 'name="note"' in page.get_data(as_text=True)
    refused = post(admin, path, {"note": "  "})
    assert refused.status_code == 422
    assert error_beside(refused.get_data(as_text=True), "note")
    assert db_session.get(Organisation, employer_id).verified is True
    db_session.rollback()
    done = post(admin, path, {"note": "Licence found forged."})
    assert done.status_code == 302
    employer = db_session.get(Organisation, employer_id)
    assert not employer.verified and employer.verification_note == "Licence found forged."
    db_session.rollback()
    assert count(db_session, AuditEvent, AuditEvent.action == "unverify") == 1


def test_the_audit_log_shows_actors_by_email_and_role(admin, db_session):
    post(admin, "/admin/organisations", {"name": "Asha", "kind": "ngo"})
    html = admin.get("/admin/audit").get_data(as_text=True)
    assert f'<span class="email">{admin.email}</span>' in html
    assert "Admin" in html and "nobody signed in" not in html


def test_the_audit_log_filters_by_actor_action_and_india_dates(admin, signed_in, db_session):
    other = signed_in("admin")
    post(admin, "/admin/organisations", {"name": "Asha", "kind": "ngo"})
    post(other, "/admin/organisations", {"name": "Sakhi", "kind": "ngo"})
    # 18:45 UTC on 30 November is 00:15 on 1 December in India
    db_session.add(AuditEvent(at=datetime(2026, 11, 30, 18, 45, tzinfo=timezone.utc),
                              action="review", object_type="opening", object_id=1))
    db_session.commit()
    mine = admin.get("/admin/audit", query_string={"actor": admin.email.upper(),
                                                   "action": "create"})
    assert mine.status_code == 200
    html = mine.get_data(as_text=True)
    assert "1 entry" in html and other.email not in html
    day = admin.get("/admin/audit", query_string={"from": "2026-12-01", "to": "2026-12-01",
                                                  "action": "review"}).get_data(as_text=True)
    assert "1 entry" in day
    before = admin.get("/admin/audit", query_string={"to": "2026-11-30", "action": "review"})
    assert "0 entries" in before.get_data(as_text=True)
    read = db_session.scalars(select(AuditEvent).where(AuditEvent.action == "audit_read")
                              .order_by(AuditEvent.id.desc())).first()
    db_session.rollback()
    assert read.detail == "action=review until=2026-11-30"


@pytest.mark.parametrize("query, field", [
    ({"actor": "nobody@example.org"}, "actor"),
    ({"action": "explode"}, "action"),
    ({"from": "2026-02-30"}, "from"),
    ({"to": "yesterday"}, "to"),
    ({"to": "9999-12-31"}, "to"),
    ({"from": "2026-12-02", "to": "2026-12-01"}, "to"),
    ({"profile_id": "seven"}, "profile_id"),
    ({"profile_id": "²"}, "profile_id"),
    ({"profile_id": "9" * 5000}, "profile_id"),  # past the length int() reads
])
def test_a_bad_audit_filter_is_named_beside_its_field_and_nothing_is_read(
        admin, db_session, query, field):
    response = admin.get("/admin/audit", query_string=query)
    assert response.status_code == 422
    assert error_beside(response.get_data(as_text=True), field)
    assert count(db_session, AuditEvent, AuditEvent.action == "audit_read") == 0


def test_the_audit_log_pages_keep_the_filter(admin, db_session):
    db_session.add_all([AuditEvent(action="review", object_type="opening", object_id=n)
                        for n in range(55)])
    db_session.commit()
    first = admin.get("/admin/audit", query_string={"action": "review"}).get_data(as_text=True)
    assert "55 entries" in first
    assert "page=2" in first and "action=review" in first
    second = admin.get("/admin/audit", query_string={"action": "review", "page": "2"})
    assert second.get_data(as_text=True).count("<tr><td>") == 5


@pytest.mark.parametrize("language, word", [("hi", "संस्था"), ("bn", "সংস্থা")])
def test_the_new_admin_pages_read_in_hindi_and_bengali(admin, db_session, language, word):
    employer_id = verified_employer(db_session)
    admin.post("/language", data={"lang": language, "csrf_token": csrf_token(admin, "/admin")})
    english = ("New organisation", "Kind of organisation", "All organisations", "New person",
               "Language of the pages", "Everyone", "Withdraw verification", "Who (email)",
               "Any action", "From (India date)", "Why is the verification withdrawn",
               "Set-password link", "It works once")
    link = post(admin, "/admin/users", {"email": "didi@example.org", "role": "csr_partner",
                                        "organisation_id": str(employer_id)}, "/admin/users")
    assert link.status_code == 200
    for path in ("/admin/organisations", "/admin/users", "/admin/audit",
                 f"/admin/organisations/{employer_id}/unverify"):
        html = admin.get(path).get_data(as_text=True)
        assert word in html, path
        assert [text for text in english if text in html] == [], path
    assert [text for text in english if text in link.get_data(as_text=True)] == []
