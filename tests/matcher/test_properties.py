"""Invariants over random small catalogues (hypothesis): the indexed engine finds exactly what a
brute-force pass of every rule over every offer finds; no match breaks a hard rule; scores stay
within 0..100; more literacy or more travel never takes an offer away; output is deterministic.
The worlds are drawn by tests/matcher/worlds.py."""

from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from matcher import CatalogIndex, match
from matcher.checks import is_offered
from matcher.geo import haversine_km
from matcher.rows import unknown_trade
from matcher.rules import RuleContext, blockers
from matcher.vocabulary import Blocker

from .field import TAXONOMY, TODAY, TRADES
from .worlds import PROPERTIES, literacies, scenarios


# --- the reference: every rule on every offer --------------------------------------------------


def rule_blockers(profile, offer):
    trade = TRADES.get(offer.trade) or unknown_trade(offer.trade)
    km = haversine_km(profile.latitude, profile.longitude, offer.latitude, offer.longitude)
    return blockers(profile, offer, RuleContext(TODAY, trade, km))


def brute_force(profile, courses, openings) -> set[tuple[str, int, bool]]:
    """(kind, id, requires_bridge) of every eligible offer, by the rules alone."""
    offered = [o for o in [*courses, *openings] if is_offered(profile, o)]
    bridges = [
        o
        for o in offered
        if o.kind == "course" and o.raises_literacy_to is not None and not rule_blockers(profile, o)
    ]
    eligible = set()
    for offer in offered:
        hits = rule_blockers(profile, offer)
        if not hits:
            eligible.add((offer.kind, offer.id, False))
        elif (
            all(hit.code == Blocker.LITERACY_BELOW_MINIMUM for hit in hits)
            and getattr(offer, "raises_literacy_to", None) is None
            and any(b.raises_literacy_to >= offer.min_literacy for b in bridges)
        ):
            eligible.add((offer.kind, offer.id, True))
    return eligible


def run(profile, courses, openings, **options):
    return match(profile, CatalogIndex(TAXONOMY, courses, openings), TODAY, **options)


def eligible(result) -> set[tuple[str, int, bool]]:
    return {(m.kind, m.offer_id, m.requires_bridge) for m in result.matches}


# --- properties ---------------------------------------------------------------------------


@PROPERTIES
@given(scenarios())
def test_the_indexed_engine_finds_exactly_what_brute_force_finds(scenario):
    profile, courses, openings = scenario
    result = run(profile, courses, openings, limit=None, near_misses=False)
    assert eligible(result) == brute_force(profile, courses, openings)


@PROPERTIES
@given(scenarios())
def test_no_match_violates_a_hard_rule(scenario):
    profile, courses, openings = scenario
    offers = {(o.kind, o.id): o for o in [*courses, *openings]}
    result = run(profile, courses, openings, limit=None)
    for found in result.matches:
        offer = offers[(found.kind, found.offer_id)]
        hits = [hit.code for hit in rule_blockers(profile, offer)]
        assert is_offered(profile, offer)
        if not found.requires_bridge:
            assert hits == []
            continue
        assert hits == [Blocker.LITERACY_BELOW_MINIMUM]
        first_course = next(step.course_id for step in found.pathway if step.step == "course")
        bridge = offers[("course", first_course)]
        assert bridge.raises_literacy_to >= offer.min_literacy
        assert rule_blockers(profile, bridge) == ()
    for missed in result.near_misses:
        offer = offers[(missed.kind, missed.offer_id)]
        assert missed.blockers == rule_blockers(profile, offer) != ()
        assert (missed.kind, missed.offer_id) not in {(m.kind, m.offer_id) for m in result.matches}


@PROPERTIES
@given(scenarios(), st.integers(1, 5))
def test_scores_stay_within_0_and_100_best_first_and_limit_takes_the_best(scenario, limit):
    profile, courses, openings = scenario
    everything = run(profile, courses, openings, limit=None, near_misses=False)
    scores = [m.score for m in everything.matches]
    assert all(0.0 <= score <= 100.0 for score in scores)
    order = [(-m.score, m.kind, m.offer_id) for m in everything.matches]
    assert order == sorted(order)
    limited = run(profile, courses, openings, limit=limit, near_misses=False)
    assert limited.matches == everything.matches[:limit]


@PROPERTIES
@given(scenarios(), literacies)
def test_more_literacy_never_takes_an_offer_away(scenario, literacy):
    profile, courses, openings = scenario
    if literacy < profile.literacy:
        return
    before = {(k, i) for k, i, _ in eligible(run(profile, courses, openings, limit=None))}
    after = {
        (k, i)
        for k, i, _ in eligible(
            run(replace(profile, literacy=literacy), courses, openings, limit=None)
        )
    }
    bridges = {("course", c.id) for c in courses if c.raises_literacy_to is not None}
    assert before - bridges <= after


@PROPERTIES
@given(scenarios(), st.sampled_from([0.0, 1.0, 10.0, 100.0, 5_000.0]))
def test_more_travel_never_takes_an_offer_away(scenario, extra_km):
    profile, courses, openings = scenario
    further = replace(profile, max_travel_km=profile.max_travel_km + extra_km)
    before = eligible(run(profile, courses, openings, limit=None, near_misses=False))
    after = eligible(run(further, courses, openings, limit=None, near_misses=False))
    assert {(k, i) for k, i, _ in before} <= {(k, i) for k, i, _ in after}


@PROPERTIES
@given(scenarios(), st.randoms(use_true_random=False))
def test_the_same_input_gives_the_same_output(scenario, rng: random.Random):
    profile, courses, openings = scenario
    first = run(profile, courses, openings).to_dict()
    assert run(profile, courses, openings).to_dict() == first
    shuffled_courses, shuffled_openings = list(courses), list(openings)
    rng.shuffle(shuffled_courses)
    rng.shuffle(shuffled_openings)
    assert run(profile, shuffled_courses, shuffled_openings).to_dict() == first
