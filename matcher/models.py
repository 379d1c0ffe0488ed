"""The engine's plain input data: the trade taxonomy, a survivor's facts, offers (courses with
their batches, openings). The results are `matcher.results`.

Inputs are frozen dataclasses built by the catalog layer from its rows. Free text is resolved
to trades before it gets here (`ProfileFacts.interests` holds `ResolvedInterest`s written when the
profile was saved). District names are compared as `matcher.text.district_key` keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any, ClassVar, Literal

from .text import district_key
from .vocabulary import (
    INDIAN_PAPERS,
    MIN_WORKING_AGE,
    CourseMode,
    Device,
    Document,
    Gender,
    IncomeUrgency,
    LearningMode,
    Literacy,
    OpeningStatus,
    Shift,
    StrEnum,
    WorkMode,
)

PlacementSource = Literal["declared", "observed_course", "observed_provider"]
"""Where a course's `placement_rate` comes from: the provider's declaration, or the outcomes of
past referrals to the course itself or, failing enough of those, to its provider's courses."""


def _set(instance: object, name: str, value: object) -> None:
    object.__setattr__(instance, name, value)


def _coerce(instance: object, **enums: type) -> None:
    """Turn plain codes ("female", "remote") into the enumeration members the engine compares
    by identity; members pass through at the cost of a type check."""
    for name, enum in enums.items():
        value = getattr(instance, name)
        if value is not None and type(value) is not enum:
            object.__setattr__(instance, name, enum(value))


class TradeKind(StrEnum):
    """What an entry of the taxonomy is: a trade, or a programme that leads to one."""

    TRADE = "trade"
    BRIDGE = "bridge"  # foundational literacy and numeracy
    OPEN_SCHOOLING = "open_schooling"  # class 8 / class 10 equivalency
    ENTREPRENEURSHIP = "entrepreneurship"  # support for small women-led businesses


@dataclass(frozen=True, slots=True)
class TradeInfo:
    """One entry of the taxonomy. `aliases` are in any language and script."""

    code: str
    name: str
    sector: str = ""
    kind: TradeKind = TradeKind.TRADE
    remote_teachable: bool = False
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _set(self, "aliases", tuple(self.aliases))
        _coerce(self, kind=TradeKind)

    @classmethod
    def from_seed(cls, row: Mapping[str, Any]) -> TradeInfo:
        """From one object of `seeds/trades.json` (aliases grouped by language, or a flat list)."""
        aliases = row.get("aliases") or ()
        if isinstance(aliases, Mapping):
            aliases = [alias for group in aliases.values() for alias in group]
        kind = row.get("kind") or TradeKind.TRADE.value
        return cls(
            code=row["code"],
            name=row["name"],
            sector=row.get("sector") or "",
            kind=TradeKind(kind) if kind in TradeKind.codes() else TradeKind.TRADE,
            remote_teachable=bool(row.get("remote_teachable")),
            aliases=tuple(alias for alias in aliases if alias and alias.strip()),
        )


@dataclass(frozen=True, slots=True)
class ResolvedInterest:
    """A free-text interest (or experience) resolved to a trade; `score` is 0..100."""

    text: str
    trade: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "trade": self.trade, "score": self.score}


@dataclass(frozen=True, slots=True)
class Preferences:
    women_only: bool = False
    day_shift_only: bool = False
    needs_residential: bool = False


@dataclass(frozen=True, slots=True)
class ProfileFacts:
    """What matching needs to know about a survivor; never a name or an identifier of the person."""

    id: int
    age: int
    gender: Gender
    literacy: Literacy
    languages: frozenset[str]
    latitude: float
    longitude: float
    district: str = ""
    max_travel_km: float = 10.0
    can_relocate: bool = False
    learning_mode: LearningMode = LearningMode.ANY
    device: Device = Device.NONE
    connectivity: bool = False
    interests: tuple[ResolvedInterest, ...] = ()
    experience: tuple[ResolvedInterest, ...] = ()
    documents: frozenset[Document] = frozenset()
    income_urgency: IncomeUrgency = IncomeUrgency.MEDIUM
    avoid_districts: frozenset[str] = frozenset()
    preferences: Preferences = field(default_factory=Preferences)
    nationality: str = "IN"  # ISO 3166-1 alpha-2
    awaiting_repatriation: bool = False
    exploited_sector: str | None = None  # a matcher.sectors code
    return_to_sector: bool = False  # her counselor recorded why she chooses to return to it

    @property
    def lacks_indian_papers(self) -> bool:
        """Not an Indian national, or awaiting repatriation: Indian papers are out of reach."""
        return self.nationality != "IN" or self.awaiting_repatriation

    @property
    def unobtainable_documents(self) -> frozenset[Document]:
        """The documents she cannot lawfully obtain (those she already holds aside)."""
        if not self.lacks_indian_papers:
            return frozenset()
        return INDIAN_PAPERS - self.documents

    def __post_init__(self) -> None:
        # Accept any collections from the caller; keep sets as sets and district names as keys.
        _set(self, "languages", frozenset(self.languages))
        _set(self, "documents", frozenset(self.documents))
        _set(self, "interests", tuple(self.interests))
        _set(self, "experience", tuple(self.experience))
        _set(self, "district", district_key(self.district))
        _set(self, "avoid_districts", frozenset(district_key(d) for d in self.avoid_districts))
        _set(self, "nationality", (self.nationality or "IN").strip().upper())
        _coerce(
            self,
            gender=Gender,
            literacy=Literacy,
            learning_mode=LearningMode,
            device=Device,
            income_urgency=IncomeUrgency,
        )


@dataclass(frozen=True, slots=True)
class BatchOffer:
    """One intake of a course."""

    id: int
    start_date: date
    application_deadline: date
    seats_total: int
    seats_taken: int = 0

    @property
    def seats_available(self) -> int:
        return max(0, self.seats_total - self.seats_taken)

    def is_closed(self, today: date) -> bool:
        """Deadline passed or batch started (a batch starting today has started)."""
        return today > self.application_deadline or today >= self.start_date


class _Followed:
    """Whether an offer is followed in person, remotely or both, read off its mode. A course's
    `mode` and an opening's `work_mode` are one scale under two names (in person or on site,
    blended or hybrid, remote): each offer names its field as `_mode`, and the two ends."""

    __slots__ = ()
    _mode: StrEnum
    _IN_PERSON: ClassVar[StrEnum]
    _REMOTE: ClassVar[StrEnum]

    @property
    def needs_presence(self) -> bool:
        return self._mode is not self._REMOTE

    @property
    def has_remote_part(self) -> bool:
        return self._mode is not self._IN_PERSON

    @property
    def is_remote_only(self) -> bool:
        return self._mode is self._REMOTE


@dataclass(frozen=True, slots=True)
class CourseOffer(_Followed):
    id: int
    title: str
    trade: str
    min_literacy: Literacy
    languages: frozenset[str]
    mode: CourseMode
    latitude: float
    longitude: float
    district: str = ""
    duration_weeks: int = 12
    fee_inr: int = 0
    stipend_inr_month: int = 0
    residential: bool = False
    women_only: bool = False
    min_age: int = 14
    max_age: int | None = None
    documents_required: frozenset[Document] = frozenset()
    raises_literacy_to: Literacy | None = None
    placement_rate: float | None = None
    batches: tuple[BatchOffer, ...] = ()
    placement_source: PlacementSource = "declared"
    placement_outcomes: int = 0  # completions the observed rate rests on (0 when declared)

    def __post_init__(self) -> None:
        _set(self, "languages", frozenset(self.languages))
        _set(self, "documents_required", frozenset(self.documents_required))
        _set(self, "batches", tuple(self.batches))
        _coerce(self, min_literacy=Literacy, mode=CourseMode, raises_literacy_to=Literacy)
        _set(self, "district", district_key(self.district))

    kind = "course"
    _mode = property(attrgetter("mode"))
    _IN_PERSON, _REMOTE = CourseMode.IN_PERSON, CourseMode.REMOTE

    @property
    def is_bridge(self) -> bool:
        return self.raises_literacy_to is not None

    @property
    def lodging(self) -> bool:
        return self.residential

    @property
    def effective_min_age(self) -> int:
        return self.min_age

    def devices_for_remote_part(self) -> frozenset[Device]:
        """A smartphone or a computer follows a remote class (docs/design.md, `no_device`)."""
        return _PHONE_OR_COMPUTER


@dataclass(frozen=True, slots=True)
class OpeningOffer(_Followed):
    id: int
    title: str
    trade: str
    min_literacy: Literacy
    languages: frozenset[str]
    work_mode: WorkMode
    latitude: float
    longitude: float
    district: str = ""
    wage_inr_month: int = 0
    shift: Shift = Shift.DAY
    positions: int = 1
    positions_filled: int = 0
    women_only: bool = False
    accommodation: bool = False
    min_age: int = 18
    documents_required: frozenset[Document] = frozenset()
    closes_on: date | None = None
    status: OpeningStatus = OpeningStatus.PUBLISHED
    employer_verified: bool = True

    def __post_init__(self) -> None:
        _set(self, "languages", frozenset(self.languages))
        _set(self, "documents_required", frozenset(self.documents_required))
        _coerce(self, min_literacy=Literacy, work_mode=WorkMode, shift=Shift, status=OpeningStatus)
        _set(self, "district", district_key(self.district))

    kind = "opening"
    max_age = None
    _mode = property(attrgetter("work_mode"))
    _IN_PERSON, _REMOTE = WorkMode.ON_SITE, WorkMode.REMOTE

    @property
    def positions_available(self) -> int:
        return max(0, self.positions - self.positions_filled)

    @property
    def is_listed(self) -> bool:
        """Only published openings of verified employers are ever matched or shown at all."""
        return self.status is OpeningStatus.PUBLISHED and self.employer_verified

    @property
    def lodging(self) -> bool:
        return self.accommodation

    @property
    def effective_min_age(self) -> int:
        return max(self.min_age, MIN_WORKING_AGE)

    def devices_for_remote_part(self) -> frozenset[Device]:
        """Remote desk work needs a computer (docs/design.md, `no_device`)."""
        return _COMPUTER


_PHONE_OR_COMPUTER = frozenset({Device.SMARTPHONE, Device.COMPUTER})
_COMPUTER = frozenset({Device.COMPUTER})

Offer = CourseOffer | OpeningOffer
