"""The domain's codes as choices of the page forms, named in the reader's language."""
from __future__ import annotations

from ..i18n import wording
from ..labels import LABELS


class Choices:
    def options(self, kind: str) -> list[tuple[str, str]]:
        """(code, name) pairs of a form's select or checkboxes, named in the reader's language."""
        words = wording()
        return [(code, words.label(kind, code)) for code in LABELS[kind]]

    def label(self, kind: str, code: object) -> str:
        return wording().label(kind, code)


choices = Choices()
