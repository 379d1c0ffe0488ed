"""An opening read once for the rules: its words, every phrase of the lexicon found in them by
concept, where those phrases stand to one another (in one clause or sentence, within a reach of
words, negated or warned against) and the sums of money it names."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from ..lexicon import FOREIGN_CURRENCY_INR, HOME_CURRENCY
from ..text import Hit, Word, read
from ..wages import WageTable
from .days import days_paid
from .index import INDEX
from .people import named_people, outside_names


T = TypeVar("T")

# How far (in words) a negation reaches back and forward. Forward matters as much as back:
# Hindi and Bengali put it after the verb ("fees ya deposit nahi liya jata", "kono fee lagbe na").
NEGATION_BEFORE = 6
NEGATION_AFTER = 3
# Words that join the items of a list a negation after it covers ("fee or deposit nahi").
_LIST_WORDS = frozenset({"or", "and", "ya", "aur", "ba", "othoba", "ki", "या", "और", "अथवा",
                         "বা", "ও", "অথবা", "kono", "koi", "any", "কোনো", "कोई"})
ORDINARY_REACH = 2
# "Any" that asks for a negation later in the sentence: "koi fees, deposit ya document nahi
# lete", "kono fee, jamanat ba khoroch lagbe na" (the list may run over commas).
_ANY = frozenset({"koi", "kono", "kisi", "any", "कोई", "किसी", "কোনো", "কোন", "কোনও"})
# What may stand between the "any" and the thing: "any kind of", "किसी भी तरह की", "kisi prakar
# ka", "কোনো রকম", "kono dhoroner".
_KIND_OF = frozenset({"kind", "kinds", "sort", "type", "of", "bhi", "tarah", "ki",
                      "ka", "ke", "prakar", "rokom", "rokomer", "dhoroner", "भी",
                      "तरह", "की", "का", "के", "प्रकार", "রকম", "রকমের", "ধরনের", "ধরণের"})


_CURRENCY = HOME_CURRENCY
# Verbs of making pieces, and the units of time a rate may be per (not a piece rate).
_MAKES = frozenset({"makes", "make", "rolls", "roll", "produce", "produces", "ties"})
_ABOUT = frozenset({"about", "around", "nearly", "roughly", "over"})
_TIME_UNITS = frozenset({"day", "days", "month", "months", "week", "weeks", "hour", "hours",
                         "night", "shift", "year", "a", "an", "the", "din", "mahina"})
# Hours of a day, which a "daily" after them counts: "4 hours daily", "৪ ঘণ্টা প্রতিদিন".
_HOURS = frozenset({"hours", "hour", "hrs", "hr", "ghante", "ghanta", "ghonta",
                    "ঘণ্টা", "ঘন্টা", "घंटे", "घंटा"})
# The words before a year ("since 1998", "est. 2004", "in 2010", "san 1992") and after it
# ("1992 से", "১৯৯৮ সাল থেকে", "1998 theke", "2025 season").
_YEAR_BEFORE = frozenset({"since", "est", "estd", "established", "founded", "in", "from",
                          "year", "san", "sun", "সন", "सन", "saal", "sal"})
_YEAR_AFTER = frozenset({"se", "से", "theke", "thheke", "থেকে", "সাল", "সালে", "সালের", "साल",
                         "sal", "saal", "season", "batch", "onwards"})
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
    _once: dict[str, object] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.text = f"{self.facts.title}.\n{self.facts.description or ''}"
        self.words = read(self.text)
        self.hits = defaultdict(list)
        for hit in outside_names(INDEX.find(self.words), named_people(self.text, self.words)):
            self.hits[hit.concept].append(hit)

    def once(self, name: str, work_out: Callable[[], T]) -> T:
        """`work_out()`, worked out once for this reading: what several rules ask of it."""
        if name not in self._once:
            self._once[name] = work_out()
        return self._once[name]  # type: ignore[return-value]

    def flag_of(self, rule: Callable[[Reading], dict | None]) -> dict | None:
        """The flag `rule` raises on this reading, worked out once: screening asks for it, and
        so do rules it undoes (a fee asked or papers kept make a route abroad unlawful)."""
        return self.once(rule.__name__, lambda: rule(self))

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
        if self._any_negated(hit):
            return True
        for concept in cues:
            for cue in self.hits.get(concept, ()):
                if self.words[cue.start].clause != clause or cue.start == hit.start or any(
                        other.start <= cue.start < other.end  # the "not" of "শেষ না হওয়া পর্যন্ত"
                        for other in self.hits.get("until", ())):
                    continue
                if cue.end <= hit.start and hit.start - cue.end < NEGATION_BEFORE:
                    if not self._reach_ends(cue.end, hit.start, (
                            "scope_end", "experience", "no_experience", "refund", "purpose")):
                        return True
                elif cue.start >= hit.end and self._after_reach(hit, cue) < NEGATION_AFTER:
                    if not any(self.words[i].text.isdigit() for i in range(hit.end, cue.start)
                               ) and not self._refund_denied(hit, cue) and not self._reach_ends(
                                   hit.end, cue.start, ("purpose",)):
                        return True
        return False

    def _any_negated(self, hit: Hit) -> bool:
        """An "any" right before `hit` and a negation later in its sentence, with no sum of
        money between: "koi fees, deposit ya original document nahi lete"."""
        if not any(self.words[i].text in _ANY and all(
                self.words[j].text in _KIND_OF for j in range(i + 1, hit.start))
                for i in range(max(0, hit.start - 5), hit.start)):
            return False
        sentence = self.words[hit.start].sentence
        return any(cue.start >= hit.end and self.words[cue.start].sentence == sentence
                   and cue.start - hit.end < 10 and not any(
                       self.words[i].text.isdigit() for i in range(hit.end, cue.start))
                   for cue in self.hits.get("negation", ()))

    def _refund_denied(self, hit: Hit, cue: Hit) -> bool:
        """The cue after `hit` denies a refund named between them or just after the cue ("fee
        and deposit not refundable", "deposit wapas nahi milega"): the money is still asked."""
        return any(hit.end <= other.start < cue.end + 2 and other.start != hit.start
                   for other in self.hits.get("refund", ()))

    def _after_reach(self, hit: Hit, cue: Hit) -> int:
        """Words between `hit` and a cue after it, not counting the rest of a list the hit
        heads: "फीस या जमा राशि नहीं", "kono fee ba joma taka lagbe na" negate each item."""
        listed = [other for concept in (hit.concept, "fee", "money", "pay_demand")
                  for other in self.hits.get(concept, ())]
        return sum(1 for i in range(hit.end, cue.start)
                   if self.words[i].text not in _LIST_WORDS
                   and not any(other.start <= i < other.end for other in listed))

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
                and not (warnings and self._warned(hit))
                and not (ordinary and any(
                    self.words[other.start].clause == self.words[hit.start].clause
                    for other in self.near(hit, f"ordinary_{ordinary}", ORDINARY_REACH)))]

    def _warned(self, hit: Hit) -> bool:
        """A warning in the sentence of `hit`, not given as the reason for the practice ("kept
        with the contractor so that nobody cheats you" keeps them; "beware of cheats" warns)."""
        sentence = self.words[hit.start].sentence
        return any(self.words[w.start].sentence == sentence and not any(
            0 <= w.start - why.end <= 3 for why in self.hits.get("purpose", ()))
            for w in self.hits.get("warning", ()))

    def in_sentence_of(self, hits: Iterable[Hit], other: Hit) -> bool:
        """Some hit of `hits` is in the sentence of `other`."""
        sentence = self.words[other.start].sentence
        return any(self.words[hit.start].sentence == sentence for hit in hits)

    def pairs(self, first: Iterable[Hit], second: Iterable[Hit], reach: int
              ) -> list[tuple[Hit, Hit]]:
        """Every (a, b) of `first` and `second` within `reach` words in one sentence."""
        return [(a, b) for a in first for b in second
                if self.words[a.start].sentence == self.words[b.start].sentence
                and b.start - a.end < reach and a.start - b.end < reach]

    def sentence_text(self, hit: Hit) -> str:
        """The normalised words of the sentence of `hit`, joined by spaces."""
        sentence = self.words[hit.start].sentence
        return " ".join(word.text for word in self.words if word.sentence == sentence)

    def quote(self, *hits: Hit) -> str:
        """The words of the text at `hits`, in their order, as evidence ("passport … jama
        thakbe"); words between two hits are left out."""
        spans = sorted({(hit.start, hit.end) for hit in hits})
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return " … ".join(" ".join(word.text for word in self.words[start:end])
                          for start, end in merged)

    # --- numbers ------------------------------------------------------------------------------

    def numbers(self) -> list[tuple[int, int]]:
        """(word index, value) of every number in the text; a phone number is not one. Worked
        out once: the fee, age, class and wage rules all ask for it."""
        return self.once("numbers", lambda: [(i, int(word.text)) for i, word in enumerate(
            self.words) if word.text.isdigit() and len(word.text) < 9])

    def sums(self, at_least: int) -> list[Hit]:
        """Every number of at least `at_least` in the text, as hits; a year is no sum."""
        return [Hit("number", index, index + 1) for index, value in self.numbers()
                if value >= at_least and not self._a_calendar_year(index, value)]

    def _a_calendar_year(self, index: int, value: int) -> bool:
        """The number at `index` is a year of the calendar, named so by the word before it or
        after it ("since 1998", "est. 2004", "1992 से", "১৯৯৮ সাল থেকে", "2025 season"), with no
        currency beside it."""
        if not 1900 <= value <= 2099:
            return False
        words, clause = self.words, self.words[index].clause
        before = words[index - 1].text if index > 0 and words[index - 1].clause == clause else ""
        after = words[index + 1].text if index + 1 < len(words) and (
            words[index + 1].clause == clause) else ""
        if before in _CURRENCY or after in _CURRENCY:
            return False
        return before in _YEAR_BEFORE or after in _YEAR_AFTER

    @property
    def promised_wage(self) -> int:
        """The highest monthly wage the text promises ("salary 45,000", "Rs 1,500 per day",
        "Rs 2,000 per night" times 26, "15000 weekly" times 4), or 0; sums near a fee, a deposit
        or an advance are not wages, and a month named next to a sum makes it monthly."""
        return self.promised[0]

    @cached_property
    def promised(self) -> tuple[int, int]:
        """The promised wage and the index of the sum it is read from (-1 for none)."""
        best, best_at = 0, -1
        weeks = self.live("per_week", ordinary="per_week", warnings=False)
        for index, value in self.numbers():
            spot = Hit("number", index, index + 1)
            if value < 100 or not (self.near(spot, "pay_word", 4)
                                   or self.near(spot, "per_day", 3)
                                   or self.near(spot, "per_week", 3)):
                continue
            if any(self.near(spot, concept, 3) for concept in ("fee", "pay_demand", "advance")):
                continue
            if any(other.end <= index for other in self.near(spot, "earned_together", 6)):
                continue  # what a pair or a family earns together is not her wage
            if self._a_sale(index):
                continue  # a sum of sales ("bikri 5000 er upor hole incentive") is not pay
            yearly = self._a_year(index)
            per_month = not yearly and bool(self.near(spot, "per_month", 3))
            daily = not (yearly or per_month) and bool(self._day_rates(spot))
            weekly = not (per_month or daily) and any(
                hit in weeks for hit in self.near(spot, "per_week", 3))  # not "weekly off"
            if daily and self._a_count(index):
                continue  # "रोज़ 800–1000 बीड़ी": pieces a day, not rupees
            if value == self.facts.wage_inr_month:  # the monthly wage the opening declares
                daily = weekly = yearly = False  # ("Rs 15,000 paid weekly" is paid every week)
            value = self._in_rupees(index, value)
            monthly = (value // 12 if yearly else value * self._days_paid(index) if daily
                       else value * 4 if weekly else value)
            if monthly >= 1_000 and monthly > best:
                best, best_at = monthly, index
        return best, best_at

    def _day_rates(self, spot: Hit) -> list[Hit]:
        """Words of a day's rate near the sum at `spot` that are its own: not the hours of a day
        ("Tk 12,000, 4 hours daily", "roz 4 ghante"), nor the rate of what is added after a plus
        ("Rs 9,000 + per-event commission")."""
        words = self.words
        return [hit for hit in self.near(spot, "per_day", 3)
                if not (hit.start and words[hit.start - 1].text in _HOURS)
                and not (hit.end + 1 < len(words) and words[hit.end].text.isdigit()
                         and words[hit.end + 1].text in _HOURS
                         and words[hit.end].clause == words[hit.start].clause)
                and not any(words[i].text == "plus" for i in range(spot.end, hit.start))]

    def _a_count(self, index: int) -> bool:
        """The number at `index` counts things, not rupees: no currency before it, and right
        after it (past the rest of its band) a word of its clause that is neither a currency nor
        a word of a day ("रोज़ 800–1000 बीड़ी", "daily 500 pieces")."""
        words = self.words
        after = index + 1
        while after < len(words) and words[after].text.isdigit():
            after += 1
        if self._made_a_day(index, after):
            return True
        if index > 0 and words[index - 1].text in _CURRENCY or after >= len(words):
            return False
        return (words[after].clause == words[after - 1].clause  # (a dash may part the band)
                and words[after].text not in _CURRENCY
                and not any(hit.start == after for hit in self.hits.get("per_day", ()))
                and not any(hit.start == after for hit in self.hits.get("per_month", ())))

    def _made_a_day(self, index: int, after: int) -> bool:
        """The number at `index` is what she makes, after a verb of making and with no currency
        after it, in an opening that prices the pieces ("Rs 240 per 1,000 bidis ... a roller
        makes 1,000 a day"); with no piece rate, "make 2,000 a day" is money."""
        words = self.words
        before = [word.text for word in words[max(index - 2, 0):index]]
        return bool(before) and (before[-1] in _MAKES or before[0] in _MAKES and before[-1] in (
            _ABOUT)) and not (after < len(words) and words[after].text in _CURRENCY) and any(
            word.text in _CURRENCY and i + 2 < len(words) and words[i + 1].text.isdigit()
            and words[i + 2].text in ("per", "for") and next(
                (other.text for other in words[i + 3:i + 6]
                 if not (other.text.isdigit() or other.text in ("every", "each"))), "day")
            not in _TIME_UNITS for i, word in enumerate(words))

    def _a_sale(self, index: int) -> bool:
        """The sum at `index` is of sales, a word of sales right before it or right after it (the
        rest of its band and a currency between): "diner bikri 5000 er upor", "800-1200 taka
        bikri theke 30%"."""
        words = self.words
        after = index + 1  # past the rest of a band and its currency: "800-1200 taka bikri"
        while after < len(words) and (words[after].text.isdigit()
                                      or words[after].text in _CURRENCY):
            after += 1
        return any(other.end in (index, index - 1) or other.start == after
                   for other in self.hits.get("sales_figure", ())
                   if words[other.start].sentence == words[index].sentence)

    def _days_paid(self, index: int) -> int:
        """The days a day rate at `index` is paid for in a month (see `days.days_paid`)."""
        return days_paid(self.words, self.numbers(), index)

    def _in_rupees(self, index: int, value: int) -> int:
        """The sum at `index` in rupees: a foreign currency named right after it or right before
        it ("1,500 ringgit", "SAR 1,200") converts it at about its rate."""
        for near in (index + 1, index - 1):
            if 0 <= near < len(self.words) and (
                    self.words[near].sentence == self.words[index].sentence):
                rate = FOREIGN_CURRENCY_INR.get(self.words[near].text)
                if rate is not None:
                    return int(value * rate)
        return value

    def _a_year(self, index: int) -> bool:
        """The sum at `index` is named as a year's, by the words right after it or right before
        it ("1.08 lakh a year" beside "Rs 9,000 per month", "सालाना 1,20,000")."""
        return any(hit.start in (index + 1, index + 2) or hit.end in (index, index - 1)
                   for hit in self.hits.get("per_year", ())
                   if self.words[hit.start].sentence == self.words[index].sentence)

    @cached_property
    def is_training(self) -> bool:
        """The opening is a training, not a job: its title names a training or a course
        ("Mushroom kheti training", "पोल्ट्री प्रशिक्षण"), or it names a free skilling scheme
        (RSETI, DDU-GKY, a Krishi Vigyan Kendra). What it pays a trainee is a stipend."""
        return bool(self.hits.get("training_scheme")) or any(
            self.words[hit.start].sentence == 0 for hit in self.hits.get("training", ()))

    @property
    def pay(self) -> int:
        """The wage to check: the declared one and the highest the text promises; a declared wage
        that is only a day rate of the text counted over a month, where the text names the few
        days engaged ("Rs 1,200 per din, 10 din ka kaam" declared 31,200), is the engagement's."""
        declared = self.facts.wage_inr_month
        if declared and any(value * 26 == declared and self._days_paid(index) < 26
                            for index, value in self.numbers()):
            declared = 0
        return max(declared, self.promised_wage)
