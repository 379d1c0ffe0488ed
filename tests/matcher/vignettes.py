"""Vignettes from the field: a survivor, what a counselor would expect the matches to show.

Each expectation reads the JSON of docs/http-api.md "Matches" (`MatchResult.to_dict()`), so the same
vignettes judge the engine (tests/matcher/test_vignettes.py) and the naive baseline
(bench/bench_matcher.py). `check` returns the failures, empty when the expectation holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from matcher.models import ProfileFacts
from matcher.vocabulary import Device, Document, Gender, IncomeUrgency, LearningMode, Literacy

from . import field as f

Result = dict[str, Any]


@dataclass(frozen=True)
class Vignette:
    name: str
    story: str
    interests: tuple[str, ...]
    profile_fields: dict[str, Any]
    check: Callable[[Result], list[str]]
    options: dict[str, Any] = field(default_factory=dict)

    def profile(self) -> ProfileFacts:
        return f.profile(self.interests, **self.profile_fields)


# --- reading a result -----------------------------------------------------------------------------


def offer_key(item: Result) -> tuple[str, int]:
    return (item["kind"], item["course_id"] if item["kind"] == "course" else item["opening_id"])


def matched(result: Result) -> set[tuple[str, int]]:
    return {offer_key(m) for m in result["matches"]}


def near_missed(result: Result) -> dict[tuple[str, int], set[str]]:
    return {offer_key(n): {b["code"] for b in n.get("blockers", [])} for n in result["near_misses"]}


def find(result: Result, kind: str, offer_id: int) -> Result | None:
    for item in result["matches"]:
        if offer_key(item) == (kind, offer_id):
            return item
    return None


def located_in(district: str) -> set[tuple[str, int]]:
    offers = [("course", c) for c in f.FIELD_COURSES] + [("opening", o) for o in f.FIELD_OPENINGS]
    return {(kind, offer.id) for kind, offer in offers if offer.district == district}


def course_trades() -> dict[int, str]:
    return {c.id: c.trade for c in f.FIELD_COURSES}


def _expect(condition: bool, failure: str) -> list[str]:
    return [] if condition else [failure]


# --- the vignettes --------------------------------------------------------------------------------


def _bridge_first(result: Result) -> list[str]:
    beauty = find(result, "course", 1)
    if beauty is None:
        return ["the beauty course (1) is not matched"]
    failures = _expect(
        beauty["requires_bridge"] is True, "beauty course not marked requires_bridge"
    )
    course_steps = [s for s in beauty["pathway"] if s["step"] == "course"]
    failures += _expect(
        bool(course_steps) and course_steps[0]["course_id"] in (2, 17),
        f"first course step is not a literacy bridge: {beauty['pathway']}",
    )
    failures += _expect(
        ("course", 2) in matched(result), "the literacy course itself is not offered as a match"
    )
    return failures


def _no_hands_on_course(result: Result) -> list[str]:
    hands_on = {code for code, trade in f.TRADES.items() if not trade.remote_teachable}
    trades = course_trades()
    wrong = [
        m["course_id"]
        for m in result["matches"]
        if m["kind"] == "course" and trades[m["course_id"]] in hands_on
    ]
    failures = _expect(not wrong, f"hands-on courses matched remotely: {wrong}")
    failures += _expect(("course", 5) in matched(result), "the online data entry course is missing")
    failures += _expect(
        "needs_in_person_practice" in near_missed(result).get(("course", 6), set()),
        "the online beauty course is not a near miss for hands-on practice",
    )
    return failures


def _courses_not_jobs(result: Result) -> list[str]:
    jobs = [m["opening_id"] for m in result["matches"] if m["kind"] == "opening"]
    failures = _expect(not jobs, f"a 16-year-old was matched to jobs {jobs}")
    failures += _expect(
        any(m["kind"] == "course" for m in result["matches"]), "no course for a 16-year-old"
    )
    in_pathways = [s for m in result["matches"] for s in m["pathway"] if s["step"] == "opening"]
    failures += _expect(not in_pathways, f"pathways lead a 16-year-old to jobs: {in_pathways}")
    return failures


def _no_english_voice_job(result: Result) -> list[str]:
    failures = _expect(("opening", 502) not in matched(result), "English voice job matched")
    failures += _expect(
        "language_mismatch" in near_missed(result).get(("opening", 502), set()),
        "English voice job is not a near miss for language",
    )
    return failures


def _avoided_district_never_appears(result: Result) -> list[str]:
    kolkata = located_in("Kolkata")
    shown = (matched(result) | set(near_missed(result))) & kolkata
    failures = _expect(not shown, f"offers in an avoided district appear: {sorted(shown)}")
    failures += _expect(bool(result["matches"]), "nothing else matched either")
    return failures


def _ranks_above(first: tuple[str, int], second: tuple[str, int]):
    def check(result: Result) -> list[str]:
        order = [offer_key(m) for m in result["matches"]]
        if first not in order or second not in order:
            return [f"{first} or {second} not matched: {order}"]
        return _expect(order.index(first) < order.index(second), f"{second} ranks above {first}")

    return check


def _no_women_only(result: Result) -> list[str]:
    women_only = {("course", c.id) for c in f.FIELD_COURSES if c.women_only}
    women_only |= {("opening", o.id) for o in f.FIELD_OPENINGS if o.women_only}
    wrong = matched(result) & women_only
    failures = _expect(not wrong, f"women-only offers matched to a man: {sorted(wrong)}")
    failures += _expect(
        "women_only" in near_missed(result).get(("course", 1), set()),
        "the women-only beauty course is not a near miss marked women_only",
    )
    return failures


def _full_batch(result: Result) -> list[str]:
    failures = _expect(("course", 14) not in matched(result), "the full batch is matched")
    failures += _expect(
        near_missed(result).get(("course", 14)) == {"no_capacity"},
        f"full batch near miss: {near_missed(result).get(('course', 14))}",
    )
    return failures


def _closed_batch(result: Result) -> list[str]:
    failures = _expect(("course", 15) not in matched(result), "a started batch is matched")
    failures += _expect(
        near_missed(result).get(("course", 15)) == {"closed"},
        f"started batch near miss: {near_missed(result).get(('course', 15))}",
    )
    failures += _expect(("opening", 511) not in matched(result), "a closed opening is matched")
    return failures


def _unlisted_never_appear(result: Result) -> list[str]:
    hidden = {("opening", 508), ("opening", 509)}
    shown = (matched(result) | set(near_missed(result))) & hidden
    return _expect(not shown, f"unpublished or unverified openings appear: {sorted(shown)}")


def _entrepreneurship_near_top(result: Result) -> list[str]:
    top = [offer_key(m) for m in result["matches"][:3]]
    return _expect(("course", 13) in top, f"small-business course not in the top 3: {top}")


def _relocation(result: Result) -> list[str]:
    return _expect(("course", 11) in matched(result), "the residential course far away is missing")


def _no_relocation(result: Result) -> list[str]:
    failures = _expect(
        ("course", 11) not in matched(result), "far course matched without relocation"
    )
    failures += _expect(
        "too_far" in near_missed(result).get(("course", 11), set()),
        "the far residential course is not a near miss for distance",
    )
    return failures


def _no_device(result: Result) -> list[str]:
    failures = _expect(
        ("course", 5) not in matched(result), "online course matched without a phone"
    )
    failures += _expect(
        "no_device" in near_missed(result).get(("course", 5), set()),
        "the online course is not a near miss for the device",
    )
    return failures


def _top_trade(trade: str):
    def check(result: Result) -> list[str]:
        if not result["matches"]:
            return ["no match at all"]
        return _expect(
            result["matches"][0]["trade"] == trade,
            f"top match is {result['matches'][0]['trade']}, not {trade}",
        )

    return check


def _documents_first(result: Result) -> list[str]:
    beauty = find(result, "course", 1)
    if beauty is None:
        return ["the beauty course is not matched"]
    first = beauty["pathway"][0] if beauty["pathway"] else {}
    return _expect(
        first.get("step") == "documents" and first.get("documents") == ["bank_account"],
        f"pathway does not start with the missing bank account: {beauty['pathway']}",
    )


def _schooling_bridge(result: Result) -> list[str]:
    data_entry = find(result, "course", 5)
    if data_entry is None:
        return ["the data entry course is not matched through open schooling"]
    steps = [s["course_id"] for s in data_entry["pathway"] if s["step"] == "course"]
    return _expect(
        data_entry["requires_bridge"] and steps[:1] == [12],
        f"data entry pathway does not start with open schooling: {data_entry['pathway']}",
    )


def _no_remote_for_in_person(result: Result) -> list[str]:
    remote = {("course", c.id) for c in f.FIELD_COURSES if c.mode == "remote"}
    remote |= {("opening", o.id) for o in f.FIELD_OPENINGS if o.work_mode == "remote"}
    wrong = matched(result) & remote
    return _expect(not wrong, f"remote offers matched to an in-person learner: {sorted(wrong)}")


SMARTPHONE = dict(device=Device.SMARTPHONE, connectivity=True)

VIGNETTES: tuple[Vignette, ...] = (
    Vignette(
        "non_literate_parlour",
        "A woman who cannot read wants beauty parlour work: the literacy bridge comes first.",
        ("beauty parlour",),
        dict(literacy=Literacy.NONE),
        _bridge_first,
    ),
    Vignette(
        "remote_only_shelter",
        "Waiting in a shelter, she can only learn remotely: no hands-on course is offered.",
        ("beautician", "computer kaaj"),
        dict(learning_mode=LearningMode.REMOTE_ONLY, literacy=Literacy.CLASS10, **SMARTPHONE),
        _no_hands_on_course,
    ),
    Vignette(
        "sixteen_year_old",
        "A 16-year-old interested in tailoring gets courses, no jobs.",
        ("tailring",),
        dict(age=16, literacy=Literacy.CLASS8),
        _courses_not_jobs,
    ),
    Vignette(
        "bengali_only_voice",
        "A Bengali-only survivor with class 12 keen on call-centre work gets no English voice job.",
        ("call centre", "customer care"),
        dict(literacy=Literacy.CLASS12, languages=frozenset({"bn"}), max_travel_km=20.0),
        _no_english_voice_job,
    ),
    Vignette(
        "avoided_district",
        "Her trafficker operates in Kolkata: nothing located there is ever shown.",
        ("parlour", "silai"),
        dict(avoid_districts=frozenset({"Kolkata"}), **SMARTPHONE, literacy=Literacy.CLASS10),
        _avoided_district_never_appears,
    ),
    Vignette(
        "urgent_income_prefers_stipend",
        "In debt, she needs money now: the short course with a stipend ranks first.",
        ("silai",),
        dict(income_urgency=IncomeUrgency.HIGH),
        _ranks_above(("course", 4), ("course", 3)),
    ),
    Vignette(
        "low_urgency_prefers_fuller_course",
        "Without urgency, the fuller sewing course close to home ranks above the short one.",
        ("silai",),
        dict(income_urgency=IncomeUrgency.LOW),
        _ranks_above(("course", 3), ("course", 4)),
    ),
    Vignette(
        "man_no_women_only",
        "A young man interested in beauty work never gets a women-only batch.",
        ("parlour",),
        dict(gender=Gender.MALE),
        _no_women_only,
    ),
    Vignette(
        "full_batch",
        "The kantha embroidery batch is full: a near miss, not a match.",
        ("kantha",),
        dict(),
        _full_batch,
    ),
    Vignette(
        "closed_batch",
        "The advanced dress-making batch has started: a near miss for closing, not a match.",
        ("dress making",),
        dict(),
        _closed_batch,
    ),
    Vignette(
        "unverified_employer",
        "A 'parlour girls wanted' post from an unverified employer never appears.",
        ("parlour", "silai"),
        dict(),
        _unlisted_never_appear,
    ),
    Vignette(
        "older_woman_business",
        "A 45-year-old woman with basic literacy and no stated interest: small business comes up.",
        (),
        dict(age=45, literacy=Literacy.BASIC),
        _entrepreneurship_near_top,
    ),
    Vignette(
        "relocates_for_residential",
        "Willing to relocate, she reaches a residential cook training 175 km away.",
        ("cooking",),
        dict(can_relocate=True),
        _relocation,
    ),
    Vignette(
        "no_relocation",
        "Not able to move, the far residential course is a near miss for distance.",
        ("cooking",),
        dict(can_relocate=False),
        _no_relocation,
    ),
    Vignette(
        "feature_phone_data_entry",
        "With a feature phone and no internet, the online data entry course is a near miss.",
        ("data entry",),
        dict(literacy=Literacy.CLASS10),
        _no_device,
    ),
    Vignette(
        "hospital_work",
        "'hospital' in her own words: a healthcare trade comes first.",
        ("hospital",),
        dict(literacy=Literacy.CLASS10, languages=frozenset({"bn", "hi", "en"})),
        _top_trade("general_duty_assistant"),
    ),
    Vignette(
        "bengali_script_sewing",
        "Interest written in Bengali script, 'সেলাই': sewing comes first.",
        ("সেলাই",),
        dict(),
        _top_trade("sewing_dress_making"),
    ),
    Vignette(
        "devanagari_sewing",
        "Interest written in Devanagari, 'सिलाई': sewing comes first.",
        ("सिलाई",),
        dict(),
        _top_trade("sewing_dress_making"),
    ),
    Vignette(
        "missing_bank_account",
        "No bank account yet: documentation support is the first step of the beauty course.",
        ("parlour",),
        dict(documents=frozenset({Document.AADHAAR})),
        _documents_first,
    ),
    Vignette(
        "class8_computer_work",
        "Class 8 and keen on computer work: data entry after open schooling.",
        ("data entry",),
        dict(literacy=Literacy.CLASS8, **SMARTPHONE),
        _schooling_bridge,
    ),
    Vignette(
        "in_person_only",
        "She wants to learn in a classroom: nothing remote only.",
        ("computer", "silai"),
        dict(learning_mode=LearningMode.IN_PERSON, literacy=Literacy.CLASS10, **SMARTPHONE),
        _no_remote_for_in_person,
    ),
)
