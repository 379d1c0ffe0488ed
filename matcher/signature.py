"""What the index files of each offer for the hard rules to be judged once for many offers: how
it is reached (`Access`) and its categorical conditions (`Signature`). The screens that judge
them are declared with their rules (`matcher.rules.HARD_RULES`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from .models import CourseOffer, Offer, TradeInfo
from .vocabulary import Device


class Access(NamedTuple):
    """How an offer is reached: presence, remote only, the devices its remote part needs (None:
    it has none), and a hands-on trade taught as a course."""

    needs_presence: bool
    is_remote_only: bool
    remote_devices: frozenset[Device] | None
    hands_on_course: bool


@dataclass(frozen=True, slots=True)
class Signature:
    """The categorical conditions an offer sets (all the hard rules but place and time)."""

    min_literacy_rank: int
    language_mask: int  # 0: no language condition
    women_only: bool
    min_age: int
    max_age: int
    needs_presence: bool
    is_remote_only: bool
    remote_devices: frozenset[Device] | None
    hands_on_course: bool

    @property
    def access(self) -> Access:
        return Access(self.needs_presence, self.is_remote_only, self.remote_devices,
                      self.hands_on_course)


NO_MAX_AGE = 1_000


def signature_of(offer: Offer, trade: TradeInfo, language_mask: int) -> Signature:
    """The signature of an offer (`language_mask`: its languages as the index numbers them)."""
    return Signature(
        min_literacy_rank=offer.min_literacy.rank,
        language_mask=language_mask,
        women_only=offer.women_only,
        min_age=offer.effective_min_age,
        max_age=offer.max_age if offer.max_age is not None else NO_MAX_AGE,
        needs_presence=offer.needs_presence,
        is_remote_only=offer.is_remote_only,
        remote_devices=offer.devices_for_remote_part() if offer.has_remote_part else None,
        hands_on_course=isinstance(offer, CourseOffer) and not trade.remote_teachable,
    )
