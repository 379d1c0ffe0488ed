"""The seed data files (trades, districts, demo catalogue) are consistent with the vocabulary.

Pure file checks: JSON and CSV only, no database and no catalog or api imports, so a broken seed
file is caught before the loader ever runs.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pytest

from catalog.roles import Role
from matcher.vocabulary import (
    LANGUAGE_CODES,
    MIN_WORKING_AGE,
    ConsentBy,
    CourseMode,
    Device,
    Document,
    Gender,
    IncomeUrgency,
    LearningMode,
    Literacy,
    OrganisationKind,
    Shift,
    WorkMode,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

REQUIRED_TRADES = {
    "sewing_dress_making", "embroidery", "beauty_therapy", "food_production",
    "bakery_confectionery", "general_duty_assistant", "home_health_aide", "hospital_housekeeping",
    "retail_sales", "data_entry", "customer_care_voice", "customer_care_non_voice",
    "computer_operator", "literacy_bridge", "open_schooling", "entrepreneurship",
}
HANDS_ON_TRADES = {
    "sewing_dress_making", "embroidery", "beauty_therapy", "food_production",
    "bakery_confectionery", "general_duty_assistant", "home_health_aide",
}
REMOTE_TEACHABLE_TRADES = {
    "data_entry", "customer_care_voice", "customer_care_non_voice", "computer_operator",
    "literacy_bridge", "open_schooling", "entrepreneurship",
}
TRADE_KINDS = {"trade", "bridge", "open_schooling", "entrepreneurship"}
TRADE_KEYS = {
    "code", "name", "sector", "kind", "remote_teachable", "min_literacy", "duration_months",
    "training_hours", "nsqf_level", "dgt_trade_code", "qp_codes", "aliases", "sources",
}
DEVANAGARI = re.compile("[\u0900-\u097f]")
BENGALI = re.compile("[\u0980-\u09ff]")


# ---------------------------------------------------------------- loading


@cache
def trades() -> list[dict]:
    return json.loads((SEEDS / "trades.json").read_text(encoding="utf-8"))


@cache
def demo() -> dict:
    return json.loads((SEEDS / "demo.json").read_text(encoding="utf-8"))


def read_csv(name: str) -> list[dict]:
    with (SEEDS / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@cache
def india_places() -> set[tuple[str, str]]:
    return {(row["state"], row["district"]) for row in read_csv("india_districts.csv")}


@cache
def bangladesh_places() -> set[tuple[str, str]]:
    # A Bangladesh location is (division, district): the division plays the part of a state.
    return {(row["division"], row["district"]) for row in read_csv("bangladesh_districts.csv")}


def trade_codes() -> set[str]:
    return {trade["code"] for trade in trades()}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"[\s\-_.,/&'()]+", " ", text).strip()


def orgs_of_kind(kind: str) -> set[str]:
    return {org["name"] for org in demo()["organisations"] if org["kind"] == kind}


def offers() -> list[dict]:
    return demo()["courses"] + demo()["openings"]


def is_place(item: dict) -> bool:
    place = (item["state"], item["district"])
    return place in india_places() or place in bangladesh_places()


# ---------------------------------------------------------------- districts


def test_india_districts_file_has_every_row_and_the_agreed_columns():
    rows = read_csv("india_districts.csv")
    assert list(rows[0]) == [
        "state", "district", "census2011_dt_code", "state_code", "boundary_year", "lat", "lon",
    ]
    assert len(rows) == 723
    assert len(india_places()) == len(rows), "a (state, district) pair appears twice"


def test_india_district_centroids_lie_within_india():
    for row in read_csv("india_districts.csv"):
        assert 6.0 <= float(row["lat"]) <= 37.5, row
        assert 68.0 <= float(row["lon"]) <= 97.5, row


def test_bangladesh_districts_file_has_all_64_districts_with_bangla_names():
    rows = read_csv("bangladesh_districts.csv")
    assert list(rows[0]) == ["division", "district", "district_bn", "lat", "lon"]
    assert len(rows) == 64
    assert len(bangladesh_places()) == 64
    for row in rows:
        assert BENGALI.search(row["district_bn"]), row
        assert 20.5 <= float(row["lat"]) <= 26.7 and 88.0 <= float(row["lon"]) <= 92.7, row


def test_seeds_name_their_sources_and_licences():
    sources = (SEEDS / "SOURCES.md").read_text(encoding="utf-8")
    for needle in ("india_districts.csv", "bangladesh_districts.csv", "trades.json", "demo.json",
                   "CC BY-SA 2.5", "MIT", "Nuhil Mehdy", "fictional"):
        assert needle in sources, needle


# ---------------------------------------------------------------- trades


def test_every_trade_the_matcher_relies_on_exists():
    assert REQUIRED_TRADES <= trade_codes()


def test_trade_codes_are_unique_snake_case():
    codes = [trade["code"] for trade in trades()]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", code), code


@pytest.mark.parametrize("trade", trades(), ids=lambda trade: trade["code"])
def test_trade_fields_have_the_agreed_shape(trade):
    assert set(trade) == TRADE_KEYS
    assert trade["name"] and trade["sector"]
    assert trade["kind"] in TRADE_KINDS
    assert isinstance(trade["remote_teachable"], bool)
    assert trade["min_literacy"] is None or trade["min_literacy"] in Literacy.codes()
    for key in ("duration_months", "training_hours", "nsqf_level"):
        value = trade[key]
        assert value is None or (isinstance(value, (int, float)) and value > 0), key
    assert trade["dgt_trade_code"] is None or re.fullmatch(r"\d+", trade["dgt_trade_code"])
    for qp in trade["qp_codes"]:
        assert re.fullmatch(r"(PWD/)?[A-Z]{3}/Q\d{4}", qp), qp
    assert trade["sources"] and all(isinstance(s, str) and s for s in trade["sources"])


@pytest.mark.parametrize("trade", trades(), ids=lambda trade: trade["code"])
def test_aliases_cover_english_hindi_and_bengali_in_script_and_transliteration(trade):
    aliases = trade["aliases"]
    assert set(aliases) == {"en", "hi", "bn"}
    assert aliases["en"] and all(a.isascii() for a in aliases["en"])
    assert any(DEVANAGARI.search(a) for a in aliases["hi"]), "no Hindi in Devanagari"
    assert any(a.isascii() for a in aliases["hi"]), "no Hindi in Latin transliteration"
    assert any(BENGALI.search(a) for a in aliases["bn"]), "no Bengali in Bengali script"
    assert any(a.isascii() for a in aliases["bn"]), "no Bengali in Latin transliteration"
    for alias in (a for values in aliases.values() for a in values):
        assert alias == alias.strip() and alias, repr(alias)


def test_no_alias_or_name_is_shared_by_two_trades():
    owners: dict[str, set[str]] = defaultdict(set)
    for trade in trades():
        owners[normalise(trade["name"])].add(trade["code"])
        for alias in (a for values in trade["aliases"].values() for a in values):
            owners[normalise(alias)].add(trade["code"])
    shared = {text: codes for text, codes in owners.items() if len(codes) > 1}
    assert not shared


def test_no_alias_collides_under_the_matchers_own_spelling_folds():
    # The matcher compares normalised text and a spelling-forgiving skeleton; two trades must not
    # share either form, or a survivor's word would be resolved to both.
    from matcher.text import normalise as matcher_normalise, skeleton

    for fold in (matcher_normalise, lambda text: skeleton(matcher_normalise(text))):
        owners: dict[str, set[str]] = defaultdict(set)
        for trade in trades():
            texts = (trade["name"], trade["code"].replace("_", " "),
                     *(a for values in trade["aliases"].values() for a in values))
            for text in texts:
                owners[fold(text)].add(trade["code"])
        assert not {key: codes for key, codes in owners.items() if len(codes) > 1}


def test_the_words_survivors_use_resolve_to_the_expected_trade():
    by_alias = {normalise(a): t["code"] for t in trades() for v in t["aliases"].values() for a in v}
    expected = {
        "silai": "sewing_dress_making", "সেলাই": "sewing_dress_making",
        "सिलाई": "sewing_dress_making", "darzi": "sewing_dress_making",
        "parlour": "beauty_therapy", "রূপচর্চা": "beauty_therapy",
        "ब्यूटी पार्लर": "beauty_therapy",
        "computer kaaj": "data_entry", "DEO": "data_entry",
        "aaya": "general_duty_assistant", "হাসপাতাল": "general_duty_assistant",
        "बेकरी": "bakery_confectionery", "dukan": "retail_sales", "দোকান": "retail_sales",
        "BPO": "customer_care_voice", "telecaller": "customer_care_voice",
        "padhna likhna": "literacy_bridge", "সাক্ষরতা": "literacy_bridge",
        "ব্যবসা": "entrepreneurship", "व्यवसाय": "entrepreneurship", "dhanda": "entrepreneurship",
    }
    for alias, code in expected.items():
        assert by_alias.get(normalise(alias)) == code, alias


def test_hands_on_trades_are_not_remote_teachable_and_desk_skills_are():
    remote = {t["code"]: t["remote_teachable"] for t in trades()}
    assert not any(remote[code] for code in HANDS_ON_TRADES)
    assert all(remote[code] for code in REMOTE_TEACHABLE_TRADES)


def test_programmes_that_are_not_trades_have_their_own_kinds():
    kinds = {t["code"]: t["kind"] for t in trades()}
    assert kinds["literacy_bridge"] == "bridge"
    assert kinds["open_schooling"] == "open_schooling"
    assert kinds["entrepreneurship"] == "entrepreneurship"


# ---------------------------------------------------------------- demo: organisations and users


def test_organisations_use_vocabulary_kinds_and_unique_names():
    names = [org["name"] for org in demo()["organisations"]]
    assert len(names) == len(set(names))
    for org in demo()["organisations"]:
        assert org["kind"] in OrganisationKind.codes()
        assert isinstance(org["verified"], bool)


def test_demo_has_enough_organisations_of_each_kind_and_one_unverified_employer():
    assert len(orgs_of_kind("ngo")) >= 3
    assert len(orgs_of_kind("provider")) >= 5
    assert len(orgs_of_kind("operator")) >= 1
    employers = [o for o in demo()["organisations"] if o["kind"] == "employer"]
    unverified = [o for o in employers if not o["verified"]]
    assert len(employers) >= 6 and len(unverified) == 1


def test_user_emails_are_unique_and_on_example_org():
    emails = [user["email"].lower() for user in demo()["users"]]
    assert len(emails) == len(set(emails))
    for email in emails:
        assert re.fullmatch(r"[a-z0-9.+-]+@example\.org", email), email


def test_every_organisation_has_a_user_with_the_role_its_kind_needs():
    role_for_kind = {"ngo": "counselor", "provider": "iti_liaison", "employer": "csr_partner",
                     "operator": "admin"}
    kind_of = {org["name"]: org["kind"] for org in demo()["organisations"]}
    for user in demo()["users"]:
        assert user["role"] in Role.codes()
        assert user["organisation"] in kind_of, user
        assert role_for_kind[kind_of[user["organisation"]]] == user["role"], user
    staffed = {user["organisation"] for user in demo()["users"]}
    assert staffed == set(kind_of)
    assert {user["role"] for user in demo()["users"]} == set(Role.codes())


# ---------------------------------------------------------------- demo: courses and batches


def assert_offer_uses_codes(offer: dict, owner: str, owners: set[str], mode: str, modes) -> None:
    """What courses and openings share: a known `owner` organisation and trade, and vocabulary
    codes for literacy, `mode` (of the vocabulary `modes`), languages and documents."""
    assert offer[owner] in owners, offer["title"]
    assert offer["trade"] in trade_codes(), offer["title"]
    assert offer["min_literacy"] in Literacy.codes()
    assert offer[mode] in modes.codes()
    assert offer["languages"] and set(offer["languages"]) <= set(LANGUAGE_CODES)
    assert set(offer["documents_required"]) <= set(Document.codes())


def test_courses_use_vocabulary_codes_and_known_providers_and_trades():
    providers = orgs_of_kind("provider")
    for course in demo()["courses"]:
        assert_offer_uses_codes(course, "provider", providers, "mode", CourseMode)
        assert course["raises_literacy_to"] in (None, *Literacy.codes())
        assert course["placement_rate"] is None or 0 <= course["placement_rate"] <= 1
        assert course["fee_inr"] >= 0 and course["stipend_inr_month"] >= 0
        assert course["duration_weeks"] > 0
        assert course["min_age"] >= 14
        assert course["max_age"] is None or course["max_age"] > course["min_age"]


def test_batches_have_consistent_seats_and_dates():
    for course in demo()["courses"]:
        assert course["batches"], course["title"]
        for batch in course["batches"]:
            assert 0 <= batch["seats_taken"] <= batch["seats_total"]
            assert batch["deadline_in_days"] <= batch["start_in_days"]


def test_demo_has_a_full_batch_and_a_passed_deadline_beside_an_open_one():
    batches = [b for c in demo()["courses"] for b in c["batches"]]
    assert any(b["seats_taken"] == b["seats_total"] for b in batches)
    assert any(
        any(b["deadline_in_days"] < 0 for b in c["batches"])
        and any(b["deadline_in_days"] > 0 for b in c["batches"])
        for c in demo()["courses"]
    )


def test_bridge_courses_raise_literacy_above_their_entry_level():
    bridges = [c for c in demo()["courses"] if c["raises_literacy_to"] is not None]
    for course in bridges:
        assert Literacy(course["raises_literacy_to"]) > Literacy(course["min_literacy"])
    literacy_bridges = [c for c in bridges if c["trade"] == "literacy_bridge"]
    assert {c["raises_literacy_to"] for c in literacy_bridges} >= {"class5", "class8"}
    assert all(c["min_literacy"] == "none" for c in literacy_bridges)
    assert any(c["mode"] == "remote" for c in literacy_bridges)


def test_catalogue_offers_the_entry_points_survivors_need():
    courses = demo()["courses"]
    trades_offered = {c["trade"] for c in courses}
    assert {"literacy_bridge", "open_schooling", "entrepreneurship"} <= trades_offered
    assert {c["mode"] for c in courses} == set(CourseMode.codes())
    remote_trades = {c["trade"] for c in courses if c["mode"] in ("remote", "blended")}
    assert {"data_entry", "customer_care_voice", "literacy_bridge"} <= remote_trades
    assert any(c["women_only"] for c in courses)
    assert any(c["residential"] and c["stipend_inr_month"] > 0 for c in courses)
    entry_levels = Counter(c["min_literacy"] for c in courses)
    assert entry_levels["class5"] >= 3 and entry_levels["class8"] >= 3
    assert sum(1 for c in courses if c["fee_inr"] == 0) > len(courses) / 2


def test_demo_catalogue_is_large_enough_and_spread_over_districts():
    courses = demo()["courses"]
    assert len(courses) >= 40
    assert len({(c["state"], c["district"]) for c in courses}) >= 8
    assert len({c["state"] for c in courses}) >= 5


# ---------------------------------------------------------------- demo: openings


def test_openings_use_vocabulary_codes_and_known_employers_and_trades():
    employers = orgs_of_kind("employer")
    for opening in demo()["openings"]:
        assert_offer_uses_codes(opening, "employer", employers, "work_mode", WorkMode)
        assert opening["shift"] in Shift.codes()
        assert opening["positions"] > 0 and opening["closes_in_days"] > 0
        assert opening["description"]


def test_openings_never_admit_anyone_under_18():
    for opening in demo()["openings"]:
        assert opening["min_age"] >= MIN_WORKING_AGE, opening["title"]


def test_verified_employers_pay_realistic_wages():
    verified = {
        o["name"] for o in demo()["organisations"] if o["kind"] == "employer" and o["verified"]
    }
    honest = [o for o in demo()["openings"] if o["employer"] in verified]
    assert len(honest) >= 20
    for opening in honest:
        assert 9000 <= opening["wage_inr_month"] <= 18000, opening["title"]
    assert any(o["work_mode"] == "remote" and o["trade"] == "data_entry" for o in honest)
    assert {"hi", "en"} <= {lang for o in honest if o["trade"] == "customer_care_voice"
                            for lang in o["languages"]}


def test_demo_holds_suspicious_openings_for_screening_to_catch():
    text = " ".join(o["description"].lower() for o in demo()["openings"])
    for lure in ("passport", "advance", "registration fee"):
        assert lure in text, lure
    unverified = {o["name"] for o in demo()["organisations"] if not o["verified"]}
    assert sum(1 for o in demo()["openings"] if o["employer"] in unverified) >= 2


# ---------------------------------------------------------------- demo: locations


def test_every_offer_and_profile_is_in_a_known_district():
    for item in offers() + demo()["profiles"]:
        label = item.get("title") or item["case_ref"]
        assert is_place(item), (label, item["state"], item["district"])


def test_avoided_districts_name_exactly_one_known_district():
    # avoid_districts holds names without a state, so each must be unambiguous.
    names = Counter(d for _, d in india_places()) + Counter(d for _, d in bangladesh_places())
    for profile in demo()["profiles"]:
        for district in profile["avoid_districts"]:
            assert names[district] == 1, (profile["case_ref"], district)


def test_courses_and_openings_are_unique_by_organisation_and_title():
    # The loader's natural keys: a repeated title would be loaded once and the rest skipped.
    courses = Counter((c["provider"], c["title"]) for c in demo()["courses"])
    openings = Counter((o["employer"], o["title"]) for o in demo()["openings"])
    assert max(courses.values()) == 1 and max(openings.values()) == 1


# ---------------------------------------------------------------- demo: profiles


def test_profiles_use_vocabulary_codes():
    ngos = orgs_of_kind("ngo")
    for profile in demo()["profiles"]:
        assert profile["organisation"] in ngos
        assert profile["gender"] in Gender.codes()
        assert profile["literacy"] in Literacy.codes()
        assert profile["learning_mode"] in LearningMode.codes()
        assert profile["device"] in Device.codes()
        assert profile["income_urgency"] in IncomeUrgency.codes()
        assert profile["languages"] and set(profile["languages"]) <= set(LANGUAGE_CODES)
        assert set(profile["documents"]) <= set(Document.codes())
        assert isinstance(profile["connectivity"], bool)
        assert isinstance(profile["can_relocate"], bool)
        assert profile["max_travel_km"] >= 0
        assert 10 <= profile["age"] <= 80
        assert set(profile["preferences"]) == {"women_only", "day_shift_only", "needs_residential"}
        assert profile["interests"], profile["case_ref"]


def test_case_refs_are_unique_per_organisation_and_never_names():
    refs = Counter((p["organisation"], p["case_ref"]) for p in demo()["profiles"])
    assert all(count == 1 for count in refs.values())
    for _, ref in refs:
        assert re.fullmatch(r"[A-Z]{2,5}-\d{4}-\d{3}", ref), ref


def test_consent_is_recorded_and_minors_consent_through_a_guardian_or_the_cwc():
    for profile in demo()["profiles"]:
        consent_by = profile["consent_by"]
        assert consent_by is None or consent_by in ConsentBy.codes()
        if profile["consent_to_share"]:
            assert consent_by is not None, profile["case_ref"]
        if profile["age"] < 18:
            assert consent_by in ("guardian", "cwc"), profile["case_ref"]
        elif consent_by is not None:
            assert consent_by == "self", profile["case_ref"]


def test_profiles_cover_the_cases_the_service_exists_for():
    profiles = demo()["profiles"]
    assert len(profiles) >= 15
    assert {p["literacy"] for p in profiles} == set(Literacy.codes())
    assert sorted(p["age"] for p in profiles if p["age"] < 18) == [16, 17]
    remote_only = [p for p in profiles if p["learning_mode"] == "remote_only"]
    assert len(remote_only) >= 2
    assert any(p["languages"] == ["bn"] and p["state"] == "West Bengal" for p in remote_only)
    assert any(50 <= p["age"] < 60 and p["gender"] == "female" for p in profiles)
    assert {"male", "transgender"} <= {p["gender"] for p in profiles}
    assert sum(1 for p in profiles if p["income_urgency"] == "high") >= 3
    assert sum(1 for p in profiles if p["avoid_districts"]) >= 3
    assert any(not p["consent_to_share"] for p in profiles)
