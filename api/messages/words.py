"""The ground every wording stands on: the languages the service speaks, their gettext
catalogues under `api/translations/` (one `.po` per language, compiled to `.mo` by
`make translations`), and `Words`, one reader's language with its gettext, Babel's numbers
(rupees grouped the Indian way: ₹1,20,000), lists and dates (in India time, never UTC), and the
names of labels, trades and schemes.

Supported languages are `LANGUAGES`; adding one (say Odia) is one line there and one `.po` file
(see docs/languages.md). The codes themselves are worded by `api.messages.Wording`, built on
`Words`; each module of this package words one kind of code with a `Words`.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_datetime
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal
from babel.support import NullTranslations, Translations

from ..labels import LABELS

TRANSLATIONS = Path(__file__).parent.parent / "translations"
DOMAIN = "messages"
TIMEZONE = "Asia/Kolkata"

LANGUAGES: dict[str, dict[str, str]] = {
    # code: the name in its own script, the Babel locale for numbers and dates, the voice
    "en": {"name": "English", "locale": "en_IN", "voice": "en-IN"},
    "hi": {"name": "हिन्दी", "locale": "hi_IN", "voice": "hi-IN"},
    "bn": {"name": "বাংলা", "locale": "bn_IN", "voice": "bn-IN"},
}
DEFAULT_LANGUAGE = "en"


@lru_cache(maxsize=None)
def translations(language: str) -> NullTranslations:
    """The compiled catalogue of `language` (English: the msgids themselves)."""
    if language == DEFAULT_LANGUAGE:
        return NullTranslations()
    return Translations.load(str(TRANSLATIONS), [language], DOMAIN)


def supported(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


class Words(ABC):
    """One reader's language: gettext with %(name)s parameters, numbers, dates, lists and
    labels. `message` and `error` (the codes, which the worders of this package call for the
    codes nested in a code's parameters) are `api.messages.Wording`'s."""

    def __init__(self, language: str | None = None) -> None:
        self.language = supported(language)
        self.locale = LANGUAGES[self.language]["locale"]
        self.t = translations(self.language)

    # --- gettext, with %(name)s parameters ----------------------------------------------------

    def _(self, msgid: str, **params: Any) -> str:
        text = self.t.gettext(msgid)
        return text % params if params else text

    def ngettext(self, singular: str, plural: str, num: int, **params: Any) -> str:
        return self.t.ngettext(singular, plural, num) % {"num": num, **params}

    def pgettext(self, context: str, msgid: str, **params: Any) -> str:
        text = self.t.pgettext(context, msgid)
        return text % params if params else text

    # --- numbers, dates, lists, labels --------------------------------------------------------

    def rupees(self, amount: int | float | None) -> str:
        return "" if amount is None else _rupees(amount, self.locale)

    def number(self, value: int | float | None) -> str:
        return "" if value is None else _decimal(value, self.locale)

    def date(self, value: date | str | None) -> str:
        if not value:
            return ""
        if isinstance(value, str):
            value = date.fromisoformat(value[:10])
        if isinstance(value, datetime):
            return self.datetime(value)
        return _date(value, self.locale)

    def datetime(self, value: datetime | None) -> str:
        """A moment in India time (stored times are UTC), in the reader's language."""
        if value is None:
            return ""
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return format_datetime(value, "d MMM y, HH:mm", tzinfo=TIMEZONE, locale=self.locale)

    def list(self, items: Iterable[str], style: str = "standard") -> str:
        items = tuple(item for item in items if item)
        return _list(items, style, self.locale) if items else ""

    def label(self, kind: str, code: object) -> str:
        text = str(getattr(code, "value", code) if code is not None else "")
        name = LABELS.get(kind, {}).get(text)
        return self.t.gettext(name) if name else text.replace("_", " ")

    def labels(self, kind: str, codes: Iterable[object]) -> str:
        return self.list(self.label(kind, code) for code in codes)

    def _named(self, kind: str, code: str | None, otherwise: str) -> str:
        """The name of `code` in the reader's language, or `otherwise` when it has none here."""
        known = LABELS[kind].get(code or "")
        return self.t.gettext(known) if known else otherwise

    def trade(self, code: str | None, name: str | None = None) -> str:
        """A trade's name in the reader's language (a trade added later: its catalogue name)."""
        return self._named("trade", code, name or str(code or "").replace("_", " "))

    def scheme(self, code: str | None, name: str | None = None) -> str:
        """A scheme's short name in the reader's language (a scheme added to the catalogue
        later: its catalogue name)."""
        return self._named("scheme", code, name or str(code))

    def scheme_benefit(self, code: str, benefit: str | None = None) -> str:
        return self._named("scheme_benefit", code, benefit or "")

    @abstractmethod
    def message(self, message: Any) -> str:
        """Any message of the engine, worded (see `api.messages.Wording.message`)."""

    @abstractmethod
    def error(self, reason: str, details: Mapping[str, Any] | None = None,
              fallback: str | None = None) -> str:
        """A domain error's reason, worded (see `api.messages.Wording.error`)."""


# Babel's formatting, memoised: a page says the same few amounts, distances and dates many times.
@lru_cache(maxsize=8192)
def _rupees(amount: int | float, locale: str) -> str:
    return format_currency(amount, "INR", format="¤#,##,##0", currency_digits=False,
                           locale=locale)


@lru_cache(maxsize=8192)
def _decimal(value: int | float, locale: str) -> str:
    return format_decimal(value, locale=locale)


@lru_cache(maxsize=4096)
def _list(items: tuple[str, ...], style: str, locale: str) -> str:
    return format_list(list(items), style=style, locale=locale)


@lru_cache(maxsize=4096)
def _date(value: date, locale: str) -> str:
    return format_date(value, "medium", locale=locale)


def said(msgid: str) -> Callable[[Words, Mapping[str, Any]], str]:
    """The worder of a code whose sentence takes no parameters: `msgid` (marked with `N_` where
    it is written), in the reader's language."""
    return lambda w, _params: w._(msgid)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]
