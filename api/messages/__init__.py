"""The one place that words what the domain says: a code and its parameters, in a language.

`matcher/` and `catalog/` return codes with typed parameters (`matcher.messages.Message`,
`BlockerHit`, screening flags, notification kinds, domain error reasons); `Wording(language)`
turns each into a sentence through the gettext catalogues under `api/translations/` (one `.po`
per language, compiled to `.mo` by `make translations`), with Babel's numbers (rupees grouped the
Indian way: ₹1,20,000), lists and dates (in India time, never UTC).

One module words each kind of code: `blockers`, `reasons`, `pathway` (its notes and steps),
`schemes` (refusals), `allocation`, `unblock` (the steps of near misses), `flags` (screening),
`notifications` and `errors`; `words` holds the languages (`LANGUAGES`: adding one, say Odia,
is one line there and one `.po` file, see docs/languages.md) and what every wording builds on.
A code this package does not know is shown as its parameters' text, never as a 500: the tests
walk every code list and fail on a code without its wording.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

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

from .allocation import ALLOCATION_NOTES, because
from .blockers import BLOCKERS
from .errors import ERRORS
from .flags import FLAGS
from .notifications import NO_CASE_REF, NOTIFICATIONS
from .pathway import PATHWAY_NOTES, pathway_step
from .reasons import REASONS
from .schemes import SCHEME_REFUSALS
from .unblock import UNBLOCKS
from .words import DEFAULT_LANGUAGE, Words


class Wording(Words):
    """Everything worded in one language: `Wording("hi").message(message)`."""

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
        worder = FLAGS.get(str(flag.get("code")))
        if worder is None:
            return str(flag.get("message") or flag.get("code"))
        return worder(self, dict(flag.get("params") or {}))

    def flag_name(self, code: str) -> str:
        return self.label("flag", code)

    def notification(self, kind: str, data: Mapping[str, Any], *,
                     case_ref: str | None = None) -> str:
        """A notification in the reader's words; its case named by `case_ref` (read when shown,
        for a reader who may read the case), never by the profile's id."""
        worder = NOTIFICATIONS.get(str(kind))
        if worder is None:
            return str(kind).replace("_", " ")
        return worder(self, {**(data or {}), "case": case_ref or NO_CASE_REF})

    def error(self, reason: str, details: Mapping[str, Any] | None = None,
              fallback: str | None = None) -> str:
        """A domain error's reason (with its details) as a sentence; `fallback` (the service's
        own English) when the reason has no wording and the reader reads English."""
        worder = ERRORS.get(str(reason))
        if worder is not None:
            return worder(self, dict(details or {}))
        if fallback and self.language == DEFAULT_LANGUAGE:
            return fallback
        return self._("This could not be done.")

    def step(self, step: Mapping[str, Any], titles: Mapping[tuple[str, int], str] | None = None
             ) -> str:
        """One pathway step as a counselor reads it."""
        return pathway_step(self, step, titles)


_WORDERS = {str(code): worder
            for table in (BLOCKERS, REASONS, PATHWAY_NOTES, SCHEME_REFUSALS, ALLOCATION_NOTES,
                          UNBLOCKS)  # UNBLOCKS: the unblock steps of near misses (issue 17)
            for code, worder in table.items()}

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
