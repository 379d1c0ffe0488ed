"""Open-loop benchmark of the API on PostgreSQL and gunicorn: a fixed offered rate of
`GET /profiles/{id}/matches`, with seat holds (`POST /referrals`) and catalogue edits
(`PATCH /courses/{id}`) arriving during the run (issue 19).

Open loop: every request has a scheduled send time, fixed before the run; a scheduler thread
hands each to a pool of client threads at that time whatever the earlier ones are doing, and
latency is counted from the scheduled time, not from when a thread got round to sending. A slow
server shows as latency, not as a lower rate (no coordinated omission). The achieved rate is the
requests answered over the run's wall time.

    BENCH_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/bench_h19bench \\
        .venv/bin/python bench/bench_api_open_loop.py --offers 20000 --seconds 60
    # the same database again, without seeding it again (new users, same offers and profiles):
    BENCH_DATABASE_URL=... .venv/bin/python bench/bench_api_open_loop.py --reuse --seconds 60
    # where a worker's time goes: cProfile each worker (bench/gunicorn_profile.py), then
    BENCH_DATABASE_URL=... .venv/bin/python bench/bench_api_open_loop.py --reuse --profile /tmp/prof
    .venv/bin/python -c "import pstats,glob; [pstats.Stats(f).sort_stats('cumtime').print_stats(25) for f in glob.glob('/tmp/prof/*.prof')]"

Defaults: 50 match requests/s, 1 seat hold/s, 1 catalogue edit every 10 s, 2 gunicorn workers
(`--worker-threads N`: gunicorn's gthread worker with N request threads each, 0 its sync
worker, default gunicorn.conf.py's gthread with 2); target p99 under 300 ms and no errors. The report ends with how
long gunicorn took to answer (`server_ready_s`) and its processes' memory after the run (RSS
each, PSS total: what they share counted once). Seeding (demo seed + synthetic offers and profiles) and
the server are bench_api.py's. A hold answered 409 (no seat left) or 422 (not eligible any
more) is a refusal the API may give, counted apart; any other answer, a 5xx or a timeout is an
error. The client runs on the same machine as the server and PostgreSQL: say so with figures.

Each worker builds its index on its first match request (not timed: the warm-up); at 200,000
offers that took 17 to 50 s a worker on a shared 2-core machine, mostly reading the offers
through the ORM (the in-memory build is about 6 s), close to gunicorn's default 30 s worker
timeout: `--worker-timeout` raises it for the bench.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from bench.bench_api import DEFAULT_URL, fill, gunicorn, prepare_database  # noqa: E402
from catalog.db import make_engine, make_session_factory  # noqa: E402
from catalog.models import Course, Profile, Referral  # noqa: E402
from catalog.services import accounts  # noqa: E402

TIMEOUT = 30.0
REFUSED = {"hold": (409, 422)}


@dataclass(frozen=True)
class Request:
    at: float  # seconds after the start of the run
    kind: str  # match, hold, edit
    method: str
    path: str
    token: str
    body: dict | None = None


@dataclass(frozen=True)
class Answer:
    kind: str
    at: float  # the scheduled time, seconds after the start
    latency: float  # from the scheduled time
    status: int  # 0: no answer (refused connection, timeout)


def users(url: str) -> tuple[str, str, list[int], list[int]]:
    """Fresh tokens for a counselor of the bench NGO and a liaison of the bench provider, the
    bench profiles' ids (those with no referral first) and the bench courses' ids (of a database `fill` seeded)."""
    engine = make_engine(url)
    session = make_session_factory(engine)()
    stamp = f"{time.time_ns()}"
    ngo = accounts.organisation_by_name(session, "Bench NGO")
    provider = accounts.organisation_by_name(session, "Bench Provider")
    _, counselor = accounts.create_user(session, f"c{stamp}@example.org", ngo, "counselor")
    _, liaison = accounts.create_user(session, f"l{stamp}@example.org", provider, "iti_liaison")
    session.commit()
    # Profiles without a referral first: a run on a reused database holds fresh seats.
    referred = select(Referral.id).where(Referral.profile_id == Profile.id).exists()
    profiles = list(session.scalars(select(Profile.id).where(Profile.organisation_id == ngo.id)
                                    .order_by(referred, Profile.id)))
    courses = list(session.scalars(
        select(Course.id).where(Course.provider_id == provider.id).limit(1_000)))
    session.close()
    engine.dispose()
    return counselor, liaison, profiles, courses


IDLE_REUSE = 1.0  # seconds: a connection idle longer is not sent on again (gunicorn's keepalive is 2)


def send(port: int, request: Request, local: threading.local) -> tuple[int, bytes]:
    """Send on the thread's kept connection. One left idle past IDLE_REUSE is closed first, as a
    client honouring the server's keep-alive timeout does: the server may be closing it just
    then, and a request sent on it would get no answer."""
    connection = getattr(local, "connection", None)
    if connection is not None and time.monotonic() - getattr(local, "used", 0.0) > IDLE_REUSE:
        connection.close()
        connection = local.connection = None
    if connection is None:
        connection = local.connection = http.client.HTTPConnection(
            "127.0.0.1", port, timeout=TIMEOUT)
    headers = {"Authorization": f"Bearer {request.token}"}
    body = None
    if request.body is not None:
        body = json.dumps(request.body).encode()
        headers["Content-Type"] = "application/json"
    try:
        connection.request(request.method, request.path, body=body, headers=headers)
        response = connection.getresponse()
        answer = response.status, response.read()
        local.used = time.monotonic()
        return answer
    except (OSError, http.client.HTTPException):
        connection.close()
        local.connection = None
        return 0, b""


def warm_up(port: int, token: str, profiles: list[int], workers: int) -> None:
    """One match request per worker at once, so that each builds its index before the run (a
    sync worker busy building leaves the next request to another): not timed."""
    def first(profile_id: int) -> None:
        local = threading.local()  # the first request of each worker builds its index: long
        local.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=900)
        local.used = time.monotonic()
        status, _ = send(port, Request(0, "match", "GET", f"/api/v1/profiles/{profile_id}"
                                       "/matches", token), local)
        if status != 200:
            raise SystemExit(f"warm-up match for profile {profile_id} answered {status}")

    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(first, profiles[:workers]))


def seat_pairs(port: int, token: str, profiles: list[int], count: int) -> list[tuple[int, int]]:
    """`count` (profile, batch) pairs a hold may take: batches matched without a bridge, read
    from the matches of as many profiles as it takes (at least 20)."""
    local, pairs = threading.local(), []
    for number, profile_id in enumerate(profiles):
        if number >= 20 and len(pairs) >= count:
            return pairs[:count]
        status, body = send(port, Request(0, "match", "GET", f"/api/v1/profiles/{profile_id}"
                                          "/matches", token), local)
        if status != 200:
            raise SystemExit(f"warm-up match for profile {profile_id} answered {status}")
        pairs += [(profile_id, m["batch_id"]) for m in json.loads(body)["matches"]
                  if m["batch_id"] and not m["requires_bridge"]]
    raise SystemExit(f"{count} holds wanted, {len(pairs)} holdable seats found")


def schedule(args, counselor: str, liaison: str, profiles: list[int], courses: list[int],
             pairs: list[tuple[int, int]], seed: int = 23) -> list[Request]:
    rng = random.Random(seed)
    query = "?near_misses=false" if args.no_near_misses else ""
    plan = [Request(n / args.rate, "match", "GET", f"/api/v1/profiles/{rng.choice(profiles)}"
                    f"/matches{query}", counselor) for n in range(int(args.seconds * args.rate))]
    holds = int(args.seconds * args.holds)
    plan += [Request((n + 0.5) / args.holds, "hold", "POST", "/api/v1/referrals", counselor,
                     {"profile_id": p, "batch_id": b}) for n, (p, b) in enumerate(pairs[:holds])]
    plan += [Request((n + 0.25) * args.edit_every, "edit", "PATCH",
                     f"/api/v1/courses/{rng.choice(courses)}", liaison,
                     {"stipend_inr_month": rng.choice([0, 1500, 2000, 3000])})
             for n in range(int(args.seconds / args.edit_every))]
    return sorted(plan, key=lambda request: request.at)


def run(port: int, plan: list[Request], threads: int) -> tuple[list[Answer], float, float]:
    """Every request sent at its time; returns the answers, the wall time and the worst lag of
    the scheduler behind the plan (a client too slow to keep the schedule shows here)."""
    answers: list[Answer] = []
    lock, local = threading.Lock(), threading.local()
    start = time.perf_counter() + 0.5

    def one(request: Request) -> None:
        status, body = send(port, request, local)
        latency = time.perf_counter() - (start + request.at)
        if request.kind == "match" and status == 200 and b'"matches"' not in body:
            status = -1
        with lock:
            answers.append(Answer(request.kind, request.at, latency, status))

    lag = 0.0
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for request in plan:
            delay = start + request.at - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            lag = max(lag, -delay)
            pool.submit(one, request)
    return answers, time.perf_counter() - start, lag


def summary(answers: list[Answer], kind: str) -> dict:
    mine = [a for a in answers if a.kind == kind]
    latencies = sorted(a.latency * 1000 for a in mine)
    if not latencies:
        return {}

    def pct(q: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(q * len(latencies)))], 1)

    refused = sum(a.status in REFUSED.get(kind, ()) for a in mine)
    return {"answered": len(mine), "p50_ms": round(statistics.median(latencies), 1),
            "p90_ms": pct(0.90), "p99_ms": pct(0.99), "max_ms": round(latencies[-1], 1),
            "errors": sum(not 200 <= a.status < 300 for a in mine) - refused,
            "refused": refused}


def windows(answers: list[Answer], width: float = 10) -> dict[str, float]:
    """p99 of the match latencies by window of scheduled time: a backlog that builds after a
    catalogue edit shows apart from one that builds steadily."""
    found: dict[str, list[float]] = {}
    for answer in answers:
        if answer.kind == "match":
            start = int(answer.at // width * width)
            found.setdefault(f"{start}-{start + int(width)}s", []).append(answer.latency)
    return {window: round(sorted(values)[int(0.99 * (len(values) - 1))] * 1000, 1)
            for window, values in found.items()}


def memory(server_pid: int) -> dict:
    """RSS and PSS in MB of gunicorn's arbiter and of each worker (Linux /proc): PSS splits the
    pages processes share between them, so the PSS total is what the server takes; empty where
    /proc does not tell."""
    def rollup(pid: int) -> dict[str, float]:
        try:
            lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
        except OSError:
            return {}
        return {line.split(":")[0]: int(line.split()[1]) / 1024 for line in lines
                if line.startswith(("Rss:", "Pss:"))}

    try:
        workers = [int(pid) for pid in
                   Path(f"/proc/{server_pid}/task/{server_pid}/children").read_text().split()]
    except OSError:
        return {}
    found = {pid: rollup(pid) for pid in [server_pid, *workers]}
    if not all(found.values()):
        return {}
    return {"arbiter_rss_mb": round(found[server_pid]["Rss"]),
            "workers_rss_mb": [round(found[pid]["Rss"]) for pid in workers],
            "total_pss_mb": round(sum(values["Pss"] for values in found.values()))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=20_000)
    parser.add_argument("--profiles", type=int, default=5_000)
    parser.add_argument("--reuse", action="store_true", help="keep the seeded database")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--rate", type=float, default=50, help="match requests a second")
    parser.add_argument("--holds", type=float, default=1, help="seat holds a second")
    parser.add_argument("--edit-every", type=float, default=10, help="seconds between edits")
    parser.add_argument("--threads", type=int, default=64, help="client threads")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=5058)
    parser.add_argument("--profile", metavar="DIR", help="cProfile each worker into DIR")
    parser.add_argument("--no-near-misses", action="store_true",
                        help="match requests ask near_misses=false")
    parser.add_argument("--worker-timeout", type=int, help="gunicorn --timeout (default 30 s)")
    parser.add_argument("--worker-threads", type=int,
                        help="request threads per worker (gunicorn's gthread worker; 0: its "
                             "sync worker; default: gunicorn.conf.py's, 2)")
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    if not args.reuse:
        print(f"preparing {url} ...", flush=True)
        prepare_database(url)
        started = time.perf_counter()
        fill(url, args.offers, args.profiles)
        print(f"seeded demo + {args.offers:,} offers + {args.profiles:,} profiles in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
    counselor, liaison, profiles, courses = users(url)
    config = None
    if args.profile:
        os.makedirs(args.profile, exist_ok=True)
        os.environ["BENCH_PROFILE_DIR"] = os.path.abspath(args.profile)
        config = Path(__file__).with_name("gunicorn_profile.py")
    launched = time.perf_counter()
    with gunicorn(url, args.port, args.workers, config, args.worker_timeout,
                  args.worker_threads) as server:
        started = time.perf_counter()
        print(f"gunicorn answering in {started - launched:.1f} s", flush=True)
        warm_up(args.port, counselor, profiles, args.workers)
        pairs = seat_pairs(args.port, counselor, profiles, int(args.seconds * args.holds))
        print(f"warm-up: {len(pairs)} holdable seats found in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        plan = schedule(args, counselor, liaison, profiles, courses, pairs)
        answers, wall, lag = run(args.port, plan, args.threads)
        used = memory(server.pid)
    offered = len(plan) / args.seconds
    report = {"offers": args.offers if not args.reuse else "reused", "workers": args.workers,
              "threads_per_worker": "config" if args.worker_threads is None
              else args.worker_threads or "sync",
              "near_misses": not args.no_near_misses,
              "seconds": args.seconds, "offered_rps": round(offered, 1),
              "achieved_rps": round(len(answers) / wall, 1),
              "scheduler_worst_lag_ms": round(lag * 1000, 1),
              **{kind: summary(answers, kind) for kind in ("match", "hold", "edit")},
              "match_p99_ms_by_window": windows(answers),
              "edits_at_s": [r.at for r in plan if r.kind == "edit"],
              "server_ready_s": round(started - launched, 1), "memory_after_run": used}
    print(json.dumps(report, indent=2))
    match = report["match"]
    errors = sum(report[kind].get("errors", 0) for kind in ("match", "hold", "edit"))
    verdict = "met" if match["p99_ms"] < 300 and not errors else "MISSED"
    print(f"target p99 under 300 ms with 0 errors: {verdict}")


if __name__ == "__main__":
    main()
