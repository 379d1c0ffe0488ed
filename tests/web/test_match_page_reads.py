"""What the counselor's match page reads of the schemes: their version once, with the
catalogue's (the match's own read), and the names of the schemes its pathways name, by code,
only when one does."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from catalog.services import accounts
from seeds.loader import load_schemes
from tests.rows import batch_row, course_row
from tests.statements import reads, statements

ORG = "Ashray NGO"
TODAY = date.today()
SCHEMES_VERSION = "max(updated_at) AS updated"  # in catalog/matching.py's version reads


@pytest.fixture
def counselor(signed_in):
    return signed_in("counselor", org_name=ORG)


@pytest.fixture
def course(db_session) -> int:
    provider = accounts.create_organisation(db_session, "Kolkata Women's ITI", "provider")
    found = course_row(db_session, provider.id, title="Sewing machine operator",
                       duration_weeks=12, stipend_inr_month=1500)
    batch_row(db_session, found.id, TODAY + timedelta(days=30), TODAY + timedelta(days=20), 10)
    db_session.commit()
    return found.id


def page_reads(app, client, path: str) -> tuple[str, list[str]]:
    with statements(app.extensions["database"].engine) as seen:
        response = client.get(path)
    assert response.status_code == 200
    return response.get_data(as_text=True), reads(seen)


def scheme_name_reads(selects: list[str]) -> list[str]:
    """The page's own reads of scheme names by code (not the match's read of whole schemes,
    when their version moved)."""
    return [s for s in selects if s.startswith("SELECT schemes.code, schemes.name")]


def test_the_match_page_reads_the_schemes_version_once_and_the_names_its_pathway_names(
        app, counselor, profile_in, db_session, course):
    load_schemes(db_session)
    db_session.commit()
    profile_id = profile_in(ORG, "ASH-401", documents=["aadhaar"])
    page, selects = page_reads(app, counselor, f"/profiles/{profile_id}/matches")
    assert "PMJDY zero-balance bank account" in page  # a scheme step, named
    assert sum(SCHEMES_VERSION in s for s in selects) == 1
    assert len(scheme_name_reads(selects)) == 1


def test_a_match_page_naming_no_scheme_reads_no_scheme_name(
        app, counselor, profile_in, db_session, course):
    profile_id = profile_in(ORG, "ASH-402", documents=["aadhaar"])  # no scheme in the catalogue
    page, selects = page_reads(app, counselor, f"/profiles/{profile_id}/matches")
    assert "Sewing machine operator" in page
    assert sum(SCHEMES_VERSION in s for s in selects) == 1
    assert scheme_name_reads(selects) == []
