"""The max_examples of a property test that names its own, scaled with the Hypothesis profile
(registered in tests/conftest.py: "quick" by default, "thorough" in CI). No database here."""
from __future__ import annotations

from hypothesis import settings


def examples(thorough: int) -> int:
    """`thorough` in the thorough profile (100 examples by default); as many fewer in the quick
    one as its default is (25: a quarter), never under 10."""
    return max(10, thorough * settings().max_examples // 100)
