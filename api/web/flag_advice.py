"""Each screening flag of an opening as a CSR partner reads it on her pages: its name, its class
and what that class means for publishing, what to change (`api.messages`, from the flag's code
and parameters), the words of her own text that raised it, and the fields of the form to change.

The screening (catalog.screening) and the gate (catalog.services.publishing) give codes,
parameters and evidence only; the words are here, at the edge, in the reader's language."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from catalog.models import Opening
from catalog.services import publishing

from ..i18n import gettext as _
from ..i18n import wording

# The form's fields whose content raises each flag (anchors of the opening form).
TEXT_FIELDS = ("title", "description")
FIELDS_OF: dict[str, tuple[str, ...]] = {
    "fee_charged": TEXT_FIELDS, "documents_retained": TEXT_FIELDS,
    "overseas_travel": (*TEXT_FIELDS, "district"), "entertainment_lure": TEXT_FIELDS,
    "advance_to_family": TEXT_FIELDS, "minor_targeted": (*TEXT_FIELDS, "min_age"),
    "wage_outlier": ("wage_inr_month", "description"),
    "no_experience_high_pay": ("wage_inr_month", "description"),
    "vague_employer": ("district", "description"), "wage_underpaid": ("wage_inr_month", "description"),
    "unverified_employer": (),
}


def _field_names() -> dict[str, str]:
    """The form's labels of the fields a flag may point to (as opening_form.html names them)."""
    return {"title": _("Job title"), "description": _("What the work is"),
            "district": _("District"), "min_age": _("Minimum age (18 or more)"),
            "wage_inr_month": _("Monthly wage (₹)")}


def _hard(cleared: bool) -> str:
    if cleared:
        return _("Two admins have judged it a false alarm for this text; a new wording that "
                 "raises it again needs their review again.")
    return _("An admin cannot publish the opening while this flag stands: change the words "
             "and save, and it is screened again.")


NEXT: dict[str, Callable[[bool], str]] = {
    "hard": _hard,
    "soft": lambda cleared: _(
        "An admin may publish it with a written note, but changing it is the quicker way."),
    "employer": lambda cleared: _(
        "Nothing to change in the opening: it is settled once your organisation is verified."),
}


@dataclass(frozen=True)
class Advice:
    code: str
    name: str
    severity: str  # hard, soft, employer (the CSS class too)
    severity_name: str
    what_to_change: str
    evidence: str | None
    fields: tuple[tuple[str, str], ...]  # (field, its label on the form)
    next_step: str


def advice(opening: Opening) -> list[Advice]:
    """The opening's flags, each with what to do about it, in the order screening gave them."""
    words, labels = wording(), _field_names()
    found = []
    for view in publishing.flag_views(opening, with_admins=False):
        code, severity = view["code"], view["severity"]
        found.append(Advice(
            code=code, name=words.flag_name(code), severity=severity,
            severity_name=words.label("severity", severity),
            what_to_change=words.flag(view),
            evidence=view.get("evidence"),
            fields=tuple((name, labels[name]) for name in FIELDS_OF.get(code, TEXT_FIELDS)),
            next_step=NEXT.get(severity, _hard)(bool(view.get("cleared"))),
        ))
    return found
