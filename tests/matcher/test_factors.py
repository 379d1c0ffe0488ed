"""The registry of scoring factors (`matcher.factors`): each factor declared once, and what the
engine assumes of it (its bound, its reasons) holds for every pair it scores."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matcher import CatalogIndex
from matcher.factors import BY_NAME, FACTORS, WEIGHTS, Pair, value_bound, weighted_score
from matcher.messages import Reason
from matcher.models import Preferences
from matcher.query import SCORE_MARGIN, Query
from matcher.scoring import BRIDGE_DISCOUNT
from matcher.vocabulary import Device, IncomeUrgency, LearningMode, Literacy
from matcher.wanted import WantedQuery

from . import field
from .worlds import PROPERTIES, profiles, scenarios

PLACES = (field.HOWRAH, field.KOLKATA, field.BARASAT, field.MURSHIDABAD)
INTERESTS = ((), ("silai",), ("parlour", "computer"), ("khana banana",))


def _profiles():
    for number, (at, interests, urgency) in enumerate(
        itertools.product(PLACES, INTERESTS, IncomeUrgency)
    ):
        yield field.profile(
            interests=interests, at=at, id=number + 1, income_urgency=urgency,
            literacy=(Literacy.NONE, Literacy.CLASS5, Literacy.CLASS10)[number % 3],
            can_relocate=number % 2 == 0, device=(Device.SMARTPHONE, Device.COMPUTER)[number % 2],
            connectivity=True, learning_mode=(LearningMode.ANY, LearningMode.IN_PERSON)[number % 2],
            preferences=Preferences(women_only=number % 4 == 0, day_shift_only=number % 3 == 0),
            experience=("silai",) if number % 5 == 0 else (), age=(24, 40)[number % 2],
        )


@pytest.fixture(scope="module")
def scored():
    """(query, evaluation) for every candidate the rules let each survivor take (or reach
    through a bridge), on the field catalogue."""
    index = CatalogIndex(field.TAXONOMY, field.FIELD_COURSES, field.FIELD_OPENINGS)
    found = []
    for survivor in _profiles():
        query = Query(survivor, index, field.TODAY)
        for row, km in query.candidates:
            evaluation = query.evaluate(row, km)
            if evaluation.is_match:
                found.append((query, evaluation, km))
    assert len(found) > 300
    return found


def _pair(query, evaluation) -> Pair:
    row = evaluation.row
    return Pair(query.profile, row.offer, row.trade_info, query.today, evaluation.distance_km,
                evaluation.batch, query.market[row.trade])


def test_weights_sum_to_100_and_cover_every_factor():
    assert sum(WEIGHTS.values()) == pytest.approx(100.0)
    assert set(WEIGHTS) == {
        "interest",
        "experience",
        "distance",
        "income",
        "marketability",
        "start",
        "preferences",
    }


def test_each_factor_is_declared_once():
    names = [factor.name for factor in FACTORS]
    assert len(names) == len(set(names)) == len(BY_NAME)
    assert all(factor.weight > 0 for factor in FACTORS)


def test_the_factors_of_a_match_are_the_registry_in_its_order(scored):
    for _query, evaluation, _km in scored:
        assert list(evaluation.factors) == [factor.name for factor in FACTORS]


def test_a_factor_gives_only_the_reasons_it_declares(scored):
    given = set()
    for query, evaluation, _km in scored:
        pair = _pair(query, evaluation)
        for factor in FACTORS:
            found = factor.score(pair)
            assert 0.0 <= found.value <= 1.0
            if found.reason is not None:
                assert found.reason.code in factor.reasons, factor.name
                given.add(found.reason.code)
    declared = set().union(*(factor.reasons for factor in FACTORS))
    assert declared <= set(Reason)
    assert given == declared  # the fixtures reach every reason: the check above bites


def test_the_bound_of_each_factor_is_never_below_its_value(scored):
    for query, evaluation, _km in scored:
        pair = _pair(query, evaluation)
        for factor in FACTORS:
            assert value_bound(factor, pair) >= factor.score(pair).value - 1e-9, factor.name


def test_the_bound_the_engine_ranks_by_is_never_below_the_score(scored):
    """The bound `matcher.wanted` passes over an offer by (`WantedQuery.upper_bound`), with the
    bridge discount where the offer is reached through a literacy bridge."""
    exact, wanted = 0, {}
    for query, evaluation, km in scored:
        row = evaluation.row
        if id(query) not in wanted:
            wanted[id(query)] = WantedQuery(query.profile, query.index, query.today)
        bound = wanted[id(query)].upper_bound(row, km)
        if row.lit_rank > query.rank:
            bound *= BRIDGE_DISCOUNT
        assert bound + SCORE_MARGIN >= evaluation.score
        exact += abs(bound - evaluation.score) < 1.0
    assert exact > 0  # and it is tight where nothing is left to chance


def test_the_score_is_the_weighted_sum_of_the_factors(scored):
    for _query, evaluation, _km in scored[:50]:
        values = dict(evaluation.factors)
        assert evaluation.score == pytest.approx(
            weighted_score(values, evaluation.requires_bridge), abs=0.11)


@PROPERTIES
@given(st.data())
def test_a_factor_scored_per_offer_reads_nothing_of_the_pair_it_does_not_declare(data):
    """What lets `matcher.wanted` score such a factor once per offer, batch and the values it
    declares (`per_offer`) for a whole cohort: a pair that differs in everything else (another
    survivor but for the fields named, another distance, another market) scores the same."""
    person, courses, openings = data.draw(scenarios())
    other = data.draw(profiles())
    index = CatalogIndex(field.TAXONOMY, courses, openings)
    declared = [factor for factor in FACTORS if factor.per_offer is not None]
    assert declared and not any(factor.by_trade for factor in declared)
    for row in index.rows:
        for batch in row.offer.batches if row.kind == "course" else (None,):
            pair = Pair(person, row.offer, row.trade_info, field.TODAY,
                        data.draw(st.floats(0.0, 300.0)), batch, data.draw(st.integers(0, 40)))
            for factor in declared:
                kept = {name.removeprefix("profile."): getattr(person, name.removeprefix(
                    "profile.")) for name in factor.per_offer if name.startswith("profile.")}
                variant = pair._replace(
                    profile=replace(other, **kept), distance_km=data.draw(st.floats(0.0, 300.0)),
                    positions=data.draw(st.integers(0, 40)))
                variant = variant._replace(**{name: getattr(pair, name) for name in
                                              factor.per_offer if not name.startswith("profile.")})
                assert factor.score(variant) == factor.score(pair), factor.name
