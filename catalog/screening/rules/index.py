"""Every concept of the lexicon under the name the rules ask for, found in an opening's words by
one index built once, at import.

A concept is the phrase list of the lexicon of the same name in lower case (`lexicon.PER_DAY` is
"per_day"), her phone counts among her papers ("document"), and each list of neighbours that
makes a lure word ordinary is "ordinary_<concept>". The rest of the lexicon is how the index
reads: real words never folded into a lure word, the names of places abroad, currencies.
"""
from __future__ import annotations

from .. import lexicon as lx
from ..text import PhraseIndex

# Lexicon entries that are not phrase lists to find.
_HOW_TO_READ = frozenset({"FOREIGN_CURRENCY_INR", "FOREIGN_PLACES", "HOME_CURRENCY",
                          "ORDINARY_NEIGHBOURS", "ORDINARY_WORDS", "OVERSEAS_WORDS"})

CONCEPTS: dict[str, tuple[str, ...]] = {
    **{name.lower(): words for name, words in vars(lx).items()
       if name.isupper() and not name.startswith("_") and name not in _HOW_TO_READ},
    "document": lx.DOCUMENT + lx.PHONE,
    **{f"ordinary_{name}": words for name, words in lx.ORDINARY_NEIGHBOURS.items()},
}
INDEX = PhraseIndex(CONCEPTS, ordinary_words=lx.ORDINARY_WORDS, names=lx.FOREIGN_PLACES)
