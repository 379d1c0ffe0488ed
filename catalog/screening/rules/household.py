"""A household that employs and says where it is, for `vague_employer`: the locality of the home
written in the body ("a family of four in Baner", "Aliganj mein parivar", "বেহালায় চার জনের
পরিবার") or the woman who employs naming herself ("I am Mrs. Mehrotra", "मैं सुनीता अवस्थी",
"Ami Rina Basu"), in a district named, for work she goes to each day, with no mark of another lure (a fee, her
papers kept, an advance to her family, a girl under age). A locality in the title
alone, a city alone or live-in work stays a phone alone: the live-in maid's lure names a city
("Live-in maid for a Delhi family") and a family, and a phone.
"""
from __future__ import annotations

import re

from wordfreq import zipf_frequency

from matcher.text import normalise

from ..text import is_common, read
from .children import minor_targeted
from .family import advance_to_family
from .fees import fee_charged
from .index import INDEX
from .papers import documents_retained
from .reading import Reading

# The other lures' flags, any one of which makes the household a lure's, not one to find.
_LURES_MARKS = (fee_charged, documents_retained, advance_to_family, minor_targeted)
HOUSEHOLD_TRADES = frozenset({"domestic_cook", "domestic_care", "child_care_worker"})
# Live-in work, or stay given: not a household she goes to from her own home.
_LIVE_IN = re.compile(r"live[\s-]?in|stay with|\bstay\b|rehna|rahna|rahegi|rahogi|रहना|रहेगी|"
                      r"ke saath reh|के साथ रह|thakbe|থাকবে|বাসার|placement|kothi|कोठी|"
                      r"থাকা[-\s]?খাওয়া|thaka[-\s]?khawa|থাকতে হবে(?! না)|thakte hobe(?! na)", re.IGNORECASE)
_ONLY_WORD = r"(?:\bonly\b|\bsirf\b|\bshudhu\b|\bsudhu\b|केवल|सिर्फ|শুধু)"
_CONTACT = (r"(?:\bcall|\bphone|\bph\b|whatsapp|\bcontact|কল|ফোন|হোয়াটসঅ্যাপ|कॉल|फोन|"
            r"व्हाट्सएप|[\dX০-৯]{6,})")
# The phone said to be the only way: "Call 01XXXXXXX11 only", "sirf call karein".
_ONLY = re.compile(rf"{_CONTACT}\S*\s+(?:\S+\s+)?{_ONLY_WORD}|{_ONLY_WORD}\s+(?:\S+\s+)?"
                   rf"{_CONTACT}", re.IGNORECASE)
_DAILY = re.compile(r"morning|evening|lunch|dinner|breakfast|meals|\bam\b|\bpm\b|subah|shaam|"
                    r"sham\b|shokal|sokal|bikel|sondhya|dupur|rater|सुबह|शाम|दोपहर|সকাল|সন্ধ্যা|"
                    r"বিকেল|দুপুর|রাতের", re.IGNORECASE)
# A locality as the home's: "in Gomti Nagar", "near Kapoorthala crossing", "Aliganj mein",
# "Salt Lake e", "महानगर में", "बेहाला के पास".
_LATIN_PLACE = re.compile(r"\b(?:in|at|near)\s+([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)"
                          r"|\b([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\s+(?:mein|me|e|te)\b")
_NATIVE_PLACE = re.compile(r"(\S{3,})\s+(?:में|के पास)|(\S{3,}?)(?:য়|তে|ে)\s")
# The woman who employs, naming herself: "I am Mrs. Nandita Mehrotra", "Mrs. Rupa Saxena
# here", "Main Sunita Awasthi", "मैं सुनीता अवस्थी", "Ami Rina Basu", "আমি রিনা বসু".
_HERSELF = re.compile(
    r"\b(?:I am|I'm|This is|Main|Mai|Ami)\s+(?:(?:Mrs|Ms|Smt|Dr)\.?\s+)?([A-Z][a-z]{2,})"
    r"|\b(?:Mrs|Smt)\.?\s+([A-Z][a-z]{2,})(?:\s+[A-Z][a-z]{2,})?\s+here\b"
    r"|(?:मैं|আমি)\s+(?:श्रीमती\s+)?(\S{2,})")


def household_placed(reading: Reading) -> bool:
    """Household work in a district named, not live-in, whose body names two of: the woman who
    employs, the home's locality, the hours or meals of a day's work ("morning and evening",
    "lunch and dinner", "subah-shaam", "সকাল-সন্ধ্যা"); the locality or the woman among them.
    Not a phone said to be the only way."""
    facts = reading.facts
    district = (facts.district or "").strip().casefold()
    body = facts.description or ""
    if not district or facts.trade not in HOUSEHOLD_TRADES or _LIVE_IN.search(body) or any(
            reading.flag_of(rule) for rule in _LURES_MARKS):
        return False
    places = [next(g for g in match.groups() if g) for match in _LATIN_PLACE.finditer(body)]
    places += [next(g for g in match.groups() if g) for match in _NATIVE_PLACE.finditer(body)]
    if _ONLY.search(body):
        return False  # "Call 01XXXXXXX11 only", "sirf call karein": a phone alone, so said
    daily = _DAILY.search(body) is not None
    located = any(_a_name(place, district) for place in places)
    herself = any(_a_name(next(g for g in match.groups() if g), district)
                  for match in _HERSELF.finditer(body))
    return (located and daily) or (herself and (located or daily))


def _a_name(words: str, district: str) -> bool:
    """A proper name: not the district itself, no word the rules read, and a rare word or two
    capitalised words ("Salt Lake")."""
    text = normalise(words)
    if not text or text.casefold() in district or INDEX.find(read(words)):
        return False
    parts = words.split()
    return len(parts) > 1 and parts[1][:1].isupper() or any(_rare(word) for word in text.split())


# Hindi and Bengali word lists hold many names of people and places at a middling frequency
# ("सुनीता", "বেহালা"): below this one a word in those scripts is read as a name.
NAME_ZIPF = 4.1


def _rare(word: str) -> bool:
    if word.isascii():
        return not is_common(word)
    language = "bn" if any("\u0980" <= char <= "\u09ff" for char in word) else "hi"
    return zipf_frequency(word, language, wordlist="small") < NAME_ZIPF
