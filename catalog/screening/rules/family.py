"""Money paid to someone other than the worker: `advance_to_family`."""
from __future__ import annotations

from ..text import Hit
from .codes import ADVANCE_TO_FAMILY, flag
from .reading import Reading

# Reach, in words, within which a relative and a sum make one statement.
FAMILY_REACH = 10


def advance_to_family(reading: Reading) -> dict | None:
    """Money paid to someone other than the worker: an advance, a sum or her wage to her parents,
    father, husband, the head of her household or "the family". Her own account or hand next to
    it undoes it ("each paid to their own account"), and so do visits, insurance and quarters
    for the family, where no money changes hands."""
    family = [hit for hit in reading.live("family", ordinary="family")
              if not reading.in_sentence(hit, "family_context")]
    advances = reading.pairs(reading.live("advance"), family, FAMILY_REACH)
    sums = reading.live("money") + reading.sums(1_000) + reading.live("wage_paid")
    paid = [(a, b) for a, b in reading.pairs(family, sums, FAMILY_REACH)
            if (reading.words[a.start].clause == reading.words[b.start].clause
                and b.concept != "wage_paid") or _handed_between(reading, a, b)]
    found = [(a, b) for a, b in advances + paid
             if not _her_own(reading, a, b) and not _family_pays(reading, a, b)]
    if found:
        return flag(ADVANCE_TO_FAMILY, reading.quote(*found[0]))
    return None


def _family_pays(reading: Reading, a: Hit, b: Hit) -> bool:
    """The family is who pays, not who is paid: "the family pays our service charge", "the
    employer family pays the agency": a verb of paying right after the family, before the money,
    with no "to" (paid to the family) between."""
    family, money = (a, b) if a.concept == "family" else (b, a)
    if family.end > money.start:
        return False
    verbs = [hit for hit in reading.hits.get("wage_paid", ())
             if family.end <= hit.start <= family.end + 1 and hit.end <= money.start]
    return bool(verbs) and not any(reading.words[i].text in ("to", "ko", "কে", "को")
                                   for i in range(family.end, money.start))


def _handed_between(reading: Reading, a: Hit, b: Hit) -> bool:
    """A word of handing over lies between the relative and the wage, or just after them."""
    start, end = min(a.start, b.start), max(a.end, b.end) + 3
    return any(start <= hit.start < end and hit.start not in (a.start, b.start)
               and reading.words[hit.start].sentence == reading.words[a.start].sentence
               for hit in reading.hits.get("handed", ()))


def _her_own(reading: Reading, a: Hit, b: Hit) -> bool:
    """Her own account or hand is named with the money: between the two hits or just after."""
    start, end = min(a.start, b.start), max(a.end, b.end) + 4
    return any(start <= own.start < end
               and reading.words[own.start].sentence == reading.words[a.start].sentence
               for own in reading.hits.get("own", ()))
