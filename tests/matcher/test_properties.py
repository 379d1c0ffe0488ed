"""Invariants over random small catalogues (hypothesis): the indexed engine finds exactly what a
brute-force pass of every rule over every offer finds; no match breaks a hard rule; scores stay
within 0..100; more literacy or more travel never takes an offer away; output is deterministic."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matcher import CatalogIndex, match
from matcher.checks import is_offered
from matcher.geo import haversine_km
from matcher.models import (
    BatchOffer,
    CourseOffer,
    OpeningOffer,
    Preferences,
    ProfileFacts,
    ResolvedInterest,
)
from matcher.rows import unknown_trade
from matcher.rules import RuleContext, blockers
from matcher.vocabulary import (
    Blocker,
    CourseMode,
    Device,
    Document,
    Gender,
    IncomeUrgency,
    LearningMode,
    Literacy,
    OpeningStatus,
    Shift,
    WorkMode,
)
from tests.hypothesis_profiles import examples

from .field import TAXONOMY, TODAY, TRADES

PROPERTIES = settings(
    max_examples=examples(150),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,  # nothing written into the repository
)

BASE = (22.60, 88.30)
DISTRICTS = ["Howrah", "Kolkata", "Hooghly"]
LANGUAGES = ["bn", "hi", "en"]
TRADE_CODES = [trade.code for trade in TAXONOMY] + ["mobile_repair"]


def weighted(favourite, others, times=8):
    """Mostly the favourite value, sometimes any of the others (or the favourite)."""
    return st.sampled_from([favourite] * times + list(others))


def _offset(spread: float):
    return st.floats(-spread, spread, allow_nan=False)


FAR_AWAY = (-3.5, -15.4)  # from BASE to Mumbai


def _around(spread: float | None):
    """A town (mostly within reach), a region (around the usual reach), or far away."""
    if spread is None:
        return st.just(FAR_AWAY)
    return st.tuples(_offset(spread), _offset(spread))


places = (
    weighted(0.15, [0.6, None]).flatmap(_around).map(lambda d: (BASE[0] + d[0], BASE[1] + d[1]))
)
language_sets = weighted(
    frozenset({"bn", "hi"}),
    times=16,
    others=[frozenset(), frozenset({"en"}), frozenset({"bn"}), frozenset({"hi", "en"})],
)
document_sets = st.sets(st.sampled_from(list(Document)), max_size=3).map(frozenset)
literacies = st.sampled_from(list(Literacy))
# Offers are drawn mostly open to most survivors, so that enough are eligible for the properties
# to bite (a catalogue of random blockers is mostly near misses).
likely_low_literacy = weighted(Literacy.NONE, Literacy)
mostly = weighted(False, [True], times=5)


@st.composite
def batches(draw, course_id: int):
    made = []
    for number in range(draw(weighted(1, [0, 2, 3]))):
        start = draw(weighted(30, [10, 1, 0, -1, -5, 60]))
        seats = draw(weighted(3, [0, 1, 4]))
        made.append(
            BatchOffer(
                id=course_id * 10 + number,
                start_date=TODAY + timedelta(days=start),
                application_deadline=TODAY + timedelta(days=start - draw(weighted(1, [0, 7]))),
                seats_total=seats,
                seats_taken=draw(weighted(0, [seats, seats // 2])),
            )
        )
    return tuple(made)


def destination(lat: float, lon: float, km: float, bearing_degrees: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) in that direction, on the sphere of `haversine_km`."""
    d = km / 6371.0088
    theta, phi1, lam1 = math.radians(bearing_degrees), math.radians(lat), math.radians(lon)
    phi2 = math.asin(math.sin(phi1) * math.cos(d) + math.cos(phi1) * math.sin(d) * math.cos(theta))
    lam2 = lam1 + math.atan2(
        math.sin(theta) * math.sin(d) * math.cos(phi1),
        math.cos(d) - math.sin(phi1) * math.sin(phi2),
    )
    return math.degrees(phi2), (math.degrees(lam2) + 540.0) % 360.0 - 180.0


@st.composite
def near(draw, profile: ProfileFacts):
    """A place for an offer: anywhere around, or close to the edge of the survivor's reach."""
    reach = profile.max_travel_km
    how_far = draw(st.sampled_from(["around", "around", "edge", "edge", "far"]))
    if how_far == "around":
        return draw(places)
    if how_far == "far":
        return destination(profile.latitude, profile.longitude, 1_500.0, draw(st.floats(0, 360)))
    km = reach * draw(st.sampled_from([0.5, 0.9, 0.98, 0.999, 1.001, 1.02, 1.1, 2.0])) + draw(
        st.sampled_from([0.0, 0.2, -0.2])
    )
    return destination(profile.latitude, profile.longitude, max(0.0, km), draw(st.floats(0, 360)))


@st.composite
def offer_fields(draw, profile: ProfileFacts) -> dict:
    """What a course and an opening are drawn alike: whom they take and where they are."""
    lat, lon = draw(near(profile))
    return dict(min_literacy=draw(likely_low_literacy), languages=draw(language_sets),
                latitude=lat, longitude=lon, district=draw(st.sampled_from(DISTRICTS)),
                women_only=draw(mostly), documents_required=draw(document_sets))


@st.composite
def courses(draw, course_id: int, profile: ProfileFacts):
    trade = draw(st.sampled_from(TRADE_CODES))
    bridge = trade in ("literacy_bridge", "open_schooling") and draw(st.booleans())
    return CourseOffer(
        **draw(offer_fields(profile)),
        id=course_id,
        title=f"Course {course_id}",
        trade=trade,
        mode=draw(st.sampled_from(list(CourseMode))),
        duration_weeks=draw(st.integers(1, 60)),
        fee_inr=draw(st.sampled_from([0, 500, 20_000])),
        stipend_inr_month=draw(st.sampled_from([0, 1_000, 5_000])),
        residential=draw(mostly),
        min_age=draw(weighted(14, [16, 18, 21])),
        max_age=draw(weighted(None, [17, 25, 45])),
        raises_literacy_to=draw(literacies) if bridge else None,
        placement_rate=draw(st.sampled_from([None, 0.0, 0.5, 1.0])),
        batches=draw(batches(course_id)),
    )


@st.composite
def openings(draw, opening_id: int, profile: ProfileFacts):
    positions = draw(weighted(3, [0, 1, 2]))
    closes = draw(weighted(None, [-3, -1, 0, 1, 10]))
    return OpeningOffer(
        **draw(offer_fields(profile)),
        id=opening_id,
        title=f"Opening {opening_id}",
        trade=draw(st.sampled_from(TRADE_CODES)),
        work_mode=draw(st.sampled_from(list(WorkMode))),
        wage_inr_month=draw(st.sampled_from([0, 8_000, 20_000])),
        shift=draw(st.sampled_from(list(Shift))),
        positions=positions,
        positions_filled=draw(weighted(0, [positions, positions // 2])),
        accommodation=draw(mostly),
        min_age=draw(st.sampled_from([18, 16, 21])),
        closes_on=None if closes is None else TODAY + timedelta(days=closes),
        status=draw(weighted(OpeningStatus.PUBLISHED, OpeningStatus)),
        employer_verified=not draw(mostly),
    )


interests = st.lists(
    st.builds(
        lambda trade, score: ResolvedInterest(trade, trade, score),
        st.sampled_from(TRADE_CODES),
        st.sampled_from([88.0, 94.1, 100.0]),
    ),
    max_size=3,
).map(tuple)


@st.composite
def profiles(draw):
    lat, lon = draw(places)
    return ProfileFacts(
        id=1,
        age=draw(weighted(25, [14, 16, 17, 18, 21, 35, 45, 60], times=16)),
        gender=draw(weighted(Gender.FEMALE, Gender)),
        literacy=draw(st.sampled_from([Literacy.CLASS8, *Literacy])),
        languages=draw(
            weighted(
                frozenset({"bn", "hi"}),
                times=16,
                others=[
                    frozenset({"bn"}),
                    frozenset({"en"}),
                    frozenset({"hi"}),
                    frozenset(LANGUAGES),
                ],
            )
        ),
        latitude=lat,
        longitude=lon,
        district=draw(st.sampled_from(DISTRICTS)),
        max_travel_km=draw(weighted(40.0, [0.0, 5.0, 10.0, 25.0, 60.0])),
        can_relocate=draw(st.booleans()),
        learning_mode=draw(weighted(LearningMode.ANY, LearningMode)),
        device=draw(weighted(Device.COMPUTER, Device, times=16)),
        connectivity=not draw(mostly),
        interests=draw(interests),
        experience=draw(interests),
        documents=draw(document_sets),
        income_urgency=draw(st.sampled_from(list(IncomeUrgency))),
        avoid_districts=frozenset(draw(weighted((), [("Hooghly",), ("kolkata",)]))),
        preferences=Preferences(draw(st.booleans()), draw(st.booleans()), draw(st.booleans())),
    )


@st.composite
def scenarios(draw):
    profile = draw(profiles())
    course_count = draw(weighted(15, range(16)))
    opening_count = draw(weighted(15, range(16)))
    made_courses = [draw(courses(number, profile)) for number in range(1, course_count + 1)]
    made_openings = [draw(openings(number, profile)) for number in range(1, opening_count + 1)]
    return profile, made_courses, made_openings


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
