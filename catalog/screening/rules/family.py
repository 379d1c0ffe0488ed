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
              if not reading.in_sentence(hit, "family_context") and not _counted(reading, hit)]
    advances = reading.pairs(reading.live("advance"), family, FAMILY_REACH) + _family_sought(
        reading, family) + _advanced_at_home(reading)
    sums = reading.live("money") + reading.sums(1_000) + reading.live("wage_paid")
    paid = [(a, b) for a, b in reading.pairs(
                [hit for hit in family if not _comes_along(reading, hit)], sums, FAMILY_REACH)
            if (reading.words[a.start].clause == reading.words[b.start].clause
                and b.concept != "wage_paid") or _handed_between(reading, a, b)]
    found = [(a, b) for a, b in advances + paid
             if not _her_own(reading, a, b) and not _family_pays(reading, a, b)
             and not _earned_together(reading, a, b)]
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


def _earned_together(reading: Reading, a: Hit, b: Hit) -> bool:
    """The relative works beside her and the sum is what they earn together ("पति पत्नी मिलकर
    24,000", "husband and wife together earn Rs 24,000", "jodi mile 24 hajar"): a word of
    earning together at the relative or between the two, and no advance named."""
    if a.concept == "advance" or b.concept == "advance":
        return False
    start, end = min(a.start, b.start), max(a.end, b.end)
    return any(start - 1 <= hit.start < end
               and reading.words[hit.start].sentence == reading.words[a.start].sentence
               for hit in reading.hits.get("earned_together", ()))


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


def _comes_along(reading: Reading, hit: Hit) -> bool:
    """The family at `hit` comes to live or work with her: "परिवार सहित रहने को कमरा", "with
    family", "poribar niye": the people housed, not a payee of the sum beside it."""
    return any(0 <= other.start - hit.end <= 1 for other in reading.hits.get("accompanied", ())
               ) or any(0 <= hit.start - other.end <= 1
                        for other in reading.hits.get("accompanying", ()))


def _family_sought(reading: Reading, family: list[Hit]) -> list[tuple[Hit, Hit]]:
    """A family hired as one ("parivar chahiye", "families wanted") and, in the next sentence,
    an advance of a sum ("50,000 peshgi milegi"): the advance goes to the family it recruits."""
    sought = [kin for kin in family if any(0 <= wanted.start - kin.end <= 1
                                           for wanted in reading.hits.get("wanted", ()))]
    sums = reading.live("money") + reading.sums(1_000)
    return [(advance, kin) for advance in reading.live("advance") for kin in sought
            if reading.words[advance.start].sentence == reading.words[kin.start].sentence + 1
            and 0 <= advance.start - kin.end < FAMILY_REACH
            and reading.in_sentence_of(sums, advance)]


# A family counted by its members: "a family of 4", "4 logon ka parivar", "পাঁচজনের পরিবার".
_COUNTS = frozenset({"two", "three", "four", "five", "six", "do", "teen", "char", "paanch",
                     "dui", "tin", "pach", "दो", "तीन", "चार", "पांच", "पाँच", "দুই", "তিন",
                     "চার", "পাঁচ"})
_MEMBERS = ("logon", "log", "logo", "लोगों", "लोग", "joner", "jon", "জনের", "জন", "সদস্যের",
            "members", "member", "sodosyer", "sadasyon", "सदस्यों")


def _counted(reading: Reading, hit: Hit) -> bool:
    """The family named with its number of members ("cook for a family of 4", "चार लोगों के
    परिवार के लिए", "তিন জনের পরিবার"): the household she works for, not a payee; "advance to
    your family" names no count."""
    words = reading.words
    after = [word.text for word in words[hit.end:hit.end + 2]]
    if after[:1] == ["of"] and len(after) > 1 and (after[1].isdigit() or after[1] in _COUNTS):
        return True
    before = [word.text for word in words[max(hit.start - 3, 0):hit.start]]
    return any(text.startswith(_MEMBERS) or text.endswith(("জনের", "joner"))
               for text in before) and any(text.isdigit() or text in _COUNTS
                                           or text.endswith(("জনের", "joner")) for text in before)


# Her home as the household an advance is paid to: "barite 10,000 advance", "ghar par advance".
_HOME = frozenset({"barite", "baritey", "bari", "ghar", "ghare", "gharpe", "বাড়িতে", "বাড়ি",
                   "घर"})
# ... not her home as where she works: "barite bose kaj", "ghar baithe".
_AT_HOME_WORK = frozenset({"bose", "boshe", "baithe", "baith", "বসে", "बैठे", "theke", "se"})
HOME_REACH = 4


def _advanced_at_home(reading: Reading) -> list[tuple[Hit, Hit]]:
    """Her home named just before an advance in its clause ("jawar age barite 10,000 advance
    deya hobe", "barite agam 12,000 taka pathano hobe"): the advance goes to her household
    before she leaves. Home as where she works ("barite bose kaj") is not."""
    words = reading.words
    homes = [Hit("home", i, i + 1) for i, word in enumerate(words) if word.text in _HOME
             and not any(other.text in _AT_HOME_WORK for other in words[i + 1:i + 2])]
    return [(home, advance) for home in homes for advance in reading.live("advance")
            if 0 <= advance.start - home.end < HOME_REACH
            and words[advance.start].clause == words[home.start].clause]
