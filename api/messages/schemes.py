"""Scheme refusals (`matcher.messages.SchemeRefusal`): why a government scheme is not open
to her."""
from __future__ import annotations

from matcher.messages import SchemeRefusal

from .blockers import max_age, min_age
from .words import Words


def _scheme_women(w: Words, p: dict) -> str:
    return w._("For women only; survivor is recorded as %(gender)s",
               gender=w.label("gender", p.get("gender")))


def _scheme_residence(w: Words, p: dict) -> str:
    if p.get("nationality") == "BD" and p.get("awaiting_repatriation"):
        return w._("Needs Indian residence papers; the survivor is a Bangladeshi national "
                   "awaiting repatriation")
    if p.get("nationality") == "BD":
        return w._("Needs Indian residence papers; the survivor is a Bangladeshi national")
    return w._("Needs Indian residence papers; the survivor is not recorded as an Indian "
               "national")


def _scheme_state(w: Words, p: dict) -> str:
    where = w.list(p.get("states") or (), "or")
    if not p.get("state"):
        return w._("Only for residents of %(where)s; survivor's state of residence is not "
                   "recorded", where=where)
    return w._("Only for residents of %(where)s; survivor lives in %(state)s", where=where,
               state=p["state"])


def _scheme_bpl(w: Words, p: dict) -> str:
    return w._("For below-poverty-line (BPL) households; survivor's household is recorded as "
               "not BPL")


SCHEME_REFUSALS = {
    SchemeRefusal.AGE_BELOW_MINIMUM: min_age, SchemeRefusal.AGE_ABOVE_MAXIMUM: max_age,
    SchemeRefusal.WOMEN_ONLY: _scheme_women, SchemeRefusal.INDIAN_RESIDENCE: _scheme_residence,
    SchemeRefusal.STATE_RESIDENT: _scheme_state, SchemeRefusal.NOT_BPL: _scheme_bpl,
}
