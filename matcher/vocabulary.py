"""The domain's enumerations, defined once: literacy scale, modes, roles, blocker codes.

Most are a name and their members (`code_enum`); a member's code is its name in lower case.

Every layer (matcher, catalog, api) imports these; nothing compares literacy by string.
"""
from __future__ import annotations

from enum import Enum


class StrEnum(str, Enum):
    """An enum whose members are their string codes (the codes are part of the API)."""

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value

    @classmethod
    def codes(cls) -> list[str]:
        return [member.value for member in cls]


def code_enum(name: str, members: str, doc: str | None = None) -> type[StrEnum]:
    """A `StrEnum` of `members` (their names, in capitals, separated by white space, in order),
    each one's code its name in lower case: `code_enum("Shift", "DAY NIGHT")` is
    `Shift.DAY == "day"`, `Shift.NIGHT == "night"`. Written in capitals so that a search for a
    member finds where it is declared."""
    enum = StrEnum(name, [(member, member.lower()) for member in members.split()],
                   module=__name__)
    enum.__doc__ = doc
    return enum


class Literacy(StrEnum):
    """One ordinal scale of literacy and schooling (docs/design.md). Compare with `.rank`."""

    NONE = "none"
    BASIC = "basic"
    CLASS5 = "class5"
    CLASS8 = "class8"
    CLASS10 = "class10"
    CLASS12 = "class12"
    GRADUATE = "graduate"

    @property
    def rank(self) -> int:
        return _LITERACY_ORDER[self]

    def __lt__(self, other: "Literacy") -> bool:  # type: ignore[override]
        return self.rank < Literacy(other).rank

    def __le__(self, other: "Literacy") -> bool:  # type: ignore[override]
        return self.rank <= Literacy(other).rank

    def __gt__(self, other: "Literacy") -> bool:  # type: ignore[override]
        return self.rank > Literacy(other).rank

    def __ge__(self, other: "Literacy") -> bool:  # type: ignore[override]
        return self.rank >= Literacy(other).rank


_LITERACY_ORDER = {level: index for index, level in enumerate(Literacy)}


Gender = code_enum("Gender", "FEMALE MALE TRANSGENDER OTHER")
LearningMode = code_enum("LearningMode", "IN_PERSON REMOTE_ONLY ANY",
                         "How the survivor can learn or work.")
Device = code_enum("Device", "NONE FEATURE_PHONE SMARTPHONE COMPUTER")
CourseMode = code_enum("CourseMode", "IN_PERSON REMOTE BLENDED")
WorkMode = code_enum("WorkMode", "ON_SITE REMOTE HYBRID")
Shift = code_enum("Shift", "DAY NIGHT ROTATING")
IncomeUrgency = code_enum("IncomeUrgency", "LOW MEDIUM HIGH")
Document = code_enum("Document", """AADHAAR BANK_ACCOUNT RATION_CARD PAN SCHOOL_CERTIFICATE
                     CASTE_CERTIFICATE PASSPORT_OR_PERMIT VOTER_ID""")

INDIAN_PAPERS = frozenset({Document.AADHAAR, Document.PAN, Document.VOTER_ID,
                           Document.RATION_CARD})
"""Documents only an Indian national can lawfully obtain: a survivor who is not one, or who is
awaiting repatriation, cannot get them (never a "documents to arrange first" step for her)."""

OrganisationKind = code_enum("OrganisationKind", "NGO PROVIDER EMPLOYER OPERATOR")
ProfileStatus = code_enum("ProfileStatus", "ACTIVE CLOSED")
OpeningStatus = code_enum("OpeningStatus", "PENDING_REVIEW PUBLISHED REJECTED CLOSED")
ReferralStatus = code_enum("ReferralStatus", """HELD APPLIED WITHDRAWN EXPIRED ENROLLED COMPLETED
                           DROPPED INTERVIEWED HIRED NOT_SELECTED""")
ConsentBy = code_enum("ConsentBy", "SELF GUARDIAN CWC", "Who gave consent: the survivor, or for "
                      "a minor a guardian or the Child Welfare Committee.")
Blocker = code_enum("Blocker", """LITERACY_BELOW_MINIMUM LANGUAGE_MISMATCH TOO_FAR NO_DEVICE
                    MODE_MISMATCH NEEDS_IN_PERSON_PRACTICE AGE_OUT_OF_RANGE WOMEN_ONLY
                    AVOIDED_DISTRICT NO_CAPACITY CLOSED DOCUMENT_UNOBTAINABLE EXPLOITED_SECTOR""",
                    "Stable codes of the hard rules (docs/design.md).")


class Nationality(StrEnum):
    """ISO 3166-1 alpha-2 codes of the survivors' countries (India, Bangladesh, Nepal)."""

    INDIA = "IN"
    BANGLADESH = "BD"
    NEPAL = "NP"


SchemeLevel = code_enum("SchemeLevel", "CENTRAL STATE")
SchemeKind = code_enum("SchemeKind", """BANK_ACCOUNT SKILL_TRAINING BUSINESS_LOAN
                       ENTERPRISE_SUPPORT LIVELIHOOD_GROUP SOCIAL_SECURITY FOOD
                       SHELTER_REHABILITATION CASH_TRANSFER""",
                       "What a government scheme gives; pathways look schemes up by kind, never "
                       "by name.")
SchemeResidence = code_enum("SchemeResidence", "INDIA STATE", "Residence a scheme needs: Indian "
                            "residence papers anywhere in India, or in its state.")


LANGUAGE_CODES = ("bn", "hi", "en", "mr", "ur", "ne", "or", "as", "ta", "te", "kn", "ml", "gu", "pa")
"""ISO 639-1 codes of languages the service accepts (India and Bangladesh)."""

MIN_WORKING_AGE = 18
"""Openings never admit anyone younger, whatever the employer sets."""
