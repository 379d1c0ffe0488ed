"""The documents stay true: every API route is in docs/http-api.md's index (and every row there is
a route), docs/design.md names every hard rule, factor and job, the code cites documents that
exist, and the links between documents resolve."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from api import create_app
from catalog.jobs import JOBS
from matcher.factors import FACTORS
from matcher.rules import HARD_RULES
from matcher.vocabulary import Blocker

ROOT = Path(__file__).resolve().parent.parent
HTTP_API = ROOT / "docs" / "http-api.md"
DESIGN = ROOT / "docs" / "design.md"
BASE = "/api/v1"
PLACEHOLDER = re.compile(r"<(?:[a-z]+:)?([a-z_]+)>")
INDEX_ROW = re.compile(r"^\| `(/[^`]*)` \| ([A-Z, ]+) \|", re.M)


@pytest.fixture(scope="module")
def api_routes(tmp_path_factory) -> dict[str, set[str]]:
    """{path under /api/v1 as the docs write it: methods} of the app's url_map."""
    database = tmp_path_factory.mktemp("docs") / "routes.db"
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{database}",
                      "SECRET_KEY": "test-secret"})
    routes: dict[str, set[str]] = {}
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith(BASE + "/"):
            path = PLACEHOLDER.sub(r"{\1}", rule.rule[len(BASE):])
            routes.setdefault(path, set()).update(rule.methods - {"HEAD", "OPTIONS"})
    app.extensions["database"].engine.dispose()
    return routes


def documented_routes() -> dict[str, set[str]]:
    """{path: methods} of the endpoint index of docs/http-api.md."""
    return {path: {m.strip() for m in methods.split(",")}
            for path, methods in INDEX_ROW.findall(HTTP_API.read_text(encoding="utf-8"))}


def test_every_api_route_and_method_is_in_the_http_api_index(api_routes):
    documented = documented_routes()
    missing = {path: sorted(methods - documented.get(path, set()))
               for path, methods in api_routes.items() if methods - documented.get(path, set())}
    assert not missing, f"add these to the endpoint index of docs/http-api.md: {missing}"


def test_the_http_api_index_names_no_route_the_app_lacks(api_routes):
    documented = documented_routes()
    stale = {path: sorted(methods - api_routes.get(path, set()))
             for path, methods in documented.items() if methods - api_routes.get(path, set())}
    assert not stale, f"docs/http-api.md lists routes the app does not serve: {stale}"


def test_the_index_covers_a_known_route():
    # The index is read by a pattern: a table reformatted out of it would pass vacuously.
    assert documented_routes()["/openings/{opening_id}/flags/{code}/dismiss"] == {"POST"}


def _table_rows(document: Path) -> dict[str, str]:
    """{first cell without backticks: the row} of every table row of a document."""
    rows = re.findall(r"^\| `([^`]+)` \|(.*)$", document.read_text(encoding="utf-8"), re.M)
    return dict(rows)


def test_design_lists_every_hard_rule_in_the_order_the_engine_reports_them():
    codes = [rule.check.__name__ for rule in HARD_RULES]  # each rule is named by its blocker
    assert set(codes) == {blocker.value for blocker in Blocker}
    assert [code for code in _table_rows(DESIGN) if code in codes] == codes


def test_design_gives_every_scoring_factor_its_weight():
    rows = _table_rows(DESIGN)
    for factor in FACTORS:
        assert factor.name in rows, f"docs/design.md lacks the factor {factor.name}"
        assert rows[factor.name].split("|")[0].strip() == f"{factor.weight:g}"


def test_design_lists_every_scheduled_job():
    missing = sorted(set(JOBS) - set(_table_rows(DESIGN)))
    assert not missing, f"docs/design.md's jobs table lacks {missing}"


def _sources() -> list[Path]:
    skip = {".venv", ".git", "node_modules"}
    return [p for p in ROOT.rglob("*.py") if not skip & set(p.relative_to(ROOT).parts)]


def test_the_code_cites_the_documents_in_the_repository():
    stale = [f"{p.relative_to(ROOT)}:{n}" for p in _sources()
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"(?<![\w/])(DESIGN|API)\.md", line)]
    assert not stale, f"cite docs/design.md or docs/http-api.md instead: {stale}"


@pytest.mark.parametrize("document", sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")]),
                         ids=lambda p: p.name)
def test_links_between_documents_resolve(document):
    text = document.read_text(encoding="utf-8")
    broken = []
    for target in re.findall(r"\]\(([^)#\s]+\.md)(?:#[\w-]+)?\)", text):
        if not (document.parent / target).is_file():
            broken.append(target)
    for target, anchor in re.findall(r"\]\(([^)#\s]*\.md|)#([\w-]+)\)", text):
        linked = document.parent / target if target else document
        if linked.is_file() and anchor not in _anchors(linked):
            broken.append(f"{target}#{anchor}")
    assert not broken, f"{document.name} links to what does not exist: {broken}"


def _anchors(document: Path) -> set[str]:
    """GitHub's anchors of the headings of a Markdown document."""
    headings = re.findall(r"^#{1,6} (.+)$", document.read_text(encoding="utf-8"), re.M)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}
