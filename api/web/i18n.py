"""Labels of the web pages in English, Hindi and Bengali, chosen by each person.

A small catalogue in code rather than gettext .po/.mo files: the pages have a few hundred short
labels, and this needs no compile step (no binary files in the repository, nothing to forget at
build time). The English text is the key, as with gettext, so a label not yet translated shows in
English. `tests/web/test_labels.py` checks that every label the templates use is translated.
"""
from __future__ import annotations

from flask import Flask, request, session

from .catalogue import BENGALI, HINDI

LANGUAGES = {"en": "English", "hi": "हिन्दी", "bn": "বাংলা"}
CATALOGUES: dict[str, dict[str, str]] = {"en": {}, "hi": HINDI, "bn": BENGALI}


def get_locale() -> str:
    """The language the person chose (kept in the session), else the browser's, else English."""
    chosen = session.get("lang")
    if chosen in LANGUAGES:
        return chosen
    return request.accept_languages.best_match(list(LANGUAGES)) or "en"


def gettext(message: str, **values) -> str:
    text = CATALOGUES.get(get_locale(), {}).get(message, message)
    return text.format(**values) if values else text


def rupees(amount: int | None) -> str:
    """An amount in rupees grouped the Indian way: 1,50,000 (lakh), as schemes print them."""
    if amount is None:
        return ""
    digits = str(abs(int(amount)))
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        head, group = head[:-2], head[-2:]
        groups.insert(0, group)
    if head:
        groups.insert(0, head)
    sign = "-" if int(amount) < 0 else ""
    return sign + ",".join([*groups, tail])


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(_=gettext, get_locale=get_locale, LANGUAGES=LANGUAGES)
    app.jinja_env.filters["rupees"] = rupees
