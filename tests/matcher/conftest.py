"""Fixtures for the matching engine: the field taxonomy and catalogue, factories that return
dataclasses, and a helper that indexes offers and matches a profile. No database."""

from __future__ import annotations

import pytest

from matcher import CatalogIndex, match

from . import field


@pytest.fixture
def today():
    return field.TODAY


@pytest.fixture
def trades():
    return field.TRADES


@pytest.fixture
def resolver():
    return field.RESOLVER


@pytest.fixture
def make_profile():
    return field.profile


@pytest.fixture
def make_course():
    return field.course


@pytest.fixture
def make_opening():
    return field.opening


@pytest.fixture
def make_batch():
    return field.batch


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
