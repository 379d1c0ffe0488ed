"""Two app processes on one PostgreSQL (issue 19): an opening published through one is matched
by the other within a second, heard through LISTEN/NOTIFY before any request asks."""
from __future__ import annotations

import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from catalog import matching
from catalog.models import Organisation
from catalog.services import openings
from tests.outcome_rows import T0, OutcomeRows

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow  # processes of their own (setup.cfg)


@pytest.fixture
def postgres(engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    return engine


def test_an_opening_published_in_one_process_is_matched_by_another_within_a_second(
        postgres, db, session):
    rows = OutcomeRows(session)
    ngo = rows.org("Asha Shelter Trust", "ngo")
    employer = session.get(Organisation, rows.org("Stitch Works", "employer", verified=True))
    profile = rows.survivor(ngo)
    provider = rows.org("Kolkata Women's ITI", "provider")
    rows.course(provider)
    session.commit()
    matching.catalogue_index(session, T0.date())  # this process has its index too
    url = postgres.url.render_as_string(hide_password=False)
    with subprocess.Popen([sys.executable, "-m", "tests.catalog.match_watcher", url,
                           str(profile), T0.date().isoformat()],
                          cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as other:
        assert other.stdout.readline().strip() == "ready", other.stderr.read()
        opening = openings.create_opening(session, employer, dict(
            title="Cutter", trade="sewing_dress_making", min_literacy="none", languages=["bn"],
            work_mode="on_site", district="Kolkata", state="West Bengal", wage_inr_month=12000,
            positions=2, closes_on=date(2027, 1, 1)), None, now=T0)
        session.commit()
        published = time.time()
        assert opening.status.value == "published"
        heard = other.stdout.readline().split()
        matched = other.stdout.readline().split()
        assert heard[0] == "heard" and matched[0] == "matched", (heard, matched)
        assert float(heard[1]) - published < 1.0
        assert float(matched[1]) - published < 1.0
        assert other.wait(timeout=10) == 0
