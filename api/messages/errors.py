"""Domain errors (`catalog.errors.ErrorReason`): a reason and its details as a sentence."""
from __future__ import annotations

from catalog.errors import ErrorReason

from ..labels import N_
from .words import Words, said


def _not_eligible(w: Words, d: dict) -> str:
    blockers = "; ".join(w.message(b) for b in d.get("blockers") or ())
    if blockers:
        return w._("The survivor does not meet every rule of this offer: %(blockers)s.",
                   blockers=blockers)
    return w._("The survivor does not meet every rule of this offer.")


def _stale(w: Words, d: dict) -> str:
    return w._("The allocation can no longer be applied: profile %(profile)s to batch "
               "%(batch)s (%(cause)s); nothing was held, propose again.",
               profile=d.get("profile_id"), batch=d.get("batch_id"),
               cause=w.error(d.get("cause") or "conflict"))


_SAID = {  # the errors whose sentence takes no parameters
    ErrorReason.NOT_FOUND: N_("Not found."),
    ErrorReason.SEATS_AVAILABLE: N_(
        "This batch has a seat free: refer her instead of putting her on the waiting list."),
    ErrorReason.NOT_WAITING: N_("She is not on this waiting list."),
    ErrorReason.SECTOR_MISSING: N_(
        "Choose the sector she was exploited in before writing why she returns to it."),
    ErrorReason.FORBIDDEN: N_("Your role may not do this."),
    ErrorReason.CONFLICT: N_(
        "This conflicts with data written at the same moment; reload and try again."),
    ErrorReason.INVALID: N_("Please correct the fields marked."),
    ErrorReason.INVALID_DATA: N_("A value in the request cannot be stored."),
    ErrorReason.DATABASE_UNAVAILABLE: N_(
        "The database is unavailable for a moment; try again shortly."),
    ErrorReason.NO_CAPACITY: N_("No seat or position is left."),
    ErrorReason.CONSENT_REQUIRED: N_(
        "She has not agreed to share an anonymised summary with employers."),
    ErrorReason.GUARDIAN_CONSENT_REQUIRED: N_(
        "For a survivor under 18, consent is given by a guardian or the Child Welfare "
        "Committee."),
    ErrorReason.PROFILE_CLOSED: N_("This profile is closed."),
    ErrorReason.CLOSED: N_("This opening is not open for referrals."),
    ErrorReason.ALREADY_APPLIED: N_("This allocation was applied already."),
    ErrorReason.NOT_PLACED: N_("She was not placed by this allocation."),
    ErrorReason.NO_BATCHES: N_("No open batch with seats matches them."),
    ErrorReason.INVALID_TRANSITION: N_("This referral cannot move to that status."),
    ErrorReason.SEATS_BELOW_TAKEN: N_("There cannot be fewer seats than seats already taken."),
    ErrorReason.POSITIONS_BELOW_FILLED: N_(
        "There cannot be fewer positions than positions already filled."),
    ErrorReason.EMPLOYER_NOT_VERIFIED: N_(
        "First verify the employer: its openings are published only once it is verified."),
    ErrorReason.OPENING_PENDING_REVIEW: N_("This opening waits for review."),
    ErrorReason.OPENING_PUBLISHED: N_("This opening is published already."),
    ErrorReason.OPENING_REJECTED: N_("This opening was rejected."),
    ErrorReason.OPENING_CLOSED: N_("This opening is closed."),
    ErrorReason.UNKNOWN_TRADE: N_("This trade is not in the list."),
    ErrorReason.UNKNOWN_DISTRICT: N_("This district is not in the list."),
    ErrorReason.UNKNOWN_SCHEME: N_("This scheme is not in the list."),
    ErrorReason.UNKNOWN_ORGANISATION: N_("This organisation is not known."),
    ErrorReason.INVALID_SCHEME: N_("The scheme is not valid."),
    ErrorReason.DUPLICATE_SCHEME: N_("This scheme exists already."),
    ErrorReason.INVALID_REPATRIATION: N_(
        "Only a survivor who is not an Indian national can await repatriation."),
    ErrorReason.DUPLICATE_NAME: N_("An organisation with this name exists."),
    ErrorReason.DUPLICATE_EMAIL: N_("A user with this email exists."),
    ErrorReason.DUPLICATE_CASE_REF: N_(
        "Your organisation already has a profile with this case reference."),
    ErrorReason.NOT_AN_EMPLOYER: N_("Only employers are verified."),
    ErrorReason.ROLE_ORGANISATION_MISMATCH: N_(
        "This role does not belong to this kind of organisation."),
    ErrorReason.HARD_FLAGS: N_(
        "Hard flags block publishing: the employer rewords the opening, or two admins dismiss "
        "each flag with a reason."),
    ErrorReason.NOTE_REQUIRED: N_("Write a note: it is required."),
    ErrorReason.FLAG_NOT_RAISED: N_("The opening does not carry this flag."),
    ErrorReason.NOT_A_HARD_FLAG: N_(
        "Only a hard flag is dismissed; a soft flag is published over with a note."),
    ErrorReason.ALREADY_CLEARED: N_("This flag is already cleared by two admins."),
    ErrorReason.SECOND_ADMIN_REQUIRED: N_("Another admin must make the second dismissal."),
    ErrorReason.FLAGS_UNCONFIRMED: N_(
        "This job was published over screening flags: read them and confirm."),
    ErrorReason.FOLLOW_UP_NOT_DUE: N_("This follow-up is not due yet."),
    ErrorReason.INVALID_REASON: N_("Choose a reason from the list."),
    ErrorReason.INVALID_CLOSE: N_("Please correct the fields marked."),
    ErrorReason.INVALID_SEARCH: N_("Please correct the fields marked."),
    ErrorReason.NOTE_NOT_YOURS: N_(
        "Only the survivor's counselor writes this note; write the note for the partner."),
}
ERRORS = {
    **{code: said(text) for code, text in _SAID.items()},
    ErrorReason.ALREADY_WAITING: lambda w, d: w._(
        "She is already on this waiting list (entry %(entry)s).", entry=d.get("entry_id", "—")),
    ErrorReason.NOT_ELIGIBLE: _not_eligible,
    ErrorReason.ALREADY_REFERRED: lambda w, d: w._(
        "This survivor is already referred to it (referral %(referral)s).",
        referral=d.get("referral_id", "—")),
    ErrorReason.ALLOCATION_STALE: _stale,
    ErrorReason.PASSWORD_TOO_SHORT: lambda w, d: w._(
        "A password has at least %(count)s characters.", count=d.get("min_length", 10)),
    ErrorReason.PASSWORD_TOO_LONG: lambda w, d: w._(
        "A password has at most %(count)s characters.", count=d.get("max_length", 1024)),
}
ERRORS = {str(code): worder for code, worder in ERRORS.items()}
