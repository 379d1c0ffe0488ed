"""What the engine knows of one offer for one survivor (`Evaluation`), and of one batch she may
join (`BatchFit`): shared by the query (`matcher.query`), the pathways and the engine."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .messages import Message
from .models import BatchOffer
from .results import BlockerHit
from .rows import Row


@dataclass(slots=True)
class Evaluation:
    """What the rules and the factors say about one offer for one survivor."""

    row: Row
    distance_km: float
    blockers: tuple[BlockerHit, ...]
    requires_bridge: bool = False
    bridge: Evaluation | None = None
    batch: BatchOffer | None = None
    factors: dict[str, float] = field(default_factory=dict)
    reasons: list[Message] = field(default_factory=list)
    score: float = 0.0

    @property
    def is_match(self) -> bool:
        return not self.blockers or self.requires_bridge

    @property
    def order(self) -> tuple[float, int, int]:
        return (-self.score, self.row.kind_order, self.row.id)


@dataclass(frozen=True, slots=True)
class BatchFit:
    """A batch a survivor may join now, and how well it fits her (the score of a match)."""

    course_id: int
    batch_id: int
    score: float
    distance_km: float
    factors: Mapping[str, float]
    reasons: tuple[Message, ...]
