"""Sign-in under attack, before and after issue 15, side by side in one run (run on purpose,
not as a test): python bench/bench_sign_in.py [--seconds 8] [--before REV]

Each tree (`before`: REV, default the merge-base of HEAD and main, unpacked with git archive
into a temporary directory; `after`: this working tree) is served the same way, by gunicorn
from this virtualenv (2 gthread workers of 8 threads, SECRET_KEY set so both workers agree, a
fresh SQLite database, one counselor with a password), and asked the same things:

1. requests before throttling: wrong sign-ins one after another (each a real form POST with its
   CSRF token) until the first 429, at most 40;
2. `/api/v1/health` latency, median and 90th percentile of sequential probes, when idle, then
   while 12 clients send wrong sign-ins as fast as they can:
   a. one account from one address (the issue's case: 12 wrong sign-ins at once);
   b. distributed: every try a new unknown email from a new address (X-Forwarded-For, with
      TRUSTED_PROXIES=1), so the throttle never applies and only the bound on concurrent
      password checks (SIGN_IN_CONCURRENCY=2) protects the service.
Answers to the attackers are counted by status. The machine is shared: compare the columns of
one run, not runs of different days.
"""
from __future__ import annotations

import argparse
import io
import itertools
import math
import os
import re
import socket
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).with_name("gunicorn")
EMAIL = "bench.counselor@example.org"
PASSWORD = "correct horse battery"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
SETUP = f"""
import sys
from catalog.db import make_engine, make_session_factory
from catalog.migrate import upgrade
from catalog.models import utcnow
from catalog.services import accounts, passwords
engine = make_engine(sys.argv[1])
upgrade(engine)
with make_session_factory(engine)() as session:
    organisation = accounts.create_organisation(session, "Bench NGO", "ngo")
    user, _ = accounts.create_user(session, {EMAIL!r}, organisation, "counselor")
    passwords.set_password(session, user, {PASSWORD!r}, now=utcnow())
    session.commit()
"""


def unpack(rev: str, into: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, tree: Path, scratch: Path) -> None:
        self.tree, self.port = tree, free_port()
        database = f"sqlite:///{scratch / 'bench.db'}"
        env = {**os.environ, "PYTHONPATH": str(tree), "DATABASE_URL": database,
               "SECRET_KEY": "bench-secret", "APP_ENV": "production", "TRUSTED_PROXIES": "1",
               "SIGN_IN_CONCURRENCY": "2", "INSTANCE_PATH": str(scratch)}
        subprocess.run([sys.executable, "-c", SETUP, database], cwd=tree, env=env, check=True)
        self.process = subprocess.Popen(
            [str(GUNICORN), "--workers", "2", "--worker-class", "gthread", "--threads", "8",
             "--bind", f"127.0.0.1:{self.port}", "--log-level", "warning", "wsgi:app"],
            cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                requests.get(self.url + "/api/v1/health", timeout=1)
                return
            except requests.RequestException:
                time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not start for {tree}")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


def form_session(url: str) -> tuple[requests.Session, str]:
    session = requests.Session()
    token = CSRF.search(session.get(url + "/sign-in", timeout=30).text).group(1)
    return session, token


def wrong_sign_in(session, token, url, email=EMAIL, address=None) -> int:
    headers = {"X-Forwarded-For": address} if address else {}
    return session.post(url + "/sign-in", data={"email": email, "password": "wrong password!",
                                                "csrf_token": token},
                        headers=headers, allow_redirects=False, timeout=60).status_code


def requests_before_throttling(url: str, limit: int = 40) -> int | None:
    session, token = form_session(url)
    for tries in range(1, limit + 1):
        if wrong_sign_in(session, token, url, address="192.0.2.77") == 429:
            return tries - 1
    return None


def probe(url: str, seconds: float, stop: threading.Event | None = None) -> list[float]:
    latencies = []
    end = time.monotonic() + seconds
    while time.monotonic() < end and not (stop and stop.is_set()):
        start = time.perf_counter()
        requests.get(url + "/api/v1/health", timeout=60)
        latencies.append((time.perf_counter() - start) * 1000)
        time.sleep(0.05)
    return latencies


def under_attack(url: str, seconds: float, distributed: bool) -> tuple[list[float], Counter]:
    answers: Counter = Counter()
    stop = threading.Event()
    counter = itertools.count(1)
    lock = threading.Lock()

    def attacker(index: int) -> None:
        session, token = form_session(url)
        while not stop.is_set():
            if distributed:
                n = next(counter)
                email = f"nobody{n}@example.org"
                address = f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"
            else:
                email, address = EMAIL, "198.51.100.7"
            try:
                status = wrong_sign_in(session, token, url, email, address)
            except requests.RequestException:
                status = "error"
            with lock:
                answers[status] += 1

    threads = [threading.Thread(target=attacker, args=(i,), daemon=True) for i in range(12)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)  # the flood is on
    latencies = probe(url, seconds)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    return latencies, answers


def summary(latencies: list[float]) -> str:
    if not latencies:
        return "-"
    ordered = sorted(latencies)
    p90 = ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]  # nearest rank
    return f"{statistics.median(ordered):,.0f} ms (p90 {p90:,.0f}, n={len(ordered)})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--before", default=None, help="git revision of the baseline")
    args = parser.parse_args()
    before = args.before or subprocess.run(
        ["git", "-C", str(ROOT), "merge-base", "HEAD", "main"], check=True,
        capture_output=True, text=True).stdout.strip()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        trees = {"before": unpack(before, scratch / "before"), "after": ROOT}
        for label, tree in trees.items():
            work = scratch / f"run-{label}"
            work.mkdir()
            server = Server(tree, work)
            try:
                probe(server.url, 1.0)  # warm up
                throttled_after = requests_before_throttling(server.url)
                idle = probe(server.url, args.seconds / 2)
                one, one_answers = under_attack(server.url, args.seconds, distributed=False)
                many, many_answers = under_attack(server.url, args.seconds, distributed=True)
            finally:
                server.stop()
            rows.append((label, throttled_after, idle, one, one_answers, many, many_answers))
    print(f"before = {before[:10]}, after = working tree; {args.seconds:g} s per attack\n")
    print("| tree | wrong sign-ins before the first 429 | /health idle | /health, 12 at once "
          "on one account | their answers | /health, 12 at once distributed | their answers |")
    print("|---|---|---|---|---|---|---|")
    for label, throttled_after, idle, one, one_answers, many, many_answers in rows:
        print(f"| {label} | {throttled_after if throttled_after is not None else 'none in 40'} "
              f"| {summary(idle)} | {summary(one)} | {dict(one_answers)} | {summary(many)} "
              f"| {dict(many_answers)} |")


if __name__ == "__main__":
    main()
