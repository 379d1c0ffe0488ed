"""Issue 15, findings 2 and 6: a counselor's note stays in her organisation, and every read of
referrals is audited, lists included."""
from __future__ import annotations

import pytest
from sqlalchemy import select, update

from catalog.models import AuditEvent, Referral
from tests.api.matrix_fixtures import build_world

V1 = "/api/v1"
SECRET = "moved to shelter in Andheri East; case SST-2026-007"
FOR_PARTNER = "She prefers the morning shift."


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def world(db_session):
    return build_world(db_session, ("A", "B"))


def test_a_counselors_note_is_never_returned_to_a_partner_or_a_liaison(client, world,
                                                                       db_session):
    counselor = world.headers("A", "counselor")
    held = world.ids["A", "referral_held"]
    written = client.patch(f"{V1}/referrals/{held}", json={
        "status": "enrolled", "note": SECRET, "note_for_partner": FOR_PARTNER},
        headers=counselor)
    assert written.status_code == 200
    assert (written.get_json()["note"], written.get_json()["note_for_partner"]) == (
        SECRET, FOR_PARTNER)
    applied = world.ids["A", "referral_applied"]
    db_session.execute(update(Referral).where(Referral.id == applied).values(
        note=SECRET, note_for_partner=FOR_PARTNER))
    db_session.commit()
    for role, referral_id in (("iti_liaison", held), ("csr_partner", applied)):
        headers = world.headers("A", role)
        one = client.get(f"{V1}/referrals/{referral_id}", headers=headers)
        assert one.status_code == 200
        assert "note" not in one.get_json()
        assert one.get_json()["note_for_partner"] == FOR_PARTNER
        listed = client.get(f"{V1}/referrals", headers=headers)
        assert SECRET not in listed.get_data(as_text=True)
        assert all("note" not in item for item in listed.get_json()["items"])
    mine = client.get(f"{V1}/referrals/{applied}", headers=counselor).get_json()
    assert mine["note"] == SECRET


def test_a_partner_cannot_write_the_counselors_note(client, world, db_session):
    applied = world.ids["A", "referral_applied"]
    db_session.execute(update(Referral).where(Referral.id == applied).values(note=SECRET))
    db_session.commit()
    refused = client.patch(f"{V1}/referrals/{applied}", json={
        "status": "interviewed", "note": "overwritten"}, headers=world.headers("A", "csr_partner"))
    assert refused.status_code == 422
    assert "note" in refused.get_json()["errors"]["json"]
    db_session.expire_all()
    referral = db_session.get(Referral, applied)
    assert (referral.note, referral.status.value) == (SECRET, "applied")
    db_session.rollback()
    written = client.patch(f"{V1}/referrals/{applied}", json={
        "status": "interviewed", "note_for_partner": "Interview on Monday."},
        headers=world.headers("A", "csr_partner"))
    assert written.status_code == 200 and "note" not in written.get_json()
    mine = client.get(f"{V1}/referrals/{applied}", headers=world.headers("A", "counselor"))
    assert mine.get_json()["note_for_partner"] == "Interview on Monday."
    assert mine.get_json()["note"] == SECRET


def audited(db_session, action):
    rows = db_session.execute(select(AuditEvent.object_id, AuditEvent.profile_id)
                              .where(AuditEvent.action == action,
                                     AuditEvent.object_type == "referral")).all()
    db_session.rollback()
    return rows


def test_listing_referrals_is_audited_for_each_survivor(client, world, db_session):
    response = client.get(f"{V1}/referrals", headers=world.headers("A", "counselor"))
    items = response.get_json()["items"]
    assert items and all("case_ref" in item for item in items)
    assert sorted(audited(db_session, "list")) == sorted(
        (item["id"], item["profile_id"]) for item in items)


@pytest.mark.parametrize("role", ["csr_partner", "iti_liaison"])
def test_a_partners_reads_are_audited_too(client, world, db_session, role):
    headers = world.headers("A", role)
    items = client.get(f"{V1}/referrals", headers=headers).get_json()["items"]
    assert items
    one = items[0]["id"]
    assert client.get(f"{V1}/referrals/{one}", headers=headers).status_code == 200
    reads = audited(db_session, "read_summary")
    assert {object_id for object_id, _ in reads} == {item["id"] for item in items}
    assert len(reads) == len(items) + 1 and all(profile_id for _, profile_id in reads)


def test_reading_notifications_that_name_a_profile_is_audited(client, world, db_session):
    from catalog.models import Notification

    profile_id = world.ids["A", "profile"]
    db_session.add(Notification(user_id=world.users["A", "counselor"], kind="new_matches",
                                data={"profile_id": profile_id, "count": 1}))
    db_session.commit()
    response = client.get(f"{V1}/notifications", headers=world.headers("A", "counselor"))
    assert response.status_code == 200
    events = db_session.execute(select(AuditEvent.profile_id)
                                .where(AuditEvent.object_type == "notification")).all()
    db_session.rollback()
    assert events == [(profile_id,)]
