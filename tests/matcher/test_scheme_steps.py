"""Scheme steps in match pathways (issue 9): a bank account before any wage, the course's
stipend or PMKVY support during a course, a Mudra loan after an entrepreneurship course. No
database: the seed catalogue is passed in as data."""
from __future__ import annotations

from datetime import date, timedelta

from matcher import CatalogIndex, match
from matcher.models import BatchOffer, CourseOffer, OpeningOffer, ProfileFacts, TradeInfo
from matcher.schemes import SchemeFacts
from matcher.vocabulary import Document, Gender, Literacy
from tests.matcher.seed_schemes import SEED_SCHEMES

TODAY = date(2026, 12, 1)
HOWRAH = dict(latitude=22.59, longitude=88.31, district="Howrah")
TRADES = [TradeInfo("sewing_dress_making", "Sewing"),
          TradeInfo("entrepreneurship", "Entrepreneurship", kind="entrepreneurship")]
INDIAN = SchemeFacts(nationality="IN", state="West Bengal")
BANGLADESHI = SchemeFacts(nationality="BD", state="West Bengal", awaiting_repatriation=True)


def batch(id_):
    return BatchOffer(id_, TODAY + timedelta(days=20), TODAY + timedelta(days=10), 20)


def course(id_, trade, stipend=0):
    return CourseOffer(id=id_, title=f"Course {id_}", trade=trade, min_literacy=Literacy.NONE,
                       languages={"bn"}, mode="in_person", stipend_inr_month=stipend,
                       batches=(batch(id_ * 10),), **HOWRAH)


def opening(id_):
    return OpeningOffer(id=id_, title="Tailor", trade="sewing_dress_making",
                        min_literacy=Literacy.NONE, languages={"bn"}, work_mode="on_site",
                        wage_inr_month=9000, closes_on=TODAY + timedelta(days=30), **HOWRAH)


def survivor(age=30, documents=(Document.AADHAAR,)):
    return ProfileFacts(id=1, age=age, gender=Gender.FEMALE, literacy=Literacy.NONE,
                        languages={"bn"}, documents=documents, **HOWRAH)


def pathway_of(result, kind, id_):
    found = next(m for m in result.matches if m.kind == kind and m.offer_id == id_)
    return [step.to_dict() for step in found.pathway]


def test_a_bank_account_comes_before_the_first_wage():
    index = CatalogIndex(TRADES, [], [opening(5)])
    result = match(survivor(), index, TODAY, schemes=SEED_SCHEMES, scheme_facts=INDIAN)
    assert pathway_of(result, "opening", 5) == [
        {"step": "scheme", "scheme": "pmjdy", "purpose": "bank_account", "course_id": None,
         "amount_inr": None},
        {"step": "opening", "opening_id": 5},
    ]


def test_no_bank_step_for_a_survivor_who_has_an_account_or_cannot_open_one():
    index = CatalogIndex(TRADES, [], [opening(5)])
    banked = survivor(documents=(Document.AADHAAR, Document.BANK_ACCOUNT))
    for profile, facts in ((banked, INDIAN), (survivor(), BANGLADESHI)):
        result = match(profile, index, TODAY, schemes=SEED_SCHEMES, scheme_facts=facts)
        assert pathway_of(result, "opening", 5) == [{"step": "opening", "opening_id": 5}]


def test_without_aadhaar_the_account_waits_for_it():
    index = CatalogIndex(TRADES, [], [opening(5)])
    result = match(survivor(documents=()), index, TODAY, schemes=SEED_SCHEMES,
                   scheme_facts=INDIAN)
    steps = pathway_of(result, "opening", 5)
    assert steps[0] == {"step": "documents", "documents": ["aadhaar"]}
    assert steps[1]["scheme"] == "pmjdy"


def test_a_course_shows_its_stipend_or_else_pmkvy_support():
    index = CatalogIndex(TRADES, [course(1, "sewing_dress_making", stipend=1500),
                                  course(2, "sewing_dress_making")], [])
    result = match(survivor(), index, TODAY, schemes=SEED_SCHEMES, scheme_facts=INDIAN)
    assert {"step": "stipend", "course_id": 1, "amount_inr_month": 1500} in pathway_of(
        result, "course", 1)
    supported = pathway_of(result, "course", 2)
    assert {"step": "scheme", "scheme": "pmkvy", "purpose": "course_support", "course_id": 2,
            "amount_inr": None} in supported
    # Over PMKVY's age limit (45): no support step.
    older = match(survivor(age=50), index, TODAY, schemes=SEED_SCHEMES, scheme_facts=INDIAN)
    assert all(step["step"] != "scheme" for step in pathway_of(older, "course", 2)
               if step.get("purpose") == "course_support")


def test_a_mudra_loan_follows_an_entrepreneurship_course_for_adults_only():
    index = CatalogIndex(TRADES, [course(3, "entrepreneurship")], [])
    adult = match(survivor(age=40), index, TODAY, schemes=SEED_SCHEMES, scheme_facts=INDIAN)
    steps = pathway_of(adult, "course", 3)
    assert [s.get("scheme") for s in steps] == ["pmjdy", None, "pmkvy", "mudra_shishu"]
    assert steps[-1]["amount_inr"] == 50000
    minor = match(survivor(age=16), index, TODAY, schemes=SEED_SCHEMES, scheme_facts=INDIAN)
    assert "mudra_shishu" not in [s.get("scheme") for s in pathway_of(minor, "course", 3)]


def test_without_the_catalogue_pathways_have_no_scheme_steps():
    index = CatalogIndex(TRADES, [course(3, "entrepreneurship")], [opening(5)])
    result = match(survivor(), index, TODAY)
    for found in result.matches:
        assert all(step.step != "scheme" for step in found.pathway)
