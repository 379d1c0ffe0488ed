"""The domain's enumerations, defined once: literacy scale, modes, roles, blocker codes.

Most are a name and their codes (`code_enum`); a member is its code in capitals.

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


def code_enum(name: str, codes: str, doc: str | None = None) -> type[StrEnum]:
    """A `StrEnum` of `codes` (separated by white space, in order), each member named by its code
    in capitals: `code_enum("Shift", "day night")` is `Shift.DAY == "day"`, `Shift.NIGHT`."""
    enum = StrEnum(name, [(code.upper(), code) for code in codes.split()], module=__name__)
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


Gender = code_enum("Gender", "female male transgender other")
LearningMode = code_enum("LearningMode", "in_person remote_only any",
                         "How the survivor can learn or work.")
Device = code_enum("Device", "none feature_phone smartphone computer")
CourseMode = code_enum("CourseMode", "in_person remote blended")
WorkMode = code_enum("WorkMode", "on_site remote hybrid")
Shift = code_enum("Shift", "day night rotating")
IncomeUrgency = code_enum("IncomeUrgency", "low medium high")
Document = code_enum("Document", """aadhaar bank_account ration_card pan school_certificate
                     caste_certificate passport_or_permit voter_id""")

INDIAN_PAPERS = frozenset({Document.AADHAAR, Document.PAN, Document.VOTER_ID,
                           Document.RATION_CARD})
"""Documents only an Indian national can lawfully obtain: a survivor who is not one, or who is
awaiting repatriation, cannot get them (never a "documents to arrange first" step for her)."""

OrganisationKind = code_enum("OrganisationKind", "ngo provider employer operator")
ProfileStatus = code_enum("ProfileStatus", "active closed")
OpeningStatus = code_enum("OpeningStatus", "pending_review published rejected closed")
ReferralStatus = code_enum("ReferralStatus", """held applied withdrawn expired enrolled completed
                           dropped interviewed hired not_selected""")
ConsentBy = code_enum("ConsentBy", "self guardian cwc", "Who gave consent: the survivor, or for "
                      "a minor a guardian or the Child Welfare Committee.")
Blocker = code_enum("Blocker", """literacy_below_minimum language_mismatch too_far no_device
                    mode_mismatch needs_in_person_practice age_out_of_range women_only
                    avoided_district no_capacity closed document_unobtainable exploited_sector""",
                    "Stable codes of the hard rules (docs/design.md).")


class Nationality(StrEnum):
    """ISO 3166-1 alpha-2 codes of the survivors' countries (India, Bangladesh, Nepal)."""

    INDIA = "IN"
    BANGLADESH = "BD"
    NEPAL = "NP"


SchemeLevel = code_enum("SchemeLevel", "central state")
SchemeKind = code_enum("SchemeKind", """bank_account skill_training business_loan
                       enterprise_support livelihood_group social_security food
                       shelter_rehabilitation cash_transfer""",
                       "What a government scheme gives; pathways look schemes up by kind, never "
                       "by name.")
SchemeResidence = code_enum("SchemeResidence", "india state", "Residence a scheme needs: Indian "
                            "residence papers anywhere in India, or in its state.")


LANGUAGE_CODES = ("bn", "hi", "en", "mr", "ur", "ne", "or", "as", "ta", "te", "kn", "ml", "gu", "pa")
"""ISO 639-1 codes of languages the service accepts (India and Bangladesh)."""

MIN_WORKING_AGE = 18
"""Openings never admit anyone younger, whatever the employer sets."""
