"""Free text (interests, experience, offer titles) resolved to trade codes of the taxonomy.

Built once from the taxonomy; used when a profile or offer is written, never at match time.
Text may be English, Hindi or Bengali, in script or transliterated, misspelled, a word or a
sentence: "tailring", "silai", "सिलाई", "সেলাইয়ের কাজ", "I stitched blouses at home",
"two years as helper in a neighbourhood salon", "beauty nahi, silai chahiye".

A text is read as phrases, not as a bag of words:
1. It is cut into clauses at punctuation and at words that turn the sense ("but", "lekin",
   "kintu", "কিন্তু", ...). Each clause is normalised (`matcher.text.normalise`) into words.
2. Every run of up to MAX_SPAN words is compared with every name and alias as a whole: exactly
   (as written or as a spelling-forgiving skeleton, `matcher.text.skeleton`), and, if the run
   starts and ends on a word naming something (not a filler such as "I", "at", "years", "kaam",
   "kori", "কাজ"), closely (rapidfuzz `fuzz.ratio`, never a partial ratio, so word boundaries
   hold and a "B" never matches "F&B") and by stems: word endings forgiven ("stitched",
   "cooking"; Bengali case endings -er/-e/-ke/-r, "সেলাইয়ের"; Hindi and Bengali verb forms;
   romanised Bengali o/a, "dokan"/"dakan"), fillers between words forgiven ("ghar par khana
   banati" is "ghar mein khana banana") and word order too ("stitched blouses" is "blouse
   stitching"). A lone word that names no trade on its own (WEAK_WORDS: "home", "helper", "care",
   "hotel", "room", "open", "making", "back", selling words: "she was sold") is never a run.
3. An alias of several words also matches when all its words occur in the clause, a few words
   apart, in any order ("cook in a hostel mess" is "hostel mess cook").
4. Readings are taken best first, never overlapping: closeness plus COVERAGE_BONUS per further
   word named, so the longer reading wins ("hospital mein safai" is hospital housekeeping, not
   hospital plus cleaning); a reading whose words are part of one alias of a trade already read
   beside it adds nothing ("hash murgi palon"); a workplace counts for its trade ("in a salon",
   "at a garment factory").
5. As a last resort, and only when nothing else in the clause names a trade, a lone word may
   match one word of a longer alias of a single trade ("hospital" in "hospital ward assistant"),
   scoring a little less the less of the alias it covers; or a romanised word may equal a
   one-word alias but for its vowels ("drivar", "parler"), scoring CONSONANT_SCORE (the scores
   of a run against the aliases, and their constants, are `matcher.aliases`).
6. Negation removes rather than adds: a reading inside the reach of "not", "no", "never",
   "don't", "except", "nahi", "mat", "na", "না", "नहीं" (English negation reaches forward to the
   clause's end, Hindi and Bengali negation back to its start) is dropped, and its trade is
   dropped from the whole text ("does not want beauty work", "beauty nahi", "selai korbo na",
   "anything but cooking").
7. Closeness must clear a cut-off that rises for short words: four letters or fewer must match
   exactly, five to seven need 93, longer ones 88 (`cutoff_for`). Experience is held to a higher
   bar (EXPERIENCE_THRESHOLD), because the reasons state it as fact; a reading below the bar
   never hides one that clears it.
8. The readings of the whole text are then weighed together (`matcher.reading_context`): a
   workplace beside a named work adds nothing ("waitress in a dhaba"), nor does a lone business
   word beside a trade ("গরুর দুধের ব্যবসা"); chores in a household are domestic work, cleaning
   in a hospital hospital housekeeping. Word classes (words that name nothing per language,
   one idea in many spellings, workplaces, households) are in `matcher.reading_words`.
A fuzzy match of several words keeps to word boundaries (`_words_align` of `matcher.aliases`):
word for word, each word close to its counterpart, short words equal, and a real word of the
vocabulary never read as a misspelling of another ("hotel" is not "hostel").
Each reading yields its best trade and any other trade within AMBIGUITY points of it (so
"computer kaaj" may give both computer operator and data entry); the text's trades are returned
best first, at equal scores the one named first, then by code.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .aliases import AliasIndex
from .interest_words import (
    CLAUSE_BREAK,
    EXCEPT_PHRASE,
    FILLER_WORDS,
    NEGATE_BACKWARD,
    NEGATE_FORWARD,
    NEGATE_WORDS,
    WEAK_STEMS,
    WEAK_WORDS,
    stem,
)
from .models import ResolvedInterest
from .reading_context import Context, Reading
from .text import normalise

INTEREST = "interest"
EXPERIENCE = "experience"
KINDS = (INTEREST, EXPERIENCE)

MAX_SPAN = 6
"""The longest run of words compared with an alias as a whole."""

AMBIGUITY = 3.0
"""Other trades within this many points of a run's best are returned too."""

EXPERIENCE_THRESHOLD = 92.0
"""Experience is stated as fact in the reasons: it needs at least this closeness (interests need
only the cut-off of `matcher.aliases.cutoff_for`)."""

COVERAGE_BONUS = 6.0
"""Each further word a match covers adds this to its rank (not to its score), so "cleaning wards"
(hospital housekeeping) is read before "cleaning" alone (housekeeping)."""

SCATTER_SCORE = 94.0
"""The score of an alias whose words all occur in a clause, in any order, a few words apart
("cook in a hostel mess" is "hostel mess cook")."""

SCATTER_GAP = 3
"""At most this many words between two words of a scattered alias."""

def threshold_for(kind: str) -> float:
    """The least score at which a trade counts as resolved for text of this kind."""
    return EXPERIENCE_THRESHOLD if kind == EXPERIENCE else 0.0


_CONTEXT = Context(stem)


@dataclass(frozen=True, slots=True)
class _Mention:
    positions: tuple[int, ...]
    scores: dict[str, float]
    content: int  # words that name something (not fillers)
    fragment: bool = False  # a lone word matching part of a longer alias

    @property
    def best(self) -> float:
        return max(self.scores.values())

    @property
    def rank(self) -> tuple:
        """Best first: closeness plus a bonus per further word named (a longer phrase that
        matches is the more specific reading), then more words named, the longer, the earlier."""
        bonus = COVERAGE_BONUS * (self.content - 1)
        return (-round(self.best + bonus, 1), -self.content, -len(self.positions),
                self.positions)


class InterestResolver(AliasIndex):
    """Resolves free text to trade codes; build once per taxonomy and reuse (`AliasIndex` files
    the taxonomy; this reads texts against it)."""

    # --- public --------------------------------------------------------------------------------

    def resolve(self, texts: Iterable[str], kind: str = INTEREST) -> list[ResolvedInterest]:
        """Each text's trades (best first); texts that name no trade are left out. `kind` is
        "interest" or "experience" (held to the higher EXPERIENCE_THRESHOLD)."""
        resolved = []
        seen = set()
        for text in texts:
            for trade, score in self.resolve_one(text, kind):
                if (text, trade) not in seen:
                    seen.add((text, trade))
                    resolved.append(ResolvedInterest(text=text, trade=trade, score=score))
        return resolved

    def resolve_one(self, text: str, kind: str = INTEREST) -> list[tuple[str, float]]:
        """[(trade code, score 0..100)] for one text, best first; empty if it names no trade."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        floor = threshold_for(kind)
        kept: dict[str, float] = {}
        first: dict[str, tuple[int, int]] = {}  # where each trade is first named
        negated: set[str] = set()
        for reading in _CONTEXT.weigh(*self._readings(text, floor)):
            if reading.negated:
                if not reading.fragment:  # "has no licence" refuses no driving
                    negated.update(reading.trades)
                continue
            for trade, score in reading.trades.items():
                kept[trade] = max(kept.get(trade, 0.0), score)
                first.setdefault(trade, (reading.clause, reading.positions[0]))
        result = [
            (trade, round(score, 1))
            for trade, score in kept.items()
            if trade not in negated and score >= floor
        ]
        # Best first; at equal scores the trade named first (what is said first is meant most).
        return sorted(result, key=lambda item: (-item[1], first[item[0]], item[0]))

    def _readings(self, text: str, floor: float) -> tuple[list[Reading], set[str]]:
        """Every clause's readings (each reading's best trade and those within AMBIGUITY of
        it, marked if negated), and the stems of all the text's words, for
        `reading_context.Context.weigh`."""
        readings: list[Reading] = []
        text_stems: set[str] = set()
        clauses = CLAUSE_BREAK.split(EXCEPT_PHRASE.sub(" except ", text or ""))
        for clause_number, clause in enumerate(clauses):
            words = normalise(clause).split()
            if not words:
                continue
            stems = tuple(stem(word) for word in words)
            text_stems.update(stems)
            negation = _negated(words)
            negators = {i for i, word in enumerate(words) if word in NEGATE_WORDS}
            for mention in self._mentions(words, stems, floor):
                top = mention.best
                readings.append(Reading(
                    clause=clause_number,
                    positions=mention.positions,
                    clause_stems=stems,
                    content=tuple(i for i in mention.positions if words[i] not in FILLER_WORDS),
                    trades={t: s for t, s in mention.scores.items() if s >= top - AMBIGUITY},
                    negated=_mention_negated(words, mention.positions, negation, negators),
                    fragment=mention.fragment,
                ))
        return readings, text_stems

    def search(
        self, text: str, limit: int = 10, min_score: float = 60.0
    ) -> list[tuple[str, float]]:
        """Trades ranked by closeness to `text`, for suggestions (GET /trades?q=); looser than
        `resolve`: no length cut-off, everything from `min_score` up."""
        query = normalise(text)
        if not query:
            return []
        scores = self._phrase_scores(query, cutoff=min_score)
        for word in query.split():
            if word not in FILLER_WORDS:
                _merge(scores, self._word_scores(word, cutoff=min_score))
        ranked = sorted(
            ((trade, score) for trade, score in scores.items() if score >= min_score),
            key=lambda item: (-item[1], item[0]),
        )
        return ranked[:limit]

    # --- reading a clause ----------------------------------------------------------------------

    def _mentions(self, words: list[str], stems: Sequence[str],
                  floor: float = 0.0) -> list[_Mention]:
        """The runs of words (with their stems) that name a trade, best first, never
        overlapping; a run whose words are part of an alias of a trade already read beside it
        adds nothing. Readings below `floor` are never taken (they cannot hide a reading that
        clears it)."""
        candidates: list[_Mention] = []
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + MAX_SPAN) + 1):
                span = words[start:end]
                if len(span) == 1 and (
                    span[0] in WEAK_WORDS or stems[start] in WEAK_STEMS or _too_short(span[0])
                    or span[0] in NEGATE_WORDS
                ):
                    continue
                positions = tuple(range(start, end))
                content = sum(1 for word in span if word not in FILLER_WORDS)
                exact = self._exact_scores(span)
                if exact:
                    candidates.append(_Mention(positions, exact, max(1, content)))
                    continue
                if span[0] in FILLER_WORDS or span[-1] in FILLER_WORDS:
                    continue
                if all(word in WEAK_WORDS or word in FILLER_WORDS for word in span):
                    continue
                scores = self._span_scores(span)
                fragment = False
                if len(span) == 1 and not scores:
                    scores = self._partial_scores(span[0]) or self._consonant_scores(span[0])
                    fragment = True
                if scores:
                    candidates.append(_Mention(positions, scores, content, fragment))
        candidates.extend(self._scattered(words, stems))
        if floor:
            candidates = [
                _Mention(m.positions, kept, m.content, m.fragment)
                for m in candidates
                if (kept := {t: v for t, v in m.scores.items() if v >= floor})
            ]
        candidates.sort(key=lambda m: m.rank)
        taken = [False] * len(words)
        chosen: list[_Mention] = []
        for mention in candidates:
            if any(taken[index] for index in mention.positions):
                continue
            for index in mention.positions:
                taken[index] = True
            if not self._absorbed(mention, chosen, stems):
                chosen.append(mention)
        if any(not mention.fragment for mention in chosen):
            # A fragment of an alias is the last resort: beside a trade named in full it is a
            # detail of it ("kitchen helper in a restaurant"), not a second trade.
            chosen = [mention for mention in chosen if not mention.fragment]
        return chosen

    def _scattered(self, words: list[str], stems: Sequence[str]) -> list[_Mention]:
        """Aliases of two words or more whose words all occur in the clause, in any order."""
        where: dict[str, list[int]] = defaultdict(list)
        for index, (word, item) in enumerate(zip(words, stems)):
            if word not in FILLER_WORDS:
                where[item].append(index)
        found: list[_Mention] = []
        if len(where) < 2:
            return found
        present = set(where)
        for alias_stems, trades in self._alias_stem_sets:
            if not alias_stems <= present:
                continue
            positions = sorted(where[item][0] for item in alias_stems)
            if any(b - a - 1 > SCATTER_GAP for a, b in zip(positions, positions[1:])):
                continue
            found.append(_Mention(tuple(positions), {t: SCATTER_SCORE for t in trades},
                                  len(alias_stems)))
        return found

    def _absorbed(self, mention: _Mention, chosen: list[_Mention], stems: list[str]) -> bool:
        """True if the mention's words and a chosen mention's words together are part of one
        alias of the chosen mention's trade ("palon" beside "hash murgi" is "murgi palon";
        "hospital" beside "cleaning wards" is "hospital cleaning")."""
        own = {stems[index] for index in mention.positions} - {""}
        for other in chosen:
            theirs = {stems[index] for index in other.positions}
            for trade in other.scores:
                for alias_stems in self._trade_stem_sets.get(trade, ()):
                    if own <= alias_stems and theirs & alias_stems and not own <= theirs:
                        return True
        return False

def _negated(words: list[str]) -> list[bool]:
    """Which words of a clause lie in the reach of a negation (see the module docstring)."""
    marks = [False] * len(words)
    for index, word in enumerate(words):
        if word in NEGATE_FORWARD:
            for later in range(index + 1, len(words)):
                marks[later] = True
        elif word in NEGATE_BACKWARD:
            before = [i for i in range(index) if words[i] not in FILLER_WORDS]
            if before:
                for earlier in range(index):
                    marks[earlier] = True
            else:
                for later in range(index + 1, len(words)):
                    marks[later] = True
    return marks


def _mention_negated(
    words: list[str], positions: tuple[int, ...], negation: list[bool], negators: set[int]
) -> bool:
    """True if the mention lies in the reach of a negation that is not one of its own words:
    "cannot read or write" and "padhna nahi aata" name what she lacks, they refuse nothing."""
    if not any(negation[index] for index in positions):
        return False
    if not negators & set(positions):
        return True
    outside = [word if i not in positions else "a" for i, word in enumerate(words)]
    return any(_negated(outside)[index] for index in positions)


def _too_short(word: str) -> bool:
    """One letter (or one Indic character) never names a trade: "B" is not "F&B"."""
    return len(word) < 2


def _merge(into: dict[str, float], scores: dict[str, float]) -> None:
    for trade, score in scores.items():
        into[trade] = max(into.get(trade, 0.0), score)
