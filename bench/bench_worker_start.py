"""Benchmark of a gunicorn worker's start on PostgreSQL: the first match requests with each
worker building its catalogue index before its first request (the repository's
gunicorn.conf.py) against the same gunicorn without it (an empty config file given with
`--config`: the first match in each worker builds the index), in one run, one after the other.

For each: seconds from gunicorn's start until /api/v1/health answers, the build time each worker
logged (with the hook), and the latencies of the first match requests sent one at a time
(`--requests`, default 10; over 2 workers the first two find each worker's first request).
`--timeout` is gunicorn's worker timeout for both (default 300 s, so that the run without the
hook finishes instead of having its workers killed at gunicorn's default 30 s; with that default
a build over 30 s in a request kills the worker).

    BENCH_DATABASE_URL=... python bench/bench_worker_start.py   # a database filled by
        bench/bench_catalogue_version.py --offers 200000 (this one reads it, writes one user)
"""
from __future__ import annotations

import argparse
import http.client
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from bench.bench_api import DEFAULT_URL  # noqa: E402
from catalog.db import make_engine, make_session_factory  # noqa: E402
from catalog.models import Organisation, Profile  # noqa: E402
from catalog.services import accounts  # noqa: E402

BUILT = re.compile(r"catalogue index of (\d+) offers built in ([\d.]+) s")


def counselor(url: str) -> tuple[str, list[int]]:
    """A new counselor's token in the bench's NGO, and that NGO's profile ids."""
    factory = make_session_factory(make_engine(url))
    with factory() as session:
        ngo = session.scalar(select(Organisation).where(Organisation.name == "Bench NGO"))
        _, token = accounts.create_user(session, f"start-{time.time_ns()}@example.org", ngo,
                                        "counselor")
        profiles = list(session.scalars(select(Profile.id).where(
            Profile.organisation_id == ngo.id).limit(200)))
        session.commit()
    return token, profiles


def get(port: int, path: str, token: str | None = None, timeout: float = 600) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    connection.request("GET", path, headers={"Authorization": f"Bearer {token}"} if token else {})
    status = connection.getresponse().status
    connection.close()
    return status


def run(url: str, port: int, config: str | None, token: str, profiles: list[int],
        requests: int, timeout: int, log: Path) -> dict:
    env = dict(os.environ, DATABASE_URL=url, SECRET_KEY="bench")
    extra = ["--config", config] if config else []
    started = time.perf_counter()
    with open(log, "w") as output:
        server = subprocess.Popen(
            [str(Path(sys.executable).with_name("gunicorn")), "--workers", "2", *extra,
             "--timeout", str(timeout), "--bind", f"127.0.0.1:{port}", "--log-level", "info",
             "wsgi:app"], cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        while True:
            try:
                get(port, "/api/v1/health", timeout=600)
                break
            except OSError:
                if server.poll() is not None or time.perf_counter() - started > timeout * 2:
                    raise SystemExit(f"gunicorn did not answer; see {log}")
                time.sleep(0.2)
        up = time.perf_counter() - started
        latencies, errors = [], 0
        for number in range(requests):
            begun = time.perf_counter()
            status = get(port, f"/api/v1/profiles/{profiles[number % len(profiles)]}/matches",
                         token)
            latencies.append((time.perf_counter() - begun) * 1000)
            errors += status != 200
    finally:
        server.terminate()
        server.wait(timeout=60)
    return dict(up=up, latencies=latencies, errors=errors,
                built=[float(seconds) for _, seconds in BUILT.findall(log.read_text())])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument("--timeout", type=int, default=300)
    parser.add_argument("--port", type=int, default=8771)
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    token, profiles = counselor(url)
    folder = Path(tempfile.mkdtemp(prefix="bench-worker-start-"))
    empty = folder / "empty.conf.py"
    empty.write_text("# no hooks: gunicorn as before gunicorn.conf.py\n")
    for name, config in (("without the hook", str(empty)), ("with gunicorn.conf.py", None)):
        found = run(url, args.port, config, token, profiles, args.requests, args.timeout,
                    folder / f"{name.split()[0]}.log")
        first = found["latencies"][:2]
        print(f"{name}: health answered after {found['up']:.1f} s; builds logged "
              f"{found['built'] or 'none'} s; first two matches {first[0]:.0f}, {first[1]:.0f} "
              f"ms; median of the next {len(found['latencies']) - 2} "
              f"{median(found['latencies'][2:]):.0f} ms; errors {found['errors']}")
    print(f"logs in {folder}")


if __name__ == "__main__":
    main()
