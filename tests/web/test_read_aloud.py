"""The summary read aloud speaks to the survivor in one of her own languages, at a level a
listener with five years of school follows."""
from __future__ import annotations

import re

import pytest

from api.messages import Wording
from api.web.read_aloud import amount_words, choose_language

from .scheme_rows import counselor, new_profile, schemes, stipend_course  # noqa: F401

DEVANAGARI = re.compile(r"[\u0900-\u0963\u0966-\u097F]")  # not the danda, Bengali uses it too
BENGALI = re.compile(r"[\u0980-\u09FF]")


@pytest.mark.parametrize("language, amount, said", [
    ("en", 120_000, "1 lakh 20 thousand rupees"), ("en", 2_500, "2 thousand 500 rupees"),
    ("en", 500, "500 rupees"), ("hi", 1_500, "1 हज़ार 500 रुपये"),
    ("bn", 100_000, "1 লাখ টাকা"),
])
def test_amounts_are_said_the_way_people_say_them(language, amount, said):
    assert amount_words(Wording(language), amount) == said


def test_her_first_language_the_service_speaks_is_the_default():
    assert choose_language(["ur", "hi", "bn"], None) == "hi"
    assert choose_language(["hi", "bn"], "bn") == "bn"
    assert choose_language(["hi", "bn"], "ta") == "hi"  # not one of hers
    assert choose_language(["ta"], None) == "en"


def summary_of(page: str) -> tuple[str, str]:
    found = re.search(r'<div id="summary-text" lang="(\w+)" data-voice="([\w-]+)">(.*?)</div>',
                      page, re.S)
    assert found, "no summary"
    return found[1], found[2], re.sub(r"<[^>]+>", " ", found[3])


def test_the_counselor_picks_one_of_her_languages_for_the_summary(
        counselor, new_profile, schemes, stipend_course):  # noqa: F811
    profile_id = new_profile("HB-1", languages=["hi", "bn"], documents=["aadhaar"])
    page = counselor.get(f"/profiles/{profile_id}/matches").get_data(as_text=True)
    language, voice, text = summary_of(page)
    assert (language, voice) == ("hi", "hi-IN") and DEVANAGARI.search(text)
    assert "हर महीने 1 हज़ार 500 रुपये मिलेंगे" in text  # the stipend, said in words
    assert 'name="speak"' in page and 'value="bn"' in page
    page = counselor.get(f"/profiles/{profile_id}/matches?speak=bn").get_data(as_text=True)
    language, voice, text = summary_of(page)
    assert (language, voice) == ("bn", "bn-IN") and BENGALI.search(text)
    assert not DEVANAGARI.search(text)
    assert "<script" not in page.split("</head>", 1)[1].replace('<script src="/static', "")
