"""Free text (interests, experience, offer titles) resolved to trade codes of the taxonomy.

Built once from the taxonomy; used when a profile or offer is written, never at match time.
Text may be English, Hindi or Bengali, in script or transliterated, misspelled:
"tailring", "silai", "सिलाई", "সেলাই", "parlor", "computer kaaj", "hospital".

How a text is resolved:
1. It is normalised (`matcher.text.normalise`) and words that carry no trade ("I want", "work",
   "kaaj", "kaam", "কাজ", "काम", "job", ...) are set aside.
2. The whole phrase is compared with every name and alias (rapidfuzz `fuzz.ratio`), both as
   written and as a spelling-forgiving skeleton (`matcher.text.skeleton`).
3. If no phrase is close enough, each word is compared with the words of the aliases; a word
   that matches part of a longer alias scores a little less the less of the alias it covers.
   This is how "computer kaaj" finds "computer operator" and "hospital" finds "hospital ward
   assistant", and how "silai and cooking" finds two trades.
4. Closeness must clear a cut-off that rises for short words: four letters or fewer must match
   exactly, five to seven need 93, longer ones 88. Unrelated words ("dog", "cricket", "money")
   therefore resolve to nothing rather than to the nearest wrong trade.
Each text yields its best trade and any other trade within AMBIGUITY points of it (so
"computer kaaj" may give both computer operator and data entry), best first, ties by code.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from .models import ResolvedInterest, TradeInfo
from .text import normalise, skeleton

_FILLERS = (
    # English
    "i want to do work job jobs in the a an of and or like would learn learning training "
    "course courses skill skills as for with my me some any good field area line "
    # Hindi and Bengali, transliterated
    "kaam kam kaaj kaj karna karne karni sikhna seekhna naukri chahiye chahie mein "
    "me aur ka ki ke ko shekha shikhte sikhte chai chaai er o ar kori korte chakri kajer kamer "
    # Devanagari
    "काम का की के को करना सीखना नौकरी और में चाहिए कार्य "
    # Bengali
    "কাজ এর ও আর শেখা চাকরি করতে চাই কাজের"
)
FILLER_WORDS = frozenset(normalise(word) for word in _FILLERS.split())
"""Words that name no trade ("work", "kaaj", "কাজ", "I want"): left out before comparing."""

AMBIGUITY = 3.0
"""Other trades within this many points of the best are returned too."""

PARTIAL_ALIAS_BASE = 0.85
"""A word matching part of a longer alias keeps this share of its score, plus up to 0.15 by how
much of the alias it covers."""


def cutoff_for(text: str) -> float:
    """The least closeness accepted for a text of this length (see the module docstring)."""
    letters = len(text.replace(" ", ""))
    if letters <= 4:
        return 100.0
    if letters <= 7:
        return 93.0
    return 88.0


class InterestResolver:
    """Resolves free text to trade codes; build once per taxonomy and reuse."""

    def __init__(self, trades: Iterable[TradeInfo]):
        self.trades = {trade.code: trade for trade in trades}
        keys: dict[str, set[str]] = defaultdict(set)
        for trade in self.trades.values():
            for text in (trade.name, trade.code.replace("_", " "), *trade.aliases):
                key = normalise(text)
                if key:
                    keys[key].add(trade.code)
        self._keys = sorted(keys)
        self._key_trades = [sorted(keys[key]) for key in self._keys]
        skeletons: dict[str, set[int]] = defaultdict(set)
        for index, key in enumerate(self._keys):
            skeletons[skeleton(key)].add(index)
        self._skeletons = sorted(skeletons)
        self._skeleton_keys = [sorted(skeletons[s]) for s in self._skeletons]
        words: dict[str, set[int]] = defaultdict(set)
        for index, key in enumerate(self._keys):
            for word in key.split():
                words[word].add(index)
                words[skeleton(word)].add(index)
        self._words = sorted(words)
        self._word_keys = [sorted(words[w]) for w in self._words]

    # --- public --------------------------------------------------------------------------------

    def resolve(self, texts: Iterable[str]) -> list[ResolvedInterest]:
        """Each text's trades (best first); texts that name no trade are left out."""
        resolved = []
        seen = set()
        for text in texts:
            for trade, score in self.resolve_one(text):
                if (text, trade) not in seen:
                    seen.add((text, trade))
                    resolved.append(ResolvedInterest(text=text, trade=trade, score=score))
        return resolved

    def resolve_one(self, text: str) -> list[tuple[str, float]]:
        """[(trade code, score 0..100)] for one text, best first; empty if it names no trade."""
        query = normalise(text)
        if not query:
            return []
        words = [word for word in query.split() if word not in FILLER_WORDS]
        core = " ".join(words)
        scores = self._phrase_scores(query)
        if core and core != query:
            _merge(scores, self._phrase_scores(core))
        if scores:
            return _best(scores)
        found: dict[str, float] = {}
        for word in dict.fromkeys(words):
            word_scores = self._word_scores(word)
            if word_scores:
                for trade, score in _best(word_scores):
                    found[trade] = max(found.get(trade, 0.0), score)
        return sorted(found.items(), key=lambda item: (-item[1], item[0]))

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
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:limit]

    # --- scoring -------------------------------------------------------------------------------

    def _phrase_scores(self, phrase: str, cutoff: float | None = None) -> dict[str, float]:
        cutoff = cutoff_for(phrase) if cutoff is None else cutoff
        scores: dict[str, float] = {}
        for _key, score, index in process.extract(
            phrase, self._keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        ):
            for trade in self._key_trades[index]:
                scores[trade] = max(scores.get(trade, 0.0), score)
        for _key, score, index in process.extract(
            skeleton(phrase), self._skeletons, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        ):
            for key_index in self._skeleton_keys[index]:
                for trade in self._key_trades[key_index]:
                    scores[trade] = max(scores.get(trade, 0.0), score)
        return scores

    def _word_scores(self, word: str, cutoff: float | None = None) -> dict[str, float]:
        cutoff = cutoff_for(word) if cutoff is None else cutoff
        scores: dict[str, float] = {}
        for probe in dict.fromkeys((word, skeleton(word))):
            for alias_word, score, index in process.extract(
                probe, self._words, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                for key_index in self._word_keys[index]:
                    key = self._keys[key_index]
                    coverage = min(1.0, len(alias_word) / max(1, len(key.replace(" ", ""))))
                    partial = score * (PARTIAL_ALIAS_BASE + (1 - PARTIAL_ALIAS_BASE) * coverage)
                    for trade in self._key_trades[key_index]:
                        scores[trade] = max(scores.get(trade, 0.0), partial)
        return scores


def _merge(into: dict[str, float], scores: dict[str, float]) -> None:
    for trade, score in scores.items():
        into[trade] = max(into.get(trade, 0.0), score)


def _best(scores: dict[str, float]) -> list[tuple[str, float]]:
    top = max(scores.values())
    kept = [(trade, round(score, 1)) for trade, score in scores.items() if score >= top - AMBIGUITY]
    return sorted(kept, key=lambda item: (-item[1], item[0]))
