"""The domain's enumerations, defined once: literacy scale, modes, roles, blocker codes.

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


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    TRANSGENDER = "transgender"
    OTHER = "other"


class LearningMode(StrEnum):
    """How the survivor can learn or work."""

    IN_PERSON = "in_person"
    REMOTE_ONLY = "remote_only"
    ANY = "any"


class Device(StrEnum):
    NONE = "none"
    FEATURE_PHONE = "feature_phone"
    SMARTPHONE = "smartphone"
    COMPUTER = "computer"


class CourseMode(StrEnum):
    IN_PERSON = "in_person"
    REMOTE = "remote"
    BLENDED = "blended"


class WorkMode(StrEnum):
    ON_SITE = "on_site"
    REMOTE = "remote"
    HYBRID = "hybrid"


class Shift(StrEnum):
    DAY = "day"
    NIGHT = "night"
    ROTATING = "rotating"


class IncomeUrgency(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Document(StrEnum):
    AADHAAR = "aadhaar"
    BANK_ACCOUNT = "bank_account"
    RATION_CARD = "ration_card"
    PAN = "pan"
    SCHOOL_CERTIFICATE = "school_certificate"
    CASTE_CERTIFICATE = "caste_certificate"
    PASSPORT_OR_PERMIT = "passport_or_permit"
    VOTER_ID = "voter_id"


INDIAN_PAPERS = frozenset({Document.AADHAAR, Document.PAN, Document.VOTER_ID,
                           Document.RATION_CARD})
"""Documents only an Indian national can lawfully obtain: a survivor who is not one, or who is
awaiting repatriation, cannot get them (never a "documents to arrange first" step for her)."""


class OrganisationKind(StrEnum):
    NGO = "ngo"
    PROVIDER = "provider"
    EMPLOYER = "employer"
    OPERATOR = "operator"


class ProfileStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class OpeningStatus(StrEnum):
    PENDING_REVIEW = "pending_review"
    PUBLISHED = "published"
    REJECTED = "rejected"
    CLOSED = "closed"


class ReferralStatus(StrEnum):
    HELD = "held"
    APPLIED = "applied"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    ENROLLED = "enrolled"
    COMPLETED = "completed"
    DROPPED = "dropped"
    INTERVIEWED = "interviewed"
    HIRED = "hired"
    NOT_SELECTED = "not_selected"


class ConsentBy(StrEnum):
    """Who gave consent: the survivor, or for a minor a guardian or the Child Welfare Committee."""

    SELF = "self"
    GUARDIAN = "guardian"
    CWC = "cwc"


class Blocker(StrEnum):
    """Stable codes of the hard rules (docs/design.md)."""

    LITERACY_BELOW_MINIMUM = "literacy_below_minimum"
    LANGUAGE_MISMATCH = "language_mismatch"
    TOO_FAR = "too_far"
    NO_DEVICE = "no_device"
    MODE_MISMATCH = "mode_mismatch"
    NEEDS_IN_PERSON_PRACTICE = "needs_in_person_practice"
    AGE_OUT_OF_RANGE = "age_out_of_range"
    WOMEN_ONLY = "women_only"
    AVOIDED_DISTRICT = "avoided_district"
    NO_CAPACITY = "no_capacity"
    CLOSED = "closed"
    DOCUMENT_UNOBTAINABLE = "document_unobtainable"
    EXPLOITED_SECTOR = "exploited_sector"


class Nationality(StrEnum):
    """ISO 3166-1 alpha-2 codes of the survivors' countries (India, Bangladesh, Nepal)."""

    INDIA = "IN"
    BANGLADESH = "BD"
    NEPAL = "NP"


class SchemeLevel(StrEnum):
    CENTRAL = "central"
    STATE = "state"


class SchemeKind(StrEnum):
    """What a government scheme gives; pathways look schemes up by kind, never by name."""

    BANK_ACCOUNT = "bank_account"
    SKILL_TRAINING = "skill_training"
    BUSINESS_LOAN = "business_loan"
    ENTERPRISE_SUPPORT = "enterprise_support"
    LIVELIHOOD_GROUP = "livelihood_group"
    SOCIAL_SECURITY = "social_security"
    FOOD = "food"
    SHELTER_REHABILITATION = "shelter_rehabilitation"
    CASH_TRANSFER = "cash_transfer"


class SchemeResidence(StrEnum):
    """Residence a scheme needs: Indian residence papers anywhere in India, or in its state."""

    INDIA = "india"
    STATE = "state"


LANGUAGE_CODES = ("bn", "hi", "en", "mr", "ur", "ne", "or", "as", "ta", "te", "kn", "ml", "gu", "pa")
"""ISO 639-1 codes of languages the service accepts (India and Bangladesh)."""

MIN_WORKING_AGE = 18
"""Openings never admit anyone younger, whatever the employer sets."""
