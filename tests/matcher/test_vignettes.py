"""Vignettes from the field (tests/matcher/vignettes.py): what a counselor expects to see."""

from __future__ import annotations

import pytest

from matcher import match

from .field import TODAY
from .vignettes import VIGNETTES


def test_there_are_at_least_15_vignettes():
    assert len(VIGNETTES) >= 15


@pytest.mark.parametrize("vignette", VIGNETTES, ids=[v.name for v in VIGNETTES])
def test_vignette(vignette, field_index):
    result = match(vignette.profile(), field_index, TODAY, **vignette.options).to_dict()
    assert vignette.check(result) == [], vignette.story
