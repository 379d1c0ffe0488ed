"""A second app process for tests/catalog/test_several_processes.py: its own engine, session
factory and index cache. It warms its index, says `ready` once it listens, then reports (as
wall-clock seconds) when its listener brought the index to the new version without a request
(`heard`) and when a match of the profile first lists an opening (`matched`)."""
from __future__ import annotations

import sys
import time
from datetime import date

from catalog import matching
from catalog.catalogue_version import read_version
from catalog.db import make_engine, make_session_factory
from catalog.models import Profile
from matcher import match


def main(url: str, profile_id: int, today: str) -> None:
    day = date.fromisoformat(today)
    factory = make_session_factory(make_engine(url))
    cache = matching.index_cache
    def openings_matched() -> bool:
        with factory() as session:
            result = match(matching.profile_facts(session.get(Profile, profile_id)),
                           matching.catalogue_index(session, day), day, near_misses=False)
            return any(found.kind == "opening" for found in result.matches)

    with factory() as session:
        version = read_version(session)
        cache.index(session, day)
        assert cache.listening(session)
    assert not openings_matched()
    print("ready", flush=True)
    key = factory.kw["bind"].url.render_as_string(hide_password=True)
    deadline = time.time() + 20
    heard = None
    while time.time() < deadline:
        kept = cache.version_kept(key)
        if heard is None and kept is not None and kept.version > version.version:
            heard = time.time()
            print(f"heard {heard:.4f}", flush=True)
        if heard is not None and openings_matched():
            print(f"matched {time.time():.4f}", flush=True)
            return
        time.sleep(0.005)
    print("timeout", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
