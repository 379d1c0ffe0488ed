"""People named in an opening by their title: their names are names, not words the rules read."""
from __future__ import annotations

import re

from matcher.text import normalise

from ..text import Hit, Word

# A title and the capitalised name after it: "owner Surinder Negi", "Mr. Surinder Pal", "Smt.
# Sundari Devi", "Proprietor Surinder Singh" (a name of one to three words).
_TITLED = re.compile(r"\b(?:[Oo]wner|[Pp]roprietor|[Mm]alik|Mr|Mrs|Ms|Dr|Shri|Smt|Sri|Sree)"
                     r"\.?\s+(?:(?:Mr|Mrs|Ms|Dr|Shri|Smt|Sri|Sree)\.?\s+)?"  # "owner Smt. ..."
                     r"((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})\b")


def named_people(text: str, words: list[Word]) -> set[int]:
    """The indices of the words that name a person by a title, wherever the name is written in
    full again ("Sundari Devi Dairy ... owner Smt. Sundari Devi"): "Surinder" is a man's name, not
    "surrender", and "Sundari Devi" a woman's, not her looks asked for."""
    names = [tuple(normalise(found.group(1)).split()) for found in _TITLED.finditer(text)]
    names = [name for name in names if len(name) >= 2]  # a surname makes it a person's name
    texts = [word.text for word in words]
    at: set[int] = set()
    for name in names:
        for start in range(len(texts) - len(name) + 1):
            if tuple(texts[start:start + len(name)]) == name:
                at.update(range(start, start + len(name)))
    return at


def outside_names(hits: list[Hit], names: set[int]) -> list[Hit]:
    """The hits that are not wholly within a person's name."""
    return [hit for hit in hits if not all(i in names for i in range(hit.start, hit.end))]
