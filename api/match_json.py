"""The match response (`GET /profiles/{id}/matches`) turned into JSON-ready data by hand: the same
data `MatchesOut().dump(result)` gives (api/schemas/referrals.py), field for field and in the
same order, without marshmallow's ~200 nested dumps of a response (about 8 ms of a worker's
CPU at 200,000 offers, issue 19).

`MatchesOut` stays the contract: the OpenAPI document declares it, and
tests/api/test_match_json.py compares the two on real responses (near misses, pathways,
screening flags, in every language) and fails on any difference. A field added to the schema
is a field added here.

What marshmallow does on dump, and so what this does: a key the data lacks is left out (a
`Function` field is always there), None stays None, an integer field gives `int(value)`, a float
field `float(value)`, a string field `str(value)`, a boolean field the value as it is; a
`Function` field calls its function on the whole object.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .messages import Wording

_MISSING = object()
Data = Mapping[str, Any]


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _strs(value: Any) -> list | None:
    return None if value is None else [_str(each) for each in value]


def _same(value: Any) -> Any:
    return value


def _put(out: dict, data: Data, fields: tuple[tuple[str, Callable[[Any], Any]], ...]) -> dict:
    """`out` with each of `fields` (name, conversion) that `data` has, converted, in order."""
    for name, convert in fields:
        value = data.get(name, _MISSING)
        if value is not _MISSING:
            out[name] = convert(value)
    return out


# OfferCardSchema: what names an offer on a card (a match's first fields, a near miss's too).
_OFFER = (("kind", _str), ("course_id", _int), ("batch_id", _int), ("opening_id", _int),
          ("title", _str), ("trade", _str))


class MatchJson:
    """One response's data, in the request's wording (`Wording`, the one `MatchesOut` uses)."""

    def __init__(self, wording: Wording) -> None:
        self.wording = wording

    # --- codes with parameters and their message (api/schemas/messages.py) --------------------

    @staticmethod
    def _params(message: Data) -> Any:
        return message.get("params") or {}

    def _message(self, message: Data) -> str:
        if "message" in message:
            return message["message"]
        return self.wording.message(message)

    def message(self, message: Data) -> dict:
        """MessageSchema, BlockerSchema and UnblockSchema alike: code, params, message."""
        out = _put({}, message, (("code", _str),))
        out["params"] = self._params(message)
        out["message"] = self._message(message)
        return out

    def blocker(self, blocker: Data) -> dict:
        """NearMissBlockerSchema: a blocker, with its unblock step when it has one."""
        out = self.message(blocker)
        unblock = blocker.get("unblock", _MISSING)
        if unblock is not _MISSING:
            out["unblock"] = None if unblock is None else self.message(unblock)
        return out

    # --- screening on a card (CardScreeningSchema, CardFlagSchema) ----------------------------

    def flag(self, flag: Data) -> dict:
        out = _put({}, flag, (("code", _str), ("severity", _str)))
        out["message"] = flag.get("message") or self.wording.flag(flag)
        params = flag.get("params", _MISSING)
        if params is not _MISSING:
            out["params"] = None if params is None else {str(k): v for k, v in params.items()}
        return _put(out, flag, (("dismissal_notes", _strs),))

    def screening(self, screening: Data | None) -> dict | None:
        if screening is None:
            return None
        out = {}
        flags = screening.get("flags", _MISSING)
        if flags is not _MISSING:
            out["flags"] = None if flags is None else [self.flag(f) for f in flags]
        return _put(out, screening, (("note", _str),))

    # --- a match, its pathway, a near miss ----------------------------------------------------

    def step(self, step: Data) -> dict:
        """PathwayStepSchema."""
        out = _put({}, step, _STEP)
        screening = step.get("screening", _MISSING)
        if screening is not _MISSING:
            out["screening"] = self.screening(screening)
        return out

    def match(self, match: Data) -> dict:
        """MatchSchema."""
        out = _put({}, match, _OFFER)
        _put(out, match, (("score", _float),))
        factors = match.get("factors", _MISSING)
        if factors is not _MISSING:
            out["factors"] = None if factors is None else {
                str(k): _float(v) for k, v in factors.items()}
        _put(out, match, (("reasons", _strs),))
        self._list(out, match, "explanations", self.message)
        _put(out, match, (("requires_bridge", _same),))
        self._list(out, match, "pathway", self.step)
        screening = match.get("screening", _MISSING)
        if screening is not _MISSING:
            out["screening"] = self.screening(screening)
        self._list(out, match, "reason_codes", self.message)
        return out

    def near_miss(self, miss: Data) -> dict:
        """NearMissSchema."""
        out = _put({}, miss, _OFFER)
        self._list(out, miss, "blockers", self.blocker)
        return out

    @staticmethod
    def _list(out: dict, data: Data, name: str, dump: Callable[[Data], dict]) -> None:
        items = data.get(name, _MISSING)
        if items is not _MISSING:
            out[name] = None if items is None else [None if i is None else dump(i)
                                                    for i in items]

    def result(self, result: Data) -> dict:
        """MatchesOut: the result worded once (its pre_dump), then dumped."""
        worded = self.wording.match_result(result)
        out = _put({}, worded, (("profile_id", _int),))
        self._list(out, worded, "matches", self.match)
        self._list(out, worded, "near_misses", self.near_miss)
        return out


_STEP = (("step", _str), ("documents", _strs), ("course_id", _int), ("batch_id", _int),
         ("opening_id", _int), ("scheme", _str), ("purpose", _str), ("amount_inr", _int),
         ("amount_inr_month", _int), ("message", _str))


def match_json(result: Data, wording: Wording) -> dict:
    """What `MatchesOut().dump(result)` gives, with `wording` as the request's."""
    return MatchJson(wording).result(result)
