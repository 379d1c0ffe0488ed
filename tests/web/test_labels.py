"""Every label of the pages reads in Hindi and Bengali, with the same placeholders."""
from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from api.web import errors, partner
from api.web.catalogue import BENGALI, HINDI
from api.web.vocabulary import LABELS

API = Path(__file__).resolve().parents[2] / "api"
LITERAL = re.compile(r'''_\(\s*"((?:[^"\\]|\\.)*)"|_\(\s*'((?:[^'\\]|\\.)*)'|hint="([^"]+)"'''
                     r'''|\bm\.\w+\(\s*"[^"]+",\s*"([^"]+)"''')


def labels_in_use() -> set[str]:
    found: set[str] = set()
    files = [*(API / "templates").rglob("*.html"), *(API / "web").glob("*.py")]
    for path in files:
        for match in LITERAL.finditer(path.read_text(encoding="utf-8")):
            found.add(next(group for group in match.groups() if group))
    found.update(label for labels in LABELS.values() for label in labels.values())
    found.update(errors.TITLES.values())
    found.update(partner.WHAT_TO_CHANGE.values())
    return found


def placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_the_pages_use_many_labels():
    assert len(labels_in_use()) > 150  # the extraction itself works


@pytest.mark.parametrize("language, catalogue", [("hi", HINDI), ("bn", BENGALI)])
def test_every_label_is_translated_with_its_placeholders(language, catalogue):
    missing = sorted(label for label in labels_in_use() if label not in catalogue)
    assert missing == []
    wrong = {label: catalogue[label] for label in catalogue
             if placeholders(label) != placeholders(catalogue[label])}
    assert wrong == {}


def test_every_hint_for_a_screening_flag_names_a_real_flag():
    from api.web.partner import WHAT_TO_CHANGE
    from catalog.screening import FLAG_CODES

    assert set(WHAT_TO_CHANGE) <= set(FLAG_CODES)
