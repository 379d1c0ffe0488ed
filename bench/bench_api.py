"""Benchmark of `GET /api/v1/profiles/{id}/matches` over HTTP, on PostgreSQL and gunicorn.

Loads the demo seed plus synthetic offers and profiles into a scratch PostgreSQL database, starts
gunicorn with 2 workers on loopback, sends a bounded load from client threads, and prints
throughput, p50 and p99 latency and the error count.

    python bench/bench_api.py                      # 20,000 offers, 5,000 profiles, 2,000 requests
    python bench/bench_api.py --requests 500 --offers 2000 --profiles 500   # a quick look

PostgreSQL: BENCH_DATABASE_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/livelihood_bench;
the database is created if missing and its schema is rebuilt).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, insert, select, text  # noqa: E402

from catalog.catalogue_version import bump  # noqa: E402
from catalog.db import make_engine, make_session_factory  # noqa: E402
from catalog.migrate import upgrade  # noqa: E402
from catalog.clock import local_date  # noqa: E402
from catalog.models import Batch, Course, District, Opening, Profile, utcnow  # noqa: E402
from catalog.services import accounts  # noqa: E402
from catalog.taxonomy import interest_resolver, trade_infos  # noqa: E402
from seeds.loader import load_demo, load_reference  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/livelihood_bench"
STATES = ("West Bengal", "Maharashtra", "Bihar", "Jharkhand", "Odisha", "Assam", "Delhi")
INTERESTS = ["tailring", "silai", "beauty parlour", "computer kaaj", "hospital", "bakery",
             "shop", "call centre", "সেলাই", "सिलाई", "cooking", "nursing", "embroidery"]
LANGUAGE_SETS = [["bn"], ["hi"], ["bn", "hi"], ["hi", "en"], ["mr", "hi"], ["or"], ["as", "bn"]]
LITERACY = ["none", "basic", "class5", "class8", "class10", "class12"]


def prepare_database(url: str) -> None:
    server_url, _, name = url.rpartition("/")
    admin = create_engine(f"{server_url}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                    {"n": name}).scalar()
        if not exists:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"))
    upgrade(engine)
    engine.dispose()


def fill(url: str, offers: int, profiles: int, seed: int = 7) -> tuple[str, list[int]]:
    """Demo seed + synthetic offers and profiles; returns a counselor token and profile ids."""
    rng = random.Random(seed)
    now = utcnow()
    today = local_date(now)
    engine = make_engine(url)
    session = make_session_factory(engine)()
    load_reference(session)
    load_demo(session, now=now)
    districts = list(session.scalars(select(District).where(District.state.in_(STATES))))
    trades = [code for code, info in trade_infos(session).items() if info.kind == "trade"]
    provider = accounts.create_organisation(session, "Bench Provider", "provider")
    employer = accounts.create_organisation(session, "Bench Employer", "employer", verified=True,
                                            now=now)
    ngo = accounts.create_organisation(session, "Bench NGO", "ngo")
    _, token = accounts.create_user(session, "bench@example.org", ngo, "counselor")
    session.commit()

    courses, openings = [], []
    for number in range(offers):
        d = rng.choice(districts)
        place = dict(district=d.name, state=d.state, district_key=d.key,
                     latitude=d.latitude + rng.uniform(-0.2, 0.2),
                     longitude=d.longitude + rng.uniform(-0.2, 0.2))
        common = dict(trade=rng.choice(trades), min_literacy=rng.choice(LITERACY[:5]),
                      languages=rng.choice(LANGUAGE_SETS), women_only=rng.random() < 0.3, **place)
        if number % 2 == 0:
            courses.append(dict(provider_id=provider.id, title=f"Bench course {number}",
                                mode=rng.choice(["in_person", "in_person", "remote", "blended"]),
                                duration_weeks=rng.choice([4, 8, 12, 24, 52]),
                                stipend_inr_month=rng.choice([0, 0, 1500, 3000]),
                                residential=rng.random() < 0.1, min_age=16, fee_inr=0,
                                documents_required=["aadhaar"], active=True, **common))
        else:
            openings.append(dict(employer_id=employer.id, title=f"Bench opening {number}",
                                 description="", work_mode=rng.choice(["on_site", "on_site",
                                                                       "remote", "hybrid"]),
                                 wage_inr_month=rng.randint(8000, 18000), shift="day",
                                 positions=rng.randint(1, 10), positions_filled=0,
                                 accommodation=rng.random() < 0.1, min_age=18,
                                 documents_required=["aadhaar", "bank_account"],
                                 closes_on=today + timedelta(days=rng.randint(5, 90)),
                                 status="published", flags=[], **common))
    with engine.begin() as connection:
        ids = connection.execute(insert(Course).returning(Course.id), courses).scalars().all()
        connection.execute(insert(Batch), [
            dict(course_id=course_id, start_date=today + timedelta(days=30),
                 application_deadline=today + timedelta(days=20),
                 seats_total=rng.randint(5, 40), seats_taken=0, closed=False)
            for course_id in ids])
        if openings:
            connection.execute(insert(Opening), openings)

    resolver = interest_resolver(session)
    resolved = {text: [r.to_dict() for r in resolver.resolve([text])] for text in INTERESTS}
    rows = []
    for number in range(profiles):
        d = rng.choice(districts)
        interests = rng.sample(INTERESTS, 2)
        rows.append(dict(
            organisation_id=ngo.id, case_ref=f"BENCH-{number:05d}", age=rng.randint(18, 55),
            gender="female", literacy=rng.choice(LITERACY), languages=rng.choice(LANGUAGE_SETS),
            district=d.name, state=d.state, district_key=d.key, latitude=d.latitude,
            longitude=d.longitude, max_travel_km=rng.choice([5, 10, 20, 40]),
            can_relocate=rng.random() < 0.2, learning_mode=rng.choice(["any", "in_person",
                                                                       "remote_only"]),
            device=rng.choice(["none", "feature_phone", "smartphone", "computer"]),
            connectivity=rng.random() < 0.6, interests=interests,
            resolved_interests=[item for t in interests for item in resolved[t]],
            experience=[], resolved_experience=[], documents=["aadhaar"],
            income_urgency=rng.choice(["low", "medium", "high"]), avoid_districts=[],
            avoid_district_keys=[], status="active"))
    with engine.begin() as connection:
        profile_ids = connection.execute(insert(Profile).returning(Profile.id), rows).scalars().all()
    # The offers went in through a bare connection, which no session hook sees: say so.
    bump(session, [("all", None)])
    session.commit()
    session.close()
    engine.dispose()
    return token, list(profile_ids)


def wait_for(port: int, timeout: float = 600.0) -> None:
    """Until /api/v1/health answers: once a worker has built its catalogue index (gunicorn.conf.py
    builds it at worker start; a minute or more at 200,000 offers on 2 cores)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/api/v1/health")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer in time")


@contextmanager
def gunicorn(url: str, port: int, workers: int = 2, config: Path | None = None,
             timeout: int | None = None, threads: int | None = None
             ) -> Iterator[subprocess.Popen]:
    """gunicorn serving wsgi:app on loopback against `url`, up and answering, stopped after
    (`config`: a gunicorn config file, e.g. hooks that profile each worker; `timeout`: seconds
    a worker may take over one request before the arbiter kills it, gunicorn's default 30;
    `threads`: request threads per worker, gunicorn's gthread worker without keep-alive, as
    gunicorn.conf.py sets it; 0: its sync worker; None: what the config file says)."""
    env = dict(os.environ, DATABASE_URL=url, SECRET_KEY="bench")
    extra = ["--config", str(config)] if config else []
    extra += ["--timeout", str(timeout)] if timeout else []
    if threads is not None:
        extra += (["--worker-class", "gthread", "--threads", str(threads), "--keep-alive", "0"]
                  if threads else ["--worker-class", "sync"])
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "--workers", str(workers), *extra,
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "wsgi:app"], cwd=ROOT, env=env)
    try:
        wait_for(port)
        yield server
    finally:
        server.terminate()
        server.wait(timeout=30)


def load(port: int, token: str, profile_ids: list[int], requests: int, clients: int,
         seed: int = 11) -> tuple[list[float], int, float]:
    rng = random.Random(seed)
    plan = [rng.choice(profile_ids) for _ in range(requests)]
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    cursor = iter(plan)

    def worker() -> None:
        nonlocal errors
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Authorization": f"Bearer {token}"}
        while True:
            with lock:
                profile_id = next(cursor, None)
            if profile_id is None:
                return
            started = time.perf_counter()
            try:
                connection.request("GET", f"/api/v1/profiles/{profile_id}/matches", headers=headers)
                response = connection.getresponse()
                body = response.read()
                ok = response.status == 200 and b'"matches"' in body
            except OSError:
                ok = False
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                errors += 0 if ok else 1

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=20_000)
    parser.add_argument("--profiles", type=int, default=5_000)
    parser.add_argument("--requests", type=int, default=2_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--port", type=int, default=5057)
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)

    print(f"preparing {url} ...", flush=True)
    prepare_database(url)
    started = time.perf_counter()
    token, profile_ids = fill(url, args.offers, args.profiles)
    print(f"loaded demo seed + {args.offers} offers + {args.profiles} profiles in "
          f"{time.perf_counter() - started:.1f} s", flush=True)

    with gunicorn(url, args.port):
        load(args.port, token, profile_ids, min(100, args.requests), args.clients)  # warm-up
        latencies, errors, wall = load(args.port, token, profile_ids, args.requests, args.clients)
    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000
    print(json.dumps({
        "requests": len(latencies), "clients": args.clients, "errors": errors,
        "throughput_rps": round(len(latencies) / wall, 1), "p50_ms": round(p50, 1),
        "p99_ms": round(p99, 1), "offers": args.offers, "profiles": args.profiles,
        "workers": 2,
    }, indent=2))
    if errors or p99 > 300:
        print("target missed: p99 under 300 ms with no errors")


if __name__ == "__main__":
    main()
