"""The gettext catalogues: every message translated in every language, nothing fuzzy, the same
placeholders, the compiled .mo files as their .po files say, and every code of every code list
worded in every language."""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from api.messages import CODE_LISTS, Wording
from api.messages.words import LANGUAGES, TRANSLATIONS

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%%")
SAMPLE_PARAMS = {
    # enough parameters for every branch of a code's wording to have something to say
    "needs": "class8", "has": "class5", "offered": ["hi"], "spoken": ["bn"], "kind": "course",
    "km": 42, "max_travel_km": 10, "lodging": "residential", "device": "feature_phone",
    "connectivity": False, "trade": "sewing_dress_making", "because": "higher_urgency",
    "min_age": 18, "age": 16, "district": "howrah", "positions": 3, "batches": 2,
    "closed_on": "2027-01-05", "interest": "silai", "experience": "darzi",
    "stipend_inr_month": 2000, "short_course_weeks": 6, "free": True, "urgent": True,
    "rate_percent": 62, "source": "observed", "outcomes": 25, "days": 5, "date": "2027-01-05",
    "women_only": True, "day_shift": True, "title": "Tailoring batch", "reaches": "class5",
    "documents": ["aadhaar", "bank_account"], "scheme": "pmjdy", "amount_inr_month": 2000,
    "amount_inr": 50000, "count": 2, "gender": "male", "nationality": "BD",
    "awaiting_repatriation": True, "states": ["West Bengal"], "state": "Bihar",
    "start_date": "2027-01-05", "choice": 2, "options": 3, "score": 71.5, "min_score": 50,
    "titles": ["Tailoring batch"], "wage_inr_month": 45000, "typical_inr_month": 12000,
    "floor_inr_month": 4576, "profile_id": 8, "referral_id": 3, "batch_id": 4, "day": 30,
    "due_on": "2027-01-05", "offers": [{"title": "Tailoring batch"}],
    "blockers": [{"code": "too_far", "params": {"km": 42, "max_travel_km": 10}}],
    "profile_id_": 8, "cause": "no_capacity",
}


def catalogue(language: str):
    path = TRANSLATIONS / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def strings(message) -> list[str]:
    return list(message.string) if isinstance(message.string, (list, tuple)) \
        else [message.string]


def ids(message) -> list[str]:
    return list(message.id) if isinstance(message.id, (list, tuple)) else [message.id]


def test_the_catalogues_hold_the_pages_and_the_codes():
    assert len([m for m in catalogue("hi") if m.id]) > 500


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_message_is_translated_and_nothing_is_fuzzy(language):
    messages = [m for m in catalogue(language) if m.id]
    untranslated = [m.id for m in messages if not all(strings(m))]
    fuzzy = [m.id for m in messages if m.fuzzy]
    assert untranslated == [], f"{len(untranslated)} untranslated in {language}"
    assert fuzzy == []
    assert not catalogue(language).fuzzy


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_translations_keep_the_placeholders(language):
    wrong = []
    for message in catalogue(language):
        if not message.id:
            continue
        wanted = set(PLACEHOLDER.findall(ids(message)[-1]))
        for string in strings(message):
            if string and set(PLACEHOLDER.findall(string)) - wanted - {"num"}:
                wrong.append((message.id, string))
            if string and set(PLACEHOLDER.findall(ids(message)[0])) - set(
                    PLACEHOLDER.findall(string)) - {"num"}:
                wrong.append((message.id, string))
    assert wrong == []


def test_the_catalogues_hold_every_msgid_the_code_uses(tmp_path):
    """`make extract` would add nothing: every _(), ngettext, pgettext and N_ of api/ is in the
    .po files of every language."""
    pot = tmp_path / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F",
                    str(ROOT / "babel.cfg"), "-k", "N_", "--no-location", "-o", str(pot),
                    str(ROOT)], check=True, capture_output=True, cwd=ROOT)
    with pot.open("rb") as handle:
        wanted = {(m.context, ids(m)[0]) for m in read_po(handle) if m.id}
    for language in LANGUAGES:
        present = {(m.context, ids(m)[0]) for m in catalogue(language) if m.id}
        assert sorted(wanted - present, key=str) == [], language


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_compiled_catalogue_matches_its_po_file(language):
    path = TRANSLATIONS / language / "LC_MESSAGES" / "messages.mo"
    with path.open("rb") as handle:
        compiled = {(m.context, ids(m)[0]): strings(m) for m in read_mo(handle) if m.id}
    source = {(m.context, ids(m)[0]): strings(m) for m in catalogue(language) if m.id}
    assert compiled == source, "run `make translations`"


@pytest.mark.parametrize("language", sorted(LANGUAGES))
@pytest.mark.parametrize("code_list", sorted(CODE_LISTS))
def test_every_code_of_every_list_has_a_message(language, code_list):
    words = Wording(language)
    english = Wording("en")
    for code in CODE_LISTS[code_list]:
        params = dict(SAMPLE_PARAMS)
        if code_list == "flag":
            text, plain = words.flag({"code": code, "params": params}), \
                english.flag({"code": code, "params": params})
        elif code_list == "notification":
            text, plain = words.notification(code, params), english.notification(code, params)
        elif code_list == "error":
            text, plain = words.error(code, params), english.error(code, params)
            assert plain != english.error("__unknown__"), f"{code} has no wording"
        elif code_list == "because":
            text, plain = words.because(code), english.because(code)
        else:
            text, plain = words.message({"code": code, "params": params}), \
                english.message({"code": code, "params": params})
            assert plain != code.replace("_", " "), f"{code} has no wording"
        assert text and "%(" not in text, (code, text)
        if language != "en":
            assert text != plain, f"{code} is not translated into {language}: {text}"


def test_a_new_language_needs_one_po_file_and_one_line(tmp_path, monkeypatch):
    """Odia: LANGUAGES gains a line, api/translations/or/ its .po; the untranslated count is
    what the test above reports for it."""
    import api.messages.words as words_module

    folder = tmp_path / "or" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    source = catalogue("hi")
    po = io.BytesIO()
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    odia = Catalog(locale="or")
    odia.add("Matches", "ମେଳ")
    write_mo(po, odia)
    (folder / "messages.mo").write_bytes(po.getvalue())
    monkeypatch.setattr(words_module, "TRANSLATIONS", tmp_path)
    monkeypatch.setitem(words_module.LANGUAGES, "or",
                        {"name": "ଓଡ଼ିଆ", "locale": "or_IN", "voice": "or-IN"})
    words_module.translations.cache_clear()
    try:
        words = Wording("or")
        assert words.language == "or"
        assert words._("Matches") == "ମେଳ"
        assert words._("Score") == "Score"  # untranslated: falls back to English
        assert len([m for m in source if m.id]) > 1
    finally:
        words_module.translations.cache_clear()


def test_every_reason_a_service_raises_is_a_worded_error_reason():
    """A domain error's `reason` written anywhere (catalog/ or api/) is in ErrorReason, hence
    worded in every language and an enum of the OpenAPI document."""
    from catalog.errors import ErrorReason

    written = set()
    for folder in ("catalog", "api"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            written |= set(re.findall(r'reason\s*=\s*"([a-z_]+)"', text))
            written |= {f"opening_{status}" for status in re.findall(
                r'reason=f"opening_\{opening\.status\.value\}"', text) and
                ("pending_review", "published", "rejected", "closed")}
    assert written, "the scan found the reasons"
    assert sorted(written - set(ErrorReason.codes())) == []


def test_every_trade_of_the_taxonomy_has_a_name_in_every_language():
    import json

    from api.labels import LABELS

    trades = json.loads((ROOT / "seeds" / "trades.json").read_text(encoding="utf-8"))
    assert sorted(t["code"] for t in trades if t["code"] not in LABELS["trade"]) == []
    schemes = json.loads((ROOT / "seeds" / "schemes.json").read_text(encoding="utf-8"))
    assert sorted(s["code"] for s in schemes if s["code"] not in LABELS["scheme"]) == []
    assert sorted(s["code"] for s in schemes if s["code"] not in LABELS["scheme_benefit"]) == []


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_scoring_factor_has_a_label_in_every_language(language):
    """A factor added to matcher/factors.py without its label would show its raw name."""
    from api.labels import LABELS
    from matcher.factors import FACTORS

    assert sorted(f.name for f in FACTORS if f.name not in LABELS["factor"]) == []
    words, english = Wording(language), Wording("en")
    for factor in FACTORS:
        text = words.label("factor", factor.name)
        if language != "en":
            assert text != english.label("factor", factor.name), (factor.name, language)
