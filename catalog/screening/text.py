"""An opening's text as screening reads it, and the index that finds lexicon phrases in it.

The text is cut into sentences and clauses (a negation reaches only within its clause), each word
normalised and folded to a spelling-forgiving key: `matcher.text.skeleton` ("dubay" -> "dubai",
"pasport" = "passport") plus a few folds of English spelling that transliteration blurs ("dancer"
-> "danser", "massage" -> "masaj", plurals). A phrase of the lexicon matches a window of words
word by word, where each word is the phrase's word, is it with an inflection ("dubaite",
"বিদেশে", "ক্লাবে"), or is within a slip of typing of it by rapidfuzz's `fuzz.ratio`.

Fuzzy matching must not turn a real word into a lure word ("message" is not "massage", "khabar"
is not "Qatar", "fish" is not "fis"), so it is held in three ways:
- a length floor: phrase words under six letters of key ("visa", "fee", "bar", "dubai", "qatar")
  match exactly or with an inflection, never as a slip of typing;
- a slip keeps the word's first and last letters and its length within two, with a ratio that
  rises as words shorten;
- a word that is itself common in English, Hindi or Bengali (`wordfreq`, a Zipf frequency of 3 or
  more, about once in a million words) is that word: it matches a phrase word only when it is
  written as one of the phrase's own spellings (or their plural), never by folding, inflection
  or slip ("fish", "danger", "message", "hostel" stay what they are).

Names of places (`names`) are held closer still, since a place at home often lies a letter from a
foreign one ("Patia" in Bhubaneswar and Pattaya, "Doda" and Doha, "Dohar" near Dhaka and Doha):
a name is a slip of typing only when its key has at least seven letters ("malaysia", "bahrain";
not "pattaya", folded to six, nor "kuwait"), and a short name takes no ending of one consonant
("Dohar" is not "Doha" + "r"); a name's own inflections ("dubaite", "qatare") still match.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

from matcher.text import normalise, skeleton

# A sentence ends at ! ? ; । ॥ or a line break, or at a full stop before a space, unless the stop
# ends an abbreviation ("Rs. 5000", "Mr. Raju", "p.m.") or sits inside a number ("1.5 lakh").
_SENTENCE_END = re.compile(r"[!?;।॥\n]+|\.(?=\s|$)")
_ABBREVIATIONS = frozenset({"rs", "mr", "mrs", "ms", "dr", "no", "st", "sr", "jr", "approx", "vs",
                            "etc", "nos", "tk", "inr", "smt", "shri", "sri"})
# A clause ends at a comma that is not inside a number ("50,000"), a bracket or a dash between
# words.
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d)|[()\[\]]|\s[-–—]\s")
# Sums of money written as people write them: "50,000", "1.5 lakh", "50k", "২০ হাজার".
_AMOUNT = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{2,3})+|\d+(?:\.\d+)?)\s*"
    r"(k|thousand|hazar|hajar|hazaar|lakh|lakhs|lac|lacs|হাজার|লাখ|हजार|हज़ार|लाख)?(?!\w)",
    re.IGNORECASE,
)
_COORDINATORS = frozenset({"or", "and", "nor", "ya", "aur", "ba", "o", "ar", "va", "या", "और",
                           "एवं", "বা", "ও", "আর"})
_MULTIPLIER = {"k": 1_000, "thousand": 1_000, "hazar": 1_000, "hajar": 1_000, "hazaar": 1_000,
               "হাজার": 1_000, "हजार": 1_000, "हज़ार": 1_000, "lakh": 100_000, "lakhs": 100_000,
               "lac": 100_000, "lacs": 100_000, "লাখ": 100_000, "लाख": 100_000}
_REPEAT = re.compile(r"(.)\1+")
# An identifier written with slashes: a registration or licence number ("DL/PA/2020/XXXX",
# "RA/1234/2019", "ট্রেড লাইসেন্স নং TRAD/DNCC/0XXXX/2022"): two slashes or more and a letter.
_CODE = re.compile(r"(?<![^\s(\[])(?=\S*[^\W\d_])(?:[\w-]+/){2,}[\w-]*\w")
_PLUS = re.compile(r"(?<=\d)\s*\+")
_NUMBER_ABBREVIATION = re.compile(r"\bno\.(?=\s*[\w#:])|\bno(?=\s*[#:]|\s*\d)", re.IGNORECASE)

MIN_FUZZY_NAME_LENGTH = 7  # shorter keys of place names ("kuwait", "pattaya") are never a slip's
SHORT_NAME = 5  # a name key shorter than this takes no ending of a single consonant
MIN_FUZZY_LENGTH = 6  # shorter phrase keys ("visa", "fee", "bar", "dubai") are never a slip's
MIN_WRITTEN_LENGTH = 5  # shorter words of the text are never taken for a slip of typing
SHORT_KEY = 3  # keys this short match only words spelt as the lexicon spells them
COMMON_ZIPF = 3.0  # a word at least this frequent in its language is a real word, not a slip
# Inflections a word may add to a phrase word and still be it: Latin transliteration ("dubaite",
# "bideshe", "cluber", "babake"), Bengali case endings ("বিদেশে", "ক্লাবে", "বাবাকে") and Hindi
# plural and oblique endings ("मेहमानों"). Each is folded like a key before it is compared.
INFLECTIONS = (
    "s", "es", "e", "te", "ite", "er", "r", "ke", "re", "ra", "der", "o", "ta", "ti",
    "ে", "তে", "র", "ের", "কে", "য়", "দের", "টি", "ও", "ই", "েই", "য়ে", "রা",
    "ों", "ें", "े", "ियों", "ियां",
)


@lru_cache(maxsize=65_536)
def word_key(word: str) -> str:
    """The key of one normalised word: its skeleton, with English plural and spelling folds."""
    key = skeleton(word)
    if not key.isascii():
        return key
    if len(key) >= 5 and key.endswith("ies"):  # "parties" -> "parti", as "party"
        key = key[:-3] + "i"
    elif len(key) >= 4 and key.endswith("s") and not word.endswith("ss"):  # "cash" is not "ka"
        key = key[:-1]
    key = key.replace("ce", "se").replace("ci", "si").replace("ck", "k").replace("c", "k")
    if key.endswith("ge"):
        key = key[:-2] + "j"
    return _REPEAT.sub(r"\1", key)


def amounts_to_numbers(text: str) -> str:
    """Write every sum of money as plain digits ("1.5 lakh" -> "150000"), so that it stays one
    word after normalising."""
    def plain(match: re.Match) -> str:
        number = float(match.group(1).replace(",", ""))
        unit = (match.group(2) or "").lower()
        return f" {int(number * _MULTIPLIER.get(unit, 1))} "
    return _AMOUNT.sub(plain, text)


@dataclass(frozen=True, slots=True)
class Word:
    text: str  # normalised
    key: str
    sentence: int
    clause: int


def read(text: str) -> list[Word]:
    """The words of a text in order, each knowing its sentence and clause."""
    prepared = _CODE.sub(" code ", text)  # "DL/PA/2020/XXXX" is an identifier, not a sum
    prepared = amounts_to_numbers(prepared.replace("₹", " rs ").replace("৳", " taka "))
    prepared = _PLUS.sub(" plus ", prepared)  # "age 15+" keeps its plus as a word
    prepared = prepared.replace("%", " percent ")  # "40% of the fee": a share, as a word
    prepared = _NUMBER_ABBREVIATION.sub(" number ", prepared)  # "licence no. XXXX" is no "no"
    words: list[Word] = []
    clause_number = 0
    for sentence_number, sentence in enumerate(_sentences(prepared)):
        previous: list[str] = []
        for clause in _CLAUSE_END.split(sentence):
            clause_words = normalise(clause).split()
            if previous and (len(previous) <= 3 or len(clause_words) <= 4) and (
                    _COORDINATORS & set(clause_words)):
                clause_number -= 1  # a list, not a new clause: "no registration, training or
                # deposit" (the negation reaches every item); so is a short last item with its
                # "and" after a longer first: "the employer pays visa, ticket and service charge"
            for word in clause_words:
                words.append(Word(word, word_key(word), sentence_number, clause_number))
            previous = clause_words
            clause_number += 1
    return words


def _sentences(text: str) -> list[str]:
    sentences, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        before = text[start:end.start()].split()
        last = before[-1].casefold() if before else ""
        if end.group() == "." and (last in _ABBREVIATIONS or len(last) == 1 or "." in last):
            continue  # "Rs. 500", "p.m.", "Mr. Raju"
        sentences.append(text[start:end.start()])
        start = end.end()
    sentences.append(text[start:])
    return sentences


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase of `concept` found at words `start` to `end` (exclusive)."""

    concept: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Phrase:
    keys: tuple[str, ...]  # one key per word
    concepts: frozenset[str]


@lru_cache(maxsize=65_536)
def is_common(word: str) -> bool:
    """A normalised word frequent enough in English (Latin letters), Hindi (Devanagari) or Bengali
    to be a word of its own rather than a slip of typing."""
    if not word or word.isdigit():
        return False
    if word.isascii():
        language = "en"
    elif any("\u0980" <= char <= "\u09ff" for char in word):
        language = "bn"
    elif any("\u0900" <= char <= "\u097f" for char in word):
        language = "hi"
    else:
        return False
    return zipf_frequency(word, language, wordlist="small") >= COMMON_ZIPF


class PhraseIndex:
    """Every concept's phrases, keyed once; `find` returns where they occur in a list of words.

    Each word of a text is matched once against the words of all phrases (exactly, with a
    suffix, or as a slip of typing); a phrase of several words matches where each of its words
    matches in turn ("regestration fee"). A phrase written as one word or split in two
    ("airticket", "whats app") matches on the joined keys, exactly.
    """

    def __init__(self, concepts: Mapping[str, Iterable[str]], ordinary_words: Iterable[str] = (),
                 names: Iterable[str] = ()):
        grouped: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self._spellings: dict[str, set[str]] = defaultdict(set)  # key -> words written so
        for concept, phrases in concepts.items():
            for phrase in phrases:
                words = normalise(phrase).split()
                keys = tuple(word_key(word) for word in words)
                if keys:
                    grouped[keys].add(concept)
                for word, key in zip(words, keys):
                    self._spellings[key].add(word)
        name_phrases = {tuple(word_key(word) for word in normalise(name).split())
                        for name in names}
        self._phrases: dict[str, list[_Phrase]] = defaultdict(list)  # by first word's key
        self._joined: dict[str, set[str]] = defaultdict(set)
        for keys, concept_names in grouped.items():
            self._phrases[keys[0]].append(_Phrase(keys, frozenset(concept_names)))
            self._joined["".join(keys)] |= concept_names
        vocabulary = {key for keys in grouped for key in keys}
        other_keys = {key for keys in grouped if keys not in name_phrases for key in keys}
        self._name_keys = {key for keys in name_phrases for key in keys} - other_keys
        self._vocabulary = vocabulary
        self._fuzzy_vocabulary = sorted(
            key for key in vocabulary if len(key) >= MIN_FUZZY_LENGTH
            and (key not in self._name_keys or len(key) >= MIN_FUZZY_NAME_LENGTH))
        self._ordinary = {word_key(w) for w in normalise(" ".join(ordinary_words)).split()}
        self._inflections = {skeleton(normalise(ending)) for ending in INFLECTIONS}
        self.longest = max((len(keys) for keys in grouped), default=1)
        # the same words recur from text to text: each is matched once per index
        self._word_matches = lru_cache(maxsize=65_536)(self._match_word)

    def find(self, words: list[Word]) -> list[Hit]:
        hits: set[Hit] = set()
        readings = [self._word_matches(word.key, word.text) for word in words]
        for start, first in enumerate(readings):
            for key in first:
                for phrase in self._phrases.get(key, ()):
                    end = start + len(phrase.keys)
                    if (end <= len(words) and words[end - 1].sentence == words[start].sentence
                            and all(phrase.keys[i] in readings[start + i]
                                    for i in range(1, len(phrase.keys)))):
                        hits.update(Hit(c, start, end) for c in phrase.concepts)
            for size in range(2, self.longest + 2):  # joined or split: "airticket", "whats app"
                end = start + size
                if end > len(words) or words[end - 1].sentence != words[start].sentence:
                    break
                joined = "".join(word.key for word in words[start:end])
                if joined in self._joined and not any(
                        is_common(word.text) and not self._spelt_so(word.key, word.text)
                        for word in words[start:end] if word.key not in self._vocabulary):
                    hits.update(Hit(c, start, end) for c in self._joined[joined])
        return sorted(hits, key=lambda hit: (hit.start, hit.end, hit.concept))

    def _match_word(self, key: str, written: str) -> frozenset[str]:
        """The phrase words that this word of the text (its key and as written) may be."""
        common = is_common(written)
        if key in self._vocabulary or key in self._ordinary:
            if (common or len(key) <= SHORT_KEY) and not self._spelt_so(key, written):
                # "fish" folds to the key of "fis" (fee), "nayi" (new) to "nai" (no)
                return frozenset()
            # a word that is itself a phrase word is only that
            return frozenset({key} & self._vocabulary)
        found: set[str] = set()
        for ending in self._inflections:
            if key.endswith(ending) and len(key) > len(ending):
                stem = key[:-len(ending)]
                if stem not in self._vocabulary and stem + ending[0] in self._vocabulary:
                    stem += ending[0]  # a letter the skeleton folded into the ending's own:
                    # "খদ্দেররা" is "খদ্দের" + "রা", its two র folded to one
                if stem in self._vocabulary and (len(stem) >= 3 or not stem.isascii()) and not (
                        stem in self._name_keys and len(stem) < SHORT_NAME
                        and len(ending) == 1 and ending.isascii() and ending not in "aeiou"):
                    found.add(stem)  # ("Dohar", a place, is not "Doha" + "r")
        if common or len(key) < MIN_WRITTEN_LENGTH:
            return frozenset(found)
        for candidate, score, _index in process.extract(
            key, self._fuzzy_vocabulary, scorer=fuzz.ratio, score_cutoff=78, limit=None
        ):
            if _close_enough(key, candidate, score):
                found.add(candidate)
        return frozenset(found)

    def _spelt_so(self, key: str, written: str) -> bool:
        """`written` is one of the spellings the lexicon gives for `key`, or its plural."""
        spellings = self._spellings.get(key, ())
        return (written in spellings or written.removesuffix("s") in spellings
                or written.removesuffix("es") in spellings)


def _close_enough(written: str, key: str, score: float) -> bool:
    """A slip of typing, not another word: same first and last letters, about the same length,
    and a ratio that must be higher for shorter words (one slip in six letters is 83)."""
    if written.isascii():  # a final h comes and goes in transliteration: "tankhwa", "tankhwah"
        written, key = written.removesuffix("h") or written, key.removesuffix("h") or key
    if written[0] != key[0] or written[-1] != key[-1] or abs(len(written) - len(key)) > 2:
        return False
    if len(key) <= 6:
        return score >= 80
    if len(key) <= 9:
        return score >= 84
    return score >= 80
