"""An employer that cannot be found: `vague_employer`."""
from __future__ import annotations

import re
import unicodedata

from .codes import VAGUE_EMPLOYER, flag
from .reading import Reading

_DIGITS_APART = re.compile(r"(?<=\d)[\s-](?=\d)")
_PHONE = re.compile(r"(?<!\d)(?:\+?91|0)?[6-9]\d{9}(?!\d)|(?<!\d)(?:\+?88)?01[3-9]\d{8}(?!\d)")
# A phone number written with some of its digits masked ("94XXXXXX58", "8XXXXXXX66"), as it is
# shown in a shared advertisement: still a phone number to call, not an office.
_MASKED_PHONE = re.compile(r"(?<![\w])(?:\+?91)?[6-9][\dXx*]{8}\d(?![\w])"
                           r"|(?<![\w])01[3-9][\dXx*]{7}\d(?![\w])"
                           # masked to the end, with its dash: "017XX-XXXXXX", "০১৮XX-XXXXXX"
                           r"|(?<![\w])01[3-9][\dXx*]{2}-[\dXx*]{6}(?![\w])")
# Reach, in words, from the name or place to its telling on arrival: "name and address will be
# told on arrival", "naam aur pata pahunchne par bataya jayega".
ARRIVAL_REACH = 6


def vague_employer(reading: Reading) -> dict | None:
    facts = reading.facts
    placeless = facts.work_mode != "remote" and not (facts.district or "").strip()
    digits = _DIGITS_APART.sub("", _ascii_digits(reading.text))
    # a phone number alone is vague; beside a street, a landmark or an office it is how to reach
    # an employer that can be found (a household: "Salt Lake, CF block ... call Mrs. Dasgupta")
    phone = None if reading.hits.get("address") else (
        _PHONE.search(digits) or _MASKED_PHONE.search(digits))
    described = [] if reading.is_training else reading.live("described_only")
    vague = reading.live("vague") + described + [  # the name or place told only on arrival or
        # later ("the address will be told after the interview")
        hit for pair in reading.pairs(reading.live("name_of_place"), reading.live(
            "on_arrival") + reading.live("told_later"), ARRIVAL_REACH)
        if pair[0].end <= pair[1].start
        and reading.words[pair[0].start].clause == reading.words[pair[1].start].clause
        for hit in pair]
    if placeless or phone or vague:
        evidence = (reading.quote(vague[0]) if vague else phone.group() if phone
                    else "district")
        return flag(VAGUE_EMPLOYER, evidence)
    return None


def _ascii_digits(text: str) -> str:
    """The text with Bengali and Devanagari digits written as ASCII ones ("০১৭১২..."), so that a
    phone number in any script is seen."""
    return "".join(str(unicodedata.digit(char)) if char.isdigit() and not char.isascii()
                   else char for char in text)
