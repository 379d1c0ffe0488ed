"""The one place that words what the domain says: a code and its parameters, in a language.

`matcher/` and `catalog/` return codes with typed parameters (`matcher.messages.Message`,
`BlockerHit`, screening flags, notification kinds, domain error reasons); `Wording(language)`
turns each into a sentence through the gettext catalogues under `api/translations/` (one `.po`
per language, compiled to `.mo` by `make translations`), with Babel's numbers (rupees grouped the
Indian way: ₹1,20,000), lists and dates (in India time, never UTC).

Supported languages are `LANGUAGES`; adding one (say Odia) is one line there and one `.po` file
(see docs/languages.md). A code this module does not know is shown as its parameters' text,
never as a 500: the tests walk every code list and fail on a code without its wording.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_datetime
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal
from babel.support import NullTranslations, Translations

from catalog.errors import ErrorReason
from catalog.models.activity import NotificationKind
from catalog.screening import FLAG_CODES
from catalog.screening.severity import WAGE_UNDERPAID
from matcher.allocation import Because
from matcher.messages import (
    AllocationNote,
    Message,
    PathwayNote,
    Reason,
    SchemeRefusal,
    Unblock,
)
from matcher.vocabulary import Blocker

from .labels import LABELS, N_
from .unblock_words import UNBLOCK_WORDERS

TRANSLATIONS = Path(__file__).parent / "translations"
DOMAIN = "messages"
TIMEZONE = "Asia/Kolkata"

LANGUAGES: dict[str, dict[str, str]] = {
    # code: the name in its own script, the Babel locale for numbers and dates, the voice
    "en": {"name": "English", "locale": "en_IN", "voice": "en-IN"},
    "hi": {"name": "हिन्दी", "locale": "hi_IN", "voice": "hi-IN"},
    "bn": {"name": "বাংলা", "locale": "bn_IN", "voice": "bn-IN"},
}
DEFAULT_LANGUAGE = "en"
TITLES_IN_NOTIFICATION = 3
NO_CASE_REF = "—"  # a case no longer on record (anonymised), or not the reader's


@lru_cache(maxsize=None)
def translations(language: str) -> NullTranslations:
    """The compiled catalogue of `language` (English: the msgids themselves)."""
    if language == DEFAULT_LANGUAGE:
        return NullTranslations()
    return Translations.load(str(TRANSLATIONS), [language], DOMAIN)


def supported(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


class Wording:
    """Everything worded in one language: `Wording("hi").message(message)`."""

    def __init__(self, language: str | None = None) -> None:
        self.language = supported(language)
        self.locale = LANGUAGES[self.language]["locale"]
        self.t = translations(self.language)

    # --- gettext, with %(name)s parameters ----------------------------------------------------

    def _(self, msgid: str, **params: Any) -> str:
        text = self.t.gettext(msgid)
        return text % params if params else text

    def ngettext(self, singular: str, plural: str, num: int, **params: Any) -> str:
        return self.t.ngettext(singular, plural, num) % {"num": num, **params}

    def pgettext(self, context: str, msgid: str, **params: Any) -> str:
        text = self.t.pgettext(context, msgid)
        return text % params if params else text

    # --- numbers, dates, lists, labels --------------------------------------------------------

    def rupees(self, amount: int | float | None) -> str:
        return "" if amount is None else _rupees(amount, self.locale)

    def number(self, value: int | float | None) -> str:
        return "" if value is None else _decimal(value, self.locale)

    def date(self, value: date | str | None) -> str:
        if not value:
            return ""
        if isinstance(value, str):
            value = date.fromisoformat(value[:10])
        if isinstance(value, datetime):
            return self.datetime(value)
        return _date(value, self.locale)

    def datetime(self, value: datetime | None) -> str:
        """A moment in India time (stored times are UTC), in the reader's language."""
        if value is None:
            return ""
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return format_datetime(value, "d MMM y, HH:mm", tzinfo=TIMEZONE, locale=self.locale)

    def list(self, items: Iterable[str], style: str = "standard") -> str:
        items = tuple(item for item in items if item)
        return _list(items, style, self.locale) if items else ""

    def label(self, kind: str, code: object) -> str:
        text = str(getattr(code, "value", code) if code is not None else "")
        name = LABELS.get(kind, {}).get(text)
        return self.t.gettext(name) if name else text.replace("_", " ")

    def labels(self, kind: str, codes: Iterable[object]) -> str:
        return self.list(self.label(kind, code) for code in codes)

    def _named(self, kind: str, code: str | None, otherwise: str) -> str:
        """The name of `code` in the reader's language, or `otherwise` when it has none here."""
        known = LABELS[kind].get(code or "")
        return self.t.gettext(known) if known else otherwise

    def trade(self, code: str | None, name: str | None = None) -> str:
        """A trade's name in the reader's language (a trade added later: its catalogue name)."""
        return self._named("trade", code, name or str(code or "").replace("_", " "))

    def scheme(self, code: str | None, name: str | None = None) -> str:
        """A scheme's short name in the reader's language (a scheme added to the catalogue
        later: its catalogue name)."""
        return self._named("scheme", code, name or str(code))

    def scheme_benefit(self, code: str, benefit: str | None = None) -> str:
        return self._named("scheme_benefit", code, benefit or "")

    # --- the codes ----------------------------------------------------------------------------

    def match_result(self, result: Mapping[str, Any]) -> dict[str, Any]:
        """A match result (`MatchResult.to_dict()`) with every code worded once: each match's
        reasons as sentences (and as `explanations`, codes with parameters and their message),
        each pathway step's `message`, each near miss's blockers with their `message`."""
        matches = []
        for match in result.get("matches", ()):
            # the reasons of the whole match (e.g. needs_no_indian_papers) lead
            explanations = [{**reason, "message": self.message(reason)}
                            for reason in (*match.get("reason_codes", ()),
                                           *match.get("reasons", ()))]
            matches.append({**match, "explanations": explanations,
                            "reasons": [e["message"] for e in explanations],
                            "pathway": [{**step, "message": self.step(step, {
                                (match["kind"], match.get("course_id") or match.get(
                                    "opening_id")): match.get("title")})}
                                for step in match.get("pathway", ())]})
        near = [{**miss, "blockers": [self._blocker(b) for b in miss.get("blockers", ())]}
                for miss in result.get("near_misses", ())]
        return {**result, "matches": matches, "near_misses": near}

    def _blocker(self, blocker: Mapping[str, Any]) -> dict[str, Any]:
        """A near miss's blocker worded, with its unblock step (when it has one) worded too."""
        worded = {**blocker, "message": self.message(blocker)}
        if blocker.get("unblock"):
            worded["unblock"] = {**blocker["unblock"],
                                 "message": self.message(blocker["unblock"])}
        return worded

    def message(self, message: Message | Mapping[str, Any] | Any) -> str:
        """Any message of the engine: a blocker, a reason, a pathway note, a scheme refusal, an
        allocation note (as a value or as its stored dict)."""
        if isinstance(message, str):  # text kept as it was written (a row the migration kept)
            return message
        if isinstance(message, Mapping):
            code, params = str(message.get("code")), dict(message.get("params") or {})
        else:
            code, params = str(message.code), dict(message.params or {})
        worder = _WORDERS.get(code)
        if worder is None:
            return str(params.get("text") or code.replace("_", " "))
        return worder(self, params)

    def messages(self, messages: Iterable[Any]) -> list[str]:
        return [self.message(message) for message in messages or ()]

    def because(self, code: str | None) -> str:
        """Why a seat she wanted went to someone else (a cohort allocation's `because`)."""
        return because(self, code)

    def alternative(self, alternative: Mapping[str, Any]) -> str:
        """The explanation of a nearest alternative, with the blockers it names."""
        explanation = dict(alternative.get("explanation") or {})
        params = {**(explanation.get("params") or {}),
                  "blockers": alternative.get("blockers") or []}
        return self.message({"code": explanation.get("code"), "params": params})

    def flag(self, flag: Mapping[str, Any]) -> str:
        """What the CSR partner should change for a screening flag."""
        worder = _FLAGS.get(str(flag.get("code")))
        if worder is None:
            return str(flag.get("message") or flag.get("code"))
        return worder(self, dict(flag.get("params") or {}))

    def flag_name(self, code: str) -> str:
        return self.label("flag", code)

    def notification(self, kind: str, data: Mapping[str, Any], *,
                     case_ref: str | None = None) -> str:
        """A notification in the reader's words; its case named by `case_ref` (read when shown,
        for a reader who may read the case), never by the profile's id."""
        worder = _NOTIFICATIONS.get(str(kind))
        if worder is None:
            return str(kind).replace("_", " ")
        return worder(self, {**(data or {}), "case": case_ref or NO_CASE_REF})

    def error(self, reason: str, details: Mapping[str, Any] | None = None,
              fallback: str | None = None) -> str:
        """A domain error's reason (with its details) as a sentence; `fallback` (the service's
        own English) when the reason has no wording and the reader reads English."""
        worder = _ERRORS.get(str(reason))
        if worder is not None:
            return worder(self, dict(details or {}))
        if fallback and self.language == DEFAULT_LANGUAGE:
            return fallback
        return self._("This could not be done.")

    def step(self, step: Mapping[str, Any], titles: Mapping[tuple[str, int], str] | None = None
             ) -> str:
        """One pathway step as a counselor reads it."""
        titles = titles or {}
        kind = step.get("step")
        if kind == "documents":
            return self._("Get the documents: %(documents)s",
                          documents=self.labels("document", step.get("documents") or ()))
        if kind == "course":
            title = titles.get(("course", step.get("course_id")))
            if title:
                return self._("Course: %(title)s", title=title)
            return self._("A course")
        if kind == "opening":
            title = titles.get(("opening", step.get("opening_id")))
            if title:
                return self._("Job: %(title)s", title=title)
            return self._("A job")
        if kind == "stipend":
            return self._("Stipend %(amount)s a month during the course",
                          amount=self.rupees(step.get("amount_inr_month")))
        if kind == "scheme":
            scheme = self.scheme(step.get("scheme"))
            purpose = step.get("purpose")
            if purpose == "bank_account":
                return self._("Open a zero-balance bank account: %(scheme)s", scheme=scheme)
            if purpose == "course_support":
                return self._("Ask about course support: %(scheme)s", scheme=scheme)
            if purpose == "business_loan":
                if step.get("amount_inr"):
                    return self._("Small-business loan of up to %(amount)s: %(scheme)s",
                                  amount=self.rupees(step["amount_inr"]), scheme=scheme)
                return self._("Small-business loan: %(scheme)s", scheme=scheme)
            return self._("Government scheme: %(scheme)s", scheme=scheme)
        return str(kind)


# Babel's formatting, memoised: a page says the same few amounts, distances and dates many times.
@lru_cache(maxsize=8192)
def _rupees(amount: int | float, locale: str) -> str:
    return format_currency(amount, "INR", format="¤#,##,##0", currency_digits=False,
                           locale=locale)


@lru_cache(maxsize=8192)
def _decimal(value: int | float, locale: str) -> str:
    return format_decimal(value, locale=locale)


@lru_cache(maxsize=4096)
def _list(items: tuple[str, ...], style: str, locale: str) -> str:
    return format_list(list(items), style=style, locale=locale)


@lru_cache(maxsize=4096)
def _date(value: date, locale: str) -> str:
    return format_date(value, "medium", locale=locale)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- blockers -------------------------------------------------------------------------------


def _literacy(w: Wording, p: dict) -> str:
    return w._("Needs %(needs)s; profile has %(has)s", needs=w.label("literacy", p.get("needs")),
               has=w.label("literacy", p.get("has")))


def _language(w: Wording, p: dict) -> str:
    offered = w.list((w.label("language", c) for c in p.get("offered") or ()), "or")
    spoken = w.labels("language", p.get("spoken") or ())
    if p.get("kind") == "course":
        return w._("Taught in %(offered)s; survivor speaks %(spoken)s", offered=offered,
                   spoken=spoken)
    return w._("Work in %(offered)s; survivor speaks %(spoken)s", offered=offered, spoken=spoken)


def _too_far(w: Wording, p: dict) -> str:
    km, reach = w.number(p.get("km")), w.number(p.get("max_travel_km"))
    if p.get("lodging") == "residential":
        return w._("%(km)s km away; survivor can travel %(reach)s km (residential, but survivor "
                   "cannot relocate)", km=km, reach=reach)
    if p.get("lodging") == "accommodation":
        return w._("%(km)s km away; survivor can travel %(reach)s km (accommodation provided, "
                   "but survivor cannot relocate)", km=km, reach=reach)
    return w._("%(km)s km away; survivor can travel %(reach)s km", km=km, reach=reach)


def _device_has(w: Wording, device: str, connectivity: bool) -> str:
    if device == "feature_phone":
        return (w._("a feature phone") if connectivity
                else w._("a feature phone without internet"))
    if device == "smartphone":
        return w._("a smartphone") if connectivity else w._("a smartphone without internet")
    if device == "computer":
        return w._("a computer") if connectivity else w._("a computer without internet")
    return w._("no device")


def _no_device(w: Wording, p: dict) -> str:
    has = _device_has(w, str(p.get("device")), bool(p.get("connectivity")))
    if p.get("kind") == "course":
        return w._("Remote classes need a smartphone or computer with internet; survivor has "
                   "%(has)s", has=has)
    return w._("Remote desk work needs a computer with internet; survivor has %(has)s", has=has)


def _mode(w: Wording, p: dict) -> str:
    course = p.get("kind") == "course"
    if p.get("needs") == "presence":
        if course:
            return w._("The course needs attendance in person; survivor can only take part "
                       "remotely")
        return w._("The job needs attendance on site; survivor can only take part remotely")
    if course:
        return w._("The course is remote only; survivor wants to take part in person")
    return w._("The job is remote only; survivor wants to take part in person")


def _practice(w: Wording, p: dict) -> str:
    trade = w.trade(p.get("trade"))
    if p.get("because") == "course_remote_only":
        return w._("%(trade)s needs hands-on practice and cannot be learned remote only",
                   trade=trade)
    return w._("%(trade)s needs hands-on practice; survivor can only learn remotely", trade=trade)


def _min_age(w: Wording, p: dict) -> str:
    return w._("Minimum age %(min_age)s; survivor is %(age)s", min_age=p.get("min_age"),
               age=p.get("age"))


def _max_age(w: Wording, p: dict) -> str:
    return w._("Maximum age %(max_age)s; survivor is %(age)s", max_age=p.get("max_age"),
               age=p.get("age"))


def _age(w: Wording, p: dict) -> str:
    return _min_age(w, p) if p.get("min_age") is not None else _max_age(w, p)


def _women_only(w: Wording, p: dict) -> str:
    return w._("Women-only course") if p.get("kind") == "course" else w._("Women-only job")


def _avoided(w: Wording, p: dict) -> str:
    return w._("Located in %(district)s, a district the survivor must avoid for safety",
               district=_capital(str(p.get("district") or "")))


def _sector(w: Wording, p: dict) -> str:
    return w._("Not proposed: %(trade)s is work of the sector she was exploited in (%(sector)s). "
               "If she chooses to return to it, write why on her profile.",
               trade=w.trade(p.get("trade")), sector=w.label("exploited_sector", p.get("sector")))


def _capacity(w: Wording, p: dict) -> str:
    if p.get("kind") == "opening":
        return w.ngettext("The one position is filled", "All %(num)d positions are filled",
                          int(p.get("positions") or 0))
    return w.ngettext("The batch is full", "All %(num)d open batches are full",
                      int(p.get("batches") or 1))


def _closed(w: Wording, p: dict) -> str:
    if p.get("kind") == "opening":
        if p.get("closed_on"):
            return w._("Applications closed on %(date)s", date=w.date(p["closed_on"]))
        return w._("The opening is closed")
    batches = int(p.get("batches") or 0)
    if batches == 0:
        return w._("No batch is scheduled")
    if batches == 1:
        return w._("The batch has started or its deadline has passed")
    return w._("Every batch has started or its deadline has passed")


# --- reasons --------------------------------------------------------------------------------


def _km(w: Wording, km: float) -> str:
    return w.number(round(km or 0))


def _distance(w: Wording, p: dict) -> str:
    if (p.get("km") or 0) < 1:
        return w._("Less than 1 km away")
    return w._("%(km)s km away", km=_km(w, p["km"]))


def _relocate(w: Wording, p: dict) -> str:
    if p.get("lodging") == "residential":
        return w._("%(km)s km away, residential: would relocate", km=_km(w, p.get("km")))
    return w._("%(km)s km away, accommodation provided: would relocate", km=_km(w, p.get("km")))


def _income(w: Wording, p: dict) -> str:
    parts = []
    if p.get("stipend_inr_month"):
        parts.append(w._("stipend %(amount)s a month", amount=w.rupees(p["stipend_inr_month"])))
    if p.get("short_course_weeks"):
        parts.append(w.ngettext("short course (%(num)d week)", "short course (%(num)d weeks)",
                                int(p["short_course_weeks"])))
    if p.get("free"):
        parts.append(w._("free of charge"))
    if p.get("wage_inr_month"):
        parts.append(w._("pays %(amount)s a month", amount=w.rupees(p["wage_inr_month"])))
    text = _capital("; ".join(parts))
    if p.get("urgent"):
        text = w._("%(reason)s (income is urgent)", reason=text)
    return text


def _marketability(w: Wording, p: dict) -> str:
    parts = []
    if p.get("positions"):
        parts.append(w.ngettext("%(num)d open position in %(trade)s within reach",
                                "%(num)d open positions in %(trade)s within reach",
                                int(p["positions"]), trade=w.trade(p.get("trade"))))
    if p.get("rate_percent") is not None:
        rate, outcomes = p["rate_percent"], int(p.get("outcomes") or 0)
        if p.get("source") == "observed_provider":
            parts.append(w.ngettext(
                "provider's placement rate %(rate)s%% from %(num)d past referral",
                "provider's placement rate %(rate)s%% from %(num)d past referrals",
                outcomes, rate=rate))
        elif p.get("source") in ("observed", "observed_course"):
            parts.append(w.ngettext("placement rate %(rate)s%% from %(num)d past referral",
                                    "placement rate %(rate)s%% from %(num)d past referrals",
                                    outcomes, rate=rate))
        else:
            parts.append(w._("declared placement rate %(rate)s%%", rate=rate))
    return _capital("; ".join(parts))


def _starts(w: Wording, p: dict) -> str:
    days, when = int(p.get("days") or 0), w.date(p.get("date"))
    if days == 1:
        return w._("Batch starts tomorrow (%(date)s)", date=when)
    return w.ngettext("Batch starts in %(num)d day (%(date)s)",
                      "Batch starts in %(num)d days (%(date)s)", days, date=when)


def _preferences(w: Wording, p: dict) -> str:
    parts = []
    if p.get("women_only"):
        parts.append(w._("women-only, as preferred"))
    if p.get("day_shift"):
        parts.append(w._("day shift"))
    if p.get("lodging") == "residential":
        parts.append(w._("residential"))
    elif p.get("lodging") == "accommodation":
        parts.append(w._("accommodation"))
    return _capital("; ".join(parts))


# --- pathway notes --------------------------------------------------------------------------


def _bridge_first(w: Wording, p: dict) -> str:
    return w._("First the literacy course '%(title)s' (reaches %(level)s)",
               title=p.get("title"), level=w.label("literacy", p.get("reaches")))


def _documents_first(w: Wording, p: dict) -> str:
    return w._("Documents to arrange first: %(documents)s",
               documents=w.labels("document", p.get("documents") or ()))


def _bank_first(w: Wording, p: dict) -> str:
    return w._("Open a zero-balance bank account under %(scheme)s before any wage or stipend "
               "is paid", scheme=w.scheme(p.get("scheme")))


def _stipend(w: Wording, p: dict) -> str:
    return w._("Stipend of %(amount)s a month during the course",
               amount=w.rupees(p.get("amount_inr_month")))


def _course_support(w: Wording, p: dict) -> str:
    return w._("No stipend: ask whether the course runs under %(scheme)s (free training and "
               "support for trainees)", scheme=w.scheme(p.get("scheme")))


def _loan(w: Wording, p: dict) -> str:
    scheme = w.scheme(p.get("scheme"))
    if p.get("amount_inr"):
        return w._("After the course, a loan of up to %(amount)s to start her business: "
                   "%(scheme)s", amount=w.rupees(p["amount_inr"]), scheme=scheme)
    return w._("After the course, a loan to start her business: %(scheme)s", scheme=scheme)


def _openings_after(w: Wording, p: dict) -> str:
    return w.ngettext("Then %(num)d opening in this trade within reach",
                      "Then %(num)d openings in this trade within reach", int(p.get("count") or 0))


# --- scheme refusals ------------------------------------------------------------------------


def _scheme_women(w: Wording, p: dict) -> str:
    return w._("For women only; survivor is recorded as %(gender)s",
               gender=w.label("gender", p.get("gender")))


def _scheme_residence(w: Wording, p: dict) -> str:
    if p.get("nationality") == "BD" and p.get("awaiting_repatriation"):
        return w._("Needs Indian residence papers; the survivor is a Bangladeshi national "
                   "awaiting repatriation")
    if p.get("nationality") == "BD":
        return w._("Needs Indian residence papers; the survivor is a Bangladeshi national")
    return w._("Needs Indian residence papers; the survivor is not recorded as an Indian "
               "national")


def _scheme_state(w: Wording, p: dict) -> str:
    where = w.list(p.get("states") or (), "or")
    if not p.get("state"):
        return w._("Only for residents of %(where)s; survivor's state of residence is not "
                   "recorded", where=where)
    return w._("Only for residents of %(where)s; survivor lives in %(state)s", where=where,
               state=p["state"])


def _scheme_bpl(w: Wording, p: dict) -> str:
    return w._("For below-poverty-line (BPL) households; survivor's household is recorded as "
               "not BPL")


# --- allocation notes -----------------------------------------------------------------------


def because(w: Wording, code: str | None) -> str:
    if code == Because.HIGHER_URGENCY:
        return w._("its seats went to survivors whose need of income is more urgent")
    if code == Because.LONGER_WAIT:
        return w._("its seats went to survivors of the same urgency who have waited longer")
    if code == Because.FEWER_ALTERNATIVES:
        return w._("its seats went to survivors of equal priority with fewer batches open to "
                   "them")
    if code == Because.BETTER_FIT:
        return w._("its seats went to survivors of equal priority who fit it better")
    return w._("its seats went to survivors of equal priority registered earlier")


def _score(w: Wording, value: Any) -> str:
    return w.number(value if value is not None else 0)


def _placed(w: Wording, p: dict) -> str:
    values = {"title": p.get("title"), "date": w.date(p.get("start_date")),
              "score": _score(w, p.get("score")), "choice": int(p.get("choice") or 1)}
    options = int(p.get("options") or 1)
    if options == 1:
        return w._("%(title)s, starting %(date)s: her first choice of the one batch she may "
                   "join (score %(score)s).", **values)
    if values["choice"] == 1:
        return w._("%(title)s, starting %(date)s: her first choice of %(options)s batches she "
                   "may join (score %(score)s).", options=options, **values)
    return w._("%(title)s, starting %(date)s: her choice %(choice)s of %(options)s batches she "
               "may join (score %(score)s).", options=options, **values)


def _passed_over(w: Wording, p: dict) -> str:
    return w._("Not %(title)s (starting %(date)s): %(because)s.", title=p.get("title"),
               date=w.date(p.get("start_date")), because=because(w, p.get("because")))


def _unplaced_outranked(w: Wording, p: dict) -> str:
    return w._("Every batch she may join was filled by survivors of higher priority (more "
               "urgent need of income, or a longer wait).")


def _unplaced_below(w: Wording, p: dict) -> str:
    return w._("No batch she may join scores %(min_score)s or more for her: none is in a trade "
               "she asked for.", min_score=_score(w, p.get("min_score")))


def _unplaced_none(w: Wording, p: dict) -> str:
    return w._("She may join none of these batches (see the nearest alternative).")


def _already_holds(w: Wording, p: dict) -> str:
    return w._("She already holds a seat in %(titles)s.", titles=w.list(p.get("titles") or ()))


def _alternative_under(w: Wording, p: dict) -> str:
    return w._("A seat is left; it scores %(score)s for her, under the least score "
               "%(min_score)s of a choice.", score=_score(w, p.get("score")),
               min_score=_score(w, p.get("min_score")))


def _alternative_first(w: Wording, p: dict) -> str:
    return w._("Her first choice: %(because)s.", because=because(w, p.get("because")))


def _alternative_nearest(w: Wording, p: dict) -> str:
    blockers = "; ".join(w.message(b) for b in p.get("blockers") or ())
    if not blockers:
        return w._("The batch she is nearest to joining.")
    return w._("The batch she is nearest to joining: %(blockers)s.", blockers=blockers)


_WORDERS = {
    Blocker.LITERACY_BELOW_MINIMUM: _literacy, Blocker.LANGUAGE_MISMATCH: _language,
    Blocker.TOO_FAR: _too_far, Blocker.NO_DEVICE: _no_device, Blocker.MODE_MISMATCH: _mode,
    Blocker.NEEDS_IN_PERSON_PRACTICE: _practice, Blocker.AGE_OUT_OF_RANGE: _age,
    Blocker.WOMEN_ONLY: _women_only, Blocker.AVOIDED_DISTRICT: _avoided,
    Blocker.NO_CAPACITY: _capacity, Blocker.CLOSED: _closed,
    Blocker.EXPLOITED_SECTOR: _sector,
    Blocker.DOCUMENT_UNOBTAINABLE: lambda w, p: w._(
        "Needs %(documents)s, which she cannot obtain without Indian papers",
        documents=w.labels("document", p.get("documents") or ())),
    Reason.NEEDS_NO_INDIAN_PAPERS: lambda w, p: w._(
        "Needs no Indian papers: she can do this while she waits for repatriation")
    if p.get("awaiting_repatriation") else w._(
        "Needs no Indian papers: she can do this while she waits"),
    Reason.INTEREST_MATCH: lambda w, p: w._(
        "Interest '%(interest)s' matches trade %(trade)s", interest=p.get("interest"),
        trade=w.trade(p.get("trade"))),
    Reason.LITERACY_PROGRAMME: lambda w, p: w._("Reading and schooling open the way to skills"),
    Reason.ENTREPRENEURSHIP_AGE: lambda w, p: w._("Small-business support suits older survivors"),
    Reason.EXPERIENCE: lambda w, p: w._(
        "Has experience in %(trade)s ('%(experience)s')", trade=w.trade(p.get("trade")),
        experience=p.get("experience")),
    Reason.REMOTE_NO_TRAVEL: lambda w, p: w._("Remote: no travel"),
    Reason.DISTANCE: _distance, Reason.RELOCATE: _relocate, Reason.INCOME: _income,
    Reason.MARKETABILITY: _marketability, Reason.BATCH_STARTS: _starts,
    Reason.PREFERENCES_MET: _preferences,
    PathwayNote.BRIDGE_FIRST: _bridge_first, PathwayNote.DOCUMENTS_FIRST: _documents_first,
    PathwayNote.BANK_ACCOUNT_FIRST: _bank_first, PathwayNote.STIPEND: _stipend,
    PathwayNote.COURSE_SUPPORT: _course_support, PathwayNote.BUSINESS_LOAN: _loan,
    PathwayNote.OPENINGS_AFTER: _openings_after,
    SchemeRefusal.AGE_BELOW_MINIMUM: _min_age, SchemeRefusal.AGE_ABOVE_MAXIMUM: _max_age,
    SchemeRefusal.WOMEN_ONLY: _scheme_women, SchemeRefusal.INDIAN_RESIDENCE: _scheme_residence,
    SchemeRefusal.STATE_RESIDENT: _scheme_state, SchemeRefusal.NOT_BPL: _scheme_bpl,
    AllocationNote.PLACED_CHOICE: _placed, AllocationNote.PASSED_OVER: _passed_over,
    AllocationNote.UNPLACED_OUTRANKED: _unplaced_outranked,
    AllocationNote.UNPLACED_BELOW_MIN_SCORE: _unplaced_below,
    AllocationNote.UNPLACED_NONE_JOINABLE: _unplaced_none,
    AllocationNote.ALREADY_HOLDS: _already_holds,
    AllocationNote.ALTERNATIVE_UNDER_MIN_SCORE: _alternative_under,
    AllocationNote.ALTERNATIVE_FIRST_CHOICE: _alternative_first,
    AllocationNote.ALTERNATIVE_NEAREST: _alternative_nearest,
    **UNBLOCK_WORDERS,  # the unblock steps of near misses (issue 17)
}
_WORDERS = {str(code): worder for code, worder in _WORDERS.items()}


# --- screening flags: what to change ----------------------------------------------------------


def _wage_outlier(w: Wording, p: dict) -> str:
    if p.get("floor_inr_month") is not None:
        return w._("Pay at least the statutory minimum: %(wage)s a month is below the national "
                   "floor of %(floor)s (₹176 a day for 26 days); if the work is part-time, say "
                   "so and give the hours.", wage=w.rupees(p.get("wage_inr_month")),
                   floor=w.rupees(p["floor_inr_month"]))
    return w._("Give the real monthly wage: %(wage)s is far above the usual %(typical)s for "
               "this trade, and pay that looks too good is a known lure.",
               wage=w.rupees(p.get("wage_inr_month")), typical=w.rupees(p.get("typical_inr_month")))


_FLAGS = {
    WAGE_UNDERPAID: lambda w, p: w._(
        "Survivors placed with this employer reported being paid well under the wage promised; "
        "pay the wage the opening states.") if p.get("reports") or not p.get("withheld") else w._(
        "Pay the whole wage every month: a wage held back to the end of a term, a season or a "
        "bond, or paid in one lump later, keeps the worker from leaving."),
    "fee_charged": lambda w, p: w._(
        "Remove any fee, deposit or charge asked of the worker (registration, training, "
        "uniform, processing or an agent's commission): survivors never pay to get a job, and "
        "the employer bears these costs."),
    "documents_retained": lambda w, p: w._(
        "Remove any wording about keeping workers' passports, ID cards or certificates: "
        "originals may be seen to verify them and must be handed back the same day; the worker "
        "keeps her own documents."),
    "overseas_travel": lambda w, p: w._(
        "Remove work abroad, visas and travel arranged by the employer or an agent: this "
        "service lists work at a named workplace in India or Bangladesh that the survivor "
        "reaches on her own."),
    "entertainment_lure": lambda w, p: w._(
        "Remove entertainment and appearance wording (dancer, hostess, bar, massage, escort, "
        "modelling, photographs, 'good looking'): name the trade and describe the duties and "
        "the workplace."),
    "advance_to_family": lambda w, p: w._(
        "Remove any advance, loan or payment to the worker's family: wages are paid to the "
        "worker herself, into her own bank account, and never tie her to a debt."),
    "wage_outlier": _wage_outlier,
    "no_experience_high_pay": lambda w, p: w._(
        "Match the wage to the work: 'no experience needed' with %(wage)s a month, well above "
        "the usual %(typical)s for this trade, is how lures are worded; give the entry wage, "
        "the training and the duties.", wage=w.rupees(p.get("wage_inr_month")),
        typical=w.rupees(p.get("typical_inr_month"))),
    "minor_targeted": lambda w, p: w._(
        "Remove wording aimed at children or 'young girls' (ages under 18, school girls, "
        "kishori): openings are for adults of 18 or more only."),
    "vague_employer": lambda w, p: w._(
        "Name the workplace: give its district and describe the employer and the place of "
        "work; remove phone numbers, WhatsApp contacts and 'location told later' wording, "
        "because applications come through counselors."),
    "unverified_employer": lambda w, p: w._(
        "Your organisation is not verified yet. Ask the service's operator to verify it; an "
        "admin reviews this opening meanwhile."),
}


# --- notifications --------------------------------------------------------------------------


def _new_matches(w: Wording, d: dict) -> str:
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


def _hold_expiring(w: Wording, d: dict) -> str:
    ends = d.get("expires_at")
    return w._("The seat hold of case %(case)s on %(title)s ends on %(time)s: ask the training "
               "provider to confirm the enrolment before then, or the seat goes back to the "
               "batch.", case=d["case"], title=d.get("title") or "—",
               time=w.datetime(datetime.fromisoformat(ends)) if ends else "—")


def _hold_expired(w: Wording, d: dict) -> str:
    return w._("The seat hold of case %(case)s on %(title)s expired; the seat went back to the "
               "batch.", case=d["case"], title=d.get("title") or "—")


def _not_selected(w: Wording, d: dict) -> str:
    if d.get("reason"):
        return w._("Case %(case)s was not selected for %(title)s. The employer's reason: "
                   "%(reason)s.", case=d["case"], title=d.get("title") or "—",
                   reason=w.label("not_selected_reason", d["reason"]))
    return w._("Case %(case)s was not selected for %(title)s.", case=d["case"],
               title=d.get("title") or "—")


def _new_referral(w: Wording, d: dict) -> str:
    if d.get("opening_id") is not None:
        return w._("A candidate was referred to your opening %(title)s: read her anonymised "
                   "summary under the candidates referred.", title=d.get("title") or "—")
    return w._("A survivor was referred to your batch of %(title)s and holds a seat: confirm "
               "the enrolment under the referrals to your batches.", title=d.get("title") or "—")


def _moved_on(sentence: str) -> Callable[[Wording, dict], str]:
    """A referral that moved on: one sentence with the case and the offer's title."""
    return lambda w, d: w._(sentence, case=d["case"], title=d.get("title") or "—")


def _seat_claim_offered(w: Wording, d: dict) -> str:
    expires = d.get("expires_at")
    return w._("A seat on %(title)s (batch %(batch)s) is held for profile %(profile)s from the "
               "waiting list until %(time)s: refer her or decline the seat before then.",
               title=d.get("title") or "—", batch=d.get("batch_id"),
               profile=d.get("profile_id"),
               time=w.datetime(datetime.fromisoformat(expires)) if expires else "—")


def _follow_up_due(w: Wording, d: dict) -> str:
    return w._("The day-%(day)s follow-up of case %(case)s was due on %(date)s: check in and "
               "record the outcome.", day=d.get("day"), case=d["case"],
               date=w.date(d.get("due_on")))


def _follow_up_overdue(w: Wording, d: dict) -> str:
    return w.ngettext(
        "Overdue: the day-%(day)s follow-up of case %(case)s was due on %(date)s, %(num)d day "
        "ago, and has no outcome. Check on her now.",
        "Overdue: the day-%(day)s follow-up of case %(case)s was due on %(date)s, %(num)d days "
        "ago, and has no outcome. Check on her now.",
        int(d.get("days_late") or 0), day=d.get("day"), case=d["case"],
        date=w.date(d.get("due_on")))


def _safety_report(w: Wording, d: dict) -> str:
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


_NOTIFICATIONS = {
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


# --- domain errors --------------------------------------------------------------------------


def _not_eligible(w: Wording, d: dict) -> str:
    blockers = "; ".join(w.message(b) for b in d.get("blockers") or ())
    if blockers:
        return w._("The survivor does not meet every rule of this offer: %(blockers)s.",
                   blockers=blockers)
    return w._("The survivor does not meet every rule of this offer.")


def _stale(w: Wording, d: dict) -> str:
    return w._("The allocation can no longer be applied: profile %(profile)s to batch "
               "%(batch)s (%(cause)s); nothing was held, propose again.",
               profile=d.get("profile_id"), batch=d.get("batch_id"),
               cause=w.error(d.get("cause") or "conflict"))


_ERRORS = {
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
_ERRORS = {str(code): worder for code, worder in _ERRORS.items()}


CODE_LISTS: dict[str, Iterable[str]] = {
    "blocker": [str(code) for code in Blocker],
    "reason": [str(code) for code in Reason],
    "pathway_note": [str(code) for code in PathwayNote],
    "scheme_refusal": [str(code) for code in SchemeRefusal],
    "allocation_note": [str(code) for code in AllocationNote],
    "unblock": [str(code) for code in Unblock],
    "because": [str(code) for code in Because],
    "flag": list(dict.fromkeys([*FLAG_CODES, WAGE_UNDERPAID])),
    "notification": [str(code) for code in NotificationKind],
    "error": [str(code) for code in ErrorReason],
}
"""Every code list the edge words (the OpenAPI enums and the tests walk them)."""
