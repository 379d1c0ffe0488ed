"""The catalogue's version row and change log (issue 19): every catalogue change bumps the row in
its own transaction, wherever it is written; a seat hold re-reads seats alone; other changes
patch the offers they name; the index is never stale and never rebuilt for a patchable change."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from catalog import matching
from catalog.catalogue_version import read_version
from catalog.index_cache import IndexCache
from catalog.jobs.closing import close_past_offers
from catalog.models import (
    Batch, CatalogueChange, CatalogueVersion, Course, Opening, Organisation,
)
from catalog.services import accounts, openings, referrals, verification
from catalog.services.placement_rates import MIN_OUTCOMES
from tests.outcome_rows import T0, OutcomeRows
from tests.statements import statements

TODAY = T0.date()


@pytest.fixture
def rows(session):
    return OutcomeRows(session)


@pytest.fixture
def place(session, rows):
    ngo = rows.org("Asha Shelter Trust", "ngo")
    provider = rows.org("Kolkata Women's ITI", "provider")
    employer = rows.org("Stitch Works", "employer", verified=True)
    course, batch = rows.course(provider, placement_rate=0.7)
    session.get(Batch, batch).seats_total = 1
    opening = rows.opening(employer)
    session.commit()
    return dict(ngo=ngo, provider=provider, employer=employer, course=course, batch=batch,
                opening=opening)


@pytest.fixture
def cache():
    """A process's cache of its own (no listener: these tests read the row themselves)."""
    return IndexCache(matching.load_courses, matching.load_openings, listen=False)


def _stats(cache, session):
    return cache.stats[session.get_bind().url.render_as_string(hide_password=True)]


def _logged(session, version):
    return session.execute(select(CatalogueChange.kind, CatalogueChange.ref_id)
                           .where(CatalogueChange.version == version)).all()


def _seats_left(index, course_id):
    return index.by_key["course", course_id].offer.batches[0].seats_available


def test_a_seat_hold_logs_seats_alone_and_patches_that_course_only(session, rows, place, cache):
    counselor, _ = accounts.create_user(session, "c@example.org",
                                        session.get(Organisation, place["ngo"]), "counselor")
    profile = rows.survivor(place["ngo"])
    session.commit()
    before = cache.index(session, TODAY)
    assert _seats_left(before, place["course"]) == 1
    version = read_version(session).version

    referrals.refer(session, counselor, profile, batch_id=place["batch"], now=T0,
                    hold_days=7)
    session.commit()
    assert read_version(session).version == version + 1
    assert _logged(session, version + 1) == [("seats", place["batch"])]
    after = cache.index(session, TODAY)
    assert _seats_left(after, place["course"]) == 0  # never a stale seat shown as free
    assert _seats_left(before, place["course"]) == 1  # the old index is left as it was
    assert after.by_key["opening", place["opening"]] is before.by_key["opening", place["opening"]]
    assert (_stats(cache, session).builds, _stats(cache, session).patches) == (1, 1)


def test_a_seat_change_elsewhere_is_caught_up_from_the_one_read_of_the_version(
        db, session, rows, place, cache):
    """Another session (another worker) holds a seat: the next request reads the version row,
    the change logged since and that batch's seats in one statement and patches from them."""
    cache.index(session, TODAY)
    session.commit()
    for taken in (1, 0):
        with Session(db) as other:
            other.execute(update(Batch).where(Batch.id == place["batch"])
                          .values(seats_taken=taken))
            other.commit()
        with statements(db) as seen:
            index = cache.index(session, TODAY)
        assert _seats_left(index, place["course"]) == 1 - taken
        assert len(seen) == 1 and "catalogue_changes" in seen[0]
        session.commit()
    assert (_stats(cache, session).builds, _stats(cache, session).patches) == (1, 2)


def test_a_change_missed_while_another_was_read_is_read_from_the_log(session, rows, place,
                                                                      cache):
    """The version read first (as a request does), then a change committed before the index is
    asked for: that request patches to what it read (rows at least as new); the next one patches
    the rest."""
    cache.index(session, TODAY)
    session.get(Course, place["course"]).title = "Tailoring, advanced"
    session.commit()
    current, _ = cache.read_current(session, TODAY)
    session.get(Batch, place["batch"]).seats_taken = 1
    session.commit()
    stale = cache.index(session, TODAY, current=current)
    assert stale.by_key["course", place["course"]].offer.title == "Tailoring, advanced"
    assert _seats_left(cache.index(session, TODAY), place["course"]) == 0
    current, _ = cache.read_current(session, TODAY)
    assert cache.index(session, TODAY, current=current) is cache.index(session, TODAY)
    assert _stats(cache, session).builds == 1


def test_edits_verification_and_outcomes_patch_the_index(session, rows, place, cache):
    index = cache.index(session, TODAY)
    assert index.by_key["course", place["course"]].offer.placement_source == "declared"
    session.get(Course, place["course"]).title = "Tailoring, advanced"
    session.commit()
    index = cache.index(session, TODAY)
    assert index.by_key["course", place["course"]].offer.title == "Tailoring, advanced"

    session.get(Organisation, place["employer"]).verified = False
    session.commit()
    assert ("opening", place["opening"]) not in cache.index(session, TODAY).by_key
    verification.set_verification(session, session.get(Organisation, place["employer"]), True,
                                  "checked", None, T0)
    session.commit()
    assert ("opening", place["opening"]) in cache.index(session, TODAY).by_key

    rows.graduates(place["ngo"], place["batch"], place["opening"], MIN_OUTCOMES, placed=1)
    session.commit()
    offer = cache.index(session, TODAY).by_key["course", place["course"]].offer
    assert (offer.placement_source, offer.placement_rate) == ("observed_course",
                                                              1 / MIN_OUTCOMES)
    assert _stats(cache, session).builds == 1


def test_an_opening_published_through_the_service_is_patched_in(session, rows, place, cache):
    cache.index(session, TODAY)
    employer = session.get(Organisation, place["employer"])
    opening = openings.create_opening(session, employer, dict(
        title="Cutter", trade="sewing_dress_making", min_literacy="none", languages=["bn"],
        work_mode="on_site", district="Kolkata", state="West Bengal", wage_inr_month=12000,
        positions=2, closes_on=date(2027, 1, 1)), None, now=T0)
    session.commit()
    assert opening.status.value == "published"
    assert ("opening", opening.id) in cache.index(session, TODAY).by_key
    assert _stats(cache, session).builds == 1


def test_a_bulk_change_without_ids_rebuilds_and_a_rollback_logs_nothing(session, place, cache):
    cache.index(session, TODAY)
    version = read_version(session).version
    session.get(Course, place["course"]).title = "Never kept"
    session.flush()
    session.rollback()
    assert read_version(session).version == version
    close_past_offers(session, T0 + timedelta(days=3650))  # every offer closes
    session.commit()
    assert _logged(session, version + 1) == [("all", None)]
    assert len(cache.index(session, T0.date())) == 0
    assert _stats(cache, session).builds == 2


def test_a_transaction_sees_its_own_uncommitted_changes_and_no_other_does(
        db, session, rows, place, cache):
    shared = cache.index(session, TODAY)
    session.get(Course, place["course"]).title = "Not yet committed"
    mine = cache.index(session, TODAY)
    assert mine.by_key["course", place["course"]].offer.title == "Not yet committed"
    session.rollback()
    assert cache.index(session, TODAY) is shared
    assert shared.by_key["course", place["course"]].offer.title != "Not yet committed"


def test_an_emptied_version_row_is_never_trusted(session, place, cache):
    first = cache.index(session, TODAY)
    epoch = read_version(session).epoch
    session.execute(delete(CatalogueVersion))
    session.commit()
    assert read_version(session).epoch is None
    assert cache.index(session, TODAY) is not first  # built for the request alone
    session.get(Course, place["course"]).title = "After the reset"
    session.commit()
    assert read_version(session).epoch not in (None, epoch)
    assert cache.index(session, TODAY).by_key["course", place["course"]].offer.title == (
        "After the reset")


def test_referral_steps_log_seats_and_outcomes_as_they_move_them(session, rows, place):
    counselor, _ = accounts.create_user(session, "c@example.org",
                                        session.get(Organisation, place["ngo"]), "counselor")
    first, second = rows.survivor(place["ngo"]), rows.survivor(place["ngo"])
    session.commit()

    def step(change) -> list:
        version = read_version(session).version
        result = change()
        session.commit()
        assert read_version(session).version in (version, version + 1)
        return sorted(_logged(session, version + 1)), result

    hold = dict(batch_id=place["batch"], now=T0, hold_days=7)
    logged, held = step(lambda: referrals.refer(session, counselor, first, **hold))
    assert logged == [("seats", place["batch"])]
    logged, _ = step(lambda: referrals.change_status(session, counselor, held, "withdrawn",
                                                     now=T0))
    assert logged == [("seats", place["batch"])]  # the seat came back; no outcome moved
    _, held = step(lambda: referrals.refer(session, counselor, second, **hold))
    logged, _ = step(lambda: referrals.change_status(session, counselor, held, "enrolled",
                                                     now=T0))
    assert logged == []  # an enrolment moves neither seats nor a placement rate
    logged, _ = step(lambda: referrals.change_status(session, counselor, held, "completed",
                                                     now=T0))
    assert logged == [("outcomes", None)]


def test_a_process_behind_a_trimmed_log_rebuilds(session, place, cache, monkeypatch):
    from catalog import catalogue_version

    cache.index(session, TODAY)
    monkeypatch.setattr(catalogue_version, "LOG_KEPT", 2)
    for number in range(6):
        session.get(Course, place["course"]).title = f"Edit {number}"
        session.commit()
    current = read_version(session)
    assert current.log_from > 1
    oldest = session.scalar(select(CatalogueChange.version).order_by(CatalogueChange.version))
    assert oldest >= current.log_from
    index = cache.index(session, TODAY)
    assert index.by_key["course", place["course"]].offer.title == "Edit 5"
    assert _stats(cache, session).builds == 2  # its version was trimmed away: built afresh


def _offers(index):
    return {key: row.offer for key, row in index.by_key.items()}


def test_a_new_day_patches_what_it_dated_out_and_never_rebuilds(session, rows, place, cache):
    """Yesterday's index, patched for today, equals one built afresh for today: a batch that
    started is no longer offered (its course stays while another batch is to come, or goes), an
    opening that closed is gone; nothing else is read again."""
    tomorrow = TODAY + timedelta(days=1)
    soon, _ = rows.course(place["provider"], title="Starts tomorrow", start=tomorrow)
    both, _ = rows.course(place["provider"], title="Tomorrow and later", start=tomorrow)
    session.add(Batch(course_id=both, start_date=TODAY + timedelta(days=40),
                      application_deadline=TODAY + timedelta(days=30), seats_total=5))
    closing = rows.opening(place["employer"], title="Closes today")
    session.get(Opening, closing).closes_on = TODAY
    session.commit()
    today_index = cache.index(session, TODAY)
    assert {("course", soon), ("course", both), ("opening", closing)} <= today_index.by_key.keys()

    later = cache.index(session, tomorrow)
    fresh = IndexCache(matching.load_courses, matching.load_openings, listen=False)
    assert _offers(later) == _offers(fresh.index(session, tomorrow))
    assert ("course", soon) not in later.by_key and ("opening", closing) not in later.by_key
    assert len(later.by_key["course", both].offer.batches) == 1
    assert later.by_key["opening", place["opening"]] is today_index.by_key["opening",
                                                                            place["opening"]]
    assert (_stats(cache, session).builds, _stats(cache, session).patches) == (1, 1)
    assert cache.index(session, TODAY) is today_index  # a request begun before midnight
    cache.index(session, TODAY - timedelta(days=1))  # an earlier day: built afresh
    assert _stats(cache, session).builds == 2
