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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import PathwayStep
from .vocabulary import Document

if TYPE_CHECKING:  # pragma: no cover
    from .engine import Evaluation
    from .models import ProfileFacts

OPENINGS_AFTER_COURSE = 3
_DOCUMENT_ORDER = {document: order for order, document in enumerate(Document)}


def missing_documents(profile: ProfileFacts, *evaluations: Evaluation) -> tuple[Document, ...]:
    needed = set()
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
    profile: ProfileFacts, evaluation: Evaluation, openings_after: list[Evaluation]
) -> tuple[list[PathwayStep], list[str]]:
    """The steps of the match's pathway, and reasons that explain them to the counselor."""
    on_path = [evaluation.bridge, evaluation] if evaluation.bridge else [evaluation]
    steps: list[PathwayStep] = []
    notes: list[str] = []
    documents = missing_documents(profile, *on_path)
    if documents:
        steps.append(PathwayStep("documents", documents=documents))
        names = ", ".join(str(d).replace("_", " ") for d in documents)
        notes.append(f"Documents to arrange first: {names}")
    if evaluation.bridge is not None:
        bridge = evaluation.bridge.row
        reached = bridge.offer.raises_literacy_to
        notes.insert(0, f"First the literacy course '{bridge.offer.title}' (reaches {reached})")
    steps.extend(_step(e) for e in on_path)
    steps.extend(_step(e) for e in openings_after)
    if openings_after:
        count = len(openings_after)
        notes.append(f"Then {count} opening{'s' if count > 1 else ''} in this trade within reach")
    return steps, notes
