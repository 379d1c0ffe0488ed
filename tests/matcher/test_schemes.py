"""Scheme eligibility (`matcher.schemes`): each rule at its boundaries, and vignettes on the real
seed file `seeds/schemes.json`. No database."""

from __future__ import annotations

import pytest

from matcher.models import ProfileFacts
from matcher.schemes import (
    DOCUMENT_ORDER,
    Eligibility,
    Scheme,
    SchemeFacts,
    evaluate,
    evaluate_all,
)
from matcher.vocabulary import Document, Gender, Literacy
from tests.wording import english_all

from .seed_schemes import ROWS, SEED_SCHEMES

BY_CODE = {scheme.code: scheme for scheme in SEED_SCHEMES}

INDIAN_IN_WB = SchemeFacts(nationality="IN", state="West Bengal", bpl=True)


def person(age=30, gender=Gender.FEMALE, documents=(Document.AADHAAR,), **fields) -> ProfileFacts:
    values = dict(
        id=1,
        age=age,
        gender=gender,
        literacy=Literacy.BASIC,
        languages={"bn"},
        latitude=22.59,
        longitude=88.31,
        district="Howrah",
        documents=documents,
    )
    values.update(fields)
    return ProfileFacts(**values)


def check(scheme, profile=None, facts=INDIAN_IN_WB, by_code=None):
    return evaluate(profile or person(), facts, scheme, by_code or {scheme.code: scheme})


# --- the seed file ---


def test_seed_rows_have_the_fields_from_seed_reads():
    for row in ROWS:
        assert {"code", "name", "level", "state", "benefit", "eligibility", "documents_required",
                "prerequisites"} <= row.keys()
        assert {"min_age", "max_age", "gender", "residence", "bpl_or_income"} <= row[
            "eligibility"
        ].keys()
    assert len(SEED_SCHEMES) == 13


def test_from_seed_reads_residence_states_documents_and_prerequisites():
    mudra = BY_CODE["mudra_shishu"]
    assert (mudra.min_age, mudra.max_age, mudra.gender) == (18, None, None)
    assert mudra.needs_indian_residence and mudra.states == frozenset()
    assert mudra.documents_required == (Document.BANK_ACCOUNT,)
    assert mudra.prerequisites == ("pmjdy",)
    wb = BY_CODE["lakshmir_bhandar"]
    assert wb.states == {"West Bengal"} and wb.gender == "female" and wb.needs_indian_residence
    # Shelter and rehabilitation schemes set no residence condition.
    assert not BY_CODE["ujjawala"].needs_indian_residence
    # A residence "state" row without a state name (NFSA cards are issued by every state).
    assert BY_CODE["nfsa_ration_card"].states == frozenset()


def test_requires_bpl_only_where_the_text_speaks_of_the_poor():
    assert {s.code for s in SEED_SCHEMES if s.requires_bpl} == {"day_nrlm", "day_nulm"}


def test_every_seed_prerequisite_is_a_seed_scheme():
    for scheme in SEED_SCHEMES:
        assert set(scheme.prerequisites) <= BY_CODE.keys()


def test_an_unknown_gender_condition_is_refused():
    with pytest.raises(ValueError):
        Scheme(code="x", name="X", gender="male")


# --- rules at their boundaries ---

AGED = Scheme(code="aged", name="Aged 18 to 60", min_age=18, max_age=60)


@pytest.mark.parametrize(
    "age, status, reason",
    [
        (17, Eligibility.NOT_ELIGIBLE, "Minimum age 18; survivor is 17"),
        (18, Eligibility.ELIGIBLE, None),
        (60, Eligibility.ELIGIBLE, None),
        (61, Eligibility.NOT_ELIGIBLE, "Maximum age 60; survivor is 61"),
    ],
)
def test_age_limits_are_inclusive(age, status, reason):
    result = check(AGED, person(age=age))
    assert result.status == status
    assert english_all(result.reasons) == ([reason] if reason else [])


def test_no_age_limit_when_the_seed_has_none():
    open_ended = Scheme(code="open", name="Open")
    assert check(open_ended, person(age=10)).status == Eligibility.ELIGIBLE
    assert check(open_ended, person(age=90)).status == Eligibility.ELIGIBLE


@pytest.mark.parametrize(
    "gender, status",
    [
        (Gender.FEMALE, Eligibility.ELIGIBLE),
        (Gender.MALE, Eligibility.NOT_ELIGIBLE),
        (Gender.TRANSGENDER, Eligibility.NOT_ELIGIBLE),
        (Gender.OTHER, Eligibility.NOT_ELIGIBLE),
    ],
)
def test_women_only_scheme(gender, status):
    scheme = Scheme(code="women", name="Women", gender="female")
    result = check(scheme, person(gender=gender))
    assert result.status == status
    if status == Eligibility.NOT_ELIGIBLE:
        assert result.reasons[0].params == {"gender": gender.value}
        named = {"male": "Man", "transgender": "Transgender", "other": "Other"}[gender.value]
        assert english_all(result.reasons) == [f"For women only; survivor is recorded as {named}"]


def test_a_scheme_for_everyone_admits_any_gender():
    scheme = Scheme(code="all", name="All")
    assert check(scheme, person(gender=Gender.MALE)).status == Eligibility.ELIGIBLE


STATE_SCHEME = Scheme(
    code="wb", name="WB only", needs_indian_residence=True, states=frozenset({"West Bengal"})
)


@pytest.mark.parametrize("state", ["West Bengal", "west  bengal ", "WEST BENGAL"])
def test_state_scheme_admits_residents_whatever_the_spelling_case(state):
    facts = SchemeFacts(nationality="IN", state=state)
    assert check(STATE_SCHEME, facts=facts).status == Eligibility.ELIGIBLE


def test_state_scheme_refuses_another_state():
    result = check(STATE_SCHEME, facts=SchemeFacts(nationality="IN", state="Bihar"))
    assert result.status == Eligibility.NOT_ELIGIBLE
    assert english_all(result.reasons) == ["Only for residents of West Bengal; survivor lives in Bihar"]


def test_state_scheme_refuses_when_the_state_is_not_recorded():
    result = check(STATE_SCHEME, facts=SchemeFacts(nationality="IN", state=None))
    assert result.status == Eligibility.NOT_ELIGIBLE
    assert "not recorded" in english_all(result.reasons)[0]


INDIAN_ONLY = Scheme(code="in", name="Indian residents", needs_indian_residence=True)
BD_AWAITING = SchemeFacts(nationality="BD", state="West Bengal", awaiting_repatriation=True)


def test_residence_names_a_bangladeshi_survivor_awaiting_repatriation():
    result = check(INDIAN_ONLY, facts=BD_AWAITING)
    assert result.status == Eligibility.NOT_ELIGIBLE
    assert english_all(result.reasons) == [
        "Needs Indian residence papers; "
        "the survivor is a Bangladeshi national awaiting repatriation"
    ]


def test_residence_refuses_other_non_indian_nationals():
    for facts in (SchemeFacts(nationality="bd"), SchemeFacts(nationality="NP")):
        result = check(INDIAN_ONLY, facts=facts)
        assert result.status == Eligibility.NOT_ELIGIBLE
        assert english_all(result.reasons)[0].startswith("Needs Indian residence papers")


def test_no_residence_condition_admits_a_bangladeshi_survivor():
    scheme = Scheme(code="shelter", name="Shelter")
    assert check(scheme, facts=BD_AWAITING).status == Eligibility.ELIGIBLE


@pytest.mark.parametrize(
    "bpl, status",
    [(True, Eligibility.ELIGIBLE), (None, Eligibility.ELIGIBLE), (False, Eligibility.NOT_ELIGIBLE)],
)
def test_bpl_blocks_only_a_household_recorded_as_not_bpl(bpl, status):
    scheme = Scheme(code="poor", name="Poor", requires_bpl=True)
    result = check(scheme, facts=SchemeFacts(nationality="IN", bpl=bpl))
    assert result.status == status


def test_bpl_is_not_checked_where_the_scheme_does_not_require_it():
    scheme = Scheme(code="any", name="Any")
    assert check(scheme, facts=SchemeFacts(bpl=False)).status == Eligibility.ELIGIBLE


def test_every_failing_rule_gives_its_reason_and_no_pathway():
    scheme = Scheme(
        code="many",
        name="Many",
        min_age=21,
        gender="female",
        needs_indian_residence=True,
        documents_required=(Document.BANK_ACCOUNT,),
        prerequisites=("pmjdy",),
    )
    result = check(scheme, person(age=16, gender=Gender.MALE, documents=()), facts=BD_AWAITING)
    assert result.status == Eligibility.NOT_ELIGIBLE
    assert len(result.reasons) == 3
    assert result.missing_documents == [] and result.prerequisite_steps == []


# --- documents and prerequisites ---


def test_missing_documents_follow_the_documents_pathway():
    scheme = Scheme(
        code="docs",
        name="Docs",
        documents_required=(Document.RATION_CARD, Document.BANK_ACCOUNT, Document.AADHAAR),
    )
    result = check(scheme, person(documents=()))
    assert result.status == Eligibility.ELIGIBLE_AFTER_DOCUMENTS
    assert result.missing_documents == [Document.AADHAAR, Document.BANK_ACCOUNT,
                                        Document.RATION_CARD]
    assert DOCUMENT_ORDER[:2] == (Document.AADHAAR, Document.BANK_ACCOUNT)
    assert set(DOCUMENT_ORDER) == set(Document)


def test_a_bank_account_meets_the_pmjdy_prerequisite():
    mudra = BY_CODE["mudra_shishu"]
    banked = person(age=30, documents=(Document.AADHAAR, Document.BANK_ACCOUNT))
    result = evaluate(banked, INDIAN_IN_WB, mudra, BY_CODE)
    assert result.status == Eligibility.ELIGIBLE
    assert result.prerequisite_steps == []


def test_a_held_scheme_meets_its_prerequisite_and_nested_ones_come_first():
    base = Scheme(code="base", name="Base")
    middle = Scheme(code="middle", name="Middle", prerequisites=("base",))
    top = Scheme(code="top", name="Top", prerequisites=("middle", "base"))
    by_code = {s.code: s for s in (base, middle, top)}
    assert check(top, by_code=by_code).prerequisite_steps == ["base", "middle"]
    held = SchemeFacts(nationality="IN", schemes_held={"middle"})
    assert check(top, facts=held, by_code=by_code).prerequisite_steps == ["base"]


def test_bihar_scheme_lists_shg_membership_unless_held():
    bihar = BY_CODE["bihar_mahila_rojgar"]
    profile = person(age=30, documents=(Document.AADHAAR, Document.BANK_ACCOUNT))
    facts = SchemeFacts(nationality="IN", state="Bihar", bpl=True)
    assert evaluate(profile, facts, bihar, BY_CODE).prerequisite_steps == ["day_nrlm"]
    member = SchemeFacts(nationality="IN", state="Bihar", schemes_held={"day_nrlm"})
    assert evaluate(profile, member, bihar, BY_CODE).prerequisite_steps == []


# --- vignettes on the seed file ---


def test_older_widow_in_west_bengal_with_aadhaar_only():
    widow = person(age=58, gender=Gender.FEMALE, documents=(Document.AADHAAR,))
    facts = SchemeFacts(nationality="IN", state="West Bengal")
    results = {r.code: r for r in evaluate_all(widow, facts, SEED_SCHEMES)}

    assert results["pmjdy"].status == Eligibility.ELIGIBLE
    mudra = results["mudra_shishu"]
    assert mudra.status == Eligibility.ELIGIBLE_AFTER_DOCUMENTS
    assert mudra.missing_documents == [Document.BANK_ACCOUNT]
    assert mudra.prerequisite_steps == ["pmjdy"]
    # West Bengal's scheme (25-60, women): only the bank account is missing.
    assert results["lakshmir_bhandar"].status == Eligibility.ELIGIBLE_AFTER_DOCUMENTS
    assert results["lakshmir_bhandar"].missing_documents == [Document.BANK_ACCOUNT]
    # Other states' schemes and PMKVY (up to 45) are closed to her, with reasons.
    assert results["ladki_bahin"].status == Eligibility.NOT_ELIGIBLE
    assert english_all(results["pmkvy"].reasons) == ["Maximum age 45; survivor is 58"]


def test_a_sixteen_year_old_gets_no_mudra_loan():
    minor = person(age=16, documents=(Document.AADHAAR, Document.BANK_ACCOUNT))
    result = evaluate(minor, INDIAN_IN_WB, BY_CODE["mudra_shishu"], BY_CODE)
    assert result.status == Eligibility.NOT_ELIGIBLE
    assert english_all(result.reasons) == ["Minimum age 18; survivor is 16"]


def test_bangladeshi_survivor_awaiting_repatriation():
    survivor = person(age=22, documents=())
    results = evaluate_all(survivor, BD_AWAITING, SEED_SCHEMES)
    needing = {s.code for s in SEED_SCHEMES if s.needs_indian_residence}
    assert needing  # the seed file does have such schemes
    for result in results:
        if result.code in needing:
            assert result.status == Eligibility.NOT_ELIGIBLE
            assert (
                "Needs Indian residence papers; the survivor is a Bangladeshi national awaiting "
                "repatriation"
            ) in english_all(result.reasons)
        else:
            assert result.status != Eligibility.NOT_ELIGIBLE, result.code
    assert {r.code for r in results if r.status == Eligibility.ELIGIBLE} == {
        "ujjawala", "swadhar_greh", "shakti_sadan"
    }


def test_evaluate_all_orders_by_status_then_code():
    widow = person(age=58, documents=(Document.AADHAAR,))
    results = evaluate_all(widow, SchemeFacts(nationality="IN", state="West Bengal"), SEED_SCHEMES)
    rank = {status: i for i, status in enumerate(Eligibility)}
    keys = [(rank[r.status], r.code) for r in results]
    assert keys == sorted(keys)
    assert len(results) == len(SEED_SCHEMES)
    assert [s.value for s in Eligibility] == ["eligible", "eligible_after_documents",
                                             "not_eligible"]


def test_to_dict_uses_plain_codes():
    result = evaluate(person(documents=()), INDIAN_IN_WB, BY_CODE["mudra_shishu"], BY_CODE)
    assert result.to_dict() == {
        "code": "mudra_shishu",
        "name": BY_CODE["mudra_shishu"].name,
        "status": "eligible_after_documents",
        "reasons": [],
        "missing_documents": ["bank_account"],
        "prerequisite_steps": ["pmjdy"],
        # Aadhaar for the PMJDY account, the account, then the loan.
        "pathway": [{"step": "documents", "documents": ["aadhaar"]},
                    {"step": "scheme", "scheme": "pmjdy"},
                    {"step": "scheme", "scheme": "mudra_shishu"}],
    }
