"""One small function per screening flag: each reads an opening (its words, the phrases found in
them, its wage and place) and returns the flag with what the CSR partner should change, or None.

The flags and their codes are part of the API (API.md, "Openings"):
`fee_charged`, `documents_retained`, `overseas_travel`, `entertainment_lure`, `advance_to_family`,
`wage_outlier`, `no_experience_high_pay`, `minor_targeted`, `vague_employer` (content) and
`unverified_employer` (the employer, see `__init__`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from . import lexicon as lx
from .text import Hit, PhraseIndex, Word, read
from .wages import WageTable

FEE_CHARGED = "fee_charged"
DOCUMENTS_RETAINED = "documents_retained"
OVERSEAS_TRAVEL = "overseas_travel"
ENTERTAINMENT_LURE = "entertainment_lure"
ADVANCE_TO_FAMILY = "advance_to_family"
WAGE_OUTLIER = "wage_outlier"
NO_EXPERIENCE_HIGH_PAY = "no_experience_high_pay"
MINOR_TARGETED = "minor_targeted"
VAGUE_EMPLOYER = "vague_employer"

# How far (in words) a negation reaches back and forward. Forward matters as much as back:
# Hindi and Bengali put it after the verb ("fees ya deposit nahi liya jata", "kono fee lagbe na").
NEGATION_BEFORE = 6
NEGATION_AFTER = 3
ORDINARY_REACH = 2

INDEX = PhraseIndex(
    {
        "fee": lx.FEE, "pay_demand": lx.PAY_DEMAND, "money": lx.MONEY,
        "document": lx.DOCUMENT, "retain": lx.RETAIN,
        "overseas": lx.OVERSEAS, "travel": lx.TRAVEL, "arrange": lx.ARRANGE,
        "entertainment": lx.ENTERTAINMENT,
        "advance": lx.ADVANCE, "family": lx.FAMILY,
        "no_experience": lx.NO_EXPERIENCE, "experience": lx.EXPERIENCE,
        "not_needed": lx.NOT_NEEDED,
        "minor": lx.MINOR, "age_word": lx.AGE_WORD, "age_context": lx.AGE_CONTEXT,
        "age_above": lx.AGE_ABOVE,
        "vague": lx.VAGUE,
        "negation": lx.NEGATION, "fee_negation": lx.FEE_NEGATION,
        "document_negation": lx.DOCUMENT_NEGATION, "warning": lx.WARNING,
        "scope_end": lx.SCOPE_END, "pay_word": lx.PAY_WORD, "per_day": lx.PER_DAY,
        **{f"ordinary_{name}": words for name, words in lx.ORDINARY_NEIGHBOURS.items()},
    },
    ordinary_words=lx.ORDINARY_WORDS,
)

_DIGITS_APART = re.compile(r"(?<=\d)[\s-](?=\d)")
_PHONE = re.compile(r"(?<!\d)(?:\+?91|0)?[6-9]\d{9}(?!\d)|(?<!\d)(?:\+?88)?01[3-9]\d{8}(?!\d)")
_RANGE_WORDS = frozenset({"to", "se", "theke", "thake", "from", "and", "or", "থেকে", "से"})


@dataclass(frozen=True)
class OpeningFacts:
    """What screening reads of an opening."""

    title: str
    description: str
    trade: str
    wage_inr_month: int
    work_mode: str = "on_site"
    district: str | None = None


@dataclass
class Reading:
    """An opening read once: its words and every phrase found in them, by concept."""

    facts: OpeningFacts
    wages: WageTable
    words: list[Word] = field(init=False)
    hits: dict[str, list[Hit]] = field(init=False)

    def __post_init__(self) -> None:
        self.text = f"{self.facts.title}.\n{self.facts.description or ''}"
        self.words = read(self.text)
        self.hits = defaultdict(list)
        for hit in INDEX.find(self.words):
            self.hits[hit.concept].append(hit)

    # --- where phrases are, relative to one another ------------------------------------------

    def near(self, hit: Hit, concept: str, reach: int) -> list[Hit]:
        """Hits of `concept` in the same sentence within `reach` words of `hit`."""
        sentence = self.words[hit.start].sentence
        return [other for other in self.hits.get(concept, ())
                if self.words[other.start].sentence == sentence
                and other.start - hit.end < reach and hit.start - other.end < reach]

    def in_clause(self, hit: Hit, concept: str) -> bool:
        clause = self.words[hit.start].clause
        return any(self.words[other.start].clause == clause for other in self.hits.get(concept, ()))

    def in_sentence(self, hit: Hit, concept: str) -> bool:
        sentence = self.words[hit.start].sentence
        return any(self.words[o.start].sentence == sentence for o in self.hits.get(concept, ()))

    def negated(self, hit: Hit, cues: Iterable[str] = ("negation",)) -> bool:
        """A cue of `cues` in the same clause, up to six words before the hit (its reach ended
        by neither a "but"/"needed"/"except" nor an "experience" it negates instead), or up to
        three words after it with no sum of money between: "no registration, training or
        security deposit", "fee nahi", "passport will not be kept", "kono fee lagbe na"."""
        clause = self.words[hit.start].clause
        for concept in cues:
            for cue in self.hits.get(concept, ()):
                if self.words[cue.start].clause != clause or cue.start == hit.start:
                    continue
                if cue.end <= hit.start and hit.start - cue.end < NEGATION_BEFORE:
                    if not self._reach_ends(cue.end, hit.start,
                                            ("scope_end", "experience", "no_experience")):
                        return True
                elif cue.start >= hit.end and cue.start - hit.end < NEGATION_AFTER:
                    if not self._reach_ends(hit.end, cue.start, ("money",)) and not any(
                        self.words[i].text.isdigit() for i in range(hit.end, cue.start)
                    ):
                        return True
        return False

    def _reach_ends(self, start: int, end: int, concepts: Iterable[str]) -> bool:
        for concept in concepts:
            if any(start <= other.start < end for other in self.hits.get(concept, ())):
                return True
        return False

    def live(self, concept: str, *, cues: Iterable[str] = ("negation",),
             ordinary: str | None = None, warnings: bool = True) -> list[Hit]:
        """Hits of `concept` that are meant: not negated, not in a sentence warning against the
        practice, and without a neighbour that makes the word ordinary work."""
        cues = tuple(cues)
        return [hit for hit in self.hits.get(concept, ())
                if not self.negated(hit, cues)
                and not (warnings and self.in_sentence(hit, "warning"))
                and not (ordinary and self.near(hit, f"ordinary_{ordinary}", ORDINARY_REACH))]

    def together(self, first: list[Hit], second: list[Hit], reach: int) -> bool:
        """Some hit of `first` within `reach` words of some hit of `second`, in one sentence."""
        for a in first:
            for b in second:
                if (self.words[a.start].sentence == self.words[b.start].sentence
                        and b.start - a.end < reach and a.start - b.end < reach):
                    return True
        return False

    # --- numbers ------------------------------------------------------------------------------

    def numbers(self) -> list[tuple[int, int]]:
        """(word index, value) of every number in the text; a phone number is not one."""
        return [(i, int(word.text)) for i, word in enumerate(self.words)
                if word.text.isdigit() and len(word.text) < 9]

    @cached_property
    def promised_wage(self) -> int:
        """The highest monthly wage the text promises ("salary 45,000", "Rs 1,500 per day"), or
        0; sums near a fee, a deposit or an advance are not wages."""
        best = 0
        for index, value in self.numbers():
            spot = Hit("number", index, index + 1)
            if value < 100 or not (self.near(spot, "pay_word", 4)
                                   or self.near(spot, "per_day", 3)):
                continue
            if any(self.near(spot, concept, 3) for concept in ("fee", "pay_demand", "advance")):
                continue
            daily = bool(self.near(spot, "per_day", 3))
            monthly = value * 26 if daily else value
            if monthly >= 1_000:
                best = max(best, monthly)
        return best

    @property
    def pay(self) -> int:
        return max(self.facts.wage_inr_month, self.promised_wage)


def _flag(code: str, **params: object) -> dict[str, object]:
    """A flag as stored on the opening: its code and the figures behind it (worded, with what
    to change, by `api.messages`)."""
    return {"code": code, "params": params}


# --- one function per flag ------------------------------------------------------------------------


def fee_charged(reading: Reading) -> dict | None:
    cues = ("negation", "fee_negation")
    fees = reading.live("fee", cues=cues, ordinary="fee")
    demands = reading.live("pay_demand", cues=cues)
    money = reading.live("money", cues=cues, ordinary="fee")
    if fees or reading.together(demands, money, 3):
        return _flag(FEE_CHARGED)
    return None


def documents_retained(reading: Reading) -> dict | None:
    cues = ("negation", "document_negation")
    documents = [hit for hit in reading.live("document", cues=cues)
                 if not reading.in_clause(hit, "document_negation")]
    kept = [hit for hit in reading.live("retain", cues=cues)
            if not reading.in_clause(hit, "document_negation")]
    if reading.together(documents, kept, 6):
        return _flag(DOCUMENTS_RETAINED)
    return None


def overseas_travel(reading: Reading) -> dict | None:
    abroad = reading.live("overseas", ordinary="overseas", warnings=False)
    travel = reading.live("travel", ordinary="travel", warnings=False)
    arranged = reading.live("arrange", warnings=False)
    if abroad or reading.together(travel, arranged, 3):
        return _flag(OVERSEAS_TRAVEL)
    return None


def entertainment_lure(reading: Reading) -> dict | None:
    if reading.live("entertainment", ordinary="entertainment"):
        return _flag(ENTERTAINMENT_LURE)
    return None


def advance_to_family(reading: Reading) -> dict | None:
    family = reading.live("family")
    if reading.together(reading.live("advance"), family, 6) or _money_to(reading, family):
        return _flag(ADVANCE_TO_FAMILY)
    return None


def _money_to(reading: Reading, family: list[Hit]) -> bool:
    """A sum of money in the same clause as the family, close by: "family will get Rs 1 lakh",
    "parivar ko 20,000 milenge"."""
    sums = reading.live("money") + [Hit("number", index, index + 1)
                                    for index, value in reading.numbers() if value >= 1_000]
    return any(reading.words[a.start].clause == reading.words[b.start].clause
               for a in family for b in sums
               if b.start - a.end < 5 and a.start - b.end < 5)


def wage_outlier(reading: Reading) -> dict | None:
    facts, wages = reading.facts, reading.wages
    typical = wages.typical(facts.trade)
    if reading.pay > wages.far_above(facts.trade):
        return _flag(WAGE_OUTLIER, wage_inr_month=reading.pay, typical_inr_month=typical)
    if facts.wage_inr_month < wages.statutory_floor_inr_month:
        return _flag(WAGE_OUTLIER, wage_inr_month=facts.wage_inr_month,
                     floor_inr_month=wages.statutory_floor_inr_month)
    return None


def no_experience_high_pay(reading: Reading) -> dict | None:
    facts, wages = reading.facts, reading.wages
    no_experience = bool(reading.hits.get("no_experience")) or reading.together(
        reading.hits.get("experience", []), reading.hits.get("not_needed", []), 3)
    if no_experience and reading.pay > wages.high_for_no_experience(facts.trade):
        return _flag(NO_EXPERIENCE_HIGH_PAY, wage_inr_month=reading.pay,
                     typical_inr_month=wages.typical(facts.trade))
    return None


def minor_targeted(reading: Reading) -> dict | None:
    if reading.live("minor") or _names_an_age_under_18(reading):
        return _flag(MINOR_TARGETED)
    return None


def _names_an_age_under_18(reading: Reading) -> bool:
    numbers = reading.numbers()
    values = dict(numbers)
    for index, value in numbers:
        if not 10 <= value <= 17:
            continue
        spot = Hit("number", index, index + 1)
        if reading.near(spot, "experience", 4):
            continue  # "10-15 years of experience"
        if reading.near(spot, "age_word", 3):
            return True
        if reading.near(spot, "age_context", 3) and (
            _in_a_range(reading, index, values) or reading.near(spot, "age_above", 3)
        ):
            return True
    return False


def _in_a_range(reading: Reading, index: int, values: dict[int, int]) -> bool:
    """The number at `index` begins or ends a range of ages: "16-17", "15 to 20", "14 se 18"."""
    for step in (1, -1):
        other = index + step
        if other in values and 10 <= values[other] <= 45:
            return True
        if (0 <= other < len(reading.words) and reading.words[other].text in _RANGE_WORDS
                and values.get(other + step, 0) and 10 <= values[other + step] <= 45):
            return True
    return False


def vague_employer(reading: Reading) -> dict | None:
    facts = reading.facts
    placeless = facts.work_mode != "remote" and not (facts.district or "").strip()
    phone = _PHONE.search(_DIGITS_APART.sub("", reading.text))
    if placeless or phone or reading.live("vague"):
        return _flag(VAGUE_EMPLOYER)
    return None


CONTENT_RULES: tuple[Callable[[Reading], dict | None], ...] = (
    fee_charged, documents_retained, overseas_travel, entertainment_lure, advance_to_family,
    wage_outlier, no_experience_high_pay, minor_targeted, vague_employer,
)
CONTENT_CODES = (
    FEE_CHARGED, DOCUMENTS_RETAINED, OVERSEAS_TRAVEL, ENTERTAINMENT_LURE, ADVANCE_TO_FAMILY,
    WAGE_OUTLIER, NO_EXPERIENCE_HIGH_PAY, MINOR_TARGETED, VAGUE_EMPLOYER,
)
