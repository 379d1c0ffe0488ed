"""Waiting lists under concurrency, on SQLite and PostgreSQL: seats freed and claims taken from
several threads at once are never held twice, and a batch is never overbooked."""
from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from catalog.db import make_session_factory
from catalog.errors import Conflict
from catalog.jobs import pass_on_claims
from catalog.models import Batch, Profile, Referral, User, WaitingListEntry
from catalog.services import accounts, courses, referrals, waiting_list
from tests.rows import batch_row, course_row

from .waiting_rows import HOLD_DAYS, NOW, withdraw


# --- concurrency --------------------------------------------------------------------------------


def _arrange(db, holds: int, waiting: int):
    """A committed batch of `holds` seats all held, and `waiting` survivors on its list."""
    factory = make_session_factory(db)
    with factory() as session:
        ngo = accounts.create_organisation(session, "Asha Shelter Trust", "ngo")
        provider = accounts.create_organisation(session, "Howrah Women's ITI", "provider")
        user = accounts.create_user(session, "didi@example.org", ngo, "counselor")[0]
        course = course_row(session, provider.id, languages=["bn"], district="Howrah",
                            state=None, district_key="howrah", latitude=22.57, longitude=88.25)
        batch = batch_row(session, course.id, date(2027, 1, 15), date(2027, 1, 5), holds)
        people = []
        for n in range(holds + waiting):
            people.append(Profile(organisation_id=ngo.id, case_ref=f"C-{n}", age=24,
                                  gender="female", literacy="class5", languages=["bn"],
                                  district="Kolkata", district_key="kolkata", latitude=22.55,
                                  longitude=88.35, max_travel_km=30,
                                  income_urgency=("high", "medium", "low")[n % 3]))
        session.add_all(people)
        session.flush()
        held = [referrals.refer(session, user, p.id, batch_id=batch.id, now=NOW,
                                hold_days=HOLD_DAYS).id for p in people[:holds]]
        for p in people[holds:]:
            waiting_list.join(session, user, batch.id, p.id, now=NOW)
        session.commit()
        return factory, user.id, batch.id, held


@pytest.mark.parametrize("round_", range(3))
def test_seats_freed_and_claimed_at_once_are_never_held_twice(round_, db):
    factory, user_id, batch_id, held = _arrange(db, holds=3, waiting=6)
    start = threading.Barrier(len(held) + 3)
    failures: list[BaseException] = []

    def run(work):
        session = factory()
        try:
            start.wait()
            work(session)
            session.commit()
        except Conflict:
            session.rollback()
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)
            session.rollback()
        finally:
            session.close()

    def withdrawing(referral_id):
        return lambda s: withdraw(s, s.get(User, user_id), s.get(Referral, referral_id))

    def raising(s):
        courses.update_batch(s, s.get(Batch, batch_id), {"seats_total": 5}, None, now=NOW)

    works = [withdrawing(r) for r in held] + [
        lambda s: pass_on_claims(s, NOW), lambda s: pass_on_claims(s, NOW), raising]
    threads = [threading.Thread(target=run, args=(work,)) for work in works]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures

    with factory() as check:
        batch = check.get(Batch, batch_id)
        offered = check.scalars(select(WaitingListEntry.profile_id).where(
            WaitingListEntry.status == "offered")).all()
        holds = check.scalar(select(func.count()).select_from(Referral).where(
            Referral.status == "held"))
        assert len(offered) == len(set(offered)) == 5  # 3 freed + 2 added, one each
        assert batch.seats_total == 5 and batch.seats_taken == len(offered) + holds == 5
        assert check.scalar(select(func.count()).select_from(WaitingListEntry).where(
            WaitingListEntry.status == "waiting")) == 1


@pytest.mark.parametrize("round_", range(4))
def test_a_claim_taken_as_it_lapses_is_decided_once(round_, db):
    factory, user_id, batch_id, held = _arrange(db, holds=1, waiting=2)
    with factory() as session:  # the seat frees: the first in line (high urgency) has it
        withdraw(session, session.get(User, user_id), session.get(Referral, held[0]))
        session.commit()
        first, second = session.scalars(select(WaitingListEntry.profile_id)
                                        .order_by(WaitingListEntry.id)).all()
        strangers = [p.id for p in session.scalars(select(Profile).where(
            Profile.id.not_in([first, second])))]
    expiry = NOW + timedelta(hours=48)
    start = threading.Barrier(2 + len(strangers))
    outcome: dict[str, object] = {}

    def run(name, work):
        session = factory()
        try:
            start.wait()
            outcome[name] = work(session)
            session.commit()
        except Conflict as refused:
            outcome[name] = refused.reason
            session.rollback()
        finally:
            session.close()

    def refer(profile_id):
        return lambda s: referrals.refer(s, s.get(User, user_id), profile_id, batch_id=batch_id,
                                         now=expiry - timedelta(minutes=1),
                                         hold_days=HOLD_DAYS).status.value

    works = [("claim", refer(first)),
             ("lapse", lambda s: pass_on_claims(s, expiry + timedelta(minutes=1)))]
    works += [(f"stranger{n}", refer(p)) for n, p in enumerate(strangers)]
    threads = [threading.Thread(target=run, args=work) for work in
               (works if round_ % 2 else list(reversed(works)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    with factory() as check:
        status = dict(check.execute(select(WaitingListEntry.profile_id,
                                           WaitingListEntry.status)).all())
        assert check.get(Batch, batch_id).seats_taken == 1
        if outcome["claim"] == "held":
            assert outcome["lapse"] == {"claims_lapsed": 0, "claims_offered": 0}
            assert (status[first].value, status[second].value) == ("claimed", "waiting")
        else:
            assert outcome["claim"] == "no_capacity"
            assert outcome["lapse"] == {"claims_lapsed": 1, "claims_offered": 1}
            assert (status[first].value, status[second].value) == ("lapsed", "offered")
        assert [outcome[f"stranger{n}"] for n in range(len(strangers))] == [
            "no_capacity"] * len(strangers)
