"""The summary a counselor reads aloud to the survivor, in one of her own languages.

Short sentences for a listener with five years of school: no codes, no scores, amounts said the
way people say them ("1 lakh 20 thousand rupees"), dates with the month's name. Worded by
`api.messages.Wording` in the language chosen on the page (default: her first language that the
service speaks), whatever the page's own language.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from babel.dates import format_date

from matcher.results import MatchResult

from ..messages import Wording
from ..messages.words import LANGUAGES

BEST = 3


def languages_for(profile_languages: Iterable[str]) -> list[str]:
    """Her languages the service can speak, in her order (English last resort)."""
    spoken = [code for code in profile_languages if code in LANGUAGES]
    return spoken or ["en"]


def choose_language(profile_languages: Iterable[str], asked: str | None) -> str:
    options = languages_for(profile_languages)
    return asked if asked in options else options[0]


def amount_words(w: Wording, amount: int) -> str:
    """An amount as it is said: "1 lakh 20 thousand rupees", "2 thousand 500 rupees"."""
    amount = int(amount)
    lakhs, rest = divmod(amount, 100_000)
    thousands, units = divmod(rest, 1_000)
    parts = []
    if lakhs:
        parts.append(w._("%(num)s lakh", num=w.number(lakhs)))
    if thousands:
        parts.append(w._("%(num)s thousand", num=w.number(thousands)))
    if units or not parts:
        parts.append(w.number(units))
    return w._("%(amount)s rupees", amount=" ".join(parts))


def spoken_date(w: Wording, value: date | str | None) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return format_date(value, "d MMMM", locale=w.locale)


def summary(result: MatchResult, offers: Mapping[str, dict], language: str,
            scheme_names: Mapping[str, str] | None = None) -> list[str]:
    """A few short sentences to read to the survivor in `language`."""
    w = Wording(language)
    scheme_names = scheme_names or {}
    if not result.matches:
        return [w._("We have not found a course or a job for you yet. We will keep looking.")]
    count = len(result.matches)
    sentences = [w.ngettext("We found %(num)d option for you.",
                            "We found %(num)d options for you. Here are the best ones.", count)]
    for match in result.matches[:BEST]:
        trade = w.trade(match.trade)
        if match.kind == "course":
            batch = offers["batch"].get(match.batch_id)
            sentences.append(w._("A course in %(trade)s.", trade=trade))
            if batch is not None:
                sentences.append(w._("It starts on %(date)s.",
                                     date=spoken_date(w, batch.start_date)))
        else:
            opening = offers["opening"].get(match.opening_id)
            sentences.append(w._("A job in %(trade)s.", trade=trade))
            if opening is not None and opening.wage_inr_month:
                sentences.append(w._("It pays %(amount)s a month.",
                                     amount=amount_words(w, opening.wage_inr_month)))
        sentences.extend(_pathway(w, match, offers, scheme_names))
    return sentences


def _pathway(w: Wording, match, offers, scheme_names) -> list[str]:
    """The steps she acts on, in order: documents, a bank account, the bridge course, the money
    during or after the course."""
    sentences = []
    first_course = True
    for step in match.pathway:
        scheme = w.scheme(step.scheme, scheme_names.get(step.scheme or ""))
        if step.step == "documents" and step.documents:
            sentences.append(w._("First, we will help you get: %(documents)s.",
                                 documents=w.labels("document", step.documents)))
        elif step.step == "course":
            bridge = offers["course"].get(step.course_id)
            if first_course and match.requires_bridge and bridge is not None:
                sentences.append(w._("Before it, a course to learn to read and write."))
            first_course = False
        elif step.step == "stipend" and step.amount_inr_month:
            sentences.append(w._("During the course you will get %(amount)s a month.",
                                 amount=amount_words(w, step.amount_inr_month)))
        elif step.step == "scheme" and step.purpose == "bank_account":
            sentences.append(w._("We will help you open a free bank account."))
        elif step.step == "scheme" and step.purpose == "course_support":
            sentences.append(w._("We will ask if the government pays for the course: "
                                 "%(scheme)s.", scheme=scheme))
        elif step.step == "scheme" and step.purpose == "business_loan":
            if step.amount_inr:
                sentences.append(w._("Then you can get a loan of up to %(amount)s to start "
                                     "your own work.", amount=amount_words(w, step.amount_inr)))
            else:
                sentences.append(w._("Then you can get a loan to start your own work."))
    return sentences
