"""An employer that cannot be found: `vague_employer`."""
from __future__ import annotations

import re
import unicodedata

from matcher.text import normalise

from ..text import Hit, is_common, read
from .codes import VAGUE_EMPLOYER, flag
from .household import household_placed
from .index import INDEX
from .reading import Reading

_DIGITS_APART = re.compile(r"(?<=\d)[\s-](?=\d)")
_PHONE = re.compile(r"(?<!\d)(?:\+?91|0)?[6-9]\d{9}(?!\d)|(?<!\d)(?:\+?88)?01[3-9]\d{8}(?!\d)")
# A phone number written with some of its digits masked ("94XXXXXX58", "8XXXXXXX66"), as it is
# shown in a shared advertisement: still a phone number to call, not an office.
_MASKED_PHONE = re.compile(r"(?<![\w])(?:\+?91)?[6-9][\dXx*]{8}\d(?![\w])"
                           r"|(?<![\w])01[3-9Xx*][\dXx*]{7}\d(?![\w])"
                           # masked to the end, with its dash: "017XX-XXXXXX", "০১৮XX-XXXXXX"
                           r"|(?<![\w])01[3-9][\dXx*]{2}-[\dXx*]{6}(?![\w])")
# Reach, in words, from the name or place to its telling on arrival: "name and address will be
# told on arrival", "naam aur pata pahunchne par bataya jayega".
ARRIVAL_REACH = 6


def vague_employer(reading: Reading) -> dict | None:
    facts = reading.facts
    placeless = facts.work_mode != "remote" and not (facts.district or "").strip()
    digits = _DIGITS_APART.sub("", ascii_digits(reading.text))
    # a phone number alone is vague; beside a street, a landmark or an office it is how to reach
    # an employer that can be found (a household: "Salt Lake, CF block ... call Mrs. Dasgupta");
    # so is a phone or a chat app beside a business named with its place ("Zindabazar er 'Mehedi
    # Ghor' parlour ... WhatsApp e pathan"; not "Sugandh Enterprises, call 9xxx")
    named = _named_with_place(reading)
    phone = None if findable(reading) or _owner_named(reading) or _lives_at_home(reading) or (
        household_placed(reading)) else (
        _PHONE.search(digits) or _MASKED_PHONE.search(digits))
    described = [] if reading.is_training else reading.live("described_only")
    contact = [] if named else reading.live("contact_only")
    vague = [hit for hit in reading.live("vague") if not _an_office(reading, hit)
             ] + described + contact + [  # the name or place told only on
        # arrival or later ("the address will be told after the interview")
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


# The owner named by a label ("Malik: Sahu Poultry", "Owner - Mrs. Kulkarni", "মালিক: রতন ঘোষ",
# "मालिक: साहू पोल्ट्री"), or the employer's own HR or manager ("HR: রিনচেন লামা", "Manager -
# Sunita Rao"): a phone after it is theirs, someone to find at the employer, not a phone alone.
_OWNER = re.compile(r"(?:\b(?:[Mm]alik|[Oo]wner|[Pp]roprietor|[Pp]rop|HR|[Mm]anager)\b|मालिक|"
                    r"मैनेजर|एचआर|মালিক|ম্যানেজার|এইচআর)\s*[:\-–—]\s*"
                    r"(?:(?:Mr|Mrs|Ms|Dr|Shri|Smt|Sri|Sree|श्री|श्रीमती|শ্রী|শ্রীমতী)\.?\s*)?"
                    r"([^\s,:;.।()]{3,}(?:[ \t]+[^\s,:;.।()]{3,}){0,2})")


def _owner_named(reading: Reading) -> bool:
    """The owner named by a label, one word of the name at least a name ("Dinesh Sahu")."""
    return any(_a_place(word) for owner in _OWNER.finditer(reading.facts.description or "")
               for word in owner.group(1).split())


# Household work she goes to from her own home each day ("live-out", "no stay"), in a district
# named: a household near her, reached by phone; live-in work far away stays a phone alone.
_LIVE_OUT = re.compile(r"\blive[\s-]?out\b|\bno (?:night )?stay\b|\bnot live[\s-]?in\b|"
                       r"\brehna nahi\b|रहना नहीं|\bthakte hobe na\b|থাকতে হবে না|থাকা নয়",
                       re.IGNORECASE)


def _lives_at_home(reading: Reading) -> bool:
    return bool((reading.facts.district or "").strip()) and bool(
        _LIVE_OUT.search(reading.facts.description or ""))


# A middleman's office, the word right after him ("contact munshi office", "thekedar office at
# the gate"): a place to go to, not a middleman in the employer's stead.
_OFFICE = frozenset({"office", "offices", "daftar", "dafter", "karyalay", "karyalaya",
                     "कार्यालय", "दफ्तर", "दफ़्तर", "ऑफिस", "অফিস", "অফিসে", "কার্যালয়", "দপ্তর"})


def _an_office(reading: Reading, hit: Hit) -> bool:
    words = reading.words
    return hit.end < len(words) and words[hit.end].text in _OFFICE and _MIDDLEMAN.search(
        " ".join(word.text for word in words[hit.start:hit.end])) is not None


def ascii_digits(text: str) -> str:
    """The text with Bengali and Devanagari digits written as ASCII ones ("০১৭১২..."), so that a
    phone number in any script is seen."""
    return "".join(str(unicodedata.digit(char)) if char.isdigit() and not char.isascii()
                   else char for char in text)


# A business named in the body of the text: quoted ("'Momo Junction'", "'গোধূলি ডেয়ারি ফার্ম'"), or
# capitalised words before the kind of a business ("Heena Mehendi Studio"); a title in Title Case
# ("Spa Centre Staff Wanted") names none.
_QUOTED_NAME = re.compile(r"(?:(?<=\s)|^)['‘\"“]([^'’\"”\n]{3,40})['’\"”](?!\w)", re.MULTILINE)
_CAPITALISED = re.compile(r"(?:\b[A-Z][\w&.'’-]*\s+){1,5}$")
# Words before a kind of business that name none: "our agency", "एक बड़ी एजेंसी", "আমাদের সংস্থা".
_NOT_A_NAME = frozenset({
    "our", "a", "an", "the", "any", "this", "that", "your", "hamari", "hamara", "hamare", "ek",
    "is", "us", "amader", "amar", "ei", "oi", "ekti", "kono", "हमारी", "हमारा", "हमारे", "एक",
    "इस", "उस", "किसी", "আমাদের", "আমার", "এই", "ওই", "একটি", "কোনো", "big", "good", "reputed",
    "badi", "bari", "boro", "bhalo", "बड़ी", "अच्छी", "বড়", "ভালো", "सरकारी", "সরকারি"})


# A house numbered as a block and a number, before its locality: "C-8, Vasant Kunj",
# "B-204, Saket".
_HOUSE_NUMBER = re.compile(r"(?<![\w-])[A-Z]{1,2}-\d{1,4}[A-Z]?,\s*\w")
# ... or as numbers with a slash, before its locality named: "14/2 Jodhpur Park", "23/1,
# Ballygunge Place", "১৪/২ যোধপুর পার্ক", "12/4 लेक गार्डन्स" (not the hours of "24/7").
_SLASHED_HOUSE = re.compile(r"(?<![\w/])(?!24/7\b)\d{1,4}/\d{1,3}[A-Z]?,?\s+"
                            r"(?:[A-Z][a-z]|[^\W\d_a-zA-Z])")


def findable(reading: Reading) -> bool:
    """The employer can be found: a street, a landmark or a market, a house by its number, or a
    business named with its place."""
    body = reading.facts.description or ""
    return bool(reading.hits.get("address")) or bool(_HOUSE_NUMBER.search(body)) or bool(
        _SLASHED_HOUSE.search(ascii_digits(body))) or any(
        _a_place(village.group(1)) and _a_place(village.group(2))
        and not _MIDDLEMAN.search(re.split(r"[.।!?\n]", body[:village.start()])[-1][-30:])
        for village in _VILLAGE.finditer(body)) or _named_with_place(reading)


# A village named as a postal address, its name and then the place it is in after a comma
# ("গ্রাম হরিপুর, হাউলি, বরপেটা", "ग्राम रामपुर, पोस्ट बिहटा", "Vill. Haripur, P.O. Howly"): a
# place to find, as a street is; not "গ্রাম থেকে" nor "a village girl".
_VILLAGE = re.compile(r"(?:\b(?:[Vv]ill(?:age)?|Gram|Gaon|Grama)\.?|গ্রাম|ग्राम)\s*[:.\-–]?\s*"
                      r"([^\s,:;.।]{3,})\s*,\s*"
                      r"(?:(?:P\.?\s?O\.?|পোঃ|পোস্ট|डाक|पोस्ट|Post)\s*[:.]?\s*)?"
                      r"([^\s,:;.।]{3,})")
# ... unless it is a middleman's village, named right before it ("সরদার নিমাই, গ্রাম রানিবাঁধ,
# বাঁকুড়া"): where the sardar lives, not where she works nor who employs her.
_MIDDLEMAN = re.compile(r"sardar|sordar|dalal|agent|thekedar|thikadar|munshi|mukadam|jamadar|"
                        r"contractor|সর্দার|সরদার|দালাল|এজেন্ট|ঠিকাদার|মুন্সি|सरदार|दलाल|एजेंट|"
                        r"ठेकेदार|मुंशी|मुकादम", re.IGNORECASE)


def _named_with_place(reading: Reading) -> bool:
    """A business named with its place, worked out once: the vague-employer rule asks for it
    twice (for a contact and, through `findable`, for a phone), and the entertainment rule too."""
    return reading.once("named_with_place",
                        lambda: named_business(reading) and _place_named(reading))


def named_business(reading: Reading) -> bool:
    """The opening names the business that employs: a quoted name, or a kind of business
    ("studio", "farm", "trust", "समूह", "সমিতি") after words that name it, outside the title."""
    return reading.once("named_business", lambda: _named_business(reading))


def _named_business(reading: Reading) -> bool:
    body = reading.facts.description or ""
    if _described_in_brackets(body):
        return True
    if any(not _names_a_lure(quoted.group(1)) for quoted in _QUOTED_NAME.finditer(body)):
        return True  # a quoted name ("'Free visa'" in quotes names no business)
    words = reading.words
    if any(words[hit.start].sentence > 0 and hit.start > 0
           and words[hit.start - 1].clause == words[hit.start].clause
           and words[hit.start - 1].text not in _NOT_A_NAME
           for hit in reading.hits.get("organisation_form", ())):
        return True  # Devanagari or Bengali: a form of organisation after its name
    for kind in reading.hits.get("business_kind", ()):
        if words[kind.start].sentence == 0:
            continue  # the title
        kind_text = " ".join(word.text for word in words[kind.start:kind.end])
        for match in re.finditer(rf"([^\n.]*?)\b{re.escape(kind_text)}\b", body, re.IGNORECASE):
            if _proper_name(match.group(1), placed=_KIND_THEN_PLACE.match(
                    body, match.end() - len(kind_text)) is not None):
                return True
    return False


def _proper_name(before: str, placed: bool = False) -> bool:
    """Capitalised words end `before`, one of them a name rather than a common word ("Heena
    Mehendi", "St. Anselm Convent"; not "Beauty" at the head of a sentence, "Our Spa"); or, with
    its place after it (`placed`: "St. Xavier's Primary School, Doranda"), two of them."""
    run = _CAPITALISED.search(before)
    if not run or run.group().split()[-1].casefold() in _NOT_A_NAME:
        return False
    if placed and len(run.group().split()) >= 2:
        return True
    return any(not is_common(part) for word in run.group().split()
               for part in normalise(word).split() if part.isalpha() and len(part) > 2)


# What a quoted phrase may not name to be a business's name: a lure's own words.
_LURE_WORDS = frozenset({"fee", "pay_demand", "overseas", "entertainment", "role", "vague",
                         "contact_only", "advance", "document", "minor", "no_experience"})


def _names_a_lure(quoted: str) -> bool:
    return any(hit.concept in _LURE_WORDS for hit in INDEX.find(read(quoted)))


# A locality written as one word with its kind ("Zindabazar", "Sardarpura", "Rajendranagar"),
# or a place and "near" in Bengali or Hindi ("কল্যাণীর কাছে", "स्टेशन के पास"): with a business
# named, a place to find it by.
_LOCALITY = re.compile(r"\b\w{3,}(?:bazar|bazaar|nagar|ganj|pura|para|colony|mandi|chowk)\b"
                       r"|\S+(?:র|ের) (?:কাছে|নিকটে|পাশে)|\S+ के (?:पास|निकट)", re.IGNORECASE)


def _place_named(reading: Reading) -> bool:
    """Where the business is: a street, a landmark or a market, the district by its name, a
    locality ("Sardarpura", "Zindabazar"), or a place written beside the business's name."""
    district = (reading.facts.district or "").strip().casefold()
    return bool(reading.hits.get("address") or (district and district in reading.text.casefold())
                or _LOCALITY.search(reading.text) or _place_beside_name(reading.facts.description))


# A place in the genitive right before a quoted name ("গাজীপুরের ‘সবুজ পোল্ট্রি’", "Kalna r
# 'Sugandha Udyog'", "भिवंडी की 'क्विकपैक'", "Bhiwandi ki '...'"), or after a comma right after a
# name ("'Green Leaf Poultry', Sreepur", "Rosewood Girls' School, Hatigaon, Guwahati",
# "বেলতলা বালিকা বিদ্যালয়, গুয়াহাটি"): the place of the business named.
_GENITIVE_BEFORE_QUOTE = re.compile(
    r"(?:[^\s'‘\"“,:;.।]+র|\b[A-Z][a-z]{2,}\s+(?:r|er|ki|ka|ke|of)|\S{2,}\s+(?:की|का|के))"
    r"\s+['‘\"“][^'’\"”\n]{3,40}['’\"”]")
_QUOTE_THEN_PLACE = re.compile(r"['‘\"“][^'’\"”\n]{3,40}['’\"”]\s*,\s*(\S+)")
_KIND_THEN_PLACE = re.compile(
    r"\b(?:school|convent|academy|college|vidyalaya|studio|parlour|farm|store|stores|udyog|"
    r"centre|center|kendra|trust|foundation|samiti|hospital|clinic|mill|mills|resort|"
    r"nrityangan|nrityalaya|ghar|ghor|bitan|kutir|bastralaya|vastralaya|bhandar)\s*,\s*"
    r"([A-Z][\w'’-]{2,})"
    r"|(?:विद्यालय|महाविद्यालय|ट्रस्ट|समिति|समूह|বিদ্যালয়|মহাবিদ্যালয়|ট্রাস্ট|সমিতি|নৃত্যাঙ্গন|"
    r"নৃত্যালয়|একাডেমি|অ্যাকাডেমি|বস্ত্রালয়|नृत्यालय|अकादमी|वस्त्रालय|भंडार)\s*,\s*"
    r"([^\s,:;.।'‘\"“]{2,})", re.IGNORECASE)


# A name with what the business is and where, in brackets after it: "Nakshi House (clothing
# brand, Banani)", "Tara Weaves (a handloom label, Shantipur)".
_BRACKETED = re.compile(r"\b[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3}\s*\(([^()\n]{3,60}),\s*"
                        r"([A-Z][\w'’-]{2,})\)")
_WHAT_IT_IS = re.compile(r"\b(?:brand|label|company|firm|house|business|maker|makers|"
                         r"manufacturer|manufacturers|boutique|store|studio|shop|"
                         r"enterprise)\b", re.IGNORECASE)


def _described_in_brackets(body: str) -> bool:
    return any(_WHAT_IT_IS.search(match.group(1)) and _a_place(match.group(2))
               for match in _BRACKETED.finditer(body))


def _place_beside_name(body: str | None) -> bool:
    if not body:
        return False
    if _GENITIVE_BEFORE_QUOTE.search(body) or _described_in_brackets(body):
        return True
    places = [(match.group(1), match.end()) for match in _QUOTE_THEN_PLACE.finditer(body)] + [
        (match.group(1) or match.group(2), match.end())
        for match in _KIND_THEN_PLACE.finditer(body)]
    return any(_a_place(place.strip(":;.।")) and not _a_person(body[end:])
               for place, end in places)


# Words after a name that make it a person's, not a place's: "Sugandh Udyog, Ramesh ji: 98..."
_HONORIFICS = frozenset({"ji", "jee", "da", "di", "didi", "dada", "apa", "bhai", "bhaiya",
                         "sir", "madam", "saheb", "sahab", "babu", "জী", "দা", "দি", "আপা",
                         "ভাই", "जी", "दा", "दीदी", "भाई", "साहब"})


def _a_person(rest: str) -> bool:
    following = rest.split()[:1]
    return bool(following) and following[0].strip(":;,.।").casefold() in _HONORIFICS


def _a_place(word: str) -> bool:
    """A word after a business's name and a comma that can be its place: capitalised in Latin
    script, and no word the rules read (not "Call", "WhatsApp", "ফোন")."""
    return bool(word) and (word[:1].isupper() or not word.isascii()) and not INDEX.find(
        read(word))
