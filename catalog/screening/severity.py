"""The classes of screening flags, named once: what a flag means for publishing an opening.

- HARD flags are the signs of a lure (ILO forced-labour indicators: a minor sought, documents
  taken, a fee or a debt, money to the family, entertainment work, travel abroad outside a
  lawful route, and a wage observed well under the wage promised). An opening with a hard flag
  is never published by a review: the employer rewords it and it is screened again, or two
  different admins each dismiss the flag as a false alarm with a written reason.
- SOFT flags are doubts an admin may publish over with a written note (an odd wage, a vague
  employer, high pay for no experience).
- EMPLOYER flags are settled by verifying the employer, a decision of its own.

`wage_underpaid` is hard: it is not a reading of words but what survivors placed with the
employer reported being paid, and a wage promised and not paid is deception, the first of the
ILO indicators; it takes two admins' written reasons to publish over it.

`SCREENING_VERSION` changes whenever the rules or word lists change: the revision below (raise
it for a change of meaning the sources do not show) and a fingerprint of the screening modules'
own source, so an edited word list re-screens every open opening without anyone remembering to.
"""
from __future__ import annotations

import hashlib
from enum import Enum
from pathlib import Path

MINOR_TARGETED = "minor_targeted"
DOCUMENTS_RETAINED = "documents_retained"
FEE_CHARGED = "fee_charged"
ADVANCE_TO_FAMILY = "advance_to_family"
ENTERTAINMENT_LURE = "entertainment_lure"
OVERSEAS_TRAVEL = "overseas_travel"
WAGE_UNDERPAID = "wage_underpaid"
WAGE_OUTLIER = "wage_outlier"
VAGUE_EMPLOYER = "vague_employer"
NO_EXPERIENCE_HIGH_PAY = "no_experience_high_pay"
UNVERIFIED_EMPLOYER = "unverified_employer"


class Severity(str, Enum):
    HARD = "hard"
    SOFT = "soft"
    EMPLOYER = "employer"

    def __str__(self) -> str:
        return self.value


HARD = frozenset({MINOR_TARGETED, DOCUMENTS_RETAINED, FEE_CHARGED, ADVANCE_TO_FAMILY,
                  ENTERTAINMENT_LURE, OVERSEAS_TRAVEL, WAGE_UNDERPAID})
SOFT = frozenset({WAGE_OUTLIER, VAGUE_EMPLOYER, NO_EXPERIENCE_HIGH_PAY})
EMPLOYER = frozenset({UNVERIFIED_EMPLOYER})

DISMISSALS_TO_CLEAR = 2
"""Different admins, each with a written reason, who clear a hard flag."""


def severity(code: str) -> Severity:
    """The class of a flag. A code this table does not know is hard: a new rule's flag must
    never slip through the gate because nobody classed it."""
    if code in SOFT:
        return Severity.SOFT
    if code in EMPLOYER:
        return Severity.EMPLOYER
    return Severity.HARD


def is_hard(code: str) -> bool:
    return severity(code) is Severity.HARD


SCREENING_REVISION = 1
# The screening's own source: the packages `lexicon` and `rules` (each of their modules), the
# reading of text, the wage table and its seed, and this file.
_SOURCES = ("lexicon", "rules", "text.py", "wages.py", "__init__.py", "severity.py",
            "../../seeds/typical_wages.json")


def _fingerprint() -> str:
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in _SOURCES:
        path = here / name
        files = sorted(path.glob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(f"{name}/{file.name}".encode() if path.is_dir() else name.encode())
            if file.exists():
                digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


SCREENING_VERSION = f"{SCREENING_REVISION}.{_fingerprint()}"
"""Stored on each opening (`screening_version`) with the flags it was screened with."""
