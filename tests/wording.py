"""The edge's English wording of the engine's codes, for tests that read what a counselor reads."""
from __future__ import annotations

from api.messages import Wording

_ENGLISH = Wording("en")


def english(message) -> str:
    """A blocker, reason or note (value or dict) as the English API words it."""
    return _ENGLISH.message(message) if message is not None else None


def english_all(messages) -> list[str]:
    return [english(message) for message in messages]
