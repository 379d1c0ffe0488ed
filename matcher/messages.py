"""What the engine says, as values: a stable code and typed parameters, never a sentence.

`matcher/` and `catalog/` return `Message`s (reasons, pathway notes, scheme refusals, allocation
explanations); only the edge (`api/messages.py`) words them, in the reader's language. Parameters
are plain JSON values (numbers, booleans, codes, lists of codes, ISO dates, and text a person
typed, such as a course title or an interest), so a message can be stored and worded later.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .vocabulary import StrEnum


@dataclass(frozen=True, slots=True)
class Message:
    """A code from one of the code lists below (or `Blocker`), with its parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {"code": str(self.code), "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Message:
        return cls(str(data["code"]), dict(data.get("params") or {}))


class Reason(StrEnum):
    """Why a match ranks where it does (one per scoring factor and case)."""

    INTEREST_MATCH = "interest_match"  # interest (text she gave), trade (code)
    LITERACY_PROGRAMME = "literacy_programme"
    ENTREPRENEURSHIP_AGE = "entrepreneurship_age"
    EXPERIENCE = "experience"  # trade, experience (text)
    REMOTE_NO_TRAVEL = "remote_no_travel"
    DISTANCE = "distance"  # km (one decimal)
    RELOCATE = "relocate"  # km, lodging: residential | accommodation
    INCOME = "income"  # stipend_inr_month, short_course_weeks, free, wage_inr_month, urgent
    MARKETABILITY = "marketability"  # positions, trade; rate_percent, source, outcomes
    BATCH_STARTS = "batch_starts"  # days, date
    PREFERENCES_MET = "preferences_met"  # women_only, day_shift, lodging
    NEEDS_NO_INDIAN_PAPERS = "needs_no_indian_papers"  # nationality, awaiting_repatriation


class PathwayNote(StrEnum):
    """What a match's pathway asks of her, in order (the reasons that lead its list)."""

    BRIDGE_FIRST = "bridge_first"  # title, reaches (literacy)
    DOCUMENTS_FIRST = "documents_first"  # documents (codes)
    BANK_ACCOUNT_FIRST = "bank_account_first"  # scheme (code)
    STIPEND = "stipend"  # amount_inr_month
    COURSE_SUPPORT = "course_support"  # scheme
    BUSINESS_LOAN = "business_loan"  # scheme, amount_inr (or null)
    OPENINGS_AFTER = "openings_after"  # count


class SchemeRefusal(StrEnum):
    """Why a government scheme is out of reach (matcher.schemes)."""

    AGE_BELOW_MINIMUM = "scheme_age_below_minimum"  # min_age, age
    AGE_ABOVE_MAXIMUM = "scheme_age_above_maximum"  # max_age, age
    WOMEN_ONLY = "scheme_women_only"  # gender
    INDIAN_RESIDENCE = "scheme_indian_residence"  # nationality, awaiting_repatriation
    STATE_RESIDENT = "scheme_state_resident"  # states (list), state (or null)
    NOT_BPL = "scheme_not_bpl"


class AllocationNote(StrEnum):
    """How a cohort allocation explains each survivor's result (catalog.services.allocations)."""

    PLACED_CHOICE = "placed_choice"  # title, start_date, choice, options, score
    PASSED_OVER = "passed_over"  # title, start_date, because
    UNPLACED_OUTRANKED = "unplaced_outranked"
    UNPLACED_BELOW_MIN_SCORE = "unplaced_below_min_score"  # min_score
    UNPLACED_NONE_JOINABLE = "unplaced_none_joinable"
    ALREADY_HOLDS = "already_holds"  # titles (list)
    ALTERNATIVE_UNDER_MIN_SCORE = "alternative_under_min_score"  # score, min_score
    ALTERNATIVE_FIRST_CHOICE = "alternative_first_choice"  # because
    ALTERNATIVE_NEAREST = "alternative_nearest"  # blockers (list of {code, params})


class Unblock(StrEnum):
    """The step that would lift one blocker of a near miss (matcher.unblock); `alternative` is
    an offer {kind, course_id, batch_id, opening_id, title, km, lodging, starts_on, closes_on}."""

    BRIDGE = "unblock_bridge"  # kind (of the blocked offer), course_id, batch_id, title, trade, reaches, duration_weeks,
    # starts_on, ends_on, then_batch_id, then_starts_on (ISO dates; then_* null when unknown)
    TRAVEL = "unblock_travel"  # km, max_travel_km, lodging, alternative (or null)
    LANGUAGE = "unblock_language"  # languages (hers it is taught in), alternative
    NEXT_INTAKE = "unblock_next_intake"  # alternative


CODE_LISTS: dict[str, type[StrEnum]] = {
    "reason": Reason,
    "pathway_note": PathwayNote,
    "scheme_refusal": SchemeRefusal,
    "allocation_note": AllocationNote,
    "unblock": Unblock,
}
"""The code lists this module defines (the edge words every code of each)."""
