"""Fixtures for the matching engine: the field taxonomy and catalogue, factories that return
dataclasses, and a helper that indexes offers and matches a profile. No database."""

from __future__ import annotations

import pytest

from matcher import CatalogIndex, match

from . import field


today = pytest.fixture(lambda: field.TODAY)
trades = pytest.fixture(lambda: field.TRADES)
resolver = pytest.fixture(lambda: field.RESOLVER)
make_profile = pytest.fixture(lambda: field.profile)
make_course = pytest.fixture(lambda: field.course)
make_opening = pytest.fixture(lambda: field.opening)
make_batch = pytest.fixture(lambda: field.batch)


@pytest.fixture(scope="session")
def field_index():
    return CatalogIndex(field.TAXONOMY, field.FIELD_COURSES, field.FIELD_OPENINGS)


@pytest.fixture
def match_offers(today):
    """Index these offers (with the field taxonomy) and match the profile against them."""

    def run(profile, courses=(), openings=(), **options):
        index = CatalogIndex(field.TAXONOMY, courses, openings)
        return match(profile, index, today, **options)

    return run
