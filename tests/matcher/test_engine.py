"""The engine end to end: the JSON of docs/http-api.md, ranking, pathways, near misses,
determinism."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from matcher import CatalogIndex, course_blockers, match, match_many
from matcher.messages import Unblock
from matcher.vocabulary import (
    Blocker,
    CourseMode,
    Device,
    Document,
    Gender,
    IncomeUrgency,
    Literacy,
    OpeningStatus,
)

from tests.wording import english

from .field import (
    FIELD_COURSES,
    FIELD_OPENINGS,
    HOWRAH_EAST,
    KOLKATA,
    MUMBAI,
    TAXONOMY,
    TODAY,
    batch,
    course,
    opening,
    profile,
)

MATCH_KEYS = {
    "kind",
    "course_id",
    "batch_id",
    "opening_id",
    "title",
    "trade",
    "score",
    "factors",
    "reasons",
    "requires_bridge",
    "pathway",
}
NEAR_MISS_KEYS = {"kind", "course_id", "batch_id", "opening_id", "title", "trade", "blockers"}


def keys(result):
    return [(m.kind, m.offer_id) for m in result.matches]


# --- the shape of docs/http-api.md ----------------------------------------------------------------


def test_the_result_has_the_json_shape_of_the_api(field_index):
    result = match(profile(["parlour"], literacy=Literacy.NONE), field_index, TODAY).to_dict()
    assert set(result) == {"profile_id", "matches", "near_misses"}
    assert result["matches"] and result["near_misses"]
    for item in result["matches"]:
        assert set(item) == MATCH_KEYS
        assert isinstance(item["score"], float) and 0 <= item["score"] <= 100
        assert all(0.0 <= value <= 1.0 for value in item["factors"].values())
        assert all(set(reason) == {"code", "params"} for reason in item["reasons"])
        for step in item["pathway"]:
            assert step["step"] in ("documents", "course", "opening", "stipend")
            expected = {
                "documents": {"step", "documents"},
                "course": {"step", "course_id", "batch_id"},
                "opening": {"step", "opening_id"},
                # A course with a stipend says so during the course (issue 9).
                "stipend": {"step", "course_id", "amount_inr_month"},
            }[step["step"]]
            assert set(step) == expected
    for item in result["near_misses"]:
        assert set(item) == NEAR_MISS_KEYS
        # issue 17: a blocker the catalogue can lift carries its `unblock` step (additive)
        assert item["blockers"] and all(set(b) - {"unblock"} == {"code", "params"}
                                        for b in item["blockers"])
        assert all(b["code"] in Blocker.codes() for b in item["blockers"])
        assert all(set(b["unblock"]) == {"code", "params"} and b["unblock"]["code"] in
                   Unblock.codes() for b in item["blockers"] if "unblock" in b)


def test_a_course_match_names_its_best_open_batch_and_an_opening_match_names_none(match_offers):
    survivor = profile(["silai"])
    offer = course(
        1,
        "sewing_dress_making",
        batches=(
            batch(11, start_in=-1),
            batch(12, start_in=40),
            batch(13, start_in=25, seats=3, taken=3),
            batch(14, start_in=30),
        ),
    )
    result = match_offers(survivor, [offer], [opening(2, "sewing_dress_making")])
    by_kind = {m.kind: m for m in result.matches}
    assert by_kind["course"].batch_id == 14
    assert by_kind["course"].opening_id is None
    assert by_kind["opening"].batch_id is None and by_kind["opening"].course_id is None


# --- ranking ----------------------------------------------------------------------------------


def test_matches_are_best_first_with_ties_broken_by_kind_and_id(match_offers):
    twins = [course(i, "embroidery") for i in (7, 3, 5)]
    result = match_offers(profile(["kantha"]), twins, [opening(4, "embroidery")])
    scores = [m.score for m in result.matches]
    assert scores == sorted(scores, reverse=True)
    tied = [(m.kind, m.offer_id) for m in result.matches if m.kind == "course"]
    assert tied == [("course", 3), ("course", 5), ("course", 7)]


def test_her_interest_outranks_a_nearer_better_paid_offer_of_another_trade(match_offers):
    result = match_offers(
        profile(["kantha"]),
        [course(1, "embroidery", at=HOWRAH_EAST)],
        [opening(2, "retail_sales", wage_inr_month=15_000)],
    )
    assert keys(result) == [("course", 1), ("opening", 2)]
    assert result.matches[0].factors["interest"] > 0.9


def test_limit_caps_matches_and_keeps_the_best(field_index):
    survivor = profile(["silai", "parlour"])
    everything = match(survivor, field_index, TODAY, limit=None)
    three = match(survivor, field_index, TODAY, limit=3)
    assert len(everything.matches) > 3
    assert three.matches == everything.matches[:3]
    assert match(survivor, field_index, TODAY, limit=0).matches == ()


@pytest.mark.parametrize("kind", ["course", "opening"])
def test_kind_filters_matches_and_near_misses(field_index, kind):
    result = match(profile(["silai", "parlour"]), field_index, TODAY, kind=kind)
    assert result.matches and {m.kind for m in result.matches} == {kind}
    assert {n.kind for n in result.near_misses} <= {kind}


def test_an_unknown_kind_is_refused(field_index):
    with pytest.raises(ValueError):
        match(profile(), field_index, TODAY, kind="jobs")


# --- what is never shown ------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        dict(status=OpeningStatus.PENDING_REVIEW),
        dict(status=OpeningStatus.REJECTED),
        dict(status=OpeningStatus.CLOSED),
        dict(employer_verified=False),
    ],
)
def test_openings_not_published_by_verified_employers_appear_nowhere(match_offers, fields):
    hidden = opening(9, "beauty_therapy", **fields)
    blocked = opening(8, "beauty_therapy", min_literacy=Literacy.GRADUATE, **fields)
    result = match_offers(profile(["parlour"]), [], [hidden, blocked])
    assert result.matches == () and result.near_misses == ()


def test_a_bridge_is_neither_match_nor_near_miss_for_those_already_at_its_level(match_offers):
    bridge = course(2, "literacy_bridge", raises_literacy_to=Literacy.CLASS5)
    assert keys(match_offers(profile(literacy=Literacy.BASIC), [bridge])) == [("course", 2)]
    result = match_offers(profile(literacy=Literacy.CLASS5), [bridge])
    assert result.matches == () and result.near_misses == ()


def test_offers_in_a_district_to_avoid_are_not_even_near_misses(match_offers):
    survivor = profile(["silai"], avoid_districts=frozenset({"kolkata"}))
    offers = [
        course(1, "sewing_dress_making", district="Kolkata"),
        course(2, "sewing_dress_making", district="Kolkata", min_literacy=Literacy.GRADUATE),
    ]
    result = match_offers(survivor, offers)
    assert result.matches == () and result.near_misses == ()


# --- bridges and pathways --------------------------------------------------------------------


def test_literacy_as_the_only_blocker_with_an_eligible_bridge_is_a_match_through_it(match_offers):
    survivor = profile(["parlour"], literacy=Literacy.NONE)
    skill = course(1, "beauty_therapy", min_literacy=Literacy.CLASS5)
    bridge = course(2, "literacy_bridge", raises_literacy_to=Literacy.CLASS5)
    result = match_offers(survivor, [skill, bridge])
    skill_match = next(m for m in result.matches if m.course_id == 1)
    assert skill_match.requires_bridge
    assert [s.to_dict() for s in skill_match.pathway] == [
        {"step": "course", "course_id": 2, "batch_id": 201},
        {"step": "course", "course_id": 1, "batch_id": 101},
    ]
    assert skill_match.reasons[0].code == "bridge_first"
    assert english(skill_match.reasons[0]).startswith("First the literacy course")


def test_a_bridge_that_does_not_reach_far_enough_leaves_a_near_miss(match_offers):
    survivor = profile(["parlour"], literacy=Literacy.NONE)
    skill = course(1, "beauty_therapy", min_literacy=Literacy.CLASS8)
    bridge = course(2, "literacy_bridge", raises_literacy_to=Literacy.CLASS5)
    result = match_offers(survivor, [skill, bridge])
    assert keys(result) == [("course", 2)]
    assert [b.code for b in result.near_misses[0].blockers] == [Blocker.LITERACY_BELOW_MINIMUM]


def test_a_bridge_the_survivor_cannot_join_does_not_count(match_offers):
    survivor = profile(["parlour"], literacy=Literacy.NONE, gender=Gender.MALE)
    skill = course(1, "beauty_therapy", min_literacy=Literacy.CLASS5)
    bridge = course(2, "literacy_bridge", raises_literacy_to=Literacy.CLASS5, women_only=True)
    result = match_offers(survivor, [skill, bridge])
    assert result.matches == ()


def test_literacy_plus_another_blocker_is_a_near_miss_not_a_bridge_match(match_offers):
    survivor = profile(["parlour"], literacy=Literacy.NONE)
    skill = course(1, "beauty_therapy", min_literacy=Literacy.CLASS5, languages={"en"})
    bridge = course(2, "literacy_bridge", raises_literacy_to=Literacy.CLASS5)
    result = match_offers(survivor, [skill, bridge])
    assert keys(result) == [("course", 2)]
    assert {b.code for b in result.near_misses[0].blockers} == {
        Blocker.LITERACY_BELOW_MINIMUM,
        Blocker.LANGUAGE_MISMATCH,
    }


def test_the_best_reaching_bridge_is_chosen(match_offers):
    survivor = profile(["parlour"], literacy=Literacy.NONE)
    skill = course(1, "beauty_therapy", min_literacy=Literacy.CLASS5)
    near = course(2, "literacy_bridge", raises_literacy_to=Literacy.CLASS5)
    far = course(3, "literacy_bridge", raises_literacy_to=Literacy.CLASS5, at=HOWRAH_EAST)
    short = course(4, "literacy_bridge", raises_literacy_to=Literacy.BASIC)
    result = match_offers(survivor, [skill, far, short, near])
    skill_match = next(m for m in result.matches if m.course_id == 1)
    assert skill_match.pathway[0].course_id == 2


def test_missing_documents_come_first_and_held_ones_are_not_asked_again(match_offers):
    survivor = profile(["parlour"], documents=frozenset({Document.AADHAAR}))
    skill = course(
        1,
        "beauty_therapy",
        documents_required={Document.AADHAAR, Document.BANK_ACCOUNT, Document.SCHOOL_CERTIFICATE},
    )
    result = match_offers(survivor, [skill])
    first = result.matches[0].pathway[0]
    assert first.step == "documents"
    assert first.documents == (Document.BANK_ACCOUNT, Document.SCHOOL_CERTIFICATE)


def test_after_a_skill_course_the_pathway_names_the_openings_of_its_trade_within_reach(
    match_offers,
):
    survivor = profile(["silai"])
    skill = course(1, "sewing_dress_making")
    openings = [
        opening(11, "sewing_dress_making", wage_inr_month=12_000),
        opening(12, "sewing_dress_making"),
        opening(13, "sewing_dress_making", at=MUMBAI),  # too far
        opening(14, "embroidery"),  # another trade
        opening(15, "sewing_dress_making", languages={"en"}),  # blocked
        opening(16, "sewing_dress_making", wage_inr_month=6_000),
        opening(17, "sewing_dress_making", wage_inr_month=7_000),
    ]
    result = match_offers(survivor, [skill], openings, kind="course")
    steps = [s.opening_id for s in result.matches[0].pathway if s.step == "opening"]
    assert steps == [11, 12, 17]


def test_near_misses_list_every_blocker_and_are_capped(field_index):
    survivor = profile(["parlour"], gender=Gender.MALE, literacy=Literacy.NONE)
    result = match(survivor, field_index, TODAY)
    beauty = next(n for n in result.near_misses if n.course_id == 1)
    assert [b.code for b in beauty.blockers] == [Blocker.LITERACY_BELOW_MINIMUM, Blocker.WOMEN_ONLY]
    assert len(result.near_misses) > 2
    assert (
        match(survivor, field_index, TODAY, near_miss_limit=2).near_misses
        == (result.near_misses[:2])
    )
    assert match(survivor, field_index, TODAY, near_misses=False).near_misses == ()


def test_near_misses_of_her_trades_come_before_other_offers_nearby(match_offers):
    survivor = profile(["parlour"])
    blocked_nearby = course(1, "embroidery", languages={"en"})
    blocked_in_trade = course(2, "beauty_therapy", languages={"en"}, at=KOLKATA)
    result = match_offers(survivor, [blocked_nearby, blocked_in_trade])
    assert [n.course_id for n in result.near_misses] == [2, 1]


# --- determinism ------------------------------------------------------------------------------


def test_the_same_input_gives_the_same_output_whatever_the_order_of_the_catalogue():
    survivor = profile(["silai", "parlour", "hospital"], literacy=Literacy.NONE)
    courses, openings = list(FIELD_COURSES), list(FIELD_OPENINGS)
    first = match(survivor, CatalogIndex(TAXONOMY, courses, openings), TODAY).to_dict()
    random.Random(3).shuffle(courses)
    random.Random(4).shuffle(openings)
    again = match(survivor, CatalogIndex(reversed(TAXONOMY), courses, openings), TODAY).to_dict()
    assert first == again


def test_match_many_matches_each_profile(field_index):
    survivors = [profile(["silai"], id=1), profile(["parlour"], id=2)]
    results = list(match_many(survivors, field_index, TODAY, limit=5))
    assert [r.profile_id for r in results] == [1, 2]
    assert results[1].matches == match(survivors[1], field_index, TODAY, limit=5).matches


def test_an_offer_of_a_trade_missing_from_the_taxonomy_is_treated_as_hands_on():
    offer = course(1, "mobile_repair", mode=CourseMode.REMOTE)
    survivor = profile(device=Device.SMARTPHONE, connectivity=True)
    index = CatalogIndex(TAXONOMY, [offer])
    assert match(survivor, index, TODAY).matches == ()
    hits = course_blockers(survivor, offer, index.trade("mobile_repair"), TODAY)
    assert [hit.code for hit in hits] == [Blocker.NEEDS_IN_PERSON_PRACTICE]


def test_plain_codes_work_like_enumeration_members(field_index):
    as_members = profile(["parlour"], literacy=Literacy.NONE, learning_mode="any")
    as_codes = profile(
        ["parlour"],
        literacy="none",
        gender="female",
        learning_mode="any",
        device="smartphone",
        connectivity=True,
        income_urgency="high",
    )
    assert as_codes.literacy is Literacy.NONE and as_codes.device is Device.SMARTPHONE
    codes_course = course(1, "beauty_therapy", min_literacy="class5", mode="in_person")
    assert codes_course.mode is CourseMode.IN_PERSON
    members = match(
        replace(
            as_members,
            device=Device.SMARTPHONE,
            connectivity=True,
            income_urgency=IncomeUrgency.HIGH,
        ),
        field_index,
        TODAY,
    )
    assert match(as_codes, field_index, TODAY) == members


def _strings_in(value, path="result"):
    """Every str anywhere in the engine's output that is a reason, blocker or note text."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings_in(item, f"{path}.{key}")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _strings_in(item, f"{path}[{index}]")
    elif isinstance(value, str):
        yield path, value


def test_no_string_reason_leaves_the_engine(match_offers):
    """Reasons, pathway notes and blockers are values (a code and typed parameters): the only
    strings the engine returns are codes, and the titles and words a person typed."""
    from matcher.messages import CODE_LISTS, Message
    from matcher.results import BlockerHit
    from matcher.vocabulary import Blocker

    survivor = profile(["parlour", "silai"], literacy=Literacy.NONE, experience=["darzi"])
    offers = [course(1, "beauty_therapy", min_literacy=Literacy.CLASS5),
              course(2, "literacy_bridge", raises_literacy_to=Literacy.CLASS5),
              course(3, "sewing_dress_making", min_literacy=Literacy.CLASS10),
              opening(4, "retail_sales", min_literacy=Literacy.CLASS12)]
    result = match_offers(survivor, offers)
    assert result.matches and result.near_misses
    codes = {str(code) for codes in CODE_LISTS.values() for code in codes} | set(Blocker.codes())
    for item in result.matches:
        assert all(isinstance(reason, Message) for reason in item.reasons)
        assert {reason.code for reason in item.reasons} <= codes
    for miss in result.near_misses:
        assert all(isinstance(hit, BlockerHit) and hit.code in codes for hit in miss.blockers)
    typed = {"parlour", "silai", "darzi", *(offer.title for offer in offers)}
    for path, text in _strings_in(result.to_dict()):
        if path.endswith((".code", ".kind", ".trade", ".step", ".title")) or text in typed:
            continue
        # parameters: codes (snake case), ISO dates and typed text only, never a sentence
        assert " " not in text or text in typed, f"{path} = {text!r}"
