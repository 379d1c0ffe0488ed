"""A survivor who is not an Indian national, or is awaiting repatriation, cannot lawfully obtain
Aadhaar, PAN, a voter ID or a ration card: an offer asking for one is a near miss with
`document_unobtainable`, never a documents step; her matches are what she can do while she
waits, and say so."""
from __future__ import annotations

import pytest

from matcher.checks import opening_blockers
from matcher.results import NEEDS_NO_INDIAN_PAPERS
from matcher.vocabulary import INDIAN_PAPERS, Blocker, Document

from . import field

D = Document


def bangladeshi(**fields):
    return field.profile(interests=["tailoring"], nationality="BD", awaiting_repatriation=True,
                         documents=frozenset(), **fields)


def documents_steps(match) -> set[str]:
    return {str(d) for step in match.pathway if step.step == "documents"
            for d in step.documents}


def test_the_indian_papers_are_aadhaar_pan_voter_id_and_ration_card():
    assert INDIAN_PAPERS == {D.AADHAAR, D.PAN, D.VOTER_ID, D.RATION_CARD}


@pytest.mark.parametrize("document", sorted(INDIAN_PAPERS))
def test_an_offer_needing_an_indian_paper_is_a_near_miss_naming_it(document, match_offers):
    offers = [field.course(1, "sewing_dress_making", documents_required=frozenset({document})),
              field.opening(2, "sewing_dress_making",
                            documents_required=frozenset({document, D.BANK_ACCOUNT}))]
    result = match_offers(bangladeshi(), courses=offers[:1], openings=offers[1:])
    assert result.matches == ()
    assert {miss.offer_id for miss in result.near_misses} == {1, 2}
    for miss in result.near_misses:
        [blocker] = [b for b in miss.blockers if b.code == Blocker.DOCUMENT_UNOBTAINABLE]
        assert blocker.params == {"documents": [str(document)]}
        assert blocker.to_dict()["params"] == {"documents": [str(document)]}


@pytest.mark.parametrize("facts", [{"nationality": "BD"}, {"nationality": "NP"},
                                   {"nationality": "IN", "awaiting_repatriation": True}])
def test_not_indian_or_awaiting_repatriation_each_puts_the_papers_out_of_reach(facts,
                                                                              match_offers):
    profile = field.profile(interests=["tailoring"], documents=frozenset(), **facts)
    course = field.course(1, "sewing_dress_making", documents_required=frozenset({D.AADHAAR}))
    result = match_offers(profile, courses=[course])
    assert result.matches == ()
    assert result.near_misses[0].blockers[0].code == Blocker.DOCUMENT_UNOBTAINABLE


def test_an_indian_survivor_without_aadhaar_gets_a_documents_step_instead(match_offers):
    profile = field.profile(interests=["tailoring"], documents=frozenset())
    course = field.course(1, "sewing_dress_making", documents_required=frozenset({D.AADHAAR}))
    [match] = match_offers(profile, courses=[course]).matches
    assert documents_steps(match) == {"aadhaar"}
    assert match.reason_codes == ()
    assert "reason_codes" not in match.to_dict()


def test_a_paper_she_already_holds_is_no_blocker(match_offers):
    profile = field.profile(interests=["tailoring"], nationality="BD",
                            documents=frozenset({D.AADHAAR}))
    course = field.course(1, "sewing_dress_making", documents_required=frozenset({D.AADHAAR}))
    assert [m.course_id for m in match_offers(profile, courses=[course]).matches] == [1]


def test_her_matches_need_no_indian_papers_and_say_so(match_offers):
    courses = [
        field.course(1, "sewing_dress_making", documents_required=frozenset({D.AADHAAR})),
        field.course(2, "sewing_dress_making", title="Tailoring at the shelter"),
        field.course(3, "sewing_dress_making", title="Needs a school certificate",
                     documents_required=frozenset({D.SCHOOL_CERTIFICATE})),
    ]
    result = match_offers(bangladeshi(), courses=courses)
    assert sorted(m.course_id for m in result.matches) == [2, 3]
    for match in result.matches:
        assert not documents_steps(match) & {str(d) for d in INDIAN_PAPERS}
        [reason] = match.reason_codes
        assert reason.code == NEEDS_NO_INDIAN_PAPERS
        assert reason.params == {"nationality": "BD", "awaiting_repatriation": True}
    # A document she can obtain (a school certificate) is still a step.
    [third] = [m for m in result.matches if m.course_id == 3]
    assert documents_steps(third) == {"school_certificate"}


def test_a_course_pathway_never_ends_in_an_opening_needing_an_indian_paper(match_offers):
    course = field.course(1, "sewing_dress_making")
    openings = [field.opening(2, "sewing_dress_making", documents_required=frozenset({D.PAN})),
                field.opening(3, "sewing_dress_making")]
    result = match_offers(bangladeshi(), courses=[course], openings=openings)
    [course_match] = [m for m in result.matches if m.kind == "course"]
    after = [step.opening_id for step in course_match.pathway if step.step == "opening"]
    assert after == [3]


def test_far_courses_stay_out_of_reach_unless_residential_and_she_can_move(match_offers):
    far = (26.85, 80.95)  # Lucknow
    courses = [field.course(1, "sewing_dress_making", at=far, district="Lucknow"),
               field.course(2, "sewing_dress_making", at=far, district="Lucknow",
                            residential=True)]
    assert match_offers(bangladeshi(), courses=courses).matches == ()
    movable = bangladeshi(can_relocate=True)
    assert [m.course_id for m in match_offers(movable, courses=courses).matches] == [2]


def test_a_referral_check_refuses_the_opening_too(today):
    opening = field.opening(2, "sewing_dress_making", documents_required=frozenset({D.RATION_CARD}))
    trade = next(t for t in field.TAXONOMY if t.code == "sewing_dress_making")
    hits = opening_blockers(bangladeshi(), opening, trade, today)
    assert [hit.code for hit in hits] == [Blocker.DOCUMENT_UNOBTAINABLE]
