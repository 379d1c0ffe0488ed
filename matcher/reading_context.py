"""The readings of one text, weighed against each other (issue 17): a sentence is read as a
phrase, so what a reading means can depend on the others.

`matcher.interests` first reads each clause into readings (runs of words naming trades); here
the readings of the whole text are then taken together:
1. A lone word of business ("byabsa", "dhanda") beside another trade in its clause says how that
   trade is carried on ("গরুর দুধের ব্যবসা" is dairy farming): it adds no trade of its own.
2. A place of work ("in a salon", "at a hospital", "a biscuit factory") beside a trade named by
   its work or role is where that work was done ("waitress in a dhaba"; "at a hospital, cleaning
   the wards"): it adds no trade. Named alone ("worked in a salon") it stands for its trade.
3. Cooking and cleaning in a household (a family, people's homes, a bungalow), or beside a
   domestic role ("domestic servant ..., cooking and cleaning"), are the domestic trades, unless
   a commercial place (a hotel, an office, a canteen) is named; cleaning and sweeping in a
   hospital are hospital housekeeping, at another commercial place housekeeping; carrying
   bricks at a kiln is brick kiln work.
Negated readings are left as they are: negation removes, it is never refined.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from . import reading_words
from .text import normalise

DOMESTIC_ROLES = frozenset(reading_words.HOUSEHOLD_TRADES.values())
"""Trades whose naming makes the text a household's work."""


@dataclass(frozen=True, slots=True)
class Reading:
    """One run of words of one clause read as trades (`trades`: code -> score)."""

    clause: int
    positions: tuple[int, ...]
    clause_stems: tuple[str, ...]  # the stems of every word of the clause
    content: tuple[int, ...]  # the positions of the reading that are not filler words
    trades: dict[str, float]
    negated: bool
    fragment: bool = False  # a lone word matching part of a longer alias (a last resort)

    @property
    def stems(self) -> set[str]:
        return {self.clause_stems[index] for index in self.content or self.positions}


class Context:
    """The word classes of `reading_words`, stemmed once with the reader's `stem`."""

    def __init__(self, stem: Callable[[str], str]):
        def stems(words: str) -> frozenset[str]:
            return frozenset(stem(normalise(word)) for word in words.split())

        self.workplaces = stems(reading_words.WORKPLACES)
        self.heads = stems(reading_words.WORKPLACE_HEADS)
        self.households = stems(reading_words.HOUSEHOLDS)
        self.commercial = stems(reading_words.COMMERCIAL)
        self.business = stems(reading_words.BUSINESS_WORDS)
        self.chores = stems(reading_words.CHORES)
        self.hospitals = stems(reading_words.HOSPITALS)
        self.cleaning = stems(reading_words.CLEANING_CHORES)
        # (places, generic -> specific trade, the words the reading must be made of or None),
        # in order: the hospital's before any commercial place's
        self.places = (
            (self.hospitals, reading_words.HOSPITAL_TRADES, None),
            (self.hospitals, reading_words.HOSPITAL_CHORE_TRADES, self.chores),
            (self.commercial, reading_words.COMMERCIAL_CLEANING_TRADES, self.cleaning),
            (stems(reading_words.KILNS), reading_words.KILN_TRADES, None),
        )

    def weigh(self, readings: list[Reading], text_stems: set[str]) -> list[Reading]:
        """The readings of one text once each is weighed against the others (see above);
        `text_stems` are the stems of all the text's words."""
        readings = [r for r in readings if not self._business_detail(r, readings)]
        readings = [r for r in readings if not self._workplace_detail(r, readings)]
        if self._household(readings, text_stems):
            readings = [
                self._refined(r, reading_words.HOUSEHOLD_TRADES, self.chores) for r in readings
            ]
        for places, table, words in self.places:
            if text_stems & places:
                readings = [self._refined(r, table, words) for r in readings]
        return readings

    # --- the rules -------------------------------------------------------------------

    def _business_detail(self, reading: Reading, readings: Iterable[Reading]) -> bool:
        if reading.negated or set(reading.trades) != {reading_words.BUSINESS_TRADE}:
            return False
        if not reading.stems <= self.business:
            return False
        return any(
            other.clause == reading.clause and not other.negated
            and reading_words.BUSINESS_TRADE not in other.trades
            for other in readings
        )

    def _is_workplace(self, reading: Reading) -> bool:
        if reading.stems <= self.workplaces:
            return True
        first, last = reading.positions[0], reading.positions[-1]
        if last - first == 1 and reading.clause_stems[last] in self.heads:
            return True  # a word and its head: "garment factory", "garment unit"
        after = reading.positions[-1] + 1
        return after < len(reading.clause_stems) and reading.clause_stems[after] in self.heads

    def _workplace_detail(self, reading: Reading, readings: Iterable[Reading]) -> bool:
        if reading.negated or not self._is_workplace(reading):
            return False
        return any(
            not other.negated and not self._is_workplace(other)
            for other in readings
            if other is not reading
        )

    def _household(self, readings: list[Reading], text_stems: set[str]) -> bool:
        if text_stems & self.commercial:
            return False
        if text_stems & self.households:
            return True
        return any(not r.negated and set(r.trades) & DOMESTIC_ROLES for r in readings)

    @staticmethod
    def _refined(
        reading: Reading, table: dict[str, str], words: frozenset[str] | None = None
    ) -> Reading:
        """A generic trade read in a place that makes it a specific one (`table`: generic ->
        specific), if the reading is made only of `words` when given (chores: a "room
        attendant" stays one): cooking and cleaning in a household are domestic work, cleaning
        in a hospital is hospital housekeeping, sweeping in an office is housekeeping."""
        if reading.negated or not set(reading.trades) <= set(table):
            return reading
        if words is not None and not reading.stems <= words:
            return reading
        trades: dict[str, float] = {}
        for trade, score in reading.trades.items():
            trades[table[trade]] = max(trades.get(table[trade], 0.0), score)
        return replace(reading, trades=trades)
