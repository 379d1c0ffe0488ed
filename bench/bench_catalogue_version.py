"""Benchmark of the catalogue's version and index upkeep (issue 19), in one process on PostgreSQL.

Fills a scratch database as bench/bench_api.py does (demo seed + synthetic offers and profiles),
then measures, side by side in one run, medians over rounds that alternate:

- a warm match (version read, index current, `match` for a profile) against the match right
  after a seat change (the seat UPDATE referrals.py runs, committed by another session; the
  match then reads the seats of that batch and patches one course): their ratio;
- a catalogue edit (an opening's wage, a course's title, committed by another session): what
  bringing this process's index up to date costs, against a rebuild of the whole index (what
  every seat change and every edit cost before), and the match right after it;
- the version check: the one read of the version row by key, against the six scans of the
  catalogue the version used to be (the query as it was, kept here as the baseline); and what
  a match request pays for every version it checks: the index kept (`IndexCache.index` when
  current) and the schemes kept (`active_schemes`: their count, last update and id);
- a new day: yesterday's index patched for the next day (the batches that started, the
  openings that closed), against the rebuild every worker paid on the first match of a day.

    python bench/bench_catalogue_version.py                     # 20,000 offers, 30 rounds
    python bench/bench_catalogue_version.py --offers 200000 --rounds 20

`--listen`: the process listens for the catalogue's NOTIFY as a worker does, so its listener
thread may have patched a seat change in (from the seats the notification carries) before the
match right after it asks; without it, that match catches up itself. (With it, the listener
may patch an edit in before the patch is timed too: read the seat lines of such a run.)

PostgreSQL: BENCH_DATABASE_URL (default: bench/bench_api.py's livelihood_bench; the database
is created if missing and its schema is rebuilt). `--reuse` keeps a filled one.
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, update  # noqa: E402

from bench.bench_api import DEFAULT_URL, fill, prepare_database  # noqa: E402
from catalog import matching  # noqa: E402
from catalog.catalogue_version import read_version  # noqa: E402
from catalog.db import make_engine, make_session_factory  # noqa: E402
from catalog.index_cache import IndexCache  # noqa: E402
from catalog.models import Batch, Course, Opening, Organisation, Profile  # noqa: E402
from catalog.services import placement_rates  # noqa: E402
from matcher import match  # noqa: E402


def old_version_query(session):
    """The version as it was before issue 19: six scans of the catalogue and two of referrals."""
    return session.execute(select(
        select(func.max(Course.updated_at)).scalar_subquery(),
        select(func.count(Course.id)).scalar_subquery(),
        select(func.max(Batch.updated_at)).scalar_subquery(),
        select(func.count(Batch.id)).scalar_subquery(),
        select(func.max(Opening.updated_at)).scalar_subquery(),
        select(func.count(Opening.id)).scalar_subquery(),
        select(func.count(Organisation.id)).where(Organisation.verified.is_(True))
        .scalar_subquery(),
        *placement_rates.outcomes_version(),
    )).one()


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=20_000)
    parser.add_argument("--profiles", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--rebuilds", type=int, default=3)
    parser.add_argument("--days", type=int, default=5, help="new days patched, one after another")
    parser.add_argument("--reuse", action="store_true", help="keep the filled database")
    parser.add_argument("--listen", action="store_true",
                        help="this process listens (NOTIFY), as a worker does: a seat change "
                             "may be patched in by its listener thread before the match")
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    if not args.reuse:
        prepare_database(url)
        started = time.perf_counter()
        fill(url, args.offers, args.profiles)
        print(f"filled {args.offers:,} offers in {time.perf_counter() - started:.0f} s")

    engine = make_engine(url)
    factory = make_session_factory(engine)
    today = date.today()
    rng = random.Random(5)
    cache = IndexCache(matching.load_courses, matching.load_openings, listen=args.listen)
    with factory() as session:
        if args.listen:
            assert cache.listening(session)
        profile_ids = list(session.scalars(select(Profile.id)))
        batch_ids = list(session.scalars(select(Batch.id)))
        opening_ids = list(session.scalars(select(Opening.id)))
        course_ids = list(session.scalars(select(Course.id)))
        started = time.perf_counter()
        index = cache.index(session, today)
        print(f"index of {len(index):,} offers built in {time.perf_counter() - started:.1f} s")

    def matched(session, profile):
        facts = matching.profile_facts(profile)
        return match(facts, cache.index(session, today), today)

    def seat_change(batch_id: int, step: int) -> None:
        with factory() as writer:  # another session: another request, another worker
            writer.execute(update(Batch).where(Batch.id == batch_id,
                                               Batch.seats_taken + step >= 0,
                                               Batch.seats_taken + step <= Batch.seats_total)
                           .values(seats_taken=Batch.seats_taken + step)
                           .execution_options(synchronize_session=False))
            writer.commit()

    def edit(round_number: int) -> None:
        with factory() as writer:
            if round_number % 2:
                opening = writer.get(Opening, rng.choice(opening_ids))
                opening.wage_inr_month += 1
            else:
                course = writer.get(Course, rng.choice(course_ids))
                course.title = f"{course.title.split(' #')[0]} #{round_number}"
            writer.commit()

    warm, after_seat, patch, check_new, check_old = [], [], [], [], []
    check_index, check_schemes, after_edit = [], [], []
    gc.collect()
    for number in range(args.rounds):
        profile_id = rng.choice(profile_ids)
        with factory() as session:
            profile = session.get(Profile, profile_id)
            matched(session, profile)  # make sure it is warm and the profile is loaded
            warm.append(timed(lambda: matched(session, profile)))
        batch_id = rng.choice(batch_ids)
        seat_change(batch_id, +1)
        with factory() as session:
            profile = session.get(Profile, profile_id)
            after_seat.append(timed(lambda: matched(session, profile)))
        seat_change(batch_id, -1)
        with factory() as session:
            cache.index(session, today)  # the seat coming back, not measured
        edit(number)
        with factory() as session:
            session.execute(select(1))  # a transaction open, as a request has
            patch.append(timed(lambda: cache.index(session, today)))
            profile = session.get(Profile, profile_id)
            after_edit.append(timed(lambda: matched(session, profile)))
            checks = [(check_new, lambda: read_version(session)),
                      (check_old, lambda: old_version_query(session)),
                      (check_index, lambda: cache.index(session, today)),
                      (check_schemes, lambda: matching.active_schemes(session))]
            # Ten of each in a row, each timed on its own, the order turning every round: a
            # read right after the six scans waits for the server a few ms longer, whatever it is.
            for found, check in checks[number % 4:] + checks[:number % 4]:
                found += [timed(check) for _ in range(10)]
    new_day = []
    with factory() as session:
        for days in range(1, args.days + 1):  # each day patched from the one before
            day = today + timedelta(days=days)
            new_day.append(timed(lambda: cache.index(session, day)))
        session.rollback()
    rebuild = []
    for _ in range(args.rebuilds):
        cache.clear()
        with factory() as session:
            rebuild.append(timed(lambda: cache.index(session, today)))
    url_key = engine.url.render_as_string(hide_password=True)
    stats = cache.stats[url_key]
    print(f"offers {len(index):,}, rounds {args.rounds} (medians, ms)"
          f"{', listening' if args.listen else ''}")
    print(f"  warm match                      {median(warm):9.2f}")
    print(f"  match right after a seat change {median(after_seat):9.2f}   "
          f"ratio {median(after_seat) / median(warm):.2f}")
    print(f"  extra of it, round by round     "
          f"{median(a - w for a, w in zip(after_seat, warm)):9.2f}")
    print(f"  catalogue edit, patch           {median(patch):9.2f}")
    print(f"  match right after the patch     {median(after_edit):9.2f}   "
          f"ratio to warm {median(after_edit) / median(warm):.2f}")
    print(f"  rebuild (before: every change)  {median(rebuild):9.2f}   "
          f"({args.rebuilds} rebuilds)")
    print(f"  version check, row by key       {median(check_new):9.3f}")
    print(f"  version check, six scans (old)  {median(check_old):9.3f}")
    print(f"  per request: index kept         {median(check_index):9.3f}")
    print(f"  per request: schemes kept       {median(check_schemes):9.3f}")
    print(f"  a new day, patch                {median(new_day):9.2f}   ({args.days} days; "
          f"before: a rebuild)")
    print(f"  index builds {stats.builds}, patches {stats.patches}")


if __name__ == "__main__":
    main()
