"""The words screening looks for, per concept, in English, Hindi and Bengali (script and Latin
transliteration), written from the lure patterns the safety issue names and that anti-trafficking
practice describes (fees, kept passports, work abroad, dance bars, advances to families).

A concept is a list of phrases, kept in a module per flag family (`fees`, `papers`, `abroad`,
`entertainment`, `family`, `pay`, `children`, `employer`) beside what undoes a match
(`negation`, `ordinary`); this package gives every concept as `lexicon.NAME`. `rules` turns
concepts into flags, alone ("dancer") or as two concepts close together in one sentence
("passport" near "kept"). Most concepts are parts of a statement rather than lures themselves: a
holder and a verb of keeping (who keeps what), a sum and a demand or a relative (who pays whom), a
patron and a verb of company, a venue and the night (whom the work serves and when), a foreign
place and a market (where the work is). Misspellings are left to the fuzzy matching in `text.py`
("pasport", "dubay", "dansar"), so only real variants of spelling or transliteration are listed
here. Phrases are written as people type them; they are normalised and folded to the same key as
the opening's text when the index is built, once, at import.
"""
from .abroad import *  # noqa: F403
from .children import *  # noqa: F403
from .employer import *  # noqa: F403
from .entertainment import *  # noqa: F403
from .family import *  # noqa: F403
from .fees import *  # noqa: F403
from .negation import *  # noqa: F403
from .ordinary import *  # noqa: F403
from .papers import *  # noqa: F403
from .pay import *  # noqa: F403
