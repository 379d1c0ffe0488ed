"""The hard rules of `matcher.rules` over many offers at once (the columnar engine, issue 19).

`Judge` answers, for one survivor on one day and any positions of the index's columns (with
their distances), which rules each offer fails, one row per rule of HARD_RULES in their order.
The pure-Python rules stay the specification: tests/matcher/test_columnar.py checks that both
agree on every pair of random worlds. The rules of how an offer is reached (device, mode,
practice) are judged once per `Access` with the rules' own screens, which are exact for one
access; the others read the columns.
"""

from __future__ import annotations

import numpy as np

from .columns import Columns, document_mask
from .rules import HARD_RULES, WOMEN, Seeker
from .sectors import sector_trades

RULE_NAMES = tuple(rule.check.__name__ for rule in HARD_RULES)
_VECTORISED = ("literacy_below_minimum", "language_mismatch", "too_far", "no_device",
               "mode_mismatch", "needs_in_person_practice", "age_out_of_range", "women_only",
               "avoided_district", "no_capacity", "closed", "document_unobtainable",
               "exploited_sector")
if RULE_NAMES != _VECTORISED:  # pragma: no cover - a new rule needs its vectorised form here
    raise ImportError("matcher.vector_rules: HARD_RULES changed; add the rule to Judge.failures")
LITERACY = RULE_NAMES.index("literacy_below_minimum")
_ACCESS_RULES = tuple(n for n, rule in enumerate(HARD_RULES) if rule.access)


class Judge:
    """The hard rules for one survivor on one day, over positions of `columns`."""

    def __init__(self, columns: Columns, seeker: Seeker, accesses: list, today_ordinal: int):
        profile = seeker.profile
        self.columns, self.profile = columns, profile
        self.day = columns.day(today_ordinal)
        self.language_mask = seeker.language_mask
        # access id -> does it fail each access rule (HARD_RULES order among access rules)
        fails = [[not HARD_RULES[n].screen(seeker, access) for n in _ACCESS_RULES]
                 for access in accesses]
        self.access_fails = np.array(fails, dtype=np.bool_).reshape(len(accesses),
                                                                    len(_ACCESS_RULES))
        codes = columns.codes
        self.hidden = self._table(len(codes.districts),
                                  [codes.districts.get(d) for d in profile.avoid_districts])
        sector = () if profile.return_to_sector else sector_trades(profile.exploited_sector)
        self.sector = self._table(len(codes.trades), [codes.trades.get(t) for t in sector])
        self.unobtainable = document_mask(profile.unobtainable_documents)
        self.woman = profile.gender in WOMEN

    @staticmethod
    def _table(size: int, ids: list[int | None]) -> np.ndarray:
        table = np.zeros(size + 1, np.bool_)
        table[[i for i in ids if i is not None]] = True
        return table

    def hidden_at(self, pos, n: int | None = None) -> np.ndarray:
        """Offers in a district she avoids (`matcher.rules.hidden_districts`); `pos` positions
        or a slice of `n` of them."""
        if not self.profile.avoid_districts:
            return np.zeros(len(pos) if n is None else n, np.bool_)
        return self.hidden[self.columns.district[pos]]

    def failures(self, pos: np.ndarray, km: np.ndarray) -> np.ndarray:
        """A (rules x offers) array: True where the offer at `pos` (`km` away; positions, or a
        slice of the columns) fails the rule."""
        c, p, day = self.columns, self.profile, self.day
        out = np.empty((len(RULE_NAMES), len(km)), np.bool_)
        out[0] = p.literacy.rank < c.lit[pos]
        lang = c.lang[pos]
        out[1] = (lang != 0) & ((lang & self.language_mask) == 0)
        far = c.presence[pos] & (km > p.max_travel_km)
        if p.can_relocate:
            far &= ~c.lodging[pos]
        out[2] = far
        out[list(_ACCESS_RULES)] = self.access_fails[c.access[pos]].T
        out[6] = (p.age < c.min_age[pos]) | (p.age > c.max_age[pos])
        out[7] = c.women[pos] & (not self.woman)
        out[8] = self.hidden_at(pos, len(km))
        out[9] = day.no_capacity[pos]
        out[10] = day.closed[pos]
        out[11] = (c.docs[pos] & self.unobtainable) != 0
        out[12] = self.sector[c.trade[pos]]
        return out


    def admissible(self, pos: np.ndarray) -> np.ndarray:
        """Offers at `pos` failing no rule but literacy, distance and avoided districts (what
        a candidate of `matcher.columnar` has passed already): `failures` for those rules,
        the most selective first, the survivors narrowed as it goes."""
        c, p, day = self.columns, self.profile, self.day
        mask = np.zeros(len(pos), np.bool_)
        at = np.arange(len(pos))
        lang = c.lang[pos]
        keep = ((lang == 0) | ((lang & self.language_mask) != 0)) & (p.age >= c.min_age[pos]) & (
            p.age <= c.max_age[pos])
        if not self.woman:
            keep &= ~c.women[pos]
        at, pos = at[keep], pos[keep]
        keep = ~self.access_fails[c.access[pos]].any(axis=1) & ~day.no_capacity[pos] & (
            ~day.closed[pos]) & ((c.docs[pos] & self.unobtainable) == 0) & ~self.sector[
            c.trade[pos]]
        mask[at[keep]] = True
        return mask


def verdicts(failures: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(blocker counts, eligible, fails literacy alone) of a failures array."""
    count = failures.sum(axis=0)
    return count, count == 0, (count == 1) & failures[LITERACY]
