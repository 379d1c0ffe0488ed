"""The expired-holds job returns the seats of a batch in one UPDATE for all its holds that ended
(not one a hold), on SQLite and PostgreSQL: afterwards each batch's seats taken are its live
holds, never below none, and the seats freed can be taken up to the batch's size and no more."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select

from catalog.jobs import expire_holds
from catalog.models import AuditEvent, Batch, Notification, Referral
from catalog.services.seats import take_seat
from tests.statements import statements

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
TODAY = date(2026, 12, 1)
PAST, LATER = NOW - timedelta(minutes=1), NOW + timedelta(days=1)


def test_one_update_a_batch_returns_every_seat_of_its_ended_holds(
        session, make_course, make_batch, make_profile, ngo, counselor):
    course = make_course()
    sizes = {"full": (3, 3), "emptied": (2, 2), "untouched": (2, 1), "undercounted": (4, 1)}
    batches = {name: make_batch(course, seats_total=total, seats_taken=taken)
               for name, (total, taken) in sizes.items()}
    holds = {"full": [PAST, PAST, LATER], "emptied": [PAST, PAST], "untouched": [LATER],
             "undercounted": [PAST, PAST]}  # two holds ended, one seat counted taken
    referrals = {}
    for name, ends in holds.items():
        for number, end in enumerate(ends):
            profile = make_profile(ngo, case_ref=f"{name}-{number}")
            referral = Referral(profile_id=profile.id, batch_id=batches[name].id, status="held",
                                hold_expires_at=end, created_by_id=counselor.id)
            session.add(referral)
            referrals.setdefault(name, []).append(referral)
    session.commit()
    ids = {name: batch.id for name, batch in batches.items()}

    with statements(session.get_bind()) as seen:
        outcome = expire_holds(session, NOW)
    session.commit()
    assert outcome == {"expired": 6, "seats_returned": 6, "notifications": 6}
    updates = [s for s in seen if s.lstrip().upper().startswith("UPDATE BATCHES")]
    assert len(updates) == 3  # full, emptied, undercounted: one each

    session.expire_all()
    taken = {name: session.get(Batch, batch_id).seats_taken for name, batch_id in ids.items()}
    assert taken == {"full": 1, "emptied": 0, "untouched": 1, "undercounted": 0}
    statuses = {name: sorted(r.status.value for r in found) for name, found in referrals.items()}
    assert statuses == {"full": ["expired", "expired", "held"], "emptied": ["expired"] * 2,
                        "untouched": ["held"], "undercounted": ["expired"] * 2}
    assert session.scalar(select(func.count()).select_from(AuditEvent)
                          .where(AuditEvent.action == "expire")) == 6
    assert session.scalar(select(func.count()).select_from(Notification)) == 6

    # The seats freed are there to take, up to each batch's size and not one more.
    for name, batch_id in ids.items():
        total = sizes[name][0]
        free = total - taken[name]
        assert [take_seat(session, batch_id, TODAY) for _ in range(free + 1)] \
            == [True] * free + [False], name
    session.commit()
    session.expire_all()
    assert {name: session.get(Batch, batch_id).seats_taken for name, batch_id in ids.items()} \
        == {name: total for name, (total, _) in sizes.items()}

    assert expire_holds(session, NOW + timedelta(minutes=5))["expired"] == 0  # nothing twice
