"""The codes of the content flags (part of the API: docs/http-api.md, "Openings") and the flag as
stored on an opening."""
from __future__ import annotations

FEE_CHARGED = "fee_charged"
DOCUMENTS_RETAINED = "documents_retained"
OVERSEAS_TRAVEL = "overseas_travel"
ENTERTAINMENT_LURE = "entertainment_lure"
ADVANCE_TO_FAMILY = "advance_to_family"
WAGE_OUTLIER = "wage_outlier"
NO_EXPERIENCE_HIGH_PAY = "no_experience_high_pay"
MINOR_TARGETED = "minor_targeted"
VAGUE_EMPLOYER = "vague_employer"
WAGE_UNDERPAID = "wage_underpaid"  # also raised by the employer's record (catalog.services)


def flag(code: str, evidence: str | None, **params: object) -> dict[str, object]:
    """A flag as stored on the opening: its code, the figures behind it (worded, with what to
    change, by `api.messages`) and the words or figures of the opening that raised it."""
    raised: dict[str, object] = {"code": code, "params": params}
    if evidence is not None:
        raised["evidence"] = evidence
    return raised
