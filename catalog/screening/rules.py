"""One small function per screening flag: each reads an opening (its words, the phrases found in
them, its wage and place) and returns the flag with what the CSR partner should change, or None.

The rules are written in concepts, not lists of lures: who keeps the worker's papers (a holder
other than herself, or for how long), who pays whom (money from the worker, money to someone
other than her), whom the work serves and when (patrons kept company, a club or spa at night),
and where the work is (abroad as a workplace, not as a market). Each flag carries as `evidence`
the words of the opening that raised it, so that a reviewer sees why.

The flags and their codes are part of the API (API.md, "Openings"):
`fee_charged`, `documents_retained`, `overseas_travel`, `entertainment_lure`, `advance_to_family`,
`wage_outlier`, `no_experience_high_pay`, `minor_targeted`, `vague_employer` (content) and
`unverified_employer` (the employer, see `__init__`).
"""
from __future__ import annotations

import re
import unicodedata
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
# Words that join the items of a list a negation after it covers ("fee or deposit nahi").
_LIST_WORDS = frozenset({"or", "and", "ya", "aur", "ba", "othoba", "ki", "या", "और", "अथवा",
                         "বা", "ও", "অথবা", "kono", "koi", "any", "কোনো", "कोई"})
ORDINARY_REACH = 2

INDEX = PhraseIndex(
    {
        "fee": lx.FEE, "pay_demand": lx.PAY_DEMAND, "money": lx.MONEY,
        "pay_channel": lx.PAY_CHANNEL, "payout": lx.PAYOUT, "deduct": lx.DEDUCT,
        "cost_item": lx.COST_ITEM, "cost_named": lx.COST_NAMED,
        "handled_money": lx.HANDLED_MONEY, "papers_of_others": lx.PAPERS_OF_OTHERS,
        "bank_account": lx.BANK_ACCOUNT,
        "document": lx.DOCUMENT + lx.PHONE, "phone": lx.PHONE, "shift_only": lx.SHIFT_ONLY,
        "retain": lx.RETAIN, "deposit": lx.DEPOSIT,
        "hand_in": lx.HAND_IN,
        "holder": lx.HOLDER, "until": lx.UNTIL, "original": lx.ORIGINAL,
        "with_holder": lx.WITH_HOLDER, "their_keeping": lx.THEIR_KEEPING, "handed": lx.HANDED, "bank_card": lx.BANK_CARD,
        "give_up": lx.GIVE_UP, "for": lx.FOR, "receive": lx.RECEIVE,
        "stipend": lx.STIPEND, "refund": lx.REFUND,
        "overseas": lx.OVERSEAS, "travel": lx.TRAVEL, "ticket": lx.TICKET,
        "training": lx.TRAINING, "training_scheme": lx.TRAINING_SCHEME, "arrange": lx.ARRANGE,
        "agent_arranges": lx.AGENT_ARRANGES,
        "no_papers": lx.NO_PAPERS, "market": lx.MARKET, "lawful_route": lx.LAWFUL_ROUTE,
        "lawful_charge": lx.LAWFUL_CHARGE, "charge_capped": lx.CHARGE_CAPPED,
        "visit_visa": lx.VISIT_VISA, "school_class": lx.SCHOOL_CLASS, "passed": lx.PASSED,
        "entertainment": lx.ENTERTAINMENT, "escort": lx.ESCORT, "company": lx.COMPANY,
        "patron": lx.PATRON,
        "male": lx.MALE, "service": lx.SERVICE, "venue": lx.VENUE, "night": lx.NIGHT,
        "advance": lx.ADVANCE, "family": lx.FAMILY, "own": lx.OWN, "wage_paid": lx.WAGE_PAID,
        "family_context": lx.FAMILY_CONTEXT, "escorted_to": lx.ESCORTED_TO, "female": lx.FEMALE,
        "no_experience": lx.NO_EXPERIENCE, "experience": lx.EXPERIENCE,
        "not_needed": lx.NOT_NEEDED,
        "minor": lx.MINOR, "age_word": lx.AGE_WORD, "age_context": lx.AGE_CONTEXT,
        "age_people": lx.AGE_PEOPLE,
        "age_above": lx.AGE_ABOVE, "children_served": lx.CHILDREN_SERVED,
        "teaching_care": lx.TEACHING_CARE, "children_too": lx.CHILDREN_TOO,
        "child_work": lx.CHILD_WORK, "little_child": lx.LITTLE_CHILD, "care_of": lx.CARE_OF,
        "vague": lx.VAGUE, "name_of_place": lx.NAME_OF_PLACE, "on_arrival": lx.ON_ARRIVAL,
        "negation": lx.NEGATION, "fee_negation": lx.FEE_NEGATION,
        "document_negation": lx.DOCUMENT_NEGATION, "warning": lx.WARNING,
        "scope_end": lx.SCOPE_END, "pay_word": lx.PAY_WORD, "per_day": lx.PER_DAY,
        "part_time": lx.PART_TIME, "per_week": lx.PER_WEEK, "per_month": lx.PER_MONTH,
        "salary_word": tuple(word for word in lx.PAY_WORD if word not in ("pay", "earn")),
        **{f"ordinary_{name}": words for name, words in lx.ORDINARY_NEIGHBOURS.items()},
    },
    ordinary_words=lx.ORDINARY_WORDS, names=lx.FOREIGN_PLACES,
)

_DIGITS_APART = re.compile(r"(?<=\d)[\s-](?=\d)")
_PHONE = re.compile(r"(?<!\d)(?:\+?91|0)?[6-9]\d{9}(?!\d)|(?<!\d)(?:\+?88)?01[3-9]\d{8}(?!\d)")
# A phone number written with some of its digits masked ("94XXXXXX58", "8XXXXXXX66"), as it is
# shown in a shared advertisement: still a phone number to call, not an office.
_MASKED_PHONE = re.compile(r"(?<![\w])(?:\+?91)?[6-9][\dXx*]{8}\d(?![\w])"
                           r"|(?<![\w])01[3-9][\dXx*]{7}\d(?![\w])")
_RANGE_WORDS = frozenset({"to", "se", "theke", "thake", "from", "and", "or", "থেকে", "से"})
# Hours that run past midnight: "9 pm to 3 am", "8pm-4am", "10 p.m. till 2 a.m.".
_LATE_HOURS = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*p\.?\s?m\.?\s*(?:to|till|until|-|–|se|theke)?\s*"
    r"\d{1,2}(?:[:.]\d{2})?\s*a\.?\s?m\b"
    r"|\b(?:till|until|upto|up\s+to|open\s+till)\s+[1-5](?:[:.]\d{2})?\s*a\.?\s?m\b"
    r"|\b[1-5](?:[:.]\d{2})?\s*a\.?\s?m\.?\s+(?:tak|porjonto)\b", re.IGNORECASE)
# Reach, in words, within which two concepts make one statement.
FAMILY_REACH = 10
COMPANY_REACH = 6
DOCUMENT_REACH = 8


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
                    if not self._reach_ends(cue.end, hit.start, (
                            "scope_end", "experience", "no_experience", "refund")):
                        return True
                elif cue.start >= hit.end and self._after_reach(hit, cue) < NEGATION_AFTER:
                    if not any(self.words[i].text.isdigit() for i in range(hit.end, cue.start)
                               ) and not self._refund_denied(hit, cue):
                        return True
        return False

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
                and not (warnings and self.in_sentence(hit, "warning"))
                and not (ordinary and any(
                    self.words[other.start].clause == self.words[hit.start].clause
                    for other in self.near(hit, f"ordinary_{ordinary}", ORDINARY_REACH)))]

    def together(self, first: list[Hit], second: list[Hit], reach: int) -> bool:
        """Some hit of `first` within `reach` words of some hit of `second`, in one sentence."""
        for a in first:
            for b in second:
                if (self.words[a.start].sentence == self.words[b.start].sentence
                        and b.start - a.end < reach and a.start - b.end < reach):
                    return True
        return False

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
        """(word index, value) of every number in the text; a phone number is not one."""
        return [(i, int(word.text)) for i, word in enumerate(self.words)
                if word.text.isdigit() and len(word.text) < 9]

    @cached_property
    def promised_wage(self) -> int:
        """The highest monthly wage the text promises ("salary 45,000", "Rs 1,500 per day",
        "Rs 2,000 per night" times 26, "15000 weekly" times 4), or 0; sums near a fee, a deposit
        or an advance are not wages, and a month named next to a sum makes it monthly."""
        best = 0
        weeks = self.live("per_week", ordinary="per_week", warnings=False)
        for index, value in self.numbers():
            spot = Hit("number", index, index + 1)
            if value < 100 or not (self.near(spot, "pay_word", 4)
                                   or self.near(spot, "per_day", 3)
                                   or self.near(spot, "per_week", 3)):
                continue
            if any(self.near(spot, concept, 3) for concept in ("fee", "pay_demand", "advance")):
                continue
            per_month = bool(self.near(spot, "per_month", 3))
            daily = not per_month and bool(self.near(spot, "per_day", 3))
            weekly = not (per_month or daily) and any(
                hit in weeks for hit in self.near(spot, "per_week", 3))  # not "weekly off"
            if value == self.facts.wage_inr_month:  # the monthly wage the opening declares
                daily = weekly = False  # ("Rs 15,000 paid weekly" is paid every week)
            monthly = value * 26 if daily else value * 4 if weekly else value
            if monthly >= 1_000:
                best = max(best, monthly)
        return best

    @cached_property
    def lawful_abroad(self) -> bool:
        """The opening names a lawful route abroad (a registered recruiting agent, eMigrate,
        BMET) and shows none of the marks of an unlawful one: a fee asked of her, her papers
        kept, a visit visa, a border crossed without papers."""
        return bool(self.live("lawful_route", warnings=False)) and not (
            self.hits.get("visit_visa") or self.hits.get("no_papers")
            or fee_charged(self) or documents_retained(self))

    @cached_property
    def is_training(self) -> bool:
        """The opening is a training, not a job: its title names a training or a course
        ("Mushroom kheti training", "पोल्ट्री प्रशिक्षण"), or it names a free skilling scheme
        (RSETI, DDU-GKY, a Krishi Vigyan Kendra). What it pays a trainee is a stipend."""
        return bool(self.hits.get("training_scheme")) or any(
            self.words[hit.start].sentence == 0 for hit in self.hits.get("training", ()))

    @property
    def pay(self) -> int:
        return max(self.facts.wage_inr_month, self.promised_wage)


def _flag(code: str, evidence: str | None, **params: object) -> dict[str, object]:
    """A flag as stored on the opening: its code, the figures behind it (worded, with what to
    change, by `api.messages`) and the words or figures of the opening that raised it."""
    flag: dict[str, object] = {"code": code, "params": params}
    if evidence is not None:
        flag["evidence"] = evidence
    return flag


# --- one function per flag ------------------------------------------------------------------------


def fee_charged(reading: Reading) -> dict | None:
    """Money asked of the worker: a fee, charge or deposit named as such ("refundable security",
    "jamanat", an agent's commission), or a sum she must pay, deposit or send ("2000 taka jama
    dite hobe", "Rs 500 by Paytm"). A payment app next to a pay word carries the salary."""
    cues = ("negation", "fee_negation")

    def worker_pays(hits: list[Hit]) -> list[Hit]:
        """Hits that are not money handled as the work (customers' deposits at a cashier's
        counter) nor a charge added to her wage ("11,000 + service charge")."""
        return [hit for hit in hits if not reading.near(hit, "handled_money", 3)
                and not _added_to_wage(reading, hit) and not _capped_charge(reading, hit)
                and not (hit.concept == "pay_demand" and _into_her_account(reading, hit))]

    fees = worker_pays(reading.live("fee", cues=cues, ordinary="fee"))
    demands = worker_pays(reading.live("pay_demand", cues=cues))
    channels = [hit for hit in reading.live("pay_channel", cues=cues)
                if not reading.near(hit, "salary_word", 4) and not reading.near(hit, "payout", 4)]
    money = [hit for hit in worker_pays(reading.live("money", cues=cues, ordinary="fee"))
             if not reading.near(hit, "salary_word", 3)]
    sums = money + [hit for hit in _sums(reading, 100) if not reading.near(hit, "salary_word", 3)]
    costs = [(a, b) for a, b in reading.pairs(
                 worker_pays(reading.live("cost_named", cues=cues, ordinary="fee")), sums, 3)
             if a.end <= b.start and reading.words[a.start].clause == reading.words[b.start].clause
             and not any(reading.in_clause(a, concept) for concept in (
                 "receive", "salary_word", "payout", "fee_negation"))
             and not _pay_band(reading, b)]
    # a payment app with no demand is a demand only for a sum named in figures ("Rs 500 by
    # Paytm"); "UPI te taka" after the work is her pay
    figures = [hit for hit in _sums(reading, 100) if not reading.near(hit, "salary_word", 3)]
    paid = costs or reading.pairs(demands, money, 3) or reading.pairs(
        demands, sums, 8) or reading.pairs(channels, figures, 8) or reading.pairs(
        reading.live("deduct", cues=cues), reading.live("cost_item", cues=cues), 8) or [
        (a, b) for a, b in reading.pairs(sums, reading.live("cost_item", cues=cues), 5)
        if a.end <= b.start and not reading.in_clause(a, "receive")
        and any(a.end <= c.start < b.start for c in reading.hits.get("for", ()))]
    if fees or paid:
        evidence = reading.quote(fees[0]) if fees else reading.quote(*paid[0])
        return _flag(FEE_CHARGED, evidence)
    return None


# A hotel's or restaurant's service charge is shared among its staff: added to a wage, it is pay.
_SHARED_WITH_STAFF = frozenset({"service", "sarvis", "সার্ভিস", "सर्विस"})


def _added_to_wage(reading: Reading, hit: Hit) -> bool:
    """A service charge added to a sum, as part of the pay: "11,000 + service charge" (read
    "11000 plus service charge"), unless she is asked to pay in the same clause."""
    clause = reading.words[hit.start].clause
    return any(reading.words[i].text == "plus" and reading.words[i - 1].text.isdigit()
               and reading.words[i].clause == clause
               and any(word.text in _SHARED_WITH_STAFF for word in reading.words[i:hit.end])
               for i in range(max(1, hit.start - 2), hit.start)
               ) and not reading.in_clause(hit, "pay_demand")


# The most a registered recruiting agent may take from the worker as its service charge
# (Emigration Rules, 2008: 45 days' wages, at most Rs 30,000).
SERVICE_CHARGE_CAP_INR = 30_000


def _capped_charge(reading: Reading, hit: Hit) -> bool:
    """`hit` is the service charge a registered recruiting agent may lawfully take, named as
    capped or as the rules set it ("service charge capped as per the Emigration Act", "सेवा शुल्क
    नियम के अनुसार"), in an opening that names its lawful route (eMigrate, a registered agent),
    with no sum above the legal cap in its clause. A fee to an agent the opening does not name as
    registered, or any other fee, is still charged."""
    clause = reading.words[hit.start].clause
    return (any(charge.start <= hit.start and hit.end <= charge.end
                for charge in reading.hits.get("lawful_charge", ()))
            and reading.in_clause(hit, "charge_capped")
            and bool(reading.live("lawful_route", warnings=False))
            and not any(value > SERVICE_CHARGE_CAP_INR for index, value in reading.numbers()
                        if reading.words[index].clause == clause))


def _pay_band(reading: Reading, hit: Hit) -> bool:
    """The sum at `hit` opens a band of pay, a lower and a higher figure of a thousand or more
    side by side ("placement at Rs 9,000–12,000"): what the job pays, not a price she pays."""
    values = dict(reading.numbers())
    for index in range(hit.start, hit.start + 2):
        if index in values:
            low, high = values[index], values.get(index + 1, 0)
            return 1_000 <= low < high and reading.words[index + 1].sentence == (
                reading.words[index].sentence)
    return False


def _into_her_account(reading: Reading, hit: Hit) -> bool:
    """A deposit into her own bank account ("১২,০০০ টাকা নিজের ব্যাংক অ্যাকাউন্টে জমা হবে",
    "apne bank khate me jama"): the wage paid, not money she pays."""
    return bool(reading.near(hit, "own", 4)) and bool(reading.near(hit, "bank_account", 3))


def _sums(reading: Reading, at_least: int) -> list[Hit]:
    """Every number of at least `at_least` in the text, as hits."""
    return [Hit("number", index, index + 1) for index, value in reading.numbers()
            if value >= at_least]


def documents_retained(reading: Reading) -> dict | None:
    """Someone other than the worker keeps her papers or bank cards: "kept", "jama thakbe",
    "remain with the management" next to a document; or handed in ("submitted", "jama", "ke
    paas") to a holder, for a time ("until the contract ends") or as originals. Copies, checking
    and handing back the same day are ordinary verification, unless the papers come back only
    when the work or the debt ends."""
    # "keep your Aadhaar safe" is said to her, "the agency will keep your Aadhaar" is not
    reading.hits["her_keeping"] = [
        cue for cue in reading.hits.get("document_negation", ())
        if not any(kept.start < cue.start < kept.end
                   for kept in reading.hits.get("their_keeping", ()))]
    cues = ("negation", "her_keeping")

    def meant(hits: list[Hit]) -> list[Hit]:
        return [hit for hit in hits
                if reading.in_sentence(hit, "until") or not reading.in_clause(hit, "her_keeping")]

    def not_handled(hits: list[Hit]) -> list[Hit]:
        """Not customers' deposits and passbooks, nor the papers of the people served."""
        return [hit for hit in hits if not reading.near(hit, "handled_money", 3)
                and not any(_papers_of(reading, other, hit)
                            for other in reading.near(hit, "papers_of_others", 5))]

    documents = [hit for hit in not_handled(meant(reading.live("document", cues=cues,
                                                                ordinary="document")))
                 if not _for_the_shift(reading, hit)]
    deposits = [hit for hit in not_handled(reading.live("deposit", cues=cues))
                if not reading.in_clause(hit, "salary_word")]  # the wage deposited in her account
    kept = meant(reading.live("retain", cues=cues) + deposits)
    originals = reading.live("original", cues=cues)
    handed = [hit for hit in meant(reading.live("hand_in", cues=cues))
              if reading.in_sentence(hit, "holder") or reading.in_sentence(hit, "until")
              or reading.in_sentence_of(originals, hit)]
    found = (reading.pairs(documents, kept + handed, DOCUMENT_REACH)
             or reading.pairs(documents, meant(reading.live("with_holder", cues=cues)), 3)
             or reading.pairs(not_handled(meant(reading.live("bank_card", cues=cues,
                                                                ordinary="document"))),
                              [hit for hit in not_handled(meant(reading.live("give_up", cues=cues)))
                               if not (reading.in_clause(hit, "salary_word") and any(
                                   deposit.start == hit.start
                                   for deposit in reading.hits.get("deposit", ())))],
                              DOCUMENT_REACH))
    if found:
        return _flag(DOCUMENTS_RETAINED, reading.quote(*found[0]))
    return None


def _for_the_shift(reading: Reading, hit: Hit) -> bool:
    """`hit` is her phone, put away only for the shift ("phones kept in lockers during the
    shift"), and its sentence names no longer hold ("till probation ends")."""
    return (any(phone.start == hit.start and phone.end == hit.end
                for phone in reading.hits.get("phone", ()))
            and reading.in_sentence(hit, "shift_only") and not reading.in_sentence(hit, "until"))


# Words that make the papers hers again between the people served and the papers: "students'
# hostel: your certificates will be kept".
_HERS = frozenset({"your", "her", "apna", "apne", "apni", "aapke", "apke", "apka", "aapka",
                   "tomar", "apnar", "nijer", "তোমার", "আপনার", "নিজের", "आपके", "आपका", "अपने",
                   "अपना", "अपनी"})


def _papers_of(reading: Reading, people: Hit, papers: Hit) -> bool:
    """`people` named just before `papers`, in its clause, owns them ("customers' passbooks",
    "students' certificates and marksheets"), unless she is named as their owner between."""
    return (people.end <= papers.start
            and reading.words[people.start].clause == reading.words[papers.start].clause
            and not any(word.text in _HERS for word in reading.words[people.end:papers.start]))


def overseas_travel(reading: Reading) -> dict | None:
    """Work abroad (a foreign place named as where she will work, not as the market her work goes
    to or where the customers are), travel arranged by the employer or an agent, or a border
    crossed without the papers a lawful route needs."""
    abroad = [hit for hit in reading.live("overseas", ordinary="overseas", warnings=False)
              if not reading.in_clause(hit, "market")]
    journeys = [hit for hit in reading.live("travel", ordinary="travel", warnings=False)
                + reading.live("ticket", ordinary="ticket", warnings=False)
                if not reading.in_sentence(hit, "training")]  # to a course: the centre's own
    arranged = reading.live("arrange", warnings=False)
    by_agent = reading.live("agent_arranges", warnings=False)
    no_papers = reading.hits.get("no_papers", [])
    found = reading.pairs(journeys, arranged, 3) or reading.pairs(journeys, by_agent, 6)
    if (abroad or found) and not no_papers and reading.lawful_abroad:
        return None
    if abroad or no_papers or found:
        evidence = reading.quote(*(abroad[:1] or no_papers[:1] or found[0]))
        return _flag(OVERSEAS_TRAVEL, evidence)
    return None


def entertainment_lure(reading: Reading) -> dict | None:
    """Entertainment work, however it is worded and whatever it pays: named as such (dancer,
    hostess, escort, her looks or her photograph asked for); as keeping patrons company ("sit
    with guests", "mehmanon ka dil behlana", "খদ্দেরদের সঙ্গ"); as men served in private ("gents
    clients ki seva"); or as a club, lounge, spa or bar at night."""
    named = reading.live("entertainment", ordinary="entertainment") + [
        hit for hit in reading.live("escort", ordinary="entertainment")
        if not reading.in_clause(hit, "escorted_to")]
    patrons = reading.live("patron")
    company = [(a, b) for a, b in reading.pairs(reading.live("company"), patrons, COMPANY_REACH)
               if not reading.in_clause(a, "escorted_to")]  # "escort guests to their rooms"
    venues = reading.live("venue", ordinary="venue")
    nights = reading.live("night")
    men = [hit for hit in reading.live("male") if not reading.near(hit, "female", 3)]
    men_served = [(a, b) for a, b in reading.pairs(men, reading.live("service"), 4)
                  if reading.in_sentence_of(venues + nights, a)]
    if venues or nights:  # men as the clients where there is a club, spa or night work
        men_served += [(a, b) for a, b in reading.pairs(men, patrons, 2)
                       if a.start != b.start]  # "male clients", not "male" twice
    night_venue = reading.pairs(venues, nights, 12)
    late = None
    if not night_venue:
        for venue in venues:
            if late := _LATE_HOURS.search(reading.sentence_text(venue)):
                night_venue = [(venue, venue)]
                break
    found = named[:1] or [hit for pair in (company[:1] or men_served[:1] or night_venue[:1])
                          for hit in pair]
    if found:
        evidence = reading.quote(*found)
        if not (named or company or men_served) and late:
            evidence = f"{evidence} … {late.group()}"
        return _flag(ENTERTAINMENT_LURE, evidence)
    return None


def advance_to_family(reading: Reading) -> dict | None:
    """Money paid to someone other than the worker: an advance, a sum or her wage to her parents,
    father, husband, the head of her household or "the family". Her own account or hand next to
    it undoes it ("each paid to their own account"), and so do visits, insurance and quarters
    for the family, where no money changes hands."""
    family = [hit for hit in reading.live("family", ordinary="family")
              if not reading.in_sentence(hit, "family_context")]
    advances = reading.pairs(reading.live("advance"), family, FAMILY_REACH)
    sums = reading.live("money") + _sums(reading, 1_000) + reading.live("wage_paid")
    paid = [(a, b) for a, b in reading.pairs(family, sums, FAMILY_REACH)
            if (reading.words[a.start].clause == reading.words[b.start].clause
                and b.concept != "wage_paid") or _handed_between(reading, a, b)]
    found = [(a, b) for a, b in advances + paid
             if not _her_own(reading, a, b) and not _family_pays(reading, a, b)]
    if found:
        return _flag(ADVANCE_TO_FAMILY, reading.quote(*found[0]))
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


def wage_outlier(reading: Reading) -> dict | None:
    facts, wages = reading.facts, reading.wages
    typical = wages.typical(facts.trade)
    if reading.pay > wages.far_above(facts.trade) and not reading.lawful_abroad:
        # (a wage abroad, by a lawful route, is not measured against the trade's wage at home)
        return _flag(WAGE_OUTLIER, str(reading.pay), wage_inr_month=reading.pay,
                     typical_inr_month=typical)
    if facts.wage_inr_month < wages.statutory_floor_inr_month and not reading.hits.get(
            "part_time") and not reading.hits.get("stipend") and not reading.is_training:
        # the floor is for full-time work; part-time work says so, and what a training pays its
        # learners (named a stipend or not) is no wage
        return _flag(WAGE_OUTLIER, str(facts.wage_inr_month),
                     wage_inr_month=facts.wage_inr_month,
                     floor_inr_month=wages.statutory_floor_inr_month)
    return None


def no_experience_high_pay(reading: Reading) -> dict | None:
    facts, wages = reading.facts, reading.wages
    said = reading.hits.get("no_experience", [])[:1] or [
        hit for pair in reading.pairs(reading.hits.get("experience", []),
                                      reading.hits.get("not_needed", []), 3)[:1]
        for hit in pair]
    if said and reading.pay > wages.high_for_no_experience(facts.trade):
        return _flag(NO_EXPERIENCE_HIGH_PAY, f"{reading.quote(*said)} … {reading.pay}",
                     wage_inr_month=reading.pay, typical_inr_month=wages.typical(facts.trade))
    return None


def minor_targeted(reading: Reading) -> dict | None:
    """Children sought as workers: named so ("school girls", "kishori", "नाबालिग"), by an age
    under 18 or a school class, or said to work too ("बच्चे भी ईंट पाथ सकते हैं"). Children as
    the people served (the classes a tuition teacher teaches, the ages at a creche) are not."""
    named = [hit for hit in reading.live("minor") if not _minded(reading, hit)]
    found = (named[:1] or _names_an_age_under_18(reading)
             or _names_school_classes(reading) or _children_work_too(reading))
    if found:
        return _flag(MINOR_TARGETED, reading.quote(*found))
    return None


def _names_an_age_under_18(reading: Reading) -> list[Hit]:
    """Where the text names an age under 18 ("age 15+", "16-17 years", "umar 14 se 20"), with
    the word that makes the number an age; an empty list when it names none."""
    numbers = reading.numbers()
    values = dict(numbers)
    for index, value in numbers:
        if not 10 <= value <= 17:
            continue
        spot = Hit("number", index, index + 1)
        if reading.near(spot, "experience", 4):
            continue  # "10-15 years of experience"
        if _served(reading, spot):
            continue  # "children aged 6-12" at a creche or a tuition centre
        if words := reading.near(spot, "age_word", 3):
            return [spot, words[0]]
        context = reading.near(spot, "age_context", 3) + [
            people for people in reading.near(spot, "age_people", 3) if people.end <= index]
        if context and (_in_a_range(reading, index, values) or reading.near(spot, "age_above", 3)):
            return [spot, context[0]]
    return []


def _names_school_classes(reading: Reading) -> list[Hit]:
    """The classes girls are in, as a range without "pass" ("class 8 se 10", "class 7-9"):
    schoolchildren, where "class 10 pass" is an adult's schooling."""
    numbers = reading.numbers()
    values = dict(numbers)
    for index, value in numbers:
        spot = Hit("number", index, index + 1)
        if (1 <= value <= 12 and _in_a_range(reading, index, values, low=1, high=12)
                and (classes := [hit for hit in reading.near(spot, "school_class", 2)
                                 if hit.end <= index])
                and not reading.near(spot, "passed", 4)
                and not (_teaching(reading) and not reading.near(spot, "age_people", 4))):
            return [classes[0], spot]
    return []


def _minded(reading: Reading, hit: Hit) -> bool:
    """A little child named as the one cared for: the care just after it ("बच्ची की देखभाल",
    "বাচ্চার দেখাশোনা") or just before it ("look after a little girl")."""
    if not any(child.start == hit.start and child.end == hit.end
               for child in reading.hits.get("little_child", ())):
        return False
    return any((hit.end <= care.start and care.start - hit.end < 3)
               or (care.end <= hit.start and hit.start - care.end < 3)
               for care in reading.near(hit, "care_of", 3))


def _teaching(reading: Reading) -> bool:
    """The opening is for teaching or minding children: a tuition teacher, a creche, a school."""
    return bool(reading.live("teaching_care", warnings=False))


def _served(reading: Reading, spot: Hit) -> bool:
    """The age at `spot` is of the children served: named with them ("children aged 6-12",
    "6-12 year old students") in an opening for teaching or minding them, and not with the
    girls sought."""
    return (bool(reading.near(spot, "children_served", 6)) and _teaching(reading)
            and not reading.near(spot, "age_people", 4))  # "girls aged 14-16 for a creche"


def _children_work_too(reading: Reading) -> list[Hit]:
    """Children said to work beside the adults, in one sentence: "परिवार के सभी सदस्य, बच्चे भी,
    ईंट पाथ सकते हैं", "chhele-meye sobai kaj korte parbe"."""
    for a, b in reading.pairs(reading.live("children_too"), reading.live("child_work"), 6):
        if b.start >= a.end:
            return [a, b]
    return []


def _in_a_range(reading: Reading, index: int, values: dict[int, int], low: int = 10,
                high: int = 45) -> bool:
    """The number at `index` begins or ends a range of ages ("16-17", "15 to 20", "14 se 18"),
    or of whatever lies between `low` and `high`."""
    for step in (1, -1):
        other = index + step
        if other in values and low <= values[other] <= high:
            return True
        if (0 <= other < len(reading.words) and reading.words[other].text in _RANGE_WORDS
                and values.get(other + step, 0) and low <= values[other + step] <= high):
            return True
    return False


def vague_employer(reading: Reading) -> dict | None:
    facts = reading.facts
    placeless = facts.work_mode != "remote" and not (facts.district or "").strip()
    digits = _DIGITS_APART.sub("", _ascii_digits(reading.text))
    phone = _PHONE.search(digits) or _MASKED_PHONE.search(digits)
    vague = reading.live("vague") + [  # the name or place told only on arrival
        hit for pair in reading.pairs(reading.live("name_of_place"), reading.live("on_arrival"), 3)
        if pair[0].end <= pair[1].start for hit in pair]
    if placeless or phone or vague:
        evidence = (reading.quote(vague[0]) if vague else phone.group() if phone
                    else "district")
        return _flag(VAGUE_EMPLOYER, evidence)
    return None


def _ascii_digits(text: str) -> str:
    """The text with Bengali and Devanagari digits written as ASCII ones ("০১৭১২..."), so that a
    phone number in any script is seen."""
    return "".join(str(unicodedata.digit(char)) if char.isdigit() and not char.isascii()
                   else char for char in text)


CONTENT_RULES: tuple[Callable[[Reading], dict | None], ...] = (
    fee_charged, documents_retained, overseas_travel, entertainment_lure, advance_to_family,
    wage_outlier, no_experience_high_pay, minor_targeted, vague_employer,
)
CONTENT_CODES = (
    FEE_CHARGED, DOCUMENTS_RETAINED, OVERSEAS_TRAVEL, ENTERTAINMENT_LURE, ADVANCE_TO_FAMILY,
    WAGE_OUTLIER, NO_EXPERIENCE_HIGH_PAY, MINOR_TARGETED, VAGUE_EMPLOYER,
)
