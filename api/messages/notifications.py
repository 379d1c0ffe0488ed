"""Notifications (`catalog.models.activity.NotificationKind`): what a reader is told, in her
words, each naming its case by the case reference the reader may read."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from catalog.models.activity import NotificationKind

from ..labels import N_
from .words import Words

TITLES_IN_NOTIFICATION = 3
NO_CASE_REF = "—"  # a case no longer on record (anonymised), or not the reader's


def _new_matches(w: Words, d: dict) -> str:
    offers = d.get("offers") or []
    count = int(d.get("count") or len(offers))
    titles = w.list(o.get("title") for o in offers[:TITLES_IN_NOTIFICATION])
    more = count - min(len(offers), TITLES_IN_NOTIFICATION)
    if more > 0:
        return w.ngettext("%(num)d new match for case %(case)s: %(titles)s and %(more)d "
                          "more.", "%(num)d new matches for case %(case)s: %(titles)s "
                          "and %(more)d more.", count, case=d["case"], titles=titles, more=more)
    return w.ngettext("%(num)d new match for case %(case)s: %(titles)s.",
                      "%(num)d new matches for case %(case)s: %(titles)s.", count,
                      case=d["case"], titles=titles)


def _hold_expiring(w: Words, d: dict) -> str:
    ends = d.get("expires_at")
    return w._("The seat hold of case %(case)s on %(title)s ends on %(time)s: ask the training "
               "provider to confirm the enrolment before then, or the seat goes back to the "
               "batch.", case=d["case"], title=d.get("title") or "—",
               time=w.datetime(datetime.fromisoformat(ends)) if ends else "—")


def _hold_expired(w: Words, d: dict) -> str:
    return w._("The seat hold of case %(case)s on %(title)s expired; the seat went back to the "
               "batch.", case=d["case"], title=d.get("title") or "—")


def _not_selected(w: Words, d: dict) -> str:
    if d.get("reason"):
        return w._("Case %(case)s was not selected for %(title)s. The employer's reason: "
                   "%(reason)s.", case=d["case"], title=d.get("title") or "—",
                   reason=w.label("not_selected_reason", d["reason"]))
    return w._("Case %(case)s was not selected for %(title)s.", case=d["case"],
               title=d.get("title") or "—")


def _new_referral(w: Words, d: dict) -> str:
    if d.get("opening_id") is not None:
        return w._("A candidate was referred to your opening %(title)s: read her anonymised "
                   "summary under the candidates referred.", title=d.get("title") or "—")
    return w._("A survivor was referred to your batch of %(title)s and holds a seat: confirm "
               "the enrolment under the referrals to your batches.", title=d.get("title") or "—")


def _moved_on(sentence: str) -> Callable[[Words, dict], str]:
    """A referral that moved on: one sentence with the case and the offer's title."""
    return lambda w, d: w._(sentence, case=d["case"], title=d.get("title") or "—")


def _seat_claim_offered(w: Words, d: dict) -> str:
    expires = d.get("expires_at")
    return w._("A seat on %(title)s (batch %(batch)s) is held for profile %(profile)s from the "
               "waiting list until %(time)s: refer her or decline the seat before then.",
               title=d.get("title") or "—", batch=d.get("batch_id"),
               profile=d.get("profile_id"),
               time=w.datetime(datetime.fromisoformat(expires)) if expires else "—")


def _follow_up_due(w: Words, d: dict) -> str:
    return w._("The day-%(day)s follow-up of case %(case)s was due on %(date)s: check in and "
               "record the outcome.", day=d.get("day"), case=d["case"],
               date=w.date(d.get("due_on")))


def _follow_up_overdue(w: Words, d: dict) -> str:
    return w.ngettext(
        "Overdue: the day-%(day)s follow-up of case %(case)s was due on %(date)s, %(num)d day "
        "ago, and has no outcome. Check on her now.",
        "Overdue: the day-%(day)s follow-up of case %(case)s was due on %(date)s, %(num)d days "
        "ago, and has no outcome. Check on her now.",
        int(d.get("days_late") or 0), day=d.get("day"), case=d["case"],
        date=w.date(d.get("due_on")))


def _safety_report(w: Words, d: dict) -> str:
    concerns = w.labels("concern", d.get("concerns") or ())
    if d.get("due_on"):  # to the counselor of a survivor placed there
        return w._("Employer %(employer)s was reported unsafe (%(concerns)s): check in on "
                   "case %(case)s by %(date)s.", employer=d.get("employer_id"),
                   concerns=concerns, case=d["case"], date=w.date(d.get("due_on")))
    if d.get("provider_id") is not None and d.get("employer_id") is None:
        return w._("A follow-up of referral %(referral)s reported a problem at training "
                   "provider %(provider)s: %(concerns)s.", referral=d.get("referral_id"),
                   concerns=concerns, provider=d.get("provider_id"))
    if d.get("openings"):
        return w.ngettext(
            "A follow-up of referral %(referral)s reported a problem at employer %(employer)s: "
            "%(concerns)s. Its %(num)d open opening is back in review.",
            "A follow-up of referral %(referral)s reported a problem at employer %(employer)s: "
            "%(concerns)s. Its %(num)d open openings are back in review.",
            int(d["openings"]), referral=d.get("referral_id"), concerns=concerns,
            employer=d.get("employer_id"))
    return w._("A follow-up of referral %(referral)s reported a problem at employer "
               "%(employer)s: %(concerns)s.", referral=d.get("referral_id"),
               concerns=concerns, employer=d.get("employer_id"))


NOTIFICATIONS = {
    NotificationKind.NEW_MATCHES.value: _new_matches,
    NotificationKind.HOLD_EXPIRING.value: _hold_expiring,
    NotificationKind.HOLD_EXPIRED.value: _hold_expired,
    NotificationKind.SEAT_CLAIM_OFFERED.value: _seat_claim_offered,
    # N_: the sentences are msgids, translated when worded
    NotificationKind.ENROLLED.value: _moved_on(N_("Case %(case)s is enrolled in %(title)s.")),
    NotificationKind.COMPLETED.value: _moved_on(N_("Case %(case)s completed %(title)s.")),
    NotificationKind.INTERVIEWED.value: _moved_on(
        N_("Case %(case)s was interviewed for %(title)s.")),
    NotificationKind.HIRED.value: _moved_on(N_("Case %(case)s was hired for %(title)s.")),
    NotificationKind.NOT_SELECTED.value: _not_selected,
    NotificationKind.NEW_REFERRAL.value: _new_referral,
    NotificationKind.FOLLOW_UP_DUE.value: _follow_up_due,
    NotificationKind.FOLLOW_UP_OVERDUE.value: _follow_up_overdue,
    NotificationKind.EMPLOYER_SAFETY_REPORT.value: _safety_report,
    NotificationKind.PROVIDER_SAFETY_REPORT.value: _safety_report,
}
