"""Issue 17: each blocker of a near miss comes with the step that would lift it when the catalogue
has one (matcher.unblock), and near misses with a step rank above those without. No database."""
from __future__ import annotations

from datetime import timedelta

from matcher.messages import Unblock
from matcher.vocabulary import Blocker, Literacy, WorkMode

from .field import BARASAT, HOWRAH_EAST, MURSHIDABAD, batch, course, days, opening
from .field import profile as survivor


def her(**fields):
    """A 27-year-old with class 5 in Howrah who can travel 10 km, speaking Bengali only."""
    values = dict(age=27, literacy=Literacy.CLASS5, max_travel_km=10.0, languages={"bn"})
    values.update(fields)
    return survivor(["silai"], **values)


def steps_of(miss) -> dict[str, object]:
    return {str(hit.code): step for hit, step in zip(miss.blockers, miss.unblocks)}


def near(result, offer_id, kind="course"):
    return next(n for n in result.near_misses if n.kind == kind and n.offer_id == offer_id)


SEWING_FAR = course(1, "sewing_dress_making", at=BARASAT, min_literacy=Literacy.CLASS8,
                    languages={"bn"}, duration_weeks=52,
                    batches=(batch(101, start_in=12), batch(102, start_in=150, taken=20),
                             batch(103, start_in=200), batch(104, start_in=230)))
OPEN_SCHOOL = course(2, "open_schooling", min_literacy=Literacy.CLASS5,
                     raises_literacy_to=Literacy.CLASS8, duration_weeks=20, languages={"bn"},
                     title="Open schooling class 8, Howrah", batches=(batch(201, start_in=10),))
RESIDENTIAL = course(3, "sewing_dress_making", at=MURSHIDABAD, residential=True,
                     languages={"bn"}, title="Residential tailoring",
                     batches=(batch(301, start_in=30),))


def test_a_literacy_gap_names_the_bridge_its_duration_and_when_the_course_could_start(
        match_offers):
    result = match_offers(her(), [SEWING_FAR, OPEN_SCHOOL])
    step = steps_of(near(result, 1))[Blocker.LITERACY_BELOW_MINIMUM]
    ends = days(10) + timedelta(weeks=20)  # day 150: batch 102 is full, 103 starts on day 200
    assert step.code == Unblock.BRIDGE
    assert step.params == {
        "kind": "course", "course_id": 2, "batch_id": 201,
        "title": "Open schooling class 8, Howrah", "trade": "open_schooling",
        "reaches": "class8", "duration_weeks": 20, "starts_on": days(10).isoformat(),
        "ends_on": ends.isoformat(), "then_batch_id": 103,
        "then_starts_on": days(200).isoformat()}


def test_a_bridge_that_does_not_reach_the_level_is_no_step(match_offers):
    low_bridge = course(2, "literacy_bridge", min_literacy=Literacy.NONE,
                        raises_literacy_to=Literacy.CLASS5, languages={"bn"})
    result = match_offers(her(literacy=Literacy.BASIC), [SEWING_FAR, low_bridge])
    assert steps_of(near(result, 1))[Blocker.LITERACY_BELOW_MINIMUM] is None


def test_after_the_bridge_an_opening_can_be_applied_to_if_it_is_still_open(match_offers):
    late = opening(5, "sewing_dress_making", at=BARASAT, min_literacy=Literacy.CLASS8,
                   languages={"bn"}, closes_on=days(400))
    early = opening(6, "sewing_dress_making", at=BARASAT, min_literacy=Literacy.CLASS8,
                    languages={"bn"}, closes_on=days(40))
    result = match_offers(her(), [OPEN_SCHOOL], [late, early])
    ends = (days(10) + timedelta(weeks=20)).isoformat()
    later = steps_of(near(result, 5, "opening"))[Blocker.LITERACY_BELOW_MINIMUM]
    sooner = steps_of(near(result, 6, "opening"))[Blocker.LITERACY_BELOW_MINIMUM]
    assert (later.params["kind"], later.params["then_starts_on"]) == ("opening", ends)
    assert sooner.params["then_starts_on"] is None


def test_too_far_names_the_distance_and_a_residential_course_of_the_trade(match_offers):
    result = match_offers(her(), [SEWING_FAR, OPEN_SCHOOL, RESIDENTIAL])
    step = steps_of(near(result, 1))[Blocker.TOO_FAR]
    assert step.code == Unblock.TRAVEL
    assert step.params["km"] == near(result, 1).blockers[1].params["km"] == 26
    assert step.params["lodging"] is None
    alternative = step.params["alternative"]
    assert (alternative["kind"], alternative["course_id"], alternative["batch_id"]) == (
        "course", 3, 301)
    assert alternative["lodging"] is True and alternative["km"] > 150
    assert alternative["starts_on"] == days(30).isoformat()


def test_too_far_without_lodging_in_the_trade_still_names_the_distance(match_offers):
    result = match_offers(her(), [SEWING_FAR])
    step = steps_of(near(result, 1))[Blocker.TOO_FAR]
    assert step.params == {"km": 26, "max_travel_km": 10.0, "lodging": None,
                           "alternative": None}


def test_a_residential_course_that_would_add_a_blocker_is_no_alternative(match_offers):
    hindi_only = course(3, "sewing_dress_making", at=MURSHIDABAD, residential=True,
                        languages={"hi"}, batches=(batch(301, start_in=30),))
    result = match_offers(her(), [SEWING_FAR, hindi_only])
    assert steps_of(near(result, 1))[Blocker.TOO_FAR].params["alternative"] is None


def test_a_language_mismatch_names_the_same_trade_in_her_language(match_offers):
    english = course(1, "beauty_therapy", languages={"en"})
    bengali = course(2, "beauty_therapy", at=HOWRAH_EAST, languages={"bn", "hi"},
                     title="Parlour course in Bengali", batches=(batch(201, start_in=25),))
    other_trade = course(3, "embroidery", languages={"bn"})
    result = match_offers(her(), [english, bengali, other_trade])
    step = steps_of(near(result, 1))[Blocker.LANGUAGE_MISMATCH]
    assert step.code == Unblock.LANGUAGE
    assert step.params["languages"] == ["bn"]
    alternative = step.params["alternative"]
    assert (alternative["course_id"], alternative["title"]) == (2, "Parlour course in Bengali")
    assert 5 < alternative["km"] < 10 and alternative["lodging"] is False


def test_a_language_mismatch_without_the_trade_in_her_language_has_no_step(match_offers):
    result = match_offers(her(), [course(1, "beauty_therapy", languages={"en"})])
    miss = near(result, 1)
    assert miss.unblocks == (None,)
    assert "unblock" not in miss.to_dict()["blockers"][0]


def test_a_full_course_names_the_next_batch_with_seats_of_the_trade(match_offers):
    full = course(1, "sewing_dress_making", batches=(batch(101, start_in=20, seats=10,
                                                           taken=10),))
    later = course(2, "sewing_dress_making", at=HOWRAH_EAST,
                   batches=(batch(201, start_in=60), batch(202, start_in=90)))
    result = match_offers(her(), [full, later])
    step = steps_of(near(result, 1))[Blocker.NO_CAPACITY]
    assert step.code == Unblock.NEXT_INTAKE
    alternative = step.params["alternative"]
    assert (alternative["course_id"], alternative["batch_id"], alternative["starts_on"]) == (
        2, 201, days(60).isoformat())


def test_a_closed_opening_names_an_open_one_of_the_trade(match_offers):
    closed = opening(1, "retail_sales", closes_on=days(-1))
    open_ = opening(2, "retail_sales", at=HOWRAH_EAST, closes_on=days(30),
                    work_mode=WorkMode.ON_SITE)
    result = match_offers(her(), [], [closed, open_])
    step = steps_of(near(result, 1, "opening"))[Blocker.CLOSED]
    assert step.code == Unblock.NEXT_INTAKE
    assert step.params["alternative"]["opening_id"] == 2
    assert step.params["alternative"]["closes_on"] == days(30).isoformat()


def test_blockers_the_catalogue_cannot_lift_have_no_step(match_offers):
    result = match_offers(her(age=15), [], [opening(1, "retail_sales"),
                                            opening(2, "retail_sales", at=HOWRAH_EAST)])
    assert all(step is None for miss in result.near_misses for step in miss.unblocks)


def test_a_near_miss_with_a_step_ranks_above_one_without(match_offers):
    nearer = course(1, "embroidery", languages={"en"})  # no embroidery in Bengali
    further = course(2, "beauty_therapy", at=HOWRAH_EAST, languages={"en"})
    bengali = course(3, "beauty_therapy", at=HOWRAH_EAST, languages={"bn"})
    plain = survivor([], age=27, literacy=Literacy.CLASS5, languages={"bn"})
    alone = match_offers(plain, [nearer, further])
    assert [n.course_id for n in alone.near_misses] == [1, 2]  # the existing order: nearer
    result = match_offers(plain, [nearer, further, bengali])
    assert [n.course_id for n in result.near_misses] == [2, 1]
    assert result.near_misses[0].unblocks[0].code == Unblock.LANGUAGE
    limited = match_offers(plain, [nearer, further, bengali], near_miss_limit=1)
    assert [n.course_id for n in limited.near_misses] == [2]


def test_the_howrah_case_shows_a_bridge_and_the_distance(match_offers):
    """The counselor's case: class 5 in Howrah, 10 km; sewing in Kolkata needs class 8."""
    kolkata_far = course(1, "sewing_dress_making", at=BARASAT, min_literacy=Literacy.CLASS8,
                         languages={"bn", "hi"}, batches=(batch(101, start_in=12),
                                                          batch(102, start_in=190)))
    result = match_offers(her(), [kolkata_far, OPEN_SCHOOL, RESIDENTIAL])
    assert [m.course_id for m in result.matches] == [2]  # the bridge is a match of its own
    steps = steps_of(near(result, 1))
    assert steps[Blocker.LITERACY_BELOW_MINIMUM].params["then_starts_on"] == days(190).isoformat()
    assert steps[Blocker.TOO_FAR].params["km"] == 26
