"""What the counselor's match page reads of the schemes: their version once, with the
catalogue's (the match's own read), and the names of the schemes its pathways name, by code,
only when one does."""
from __future__ import annotations

from seeds.loader import load_schemes
from tests.statements import reads, statements

from .casework_rows import NGO, new_batch, new_opening, people  # noqa: F401  (a fixture)

SCHEMES_VERSION = "max(updated_at) AS updated"  # in catalog/matching.py's version reads


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
        app, people, profile_in, db_session):
    new_batch(db_session)
    new_opening(db_session)
    load_schemes(db_session)
    db_session.commit()
    profile_id = profile_in(NGO, "ASH-401", documents=["aadhaar"])
    page, selects = page_reads(app, people["counselor"], f"/profiles/{profile_id}/matches")
    assert "PMJDY zero-balance bank account" in page  # a scheme step, named
    assert sum(SCHEMES_VERSION in s for s in selects) == 1
    assert len(scheme_name_reads(selects)) == 1


def test_a_match_page_naming_no_scheme_reads_no_scheme_name(app, people, profile_in, db_session):
    new_batch(db_session)
    profile_id = profile_in(NGO, "ASH-402", documents=["aadhaar"])  # no scheme in the catalogue
    page, selects = page_reads(app, people["counselor"], f"/profiles/{profile_id}/matches")
    assert "Sewing machine operator" in page
    assert sum(SCHEMES_VERSION in s for s in selects) == 1
    assert scheme_name_reads(selects) == []
