"""Pathways: the ordered plan that leads from where a survivor is to a match.

For a match the pathway is:
1. `documents`: documents the offers on the path require and the survivor does not hold yet
   (documentation support; missing documents are never a blocker);
2. `course` of the bridge, when the match needs one (`requires_bridge`): the best eligible
   literacy or schooling course that reaches the offer's minimum literacy, at its best batch;
3. the offer itself: `course` at its best open batch (earliest start with seats left, whose
   deadline has not passed), or `opening`;
4. after a skill course, up to OPENINGS_AFTER_COURSE openings of the same trade the survivor
   could then take (eligible now, or through the same bridge), best first.
The documents step covers the bridge and the offer, the documents needed to enrol or apply;
openings after a course are further away in time and carry their own documents when matched.

When the engine is given the schemes catalogue (`Funding`), the scheme steps that fund the path
join it, each only if the survivor could claim the scheme (eligible, or once documents are
obtained; `matcher.schemes`):
- a bank account (a `bank_account` scheme, PMJDY) right after the documents, before any wage or
  stipend, when she holds none; the documents it needs join the documents step (Aadhaar first);
- during a skill course, the course's own stipend, or else the support of a `skill_training`
  scheme (PMKVY: free training where the course runs under it);
- after an entrepreneurship course, a `business_loan` scheme (Mudra Shishu) to start her business.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .evaluation import Evaluation
from .messages import Message, PathwayNote
from .models import ProfileFacts
from .results import PathwayStep
from .schemes import Scheme, SchemeFacts, SchemeStatus, evaluate_all
from .vocabulary import Document, SchemeKind

OPENINGS_AFTER_COURSE = 3
_DOCUMENT_ORDER = {document: order for order, document in enumerate(Document)}


@dataclass(frozen=True, slots=True)
class Funding:
    """For each kind of scheme a pathway can use, the first the survivor could claim."""

    bank_account: SchemeStatus | None = None
    course_support: SchemeStatus | None = None
    business_loan: SchemeStatus | None = None

    @classmethod
    def for_profile(
        cls, profile: ProfileFacts, facts: SchemeFacts, schemes: Iterable[Scheme]
    ) -> Funding:
        first: dict[SchemeKind, SchemeStatus] = {}
        for result in evaluate_all(profile, facts, schemes):  # eligible first, then by code
            if result.reachable and result.scheme.kind is not None:
                first.setdefault(result.scheme.kind, result)
        return cls(
            bank_account=first.get(SchemeKind.BANK_ACCOUNT),
            course_support=first.get(SchemeKind.SKILL_TRAINING),
            business_loan=first.get(SchemeKind.BUSINESS_LOAN),
        )


NO_FUNDING = Funding()


def missing_documents(
    profile: ProfileFacts, *evaluations: Evaluation, also: Iterable[Document] = ()
) -> tuple[Document, ...]:
    needed = set(also)
    for evaluation in evaluations:
        needed |= evaluation.row.offer.documents_required
    return tuple(sorted(needed - profile.documents, key=lambda d: _DOCUMENT_ORDER.get(d, 99)))


def _step(evaluation: Evaluation) -> PathwayStep:
    row = evaluation.row
    if row.kind == "course":
        batch = evaluation.batch
        return PathwayStep("course", course_id=row.id, batch_id=batch.id if batch else None)
    return PathwayStep("opening", opening_id=row.id)


def pathway(
    profile: ProfileFacts,
    evaluation: Evaluation,
    openings_after: list[Evaluation],
    funding: Funding = NO_FUNDING,
    entrepreneurship: bool = False,
) -> tuple[list[PathwayStep], list[Message]]:
    """The steps of the match's pathway, and reasons that explain them to the counselor."""
    on_path = [evaluation.bridge, evaluation] if evaluation.bridge else [evaluation]
    offer = evaluation.row.offer
    is_course = evaluation.row.kind == "course"
    stipend = offer.stipend_inr_month if is_course else 0
    loan = funding.business_loan if is_course and entrepreneurship else None
    earns = not is_course or bool(openings_after) or stipend > 0 or loan is not None
    bank = funding.bank_account
    if bank is None or not earns or Document.BANK_ACCOUNT in profile.documents:
        bank = None
    elif set(bank.scheme.documents_required) & profile.unobtainable_documents:
        bank = None  # never a step she cannot lawfully take
    steps: list[PathwayStep] = []
    notes: list[Message] = []
    also = bank.scheme.documents_required if bank is not None else ()
    documents = tuple(d for d in missing_documents(profile, *on_path, also=also)
                      if d not in profile.unobtainable_documents)
    if documents:
        steps.append(PathwayStep("documents", documents=documents))
        notes.append(Message(PathwayNote.DOCUMENTS_FIRST,
                             {"documents": [str(d) for d in documents]}))
    if bank is not None:
        steps.append(PathwayStep("scheme", scheme=bank.code, purpose="bank_account"))
        notes.append(Message(PathwayNote.BANK_ACCOUNT_FIRST, {"scheme": bank.code}))
    if evaluation.bridge is not None:
        bridge = evaluation.bridge.row
        reached = bridge.offer.raises_literacy_to
        notes.insert(0, Message(PathwayNote.BRIDGE_FIRST,
                                {"title": bridge.offer.title, "reaches": str(reached)}))
    steps.extend(_step(e) for e in on_path)
    if is_course and not offer.is_bridge:
        if stipend > 0:
            steps.append(PathwayStep("stipend", course_id=offer.id, amount_inr_month=stipend))
            notes.append(Message(PathwayNote.STIPEND, {"amount_inr_month": stipend}))
        elif funding.course_support is not None:
            support = funding.course_support
            steps.append(PathwayStep("scheme", scheme=support.code, purpose="course_support",
                                     course_id=offer.id))
            notes.append(Message(PathwayNote.COURSE_SUPPORT, {"scheme": support.code}))
    if loan is not None:
        steps.append(PathwayStep("scheme", scheme=loan.code, purpose="business_loan",
                                 course_id=offer.id, amount_inr=loan.scheme.benefit_amount_inr))
        notes.append(Message(PathwayNote.BUSINESS_LOAN, {
            "scheme": loan.code, "amount_inr": loan.scheme.benefit_amount_inr}))
    steps.extend(_step(e) for e in openings_after)
    if openings_after:
        notes.append(Message(PathwayNote.OPENINGS_AFTER, {"count": len(openings_after)}))
    return steps, notes
