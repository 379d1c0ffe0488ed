"""Text normalisation for fuzzy matching: one canonical form, written once, compared many times.

`normalise` is what every alias and every query goes through (NFKC, case-folded, punctuation to
spaces). `skeleton` is a looser key that forgives the usual variation of transliteration and
spelling ("silaai"/"silai", "parlour"/"parlor", "sh"/"s", long and short vowel signs in
Devanagari and Bengali), so that a misspelling costs less than a different word.
`district_key` is the same form the catalog stores district names in.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)
_WORD_CATEGORIES = frozenset("LMN")  # letters, marks (Indic vowel signs, virama), numbers

# Latin transliteration: aspirates and long vowels are written many ways ("kaaj", "kaj";
# "bhaat", "bat"), doubled letters come and go ("tailoring", "tailloring").
_LATIN_FOLDS = (
    ("ph", "f"),
    ("sh", "s"),
    ("ch", "c"),
    ("aa", "a"),
    ("ee", "i"),
    ("oo", "u"),
    ("ou", "o"),
    ("w", "v"),
    ("z", "j"),
    ("y", "i"),
    ("q", "k"),
    ("x", "ks"),
)
_ASPIRATE = re.compile(r"([bcdgjkpt])h")
_REPEAT = re.compile(r"(.)\1+")

# Devanagari and Bengali: long and short vowel signs, nukta, candrabindu and anusvara are the
# usual slips of typing in those scripts; fold them to one form. Unicode lays the Bengali block
# out as the Devanagari one (both from ISCII), 0x80 further on: the same folds, shifted.
_DEVANAGARI_FOLDS = {
    "\u0940": "\u093f",  # ii sign -> i sign
    "\u0942": "\u0941",  # uu sign -> u sign
    "\u0908": "\u0907",  # independent ii -> i
    "\u090a": "\u0909",  # independent uu -> u
    "\u093c": None,  # nukta
    "\u0901": None,  # candrabindu
    "\u0902": None,  # anusvara
}
_TO_BENGALI = 0x80


def _in_bengali(char: str | None) -> str | None:
    return None if char is None else chr(ord(char) + _TO_BENGALI)


_INDIC_FOLDS = str.maketrans({
    **_DEVANAGARI_FOLDS,
    **{_in_bengali(written): _in_bengali(folded) for written, folded in _DEVANAGARI_FOLDS.items()},
    "\u09df": "\u09af",  # Bengali ya with nukta -> ya
})


def normalise(text: str) -> str:
    """NFKC, case-folded, every run of characters that are not letters, marks or digits turned
    into one space. (Marks matter: Devanagari and Bengali vowel signs are marks, and a plain
    `\\W` would cut "সেলাই" into pieces.)"""
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(
        char if unicodedata.category(char)[0] in _WORD_CATEGORIES else " " for char in folded
    )
    return " ".join(kept.split())


def skeleton(normalised: str) -> str:
    """A spelling-forgiving key of an already normalised text (see the module docstring)."""
    key = normalised.translate(_INDIC_FOLDS)
    if key.isascii():
        for written, folded in _LATIN_FOLDS:
            key = key.replace(written, folded)
        key = _ASPIRATE.sub(r"\1", key)
    return _REPEAT.sub(r"\1", key)


def district_key(name: str) -> str:
    """How district names are compared: NFKC, case-folded, punctuation and spaces collapsed.

    The same form as `catalog.geography.district_key`, so keys written by the catalog compare
    equal here (the function is idempotent, so normalising a key again changes nothing).
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    return _NOT_WORD.sub(" ", folded).replace("_", " ").strip()
