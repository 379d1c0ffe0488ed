"""Eligibility of a survivor for government schemes (`seeds/schemes.json`): pure, no I/O or clock.

`evaluate` checks one scheme with the rules below, one small function each, every one returning a
message a counselor understands or `None`. A scheme failing any rule is `not_eligible`; one that
passes them all is `eligible_after_documents` while a required document is missing, else
`eligible`. For schemes the survivor can reach, the result also gives the pathway: missing
documents in `DOCUMENT_ORDER` and the schemes to obtain first (`prerequisite_steps`), e.g. a PMJDY
bank account before a Mudra loan.

Interpretations (the seed text leaves room):
- Ages are inclusive; `None` in the seed means "no limit found", not "no limit", so it is not
  checked (SCHEMES_SOURCES.md).
- Women-only schemes admit the genders of `rules.WOMEN`, the same policy as women-only offers.
- Residence "india" or "state" needs Indian residence papers: only Indian nationals pass. Residence
  `None` (Ujjawala, Swadhar Greh, Shakti Sadan) sets no condition, so a Bangladeshi survivor
  awaiting repatriation keeps them.
- BPL: a scheme requires a below-poverty-line household when its `bpl_or_income` text speaks of the
  poor, poverty or BPL (`requires_bpl`). Only `bpl is False` blocks; unknown (`None`) passes and
  the counselor checks. Income ceilings and other free-text conditions are not evaluated.
- A prerequisite is met when the survivor already holds that scheme (`SchemeFacts.schemes_held`)
  or the document it yields (`PREREQUISITE_YIELDS`: PMJDY yields a bank account). Prerequisites
  of prerequisites come first.

The pathway of a reachable scheme (`SchemeStatus.pathway`) is the order to act in: for each
prerequisite scheme, the documents it needs and then the scheme itself; then the documents this
scheme still needs (those a prerequisite yields are not asked twice); then the claim itself. So a
survivor with nothing gets Aadhaar, then a PMJDY account, then the Mudra loan.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .messages import Message, SchemeRefusal
from .models import ProfileFacts
from .rules import WOMEN
from .vocabulary import Document, Gender, SchemeKind, SchemeResidence, StrEnum

DOCUMENT_ORDER: tuple[Document, ...] = (
    # The documents pathway: Aadhaar is the ID that opens a bank account, and a bank account is
    # needed for any direct benefit transfer (DBT) or loan; the rest follow in any order.
    Document.AADHAAR,
    Document.BANK_ACCOUNT,
    Document.RATION_CARD,
    Document.PAN,
    Document.SCHOOL_CERTIFICATE,
    Document.CASTE_CERTIFICATE,
    Document.PASSPORT_OR_PERMIT,
    Document.VOTER_ID,
)
_DOCUMENT_RANK = {document: rank for rank, document in enumerate(DOCUMENT_ORDER)}

PREREQUISITE_YIELDS: dict[str, Document] = {"pmjdy": Document.BANK_ACCOUNT}
"""The document a prerequisite scheme gives the survivor; holding it meets the prerequisite."""

INDIA = "IN"
BANGLADESH = "BD"


_BPL_WORDS = re.compile(r"\b(poor|poverty|bpl)\b", re.IGNORECASE)


class Eligibility(StrEnum):
    """The outcome of `evaluate`, in the order `evaluate_all` lists them."""

    ELIGIBLE = "eligible"
    ELIGIBLE_AFTER_DOCUMENTS = "eligible_after_documents"
    NOT_ELIGIBLE = "not_eligible"


_ELIGIBILITY_RANK = {status: rank for rank, status in enumerate(Eligibility)}


def _state_key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


@dataclass(frozen=True, slots=True)
class Scheme:
    """One government scheme, as far as the evaluator can check it."""

    code: str
    name: str
    level: str = "central"
    state: str | None = None
    kind: SchemeKind | None = None
    benefit: str = ""
    benefit_amount_inr: int | None = None
    min_age: int | None = None
    max_age: int | None = None
    gender: str | None = None  # None or "female"
    needs_indian_residence: bool = False
    states: frozenset[str] = frozenset()  # eligible state names; empty for all
    documents_required: tuple[Document, ...] = ()
    prerequisites: tuple[str, ...] = ()
    requires_bpl: bool = False

    def __post_init__(self) -> None:
        if self.gender not in (None, Gender.FEMALE.value):
            raise ValueError(f"scheme {self.code}: unsupported gender condition {self.gender!r}")
        if self.kind is not None:
            object.__setattr__(self, "kind", SchemeKind(self.kind))
        object.__setattr__(self, "states", frozenset(self.states))
        object.__setattr__(
            self, "documents_required", tuple(Document(d) for d in self.documents_required)
        )
        object.__setattr__(self, "prerequisites", tuple(self.prerequisites))

    @classmethod
    def from_seed(cls, row: Mapping[str, Any]) -> Scheme:
        """From one object of `seeds/schemes.json`."""
        rules = row.get("eligibility") or {}
        residence = rules.get("residence")
        if residence not in (None, *SchemeResidence.codes()):
            raise ValueError(f"scheme {row['code']}: unknown residence {residence!r}")
        state = row.get("state")
        return cls(
            code=row["code"],
            name=row["name"],
            level=row.get("level") or "central",
            state=state,
            kind=row.get("kind"),
            benefit=row.get("benefit") or "",
            benefit_amount_inr=row.get("benefit_amount_inr"),
            min_age=rules.get("min_age"),
            max_age=rules.get("max_age"),
            gender=rules.get("gender"),
            needs_indian_residence=residence in ("india", "state"),
            states=frozenset({state}) if residence == "state" and state else frozenset(),
            documents_required=tuple(row.get("documents_required") or ()),
            prerequisites=tuple(row.get("prerequisites") or ()),
            requires_bpl=bool(_BPL_WORDS.search(rules.get("bpl_or_income") or "")),
        )


@dataclass(frozen=True, slots=True)
class SchemeFacts:
    """What scheme eligibility needs beyond `ProfileFacts`."""

    nationality: str = INDIA  # ISO 3166-1 alpha-2: "IN", "BD", ...
    state: str | None = None  # Indian state of residence
    awaiting_repatriation: bool = False
    bpl: bool | None = None  # below-poverty-line household; None when not known
    schemes_held: frozenset[str] = frozenset()  # scheme codes already obtained (e.g. SHG member)

    def __post_init__(self) -> None:
        object.__setattr__(self, "nationality", (self.nationality or "").strip().upper())
        object.__setattr__(self, "schemes_held", frozenset(self.schemes_held))


@dataclass(slots=True)
class SchemeStatus:
    scheme: Scheme
    status: Eligibility
    reasons: list[Message] = field(default_factory=list)
    missing_documents: list[Document] = field(default_factory=list)
    prerequisite_steps: list[str] = field(default_factory=list)
    pathway: list[dict[str, Any]] = field(default_factory=list)

    @property
    def code(self) -> str:
        return self.scheme.code

    @property
    def reachable(self) -> bool:
        """Eligible now, or once documents and prerequisite schemes are obtained."""
        return self.status is not Eligibility.NOT_ELIGIBLE

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.scheme.code,
            "name": self.scheme.name,
            "status": self.status.value,
            "reasons": [reason.to_dict() for reason in self.reasons],
            "missing_documents": [document.value for document in self.missing_documents],
            "prerequisite_steps": list(self.prerequisite_steps),
            "pathway": [dict(step) for step in self.pathway],
        }


# --- rules: (profile, facts, scheme) -> a refusal (code and parameters) or None ---


def age_below_minimum(profile: ProfileFacts, facts: SchemeFacts, scheme: Scheme):
    if scheme.min_age is not None and profile.age < scheme.min_age:
        return Message(SchemeRefusal.AGE_BELOW_MINIMUM,
                       {"min_age": scheme.min_age, "age": profile.age})
    return None


def age_above_maximum(profile: ProfileFacts, facts: SchemeFacts, scheme: Scheme):
    if scheme.max_age is not None and profile.age > scheme.max_age:
        return Message(SchemeRefusal.AGE_ABOVE_MAXIMUM,
                       {"max_age": scheme.max_age, "age": profile.age})
    return None


def women_only(profile: ProfileFacts, facts: SchemeFacts, scheme: Scheme):
    if scheme.gender == Gender.FEMALE.value and profile.gender not in WOMEN:
        return Message(SchemeRefusal.WOMEN_ONLY, {"gender": profile.gender.value})
    return None


def indian_residence(profile: ProfileFacts, facts: SchemeFacts, scheme: Scheme):
    if not scheme.needs_indian_residence or facts.nationality == INDIA:
        return None
    return Message(SchemeRefusal.INDIAN_RESIDENCE, {
        "nationality": facts.nationality or None,
        "awaiting_repatriation": bool(facts.awaiting_repatriation)})


def state_resident(profile: ProfileFacts, facts: SchemeFacts, scheme: Scheme):
    if not scheme.states:
        return None
    if _state_key(facts.state) in {_state_key(state) for state in scheme.states}:
        return None
    return Message(SchemeRefusal.STATE_RESIDENT,
                   {"states": sorted(scheme.states), "state": facts.state or None})


def below_poverty_line(profile: ProfileFacts, facts: SchemeFacts, scheme: Scheme):
    if scheme.requires_bpl and facts.bpl is False:
        return Message(SchemeRefusal.NOT_BPL)
    return None


SchemeRule = Callable[[ProfileFacts, SchemeFacts, Scheme], "Message | None"]

RULES: tuple[SchemeRule, ...] = (
    age_below_minimum,
    age_above_maximum,
    women_only,
    indian_residence,
    state_resident,
    below_poverty_line,
)


# --- evaluation ---


def missing_documents(profile: ProfileFacts, scheme: Scheme) -> list[Document]:
    """Required documents the survivor lacks, in `DOCUMENT_ORDER`."""
    missing = {d for d in scheme.documents_required if d not in profile.documents}
    return sorted(missing, key=_DOCUMENT_RANK.__getitem__)


def _prerequisite_met(code: str, profile: ProfileFacts, facts: SchemeFacts) -> bool:
    if code in facts.schemes_held:
        return True
    yielded = PREREQUISITE_YIELDS.get(code)
    return yielded is not None and yielded in profile.documents


def prerequisite_steps(
    profile: ProfileFacts,
    facts: SchemeFacts,
    scheme: Scheme,
    schemes_by_code: Mapping[str, Scheme],
) -> list[str]:
    """Schemes to obtain before this one, deepest first, each once; unknown codes are kept."""
    steps: list[str] = []
    visiting: set[str] = {scheme.code}

    def visit(code: str) -> None:
        if code in steps or code in visiting or _prerequisite_met(code, profile, facts):
            return
        visiting.add(code)
        prerequisite = schemes_by_code.get(code)
        for deeper in prerequisite.prerequisites if prerequisite else ():
            visit(deeper)
        steps.append(code)

    for code in scheme.prerequisites:
        visit(code)
    return steps


def evaluate(
    profile: ProfileFacts,
    facts: SchemeFacts,
    scheme: Scheme,
    schemes_by_code: Mapping[str, Scheme],
) -> SchemeStatus:
    """Whether the survivor is eligible for the scheme and, if so, what she still needs.

    A `not_eligible` result carries the reasons only: there is no pathway to list."""
    reasons = [m for m in (rule(profile, facts, scheme) for rule in RULES) if m is not None]
    if reasons:
        return SchemeStatus(scheme, Eligibility.NOT_ELIGIBLE, reasons)
    missing = missing_documents(profile, scheme)
    status = Eligibility.ELIGIBLE_AFTER_DOCUMENTS if missing else Eligibility.ELIGIBLE
    steps = prerequisite_steps(profile, facts, scheme, schemes_by_code)
    route = documents_pathway(profile, scheme, steps, schemes_by_code)
    return SchemeStatus(scheme, status, [], missing, steps, route)


def documents_pathway(
    profile: ProfileFacts,
    scheme: Scheme,
    prerequisites: list[str],
    schemes_by_code: Mapping[str, Scheme],
) -> list[dict[str, Any]]:
    """The ordered steps to claim `scheme`: `{"step": "documents", "documents": [...]}` and
    `{"step": "scheme", "scheme": code}`, ending with the scheme itself."""
    held = set(profile.documents)
    steps: list[dict[str, Any]] = []

    def documents_for(required: Iterable[Document]) -> None:
        needed = sorted({d for d in required if d not in held}, key=_DOCUMENT_RANK.__getitem__)
        if needed:
            steps.append({"step": "documents", "documents": [d.value for d in needed]})
            held.update(needed)

    for code in prerequisites:
        prerequisite = schemes_by_code.get(code)
        if prerequisite is not None:
            documents_for(prerequisite.documents_required)
        steps.append({"step": "scheme", "scheme": code})
        if code in PREREQUISITE_YIELDS:
            held.add(PREREQUISITE_YIELDS[code])
    documents_for(scheme.documents_required)
    steps.append({"step": "scheme", "scheme": scheme.code})
    return steps


def evaluate_all(
    profile: ProfileFacts, facts: SchemeFacts, schemes: Iterable[Scheme]
) -> list[SchemeStatus]:
    """Every scheme evaluated: eligible first, then eligible after documents, then not eligible;
    ties by scheme code."""
    schemes = list(schemes)
    by_code = {scheme.code: scheme for scheme in schemes}
    results = [evaluate(profile, facts, scheme, by_code) for scheme in schemes]
    return sorted(results, key=lambda r: (_ELIGIBILITY_RANK[r.status], r.scheme.code))
