"""Screening tests as tables: each principle a name, the flag it is about, whether the openings
raise it, the openings and the facts they are screened with; one test runs every row. `codes`:
the content flags an opening's text raises, with the facts every table assumes unless told."""
from __future__ import annotations

import pytest

from catalog.screening import OpeningFacts, screen_content


def codes(description: str, *, title: str = "Sales associate", trade: str = "retail_sales",
          wage: int = 11_000, work_mode: str = "on_site", district: str | None = "Kolkata"
          ) -> list[str]:
    facts = OpeningFacts(title=title, description=description, trade=trade,
                         wage_inr_month=wage, work_mode=work_mode, district=district)
    return [flag["code"] for flag in screen_content(facts)]


class Cases:
    """Rows of (flag code or None for "no flag at all", raised?, description, facts)."""

    def __init__(self) -> None:
        self.params: list = []

    def add(self, name: str, code: str | None, raised: bool, descriptions: list[str],
            **facts) -> None:
        self.params += [pytest.param(code, raised, description, facts, id=f"{name}-{number}")
                        for number, description in enumerate(descriptions)]

    def rows(self, name: str, rows: list[tuple[str | None, bool, str, dict]]) -> None:
        """Rows each with its own flag and facts."""
        self.params += [pytest.param(*row, id=f"{name}-{number}")
                        for number, row in enumerate(rows)]

    @staticmethod
    def check(found, code: str | None, raised: bool) -> None:
        if code is None:
            assert not found, found
        else:
            assert (code in found) is raised, found
