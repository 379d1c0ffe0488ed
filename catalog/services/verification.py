"""Verifying an employer, and taking the verification back: a decision of its own, with the
admin's written reason, that screens every live opening of the employer again in the same
transaction (the `unverified_employer` flag goes or comes at once; un-verifying sends its
published openings back to review)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from matcher.vocabulary import OrganisationKind

from .. import audit
from ..errors import Invalid
from ..models import Organisation, User
from . import publishing


def set_verification(session: Session, organisation: Organisation, verified: bool,
                     note: str | None, actor: User, now: datetime) -> int:
    """Verify (or un-verify) an employer with a note; how many of its openings changed.
    Deciding what is already so is harmless and still re-screens."""
    if organisation.kind is not OrganisationKind.EMPLOYER:
        raise Invalid("only employers are verified", reason="not_an_employer")
    if not (note or "").strip():
        raise Invalid("a verification decision needs a note", reason="note_required",
                      field_errors={"note": ["Write what was checked, or why it is withdrawn."]})
    previous = organisation.verified
    organisation.verified = verified
    if verified and not previous:
        organisation.verified_at = now
    if not verified:
        organisation.verified_at = None
    organisation.verification_note = note.strip()
    session.flush()
    action = "verify" if verified else "unverify"
    changed = publishing.rescreen_employer(session, organisation, now, actor=actor, cause=action)
    audit.record(session, actor, action, "organisation", organisation.id,
                 fields=["verified", "verification_note"],
                 detail=f"{previous}->{verified}; openings re-screened, {changed} changed")
    return changed
