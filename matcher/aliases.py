"""The names and aliases of the taxonomy filed for lookup (`AliasIndex`): exactly, by skeleton,
by stems, by sorted stems, scattered, by consonants, word by word; and the scores of a run of words
against them. The reading of a text (clauses, negation, readings best first) is
`matcher.interests`, which builds on this."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from . import reading_words
from .interest_words import (
    FILLER_WORDS,
    PHRASE_STEMS,
    WEAK_STEMS,
    WEAK_WORDS,
    consonants,
    content_stems,
    sorted_stem_key,
    stem,
    word_forms,
)
from .models import TradeInfo
from .text import normalise, skeleton

WORD_FLOOR = 80.0
"""In a fuzzy match of several words, each word must be at least this close to its counterpart."""

PARTIAL_ALIAS_BASE = 0.85
"""A word matching part of a longer alias keeps this share of its score, plus up to 0.15 by how
much of the alias it covers."""

STEM_MATCH_SCORE = 96.0
"""The score of a run equal to an alias once word endings and word order are forgiven."""

CONSONANT_SCORE = 90.0
"""A romanised word equal to a one-word alias but for its vowels: enough for an interest, below
the experience bar."""

ORDINARY_WORDS = frozenset(
    "saving savings waters voters stories motors sitting setting letters matters "
    "tailored toiling titles".split()
)
"""Everyday English words whose consonants happen to spell an alias ("saving" is not "sewing")."""

DISTINCTIVE_TRADES = 1
"""A lone word may match part of a longer alias only if it occurs in the aliases of at most this
many trades ("children", in child care and in teaching aliases, decides nothing alone)."""


def cutoff_for(text: str) -> float:
    """The least closeness accepted for a text of this length (see the module docstring)."""
    letters = len(text.replace(" ", ""))
    if letters <= 4:
        return 100.0
    if letters <= 7:
        return 93.0
    return 88.0


class AliasIndex:
    """The taxonomy's names and aliases, filed once per taxonomy."""

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
        self._file_forms(keys)
        self._file_stem_sets(keys)
        self._file_consonants(keys)
        self._file_alias_words(keys)
        self._file_suggestions()

    def _file_forms(self, keys: dict[str, set[str]]) -> None:
        """Each key as written, as its skeleton, as its content stems (and the words of each
        form); lone words by stem."""
        self._forms: list[tuple[list[str], list[list[str]]]] = []
        for form in (lambda key: key, skeleton, lambda key: content_stems(key.split())):
            grouped: dict[str, set[str]] = defaultdict(set)
            for key in self._keys:
                grouped[form(key)].update(keys[key])
            ordered = sorted(grouped)
            self._forms.append((ordered, [sorted(grouped[item]) for item in ordered]))
        # The words of each form, for `_words_align`: a word of the vocabulary is never read as
        # a misspelling of another ("hotel" is not "hostel").
        self._known = [frozenset(" ".join(ordered).split()) for ordered, _ in self._forms]
        # A lone word is compared by its stem with one-word aliases only: "maather kaj" (field
        # work) is not reached by "mother", whose stem it shares.
        single: dict[str, set[str]] = defaultdict(set)
        for key in self._keys:
            if " " not in key:
                single[content_stems([key])].update(keys[key])
        ordered_single = sorted(single)
        self._single_stems = (ordered_single, [sorted(single[item]) for item in ordered_single])

    def _file_stem_sets(self, keys: dict[str, set[str]]) -> None:
        """Aliases of several words by their sorted stems and by their sets of content stems."""
        sorted_stems: dict[str, set[str]] = defaultdict(set)
        for key in self._keys:
            if len(key.split()) > 1:
                sorted_stems[sorted_stem_key(key.split())].update(keys[key])
        self._sorted_stems = {item: sorted(codes) for item, codes in sorted_stems.items()}
        # Content stems of each alias of two words or more, for scattered matches and absorption.
        stem_sets: dict[frozenset[str], set[str]] = defaultdict(set)
        for key in self._keys:
            content = frozenset(stem(w) for w in key.split() if w not in FILLER_WORDS)
            if len(content) >= 2:
                stem_sets[content].update(keys[key])
        self._trade_stem_sets: dict[str, list[frozenset[str]]] = defaultdict(list)
        for content, codes in stem_sets.items():
            for code in codes:
                self._trade_stem_sets[code].append(content)
        self._alias_stem_sets = [
            (content, sorted(codes))
            for content, codes in sorted(stem_sets.items(), key=lambda item: sorted(item[0]))
            if not all(w in WEAK_STEMS and w not in PHRASE_STEMS for w in content)
        ]

    def _file_consonants(self, keys: dict[str, set[str]]) -> None:
        """One-word romanised aliases by their consonants, for misspelt vowels."""
        consonant_keys: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for key in self._keys:
            if key.isascii() and " " not in key and len(key) >= 5 and key not in WEAK_WORDS:
                for code in keys[key]:
                    consonant_keys[consonants(key)].add((code, key))
        self._consonant_keys = {
            key: min(found)
            for key, found in consonant_keys.items()
            if len({code for code, _ in found}) == 1 and len(key) >= 4
        }

    def _file_alias_words(self, keys: dict[str, set[str]]) -> None:
        """Words of aliases, for a lone word matching part of a longer alias."""
        word_trades: dict[str, set[str]] = defaultdict(set)
        word_keys: dict[str, set[int]] = defaultdict(set)
        for index, key in enumerate(self._keys):
            for word in key.split():
                if word in FILLER_WORDS or word in WEAK_WORDS:
                    continue
                for form in word_forms(word):
                    word_trades[form].update(keys[key])
                    word_keys[form].add(index)
        self._alias_words = sorted(
            word for word, codes in word_trades.items() if len(codes) <= DISTINCTIVE_TRADES
        )
        self._alias_word_keys = [sorted(word_keys[word]) for word in self._alias_words]

    def _file_suggestions(self) -> None:
        """The old word index, kept for the looser suggestions of `search`."""
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

    def _exact_scores(self, span: list[str]) -> dict[str, float]:
        """A run equal to a name or alias as written (100) or as its skeleton (99), or so once
        the words of quantity inside it are left out (99: "घर का सारा काम" is "घर का काम")."""
        phrase = " ".join(span)
        plain = _without_quantities(span)
        forms = [(0, phrase, 100.0), (1, skeleton(phrase), 99.0)]
        if plain != phrase:
            forms.append((0, plain, 99.0))
        for form_index, probe, score in forms:
            ordered, trades = self._forms[form_index]
            index = _find(ordered, probe)
            if index is not None:
                return {trade: score for trade in trades[index]}
        return {}

    def _span_scores(self, span: list[str]) -> dict[str, float]:
        phrase = " ".join(span)
        scores: dict[str, float] = {}
        stems = content_stems(span)
        for form_index, probe in enumerate((phrase, skeleton(phrase), stems)):
            ordered, trades = self._forms[form_index]
            if form_index == 2 and len(span) == 1:
                ordered, trades = self._single_stems
            exact = _find(ordered, probe)
            if exact is not None:
                score = 100.0 if form_index == 0 else STEM_MATCH_SCORE if form_index == 2 else 99.0
                _keep_best(scores, trades[exact], score)
                continue
            cutoff = cutoff_for(probe)
            for item, score, index in process.extract(
                probe, ordered, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                if not _words_align(probe, item, self._known[form_index]):
                    continue
                if form_index == 2:
                    score = min(score, STEM_MATCH_SCORE - 1)
                _keep_best(scores, trades[index], score)
        if len(span) > 1:
            _keep_best(scores, self._sorted_stems.get(sorted_stem_key(span), ()),
                       STEM_MATCH_SCORE - 1)
        return scores

    def _consonant_scores(self, word: str) -> dict[str, float]:
        """A romanised word that differs from a one-word alias only in its vowels ("drivar",
        "parler", "computar", "hospitel"): a last resort, scored below the experience bar."""
        key = consonants(word)
        if word in ORDINARY_WORDS or len(word) < 5 or len(key) < 4:
            return {}
        found = self._consonant_keys.get(key)
        if not found:
            return {}
        trade, alias = found
        if alias[0] != word[0] or abs(len(alias) - len(word)) > 2:
            return {}
        return {trade: CONSONANT_SCORE}

    def _partial_scores(self, word: str) -> dict[str, float]:
        """A lone distinctive word against the words of longer aliases."""
        if word in FILLER_WORDS or word in WEAK_WORDS:
            return {}
        scores: dict[str, float] = {}
        for probe in word_forms(word):
            if len(probe) < 3 or (probe.isascii() and len(probe) < 4):
                continue
            self._partial_probe(word, probe, scores)
        return scores

    def _partial_probe(self, word: str, probe: str, scores: dict[str, float]) -> None:
        for _alias_word, score, index in process.extract(
            probe, self._alias_words, scorer=fuzz.ratio, score_cutoff=cutoff_for(probe),
            limit=None,
        ):
            for key_index in self._alias_word_keys[index]:
                self._credit_partial(scores, key_index, len(word), score)

    def _credit_partial(self, scores: dict[str, float], key_index: int, matched: int,
                        score: float) -> None:
        """A word of `matched` letters met a word of alias key `key_index` at `score`: the key's
        trades keep that, scaled down the less of the key the word covers."""
        coverage = min(1.0, matched / max(1, len(self._keys[key_index].replace(" ", ""))))
        _keep_best(scores, self._key_trades[key_index],
                   score * (PARTIAL_ALIAS_BASE + (1 - PARTIAL_ALIAS_BASE) * coverage))

    # --- scoring for suggestions ---------------------------------------------------------------

    def _phrase_scores(self, phrase: str, cutoff: float | None = None) -> dict[str, float]:
        cutoff = cutoff_for(phrase) if cutoff is None else cutoff
        scores: dict[str, float] = {}
        for _key, score, index in process.extract(
            phrase, self._keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        ):
            _keep_best(scores, self._key_trades[index], score)
        for _key, score, index in process.extract(
            skeleton(phrase), self._skeletons, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        ):
            for key_index in self._skeleton_keys[index]:
                _keep_best(scores, self._key_trades[key_index], score)
        return scores

    def _word_scores(self, word: str, cutoff: float | None = None) -> dict[str, float]:
        cutoff = cutoff_for(word) if cutoff is None else cutoff
        scores: dict[str, float] = {}
        for probe in dict.fromkeys((word, skeleton(word))):
            for alias_word, score, index in process.extract(
                probe, self._words, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                for key_index in self._word_keys[index]:
                    self._credit_partial(scores, key_index, len(alias_word), score)
        return scores


def _keep_best(scores: dict[str, float], trades: Iterable[str], score: float) -> None:
    """Each of `trades` keeps the better of the score it has and `score`."""
    for trade in trades:
        scores[trade] = max(scores.get(trade, 0.0), score)


QUANTITY_WORDS = frozenset(normalise(word) for word in reading_words.QUANTITIES.split())


def _without_quantities(span: list[str]) -> str:
    """The run without its inner words of quantity ("all", "सारा", "shob"), first and last
    words kept."""
    inner = [word for word in span[1:-1] if word not in QUANTITY_WORDS]
    return " ".join([*span[:1], *inner, *span[1:][-1:]])


def _words_align(probe: str, item: str, known: frozenset[str] = frozenset()) -> bool:
    """Fuzzy matching respects word boundaries: two phrases of several words are close only if
    they have as many words and each word is equal to its counterpart or close to it
    (WORD_FLOOR) and, if either has four letters or fewer, is the last word (where Hindi and
    Bengali verbs take their endings) and one begins the other ("mac bec" is "mac beca").
    So "parla learn" is not "par learn", nor "dab roti" "dabl roti". A word that differs from
    its counterpart must not be one of the `known` words of the vocabulary: "cooking at a
    hotel" is not "cook for a hostel"."""
    probe_words, item_words = probe.split(), item.split()
    if len(probe_words) < 2 or len(item_words) < 2:
        return True
    if len(probe_words) != len(item_words):
        return False
    last = len(probe_words) - 1
    return all(
        _word_close(a, b, index == last, known)
        for index, (a, b) in enumerate(zip(probe_words, item_words))
    )


def _word_close(a: str, b: str, last: bool, known: frozenset[str]) -> bool:
    """One word of a fuzzy match against its counterpart (see `_words_align`)."""
    if a == b:
        return True
    if fuzz.ratio(a, b) < WORD_FLOOR:
        return False
    if last and (a.startswith(b) or b.startswith(a)):
        return True  # a verb ending: "bec" (bechtam) and "beca" (becha)
    return a not in known and min(len(a), len(b)) > 4


def _find(ordered: list[str], item: str) -> int | None:
    index = bisect_left(ordered, item)
    if index < len(ordered) and ordered[index] == item:
        return index
    return None
