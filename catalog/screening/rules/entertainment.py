"""Entertainment work, however it is worded: `entertainment_lure`."""
from __future__ import annotations

import re

from ..text import Hit
from .codes import ENTERTAINMENT_LURE, flag
from .abroad import overseas_travel
from .children import minor_targeted
from .employer import ascii_digits, findable, vague_employer
from .fees import fee_charged
from .reading import Reading
from .wage import no_experience_high_pay

# Hours that run past midnight: "9 pm to 3 am", "8pm-4am", "10 p.m. till 2 a.m.".
_LATE_HOURS = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*p\.?\s?m\.?\s*(?:to|till|until|-|–|se|theke)?\s*"
    r"\d{1,2}(?:[:.]\d{2})?\s*a\.?\s?m\b"
    r"|\b(?:till|until|upto|up\s+to|open\s+till)\s+[1-5](?:[:.]\d{2})?\s*a\.?\s?m\b"
    r"|\b[1-5](?:[:.]\d{2})?\s*a\.?\s?m\.?\s+(?:tak|porjonto)\b", re.IGNORECASE)
# Reach, in words, within which company kept and patrons make one statement.
COMPANY_REACH = 6


def entertainment_lure(reading: Reading) -> dict | None:
    """Entertainment work, however it is worded and whatever it pays: named as such (dancer,
    hostess, escort, her looks or her photograph asked for); as keeping patrons company ("sit
    with guests", "mehmanon ka dil behlana", "খদ্দেরদের সঙ্গ"); as men served in private ("gents
    clients ki seva"); or as a club, lounge, spa or bar at night."""
    named = [hit for hit in reading.live("entertainment", ordinary="entertainment")
             if not _shop_named(reading, hit)] + [
        hit for hit in reading.live("escort", ordinary="entertainment")
        if not reading.in_clause(hit, "escorted_to") and not _taken_home(reading, hit)]
    massage = reading.live("massage", ordinary="entertainment")
    if massage and not _salon_day_work(reading):
        named += massage
    patrons = [hit for hit in reading.live("patron") if not _hired_beside_women(reading, hit)]
    roles = [hit for hit in reading.live("role", ordinary="entertainment") if not any(
        place.start == hit.end for place in reading.hits.get("named_after_model", ()))]
    company = [(a, b) for a, b in reading.pairs(reading.live("company"), patrons, COMPANY_REACH)
               if not (reading.in_clause(a, "escorted_to") and _accompanies(reading, a))
               ] + _company_in_their_rooms(reading, patrons) + _company_with_them(
                   reading, patrons) + reading.pairs(  # not "accompany guests to rooms"
                       _sat_at_table(reading), patrons, COMPANY_REACH)
    venues = [hit for hit in reading.live("venue", ordinary="venue")
              if not _times_counted(reading, hit)]
    nights = [hit for hit in reading.live("night") if not _closing_hour(reading, hit)]
    men = [hit for hit in reading.live("male") if not reading.near(hit, "female", 3)]
    men_served = [(a, b) for a, b in reading.pairs(men, reading.live("service"), 4)
                  if reading.in_sentence_of(venues + nights, a)]
    if venues or nights:  # men as the clients where there is a club, spa or night work
        men_served += [(a, b) for a, b in reading.pairs(men, patrons, 2)
                       if a.start != b.start]  # "male clients", not "male" twice
    night_venue = reading.pairs(venues, nights, 12)
    late = None
    if not night_venue:
        for venue in venues:
            if late := _LATE_HOURS.search(reading.sentence_text(venue)):
                night_venue = [(venue, venue)]
                break
    if roles and not _ordinary_role(reading, bool(company or men_served or venues or nights)):
        named += roles
    found = named[:1] or [hit for pair in (company[:1] or men_served[:1] or night_venue[:1])
                          for hit in pair]
    if found:
        evidence = reading.quote(*found)
        if not (named or company or men_served) and late:
            evidence = f"{evidence} … {late.group()}"
        return flag(ENTERTAINMENT_LURE, evidence)
    return None


# The trade word a shop's or a maker's name ends with: "Sundari Saree Emporium", "Sundori
# Boutique", "সুন্দরী বস্ত্রালয়", "सुंदरी ज्वेलर्स".
_SHOP_NAME = ("saree", "sari", "emporium", "boutique", "textile", "jewel", "garment", "bhandar",
              "store", "fabric", "vastralay", "bostralay", "শাড়ি", "বস্ত্রালয়", "বুটিক",
              "টেক্সটাইল", "জুয়েলার্স", "এম্পোরিয়াম", "साड़ी", "साडी", "एम्पोरियम", "बुटीक",
              "टेक्सटाइल", "ज्वेलर्स", "भंडार", "वस्त्रालय")


def _shop_named(reading: Reading, hit: Hit) -> bool:
    """A looks word, the one word, right before the trade word a shop's name ends with, in one
    clause ("Sundari Saree Emporium, Mall Road", "Sundori Boutique", "সুন্দরী বস্ত্রালয়"): the
    shop's own name, not her looks asked for ("sundori meye lagbe" stays a lure)."""
    words = reading.words
    return (hit.end - hit.start == 1 and hit.end < len(words)
            and words[hit.end].clause == words[hit.start].clause
            and words[hit.end].text.startswith(_SHOP_NAME))


# "Bar" as a count of times, the one word, right after a numeral: "mashe 1-2 bar", "2 baar",
# "মাসে ২ বার", "3 बार" (the numeral words are the ordinary lexicon's).
_TIMES = frozenset({"bar", "baar", "बार", "বার"})


def _times_counted(reading: Reading, hit: Hit) -> bool:
    words = reading.words
    return (hit.end - hit.start == 1 and hit.start > 0 and words[hit.start].text in _TIMES
            and words[hit.start - 1].text.isdigit())


_AND = frozenset({"and", "or", "&", "aur", "va", "evam", "o", "ba", "ar", "और", "व", "एवं",
                  "या", "ও", "বা", "আর", "both", "dono", "दोनों"})


def _hired_beside_women(reading: Reading, hit: Hit) -> bool:
    """A word of men at `hit` joined to a word of women by an "and" ("women and men", "पुरुष व
    महिला", "নারী ও পুরুষ"): the men are hired beside the women, fellow workers, not patrons."""
    words = reading.words
    if not reading.hits.get("male") or not any(
            male.start == hit.start for male in reading.hits.get("male", ())):
        return False
    for female in reading.hits.get("female", ()):
        start, end = (female.end, hit.start) if female.end <= hit.start else (hit.end,
                                                                               female.start)
        if 0 < end - start <= 2 and all(words[i].text in _AND for i in range(start, end)):
            return True
    return False


# Words of taking guests somewhere, which a room or a desk after them makes a hotel's service.
_ACCOMPANY = frozenset({"accompany", "accompanying"})


def _accompanies(reading: Reading, hit: Hit) -> bool:
    return any(word.text in _ACCOMPANY for word in reading.words[hit.start:hit.end])


def _company_in_their_rooms(reading: Reading, patrons: list[Hit]) -> list[tuple[Hit, Hit]]:
    """"Company", the bare word, right after the guests, in a clause that names their rooms or
    the night ("VIP guest der room e 'company' dile bonus", "give VIP guests company in their
    rooms at night"): company kept, not the employer."""
    words = reading.words
    return [(patron, Hit("company", i, i + 1)) for patron in patrons
            for i in range(patron.end, min(patron.end + 4, len(words)))
            if words[i].text == "company" and words[i].clause == words[patron.start].clause
            and (reading.in_clause(patron, "escorted_to") or reading.in_clause(patron, "night"))]


# The guests named again after a word of company: "spend time with them", "unke saath".
_THEM = frozenset({"them", "him", "unke", "unka", "unko", "unhe", "unhen", "unhein", "tader",
                   "oder", "taderke", "oderke", "उनके", "उनको", "उन्हें", "তাদের", "ওদের",
                   "তাঁদের", "ওঁদের", "তাদেরকে", "তাঁদেরকে"})


def _company_with_them(reading: Reading, patrons: list[Hit]) -> list[tuple[Hit, Hit]]:
    """A word of company with the guests named again just after or just before it ("accompany
    VIP guests to their rooms at night and spend time with them", "VIP guests ko room tak attend
    karna aur unke saath time spend karna"), the guests anywhere before it in its clause."""
    words = reading.words
    return [(company, patron) for company in reading.live("company") for patron in patrons
            if patron.end <= company.start
            and words[patron.start].clause == words[company.start].clause
            and any(word.text in _THEM for word in _beside(words, company))]


# Sitting at a table ("customers ke table pe baith ke", "অতিথিদের সঙ্গে টেবিলে বসে", "sit at
# their tables"): beside the patrons, keeping them company; taking them to a table, serving at
# it or cleaning it is not.
_TABLE = frozenset({"table", "tables", "tebil", "টেবিলে", "টেবিল", "টেবিলের", "टेबल", "टेबिल",
                    "mez", "मेज़", "मेज"})
_SIT = frozenset({"baith", "baithke", "baithkar", "baithna", "baithni", "baithe",
                  "bose", "bosa", "boste", "bosben", "sit", "sits", "sitting", "sat",
                  "बैठ", "बैठके", "बैठकर", "बैठना", "बैठनी", "বসে", "বসা", "বসতে", "বসবেন"})
SIT_REACH = 4


def _sat_at_table(reading: Reading) -> list[Hit]:
    """A word of sitting within a few words of a table, in one clause, either way round, that
    the patrons are not the ones doing ("customers sit at the tables") and that is not denied."""
    words = reading.words
    patrons = {hit.end for hit in reading.hits.get("patron", ())}
    sat = [Hit("sat_at_table", i, i + 1) for i, word in enumerate(words) if word.text in _SIT
           and i not in patrons  # "customers sit at the tables": they sit, not she
           and any(words[j].text in _TABLE and words[j].clause == word.clause
                   for j in range(max(i - SIT_REACH, 0), min(i + SIT_REACH + 1, len(words))))]
    return [hit for hit in sat  # not "staff must not sit at the guests' tables"
            if not reading.negated(hit) and not reading.in_sentence(hit, "warning")]


def _beside(words: list, hit: Hit) -> list:
    """The two words after `hit` and the two before it."""
    return words[hit.end:hit.end + 2] + words[max(hit.start - 2, 0):hit.start]


# An evening's closing hour after "to": "10ta theke raat 8ta", "सुबह 10 से रात 8 बजे तक".
_RANGE_TO = frozenset({"theke", "to", "se", "till", "until", "থেকে", "से", "तक"})
_HOUR = re.compile(r"^(\d{1,2})(?:ta|tay|টা|টায়)?$")
_CLOSING = range(6, 10)


def _closing_hour(reading: Reading, hit: Hit) -> bool:
    """The night word at `hit` names the hour a day's work ends, six to nine in the evening,
    after a "from ... to" ("shokal 10ta theke raat 8ta"): the evening, not night work."""
    words = reading.words
    if hit.end >= len(words) or hit.start == 0 or words[hit.start - 1].text not in _RANGE_TO:
        return False
    hour = _HOUR.match(ascii_digits(words[hit.end].text))
    return bool(hour) and int(hour.group(1)) in _CLOSING


def _ordinary_role(reading: Reading, lure_marked: bool) -> bool:
    """Dancing, modelling or her photograph as ordinary work: taught, or showing a product
    ("classes I-VIII", "catalogue shoot"), with no mark of the lure: none of entertainment work
    (patrons kept company, a club or spa, the night or hours past midnight, a hotel or a home
    she is sent to) and none of a lure of any kind (a fee asked of her, girls under age, big
    money without experience, work abroad, an employer that cannot be found). Whoever the
    business is and however its name and place are written, a product shown or a dance taught
    is work of its own kind; her photograph asked for ("send photos on WhatsApp") still needs a
    business to find. "Fresh faces for a catalogue shoot, portfolio fee Rs 5,000" or "dance
    teacher for a private party at night" stay entertainment."""
    if not reading.live("role_setting") or lure_marked or reading.live(
            "outcall", warnings=False) or _LATE_HOURS.search(reading.text):
        return False
    if any(reading.flag_of(rule) for rule in _LURES_MARKS) or _with_patrons_or_away(reading):
        return False
    photo_asked = any(_asks_her_photo(reading, hit) for hit in reading.live("role"))
    return not photo_asked or findable(reading)


# The flags of the other lures, any one of which makes dancing or modelling a lure's.
_LURES_MARKS = (fee_charged, overseas_travel, no_experience_high_pay, minor_targeted,
                vague_employer)
_PHOTO = ("photo", "chobi", "chhobi", "फोटो", "ছবি")


def _with_patrons_or_away(reading: Reading) -> bool:
    """The role, or its setting (the shoot), done with or for the patrons, named in its clause
    ("shaadi party mein mehmanon ke saath naachna", "perform for clients", "shoot ke baad
    mehmanon ke saath party": the patrons "with" whom, in its sentence; not men hired beside
    women), or taken on a journey named in its sentence
    ("selected girls travel with our team for events", "out of state shoot"): not a school's
    class nor a shoot at the studio."""
    roles = reading.live("role")
    patrons = [hit for hit in reading.hits.get("patron", ())
               if not _hired_beside_women(reading, hit) and not _buyers_in_the_shop(reading, hit)]
    clauses = {reading.words[patron.start].clause for patron in patrons}
    with_them = [patron for patron in patrons if reading.near(patron, "accompanied", 2)]
    return any(reading.words[hit.start].clause in clauses or reading.in_sentence_of(
        with_them, hit) for hit in roles + reading.live("role_setting")) or any(
        reading.in_sentence(hit, "travel") or reading.in_sentence(hit, "out_of_town")
        for hit in roles + reading.live("role_setting"))


# A shop's floor, where customers are its buyers: "in the shop", "at the counter", "দোকানে",
# "sales assistant".
_SHOP = ("shop", "showroom", "store", "counter", "sales", "dukaan", "dukan", "dokan", "दुकान",
         "शोरूम", "काउंटर", "দোকান", "শোরুম", "কাউন্টার")


def _buyers_in_the_shop(reading: Reading, hit: Hit) -> bool:
    """Customers named in a sentence of the shop's floor ("help customers in the showroom",
    "dukaan mein grahakon ki madad", "দোকানে ক্রেতাদের সাহায্য"), with no night, club, hotel or
    company kept in it: the shop's buyers, not patrons ("raat mein grahakon ke saath party")."""
    words, sentence = reading.words, reading.words[hit.start].sentence
    return any(word.sentence == sentence and word.text.startswith(_SHOP)
               for word in words) and not any(
        words[other.start].sentence == sentence and not words[other.start].text.startswith(_SHOP)
        for concept in ("night", "venue", "outcall", "escorted_to", "company", "accompanied")
        for other in reading.hits.get(concept, ()))


def _asks_her_photo(reading: Reading, hit: Hit) -> bool:
    """The role is her photograph sent ("send photos", "photo bhejein", "ছবি পাঠান"), not a shoot."""
    text = " ".join(word.text for word in reading.words[hit.start:hit.end])
    return any(part in text for part in _PHOTO) and "shoot" not in text


def _salon_day_work(reading: Reading) -> bool:
    """Massage as a beauty salon's or a named spa's day work: a salon or parlour named, or a spa
    of a hotel or at a business that can be found ("হোটেল উজান প্যালেসের ওয়েলনেস স্পা"), and
    no sign of night work,
    of men as clients (women named with the clients are) or of massage given where she is sent
    (at home, in a hotel)."""
    spa_hotels = _spa_hotels(reading)
    if not (reading.live("salon", warnings=False)
            or (reading.hits.get("spa_word") and (spa_hotels or findable(reading)))):
        return False
    men = [hit for hit in reading.live("male") + reading.live("patron")
           if not reading.near(hit, "female", 3)]
    sent = [hit for hit in reading.live("outcall") if hit not in spa_hotels]
    return not (men or reading.live("night") or sent
                or any(_LATE_HOURS.search(reading.sentence_text(hit))
                       for hit in reading.hits.get("massage", ())))


SPA_HOTEL_REACH = 4


def _spa_hotels(reading: Reading) -> list[Hit]:
    """"Hotel" or "resort", the one word, as the place a spa belongs to, a few words from it in
    its sentence ("হোটেল উজান প্যালেসের ওয়েলনেস স্পা", "Lotus Spa, Hotel Surya", "the resort spa"):
    where the spa is, not a hotel she is sent to ("hotel service", "hotel room" stay her being
    sent)."""
    words = reading.words
    resorts = [Hit("resort", i, i + 1) for i, word in enumerate(words)
               if word.text.startswith(_RESORT)]
    return [hit for hit in [*reading.hits.get("outcall", ()), *resorts]
            if hit.end - hit.start == 1
            and (words[hit.start].text in _HOTEL or hit.concept == "resort") and any(
                words[spa.start].sentence == words[hit.start].sentence
                and abs(spa.start - hit.start) <= SPA_HOTEL_REACH
                for spa in reading.hits.get("spa_word", ()))]


_HOTEL = frozenset({"hotel", "होटल", "হোটেল"})
# A resort, the one word, as the place a spa belongs to ("the resort spa", "रिसॉर्ट के स्पा में",
# "রিসোর্টের স্পা"): where the spa is, as a hotel is.
_RESORT = ("resort", "रिसॉर्ट", "रिज़ॉर्ट", "রিসোর্ট", "রিসোর্টের")
HOME_REACH = 4


def _taken_home(reading: Reading, hit: Hit) -> bool:
    """"Escort", the one word (not "escort girls" nor "escort service"), with where she stays
    just before or after it in its clause ("hotel escort to the hostel after the late shift",
    "hostel tak escort", "escort home"): her safe journey back, not a service sold."""
    if any(other.start == hit.start and other.end > hit.end
           for other in reading.hits.get("escort", ())):
        return False
    words = reading.words

    def towards(start: int, end: int) -> bool:
        return any(words[i].text in _TOWARDS for i in range(start, end))

    return any(words[home.start].clause == words[hit.start].clause and (
        (0 <= home.start - hit.end < HOME_REACH and (
            home.start == hit.end or towards(hit.end, home.start)))  # "escort (back) to the hostel"
        or (0 <= hit.start - home.end < HOME_REACH and towards(home.end, hit.start)))  # "... tak"
        for home in reading.hits.get("escorted_home", ()))


# Words that take her towards a place: "to the hostel", "hostel tak", "হোস্টেল পর্যন্ত".
_TOWARDS = frozenset({"to", "till", "upto", "back", "tak", "porjonto", "projonto", "পর্যন্ত",
                      "तक"})
