"""Domain errors (`catalog.errors.ErrorReason`): a reason and its details as a sentence."""
from __future__ import annotations

from catalog.errors import ErrorReason

from .words import Words


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


ERRORS = {
    ErrorReason.NOT_FOUND: lambda w, d: w._("Not found."),
    ErrorReason.SEATS_AVAILABLE: lambda w, d: w._(
        "This batch has a seat free: refer her instead of putting her on the waiting list."),
    ErrorReason.ALREADY_WAITING: lambda w, d: w._(
        "She is already on this waiting list (entry %(entry)s).", entry=d.get("entry_id", "—")),
    ErrorReason.NOT_WAITING: lambda w, d: w._("She is not on this waiting list."),
    ErrorReason.SECTOR_MISSING: lambda w, d: w._(
        "Choose the sector she was exploited in before writing why she returns to it."),
    ErrorReason.FORBIDDEN: lambda w, d: w._("Your role may not do this."),
    ErrorReason.CONFLICT: lambda w, d: w._(
        "This conflicts with data written at the same moment; reload and try again."),
    ErrorReason.INVALID: lambda w, d: w._("Please correct the fields marked."),
    ErrorReason.INVALID_DATA: lambda w, d: w._("A value in the request cannot be stored."),
    ErrorReason.DATABASE_UNAVAILABLE: lambda w, d: w._(
        "The database is unavailable for a moment; try again shortly."),
    ErrorReason.NO_CAPACITY: lambda w, d: w._("No seat or position is left."),
    ErrorReason.NOT_ELIGIBLE: _not_eligible,
    ErrorReason.CONSENT_REQUIRED: lambda w, d: w._(
        "She has not agreed to share an anonymised summary with employers."),
    ErrorReason.GUARDIAN_CONSENT_REQUIRED: lambda w, d: w._(
        "For a survivor under 18, consent is given by a guardian or the Child Welfare "
        "Committee."),
    ErrorReason.PROFILE_CLOSED: lambda w, d: w._("This profile is closed."),
    ErrorReason.CLOSED: lambda w, d: w._("This opening is not open for referrals."),
    ErrorReason.ALREADY_REFERRED: lambda w, d: w._(
        "This survivor is already referred to it (referral %(referral)s).",
        referral=d.get("referral_id", "—")),
    ErrorReason.ALREADY_APPLIED: lambda w, d: w._("This allocation was applied already."),
    ErrorReason.ALLOCATION_STALE: _stale,
    ErrorReason.NOT_PLACED: lambda w, d: w._("She was not placed by this allocation."),
    ErrorReason.NO_BATCHES: lambda w, d: w._("No open batch with seats matches them."),
    ErrorReason.INVALID_TRANSITION: lambda w, d: w._(
        "This referral cannot move to that status."),
    ErrorReason.SEATS_BELOW_TAKEN: lambda w, d: w._(
        "There cannot be fewer seats than seats already taken."),
    ErrorReason.POSITIONS_BELOW_FILLED: lambda w, d: w._(
        "There cannot be fewer positions than positions already filled."),
    ErrorReason.EMPLOYER_NOT_VERIFIED: lambda w, d: w._(
        "First verify the employer: its openings are published only once it is verified."),
    ErrorReason.OPENING_PENDING_REVIEW: lambda w, d: w._("This opening waits for review."),
    ErrorReason.OPENING_PUBLISHED: lambda w, d: w._("This opening is published already."),
    ErrorReason.OPENING_REJECTED: lambda w, d: w._("This opening was rejected."),
    ErrorReason.OPENING_CLOSED: lambda w, d: w._("This opening is closed."),
    ErrorReason.UNKNOWN_TRADE: lambda w, d: w._("This trade is not in the list."),
    ErrorReason.UNKNOWN_DISTRICT: lambda w, d: w._("This district is not in the list."),
    ErrorReason.UNKNOWN_SCHEME: lambda w, d: w._("This scheme is not in the list."),
    ErrorReason.UNKNOWN_ORGANISATION: lambda w, d: w._("This organisation is not known."),
    ErrorReason.INVALID_SCHEME: lambda w, d: w._("The scheme is not valid."),
    ErrorReason.DUPLICATE_SCHEME: lambda w, d: w._("This scheme exists already."),
    ErrorReason.INVALID_REPATRIATION: lambda w, d: w._(
        "Only a survivor who is not an Indian national can await repatriation."),
    ErrorReason.DUPLICATE_NAME: lambda w, d: w._("An organisation with this name exists."),
    ErrorReason.DUPLICATE_EMAIL: lambda w, d: w._("A user with this email exists."),
    ErrorReason.DUPLICATE_CASE_REF: lambda w, d: w._(
        "Your organisation already has a profile with this case reference."),
    ErrorReason.NOT_AN_EMPLOYER: lambda w, d: w._("Only employers are verified."),
    ErrorReason.ROLE_ORGANISATION_MISMATCH: lambda w, d: w._(
        "This role does not belong to this kind of organisation."),
    ErrorReason.HARD_FLAGS: lambda w, d: w._(
        "Hard flags block publishing: the employer rewords the opening, or two admins dismiss "
        "each flag with a reason."),
    ErrorReason.NOTE_REQUIRED: lambda w, d: w._("Write a note: it is required."),
    ErrorReason.FLAG_NOT_RAISED: lambda w, d: w._("The opening does not carry this flag."),
    ErrorReason.NOT_A_HARD_FLAG: lambda w, d: w._(
        "Only a hard flag is dismissed; a soft flag is published over with a note."),
    ErrorReason.ALREADY_CLEARED: lambda w, d: w._("This flag is already cleared by two admins."),
    ErrorReason.SECOND_ADMIN_REQUIRED: lambda w, d: w._(
        "Another admin must make the second dismissal."),
    ErrorReason.FLAGS_UNCONFIRMED: lambda w, d: w._(
        "This job was published over screening flags: read them and confirm."),
    ErrorReason.FOLLOW_UP_NOT_DUE: lambda w, d: w._("This follow-up is not due yet."),
    ErrorReason.INVALID_REASON: lambda w, d: w._("Choose a reason from the list."),
    ErrorReason.INVALID_CLOSE: lambda w, d: w._("Please correct the fields marked."),
    ErrorReason.INVALID_SEARCH: lambda w, d: w._("Please correct the fields marked."),
    ErrorReason.NOTE_NOT_YOURS: lambda w, d: w._(
        "Only the survivor's counselor writes this note; write the note for the partner."),
    ErrorReason.PASSWORD_TOO_SHORT: lambda w, d: w._(
        "A password has at least %(count)s characters.", count=d.get("min_length", 10)),
    ErrorReason.PASSWORD_TOO_LONG: lambda w, d: w._(
        "A password has at most %(count)s characters.", count=d.get("max_length", 1024)),
}
ERRORS = {str(code): worder for code, worder in ERRORS.items()}
