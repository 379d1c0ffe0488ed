"""Random small worlds for the properties of the engine (hypothesis): a survivor, courses and
openings around her (`scenarios`), and the settings the properties run with (`PROPERTIES`);
tests/matcher/test_properties.py and the index tests draw from them."""
from __future__ import annotations

import math
from datetime import timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from matcher.models import (
    BatchOffer,
    CourseOffer,
    OpeningOffer,
    Preferences,
    ProfileFacts,
    ResolvedInterest,
)
from matcher.vocabulary import (
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

from .field import TAXONOMY, TODAY

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
