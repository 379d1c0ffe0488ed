"""The engine's results, whose `to_dict()` is the JSON of docs/http-api.md "Matches": matches with
their pathways, near misses with their blockers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .messages import Message, Reason
from .vocabulary import Document

OfferKind = Literal["course", "opening"]


@dataclass(frozen=True, slots=True)
class BlockerHit:
    """A hard rule the offer fails: its `Blocker` code and the facts that break it (typed
    parameters, worded at the edge by `api.messages`; e.g. `document_unobtainable`:
    `{"documents": ["aadhaar"]}`)."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {"code": str(self.code), "params": dict(self.params)}


ReasonCode = Message
"""A reason of a whole match (not of one factor) as a code with parameters."""

NEEDS_NO_INDIAN_PAPERS = Reason.NEEDS_NO_INDIAN_PAPERS.value
"""Reason of every match of a survivor without Indian papers: the offer asks none of them, so
she can take it while she waits (params: `nationality`, `awaiting_repatriation`)."""


@dataclass(frozen=True, slots=True)
class PathwayStep:
    """One step of a pathway: `documents`, `course` (bridge or skill), `opening`, `stipend`
    (the course's own, during it) or `scheme` (a government scheme that funds the path: a bank
    account before any wage, support during a course, a loan after an entrepreneurship course)."""

    step: Literal["documents", "course", "opening", "stipend", "scheme"]
    documents: tuple[Document, ...] = ()
    course_id: int | None = None
    batch_id: int | None = None
    opening_id: int | None = None
    scheme: str | None = None
    purpose: str | None = None  # of a scheme step: bank_account, course_support, business_loan
    amount_inr: int | None = None
    amount_inr_month: int | None = None

    def to_dict(self) -> dict[str, Any]:
        if self.step == "documents":
            return {"step": "documents", "documents": [str(d) for d in self.documents]}
        if self.step == "course":
            return {"step": "course", "course_id": self.course_id, "batch_id": self.batch_id}
        if self.step == "stipend":
            return {"step": "stipend", "course_id": self.course_id,
                    "amount_inr_month": self.amount_inr_month}
        if self.step == "scheme":
            return {"step": "scheme", "scheme": self.scheme, "purpose": self.purpose,
                    "course_id": self.course_id, "amount_inr": self.amount_inr}
        return {"step": "opening", "opening_id": self.opening_id}


@dataclass(frozen=True, slots=True)
class _NamedOffer:
    """The fields naming the offer, which a match and a near miss share (first, in this order)."""

    kind: OfferKind
    course_id: int | None
    batch_id: int | None
    opening_id: int | None
    title: str
    trade: str

    @property
    def offer_id(self) -> int:
        return self.course_id if self.kind == "course" else self.opening_id  # type: ignore[return-value]

    def _offer_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "course_id": self.course_id, "batch_id": self.batch_id,
                "opening_id": self.opening_id, "title": self.title, "trade": self.trade}


@dataclass(frozen=True, slots=True)
class Match(_NamedOffer):
    score: float
    factors: Mapping[str, float]
    reasons: tuple[Message, ...]
    requires_bridge: bool
    pathway: tuple[PathwayStep, ...]
    reason_codes: tuple[ReasonCode, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        found = {
            **self._offer_dict(),
            "score": self.score,
            "factors": dict(self.factors),
            "reasons": [reason.to_dict() for reason in self.reasons],
            "requires_bridge": self.requires_bridge,
            "pathway": [step.to_dict() for step in self.pathway],
        }
        if self.reason_codes:
            found["reason_codes"] = [reason.to_dict() for reason in self.reason_codes]
        return found


@dataclass(frozen=True, slots=True)
class NearMiss(_NamedOffer):
    blockers: tuple[BlockerHit, ...]
    unblocks: tuple[Message | None, ...] = ()
    """Per blocker (same order), the step that would lift it, or None (matcher.unblock)."""

    def to_dict(self) -> dict[str, Any]:
        blockers = [blocker.to_dict() for blocker in self.blockers]
        for blocker, step in zip(blockers, self.unblocks):
            if step is not None:  # additive: a blocker with a step carries it as `unblock`
                blocker["unblock"] = step.to_dict()
        return {**self._offer_dict(), "blockers": blockers}


@dataclass(frozen=True, slots=True)
class MatchResult:
    profile_id: int
    matches: tuple[Match, ...]
    near_misses: tuple[NearMiss, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "profile_id": self.profile_id,
            "matches": [m.to_dict() for m in self.matches],
            "near_misses": [n.to_dict() for n in self.near_misses],
        }
