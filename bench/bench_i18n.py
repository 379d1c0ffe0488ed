"""Benchmark: `GET /api/v1/profiles/{id}/matches` before and after wording moved to the edge.

The engine now returns codes with parameters and `api.messages` words them per request (in the
request's Accept-Language) with gettext; this measures what that costs at 100,000 offers.
"Before" is an untouched checkout of the code base before the change (`--before`, e.g.
/work/main, run read-only: no bytecode written), "after" is this checkout. Each side gets its own
PostgreSQL schema filled by its own `bench/bench_api.py` with the same seed (the same demo seed,
offers and profiles), and its own gunicorn (one worker, one thread, on loopback). Requests go one
at a time, the same profiles in the same order, rounds alternating which side goes first; the
figures are medians of every request of all rounds.

    python bench/bench_i18n.py --before /work/main                 # 100,000 offers
    python bench/bench_i18n.py --before /work/main --offers 5000 --rounds 2   # a quick look

Measured 2026-12-01 (2 shared cores, demo seed + 100,000 offers + 200 profiles, 6 rounds of 40
requests a side): before 168.9 ms, after 175.9 ms (1.041x), after with Accept-Language: hi
171.1 ms (1.013x): within the 10% allowed.

PostgreSQL: BENCH_DATABASE_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test_i18n);
the schemas bench_before and bench_after are rebuilt in it and dropped at the end.
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
import time
from pathlib import Path

import bench_api  # bench/ is the directory of this script, so on sys.path

AFTER = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test_i18n"

FILL = """
import json, sys
sys.path.insert(0, {root!r}); sys.path.insert(0, {root!r} + "/bench")
from sqlalchemy import text
from catalog.db import make_engine
from catalog.migrate import upgrade
admin = make_engine({base!r})
with admin.begin() as connection:
    connection.execute(text("DROP SCHEMA IF EXISTS {schema} CASCADE"))
    connection.execute(text("CREATE SCHEMA {schema}"))
admin.dispose()
engine = make_engine({url!r})
upgrade(engine)
engine.dispose()
import bench_api
token, ids = bench_api.fill({url!r}, {offers}, {profiles})
print(json.dumps({{"token": token, "profile_ids": ids}}))
"""


def python_of(root: Path) -> str:
    venv = root / ".venv" / "bin" / "python"
    return str(venv if venv.exists() else sys.executable)


def schema_url(base: str, schema: str) -> str:
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options=-csearch_path%3D{schema}"


def read_only_env(root: Path, url: str) -> dict[str, str]:
    # PYTHONDONTWRITEBYTECODE: the "before" checkout is read-only; nothing is written into it.
    return dict(os.environ, DATABASE_URL=url, SECRET_KEY="bench", PYTHONDONTWRITEBYTECODE="1",
                PYTHONPATH=str(root))


def fill(root: Path, base: str, schema: str, offers: int, profiles: int) -> dict:
    url = schema_url(base, schema)
    script = FILL.format(root=str(root), base=base, schema=schema, url=url, offers=offers,
                         profiles=profiles)
    done = subprocess.run([python_of(root), "-B", "-c", script], cwd=root, check=True,
                          capture_output=True, text=True, env=read_only_env(root, url))
    return json.loads(done.stdout.strip().splitlines()[-1])


def serve(root: Path, base: str, schema: str, port: int) -> subprocess.Popen:
    gunicorn = Path(python_of(root)).with_name("gunicorn")
    return subprocess.Popen(
        [str(gunicorn), "--workers", "1", "--threads", "1", "--timeout", "300",
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "wsgi:app"],
        cwd=root, env=read_only_env(root, schema_url(base, schema)))


def timed(port: int, token: str, profile_ids: list[int], language: str | None) -> list[float]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    headers = {"Authorization": f"Bearer {token}"}
    if language:
        headers["Accept-Language"] = language
    latencies = []
    for profile_id in profile_ids:
        started = time.perf_counter()
        connection.request("GET", f"/api/v1/profiles/{profile_id}/matches", headers=headers)
        response = connection.getresponse()
        body = response.read()
        latencies.append(time.perf_counter() - started)
        if response.status != 200 or b'"matches"' not in body:
            raise SystemExit(f"port {port}: {response.status} {body[:200]!r}")
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True,
                        help="checkout of the code before the change (run, never modified)")
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--profiles", type=int, default=200)
    parser.add_argument("--requests", type=int, default=40, help="per side and round")
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    base = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    sides = {"before": (args.before.resolve(), "bench_before", 5071),
             "after": (AFTER, "bench_after", 5072)}

    filled = {}
    for name, (root, schema, _port) in sides.items():
        started = time.perf_counter()
        filled[name] = fill(root, base, schema, args.offers, args.profiles)
        print(f"{name}: {root} filled with {args.offers} offers in "
              f"{time.perf_counter() - started:.0f} s", flush=True)
    if filled["before"]["profile_ids"] != filled["after"]["profile_ids"]:
        raise SystemExit("the two sides hold different profiles")
    rng = random.Random(5)
    plan = [rng.choice(filled["after"]["profile_ids"]) for _ in range(args.requests)]

    servers = {name: serve(root, base, schema, port)
               for name, (root, schema, port) in sides.items()}
    runs = [("before", None), ("after", None), ("after", "hi")]
    latencies: dict[tuple[str, str | None], list[float]] = {run: [] for run in runs}
    try:
        for name, (_root, _schema, port) in sides.items():
            bench_api.wait_for(port)
            timed(port, filled[name]["token"], plan[:5], None)  # warm-up: the catalogue index
        for round_number in range(args.rounds):
            order = runs if round_number % 2 == 0 else list(reversed(runs))
            for name, language in order:
                port = sides[name][2]
                latencies[name, language] += timed(port, filled[name]["token"], plan, language)
            print(f"round {round_number + 1}/{args.rounds} done", flush=True)
    finally:
        for server in servers.values():
            server.terminate()
            server.wait(timeout=30)
        import sqlalchemy

        engine = sqlalchemy.create_engine(base)
        with engine.begin() as connection:
            for _root, schema, _port in sides.values():
                connection.execute(sqlalchemy.text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        engine.dispose()

    medians = {f"{name}{'_' + language if language else ''}_median_ms":
               round(statistics.median(values) * 1000, 1)
               for (name, language), values in latencies.items()}
    before = statistics.median(latencies["before", None])
    after = statistics.median(latencies["after", None])
    after_hi = statistics.median(latencies["after", "hi"])
    print(json.dumps({
        "offers": args.offers, "requests_per_side": len(latencies["before", None]),
        **medians,
        "after_vs_before": round(after / before, 3),
        "after_hi_vs_before": round(after_hi / before, 3),
    }, indent=2))
    if max(after, after_hi) > 1.10 * before:
        print("target missed: no more than 10% slower than before")


if __name__ == "__main__":
    main()
