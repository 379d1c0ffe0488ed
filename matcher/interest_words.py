"""The word lists interests are read with (`matcher.interests`): fillers, weak words, negation,
clause breaks, and how a word is stemmed (its ending forgiven) or reduced to its consonants.
English, Hindi and Bengali, in script and transliterated (more in `matcher.reading_words`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import reading_words
from .text import normalise, skeleton

_FILLERS = (
    # English: function words, pronouns, auxiliaries, time and quantity
    "i want to do work worked working works job jobs in the a an of and or like would "
    "training trained course courses skill skills as for with my me some any good "
    "field area line she he her his they them we our you your it its this that these those is "
    "am are was were be been being has have had having did does doing done get got also very "
    "at on from by into there here then than so too just only more most much many other "
    "year years yr yrs month months week weeks day days experience experienced past before "
    "ago earlier previously used usually sometimes now currently still again about around "
    "one two three four five six seven eight nine ten few several full time part t s "
    "wants wanted wanting wish wishes interested interest prefers prefer loves love likes "
    "liked enjoy enjoys can could will shall should may might must know knows knew "
    "who which what where when how will person people lady woman women girl girls "
    "please yes ok okay etc same new old own type kind sort wait waits waited waiting "
    # Hindi and Bengali, transliterated
    "kaam kam kaaj kaj karna karne karni karti karta karte kiya kiye ki ke ka ko "
    "naukri chahiye chahie chahti chahta mein me main aur se par pe tak "
    "thi tha the hai hain hoon hun ho raha rahi rahe saal sal mahina mahine pehle abhi "
    "bhi wala wali wale banna bnna hona kuch koi mujhe mera meri mere uska uski uske vo woh yeh ye "
    "chai chaai chaay er o ar kori korte korto kortam korechi korbo "
    "kore korechhe korche korlam chakri kajer kamer ami amar amake tar tini se je ei "
    "bochor bochhor bachhar bachar mash theke te khub ekta ekti "
    "korechilam korto korto korlam korchi korbo kortechi hobe hote hoy hoyeche chilo chilam "
    "ache achhe amar amake jonno moddhe kichu ekhon age pore diye niye "
    "karungi karegi karenge chahti chahta chahte hoon hu hain tha thi liye lie jaisa accha "
    "pasand shauk abhi phir baad pehle dauran "
    # Devanagari
    "काम का की के को करना नौकरी और में चाहिए कार्य मैं मुझे मेरा मेरी था थी थे है हैं "
    "साल से पर तक किया करती करता करते वाली वाला भी कुछ बनना होना सारा सारी पूरा सब "
    # Bengali
    "কাজ এর ও আর চাকরি করতে চাই কাজের আমি আমার করি করতাম করেছি করব বছর থেকে "
    "একটা একটি এক দুই তিন মাস সে তার ছিল ছিলাম সব সারা করেছিলাম করত করতো করে করছি "
    "করবো হবে হতে হয় আছে জন্য মধ্যে কিছু এখন আগে পরে দিয়ে নিয়ে "
    "करूंगी करेगी चाहती चाहता हूं हूँ लिए पसंद शौक अभी फिर बाद पहले"
)
FILLER_WORDS = frozenset(
    normalise(word) for word in f"{_FILLERS} {reading_words.MORE_FILLERS}".split()
)
"""Words that name nothing ("I", "at", "years", "kaaj", "কাজ"): a fuzzy run never starts or ends
on one."""

_WEAK = (
    # English: words found inside aliases that name no trade on their own
    "home house helper help care making make maker hotel open room service services assistant "
    "attendant operator worker workers labour labor staff boy man men machine factory centre "
    "center school family families market office company small big "
    "daily general basic local private government house hold household neighbourhood apna apni "
    "apne nijer nijeder "
    "neighborhood village city town side after look looked looking take taking back go "
    "food products product technician executive associate trainee support process "
    "sales girl level class pass exam course certificate field "
    # Hindi and Bengali
    "ghar ghare gharelu bari barite barir ghor ghorer banana banano bonano dekhbhal dekha "
    "dekhashona seba sewa seva khana khabar hotel mal chalana chalati chalano chalatam "
    "mazdoor mazdoori majdoor majdoori mazdur majur majuri "
    # to sell: "she was sold" is trafficking, not street vending
    "sell sells sold selling seller bechna bechti becha bechi becho bikri bikri bikkiri "
    "बेचना बेचा बेची बेचती बिक्री बिकी বিক্রি বেচা বেচে বিক্রী "
    "मज़दूर मज़दूरी मजदूर मजदूरी মজুর মজুরি "
    "घर बनाना देखभाल सेवा खाना चलाना चलाती "
    "বাড়ি বাড়িতে ঘর ঘরের বানানো দেখা দেখাশোনা সেবা খাবার চালানো চালাতাম"
)
WEAK_WORDS = frozenset(
    normalise(word) for word in f"{_WEAK} {reading_words.MORE_WEAK}".split()
)
"""Words that name no trade on their own ("home", "helper", "care", "hotel", "room"): they count
inside a longer alias ("home nurse", "room attendant") but never decide a match alone."""

_NEGATE_FORWARD = (
    "not no never nor dont don doesnt doesn didnt didn wont won cannot cant isnt wasnt "
    "without hate hates hated dislike dislikes refuse refuses refused stop stopped quit "
    "avoid avoids neither none except excluding besides unwilling"
)
_NEGATE_BACKWARD = (
    "nahi nahin nahii nai nhi nahee na naa mat chaina chaini noy noi nei korbona korbona "
    "chaina chaichina "
    "नहीं नही नहि ना मत "
    "না নয় নেই নাহ চাইনা করবনা করবোনা "
    # "except": "anything except cooking", "silai chhodkar", "সেলাই ছাড়া"
    "chhodkar chodkar chhod chod ছাড়া chara chhara छोड़कर सिवा siva"
)
NEGATE_FORWARD = frozenset(normalise(word) for word in _NEGATE_FORWARD.split())
"""Negation that reaches forward to the clause's end ("does not want beauty work")."""
NEGATE_BACKWARD = frozenset(normalise(word) for word in _NEGATE_BACKWARD.split())
"""Negation that reaches back to the clause's start ("beauty nahi", "selai korbo na"); when
nothing precedes it in its clause it reaches forward instead ("nahi chahiye beauty")."""
NEGATE_WORDS = NEGATE_FORWARD | NEGATE_BACKWARD

CLAUSE_BREAK = re.compile(
    r"[,;:.!?|/()\[\]\u0964\u0965\n]+"
    r"|\b(?:but|however|instead|rather|lekin|magar|balki|kintu|borong|tobe)\b"
    r"|(?:लेकिन|मगर|बल्कि|किन्तु|परंतु|কিন্তু|বরং|তবে)",
    re.IGNORECASE,
)

EXCEPT_PHRASE = re.compile(
    r"\b(?:anything|everything|any work|all)\s+but\b|\bother than\b", re.IGNORECASE
)
"""'anything but cooking' excludes cooking: read as 'except', not as a turn of the sense."""

_IRREGULAR = {
    "children": "child", "childrens": "child", "kids": "child", "kid": "child",
    "sold": "sell", "selling": "sell", "sells": "sell", "sewn": "sew", "taught": "teach",
    "made": "make", "ran": "run", "drove": "drive", "driven": "drive", "women": "woman",
    "men": "man", "wove": "weave", "woven": "weave", "built": "build",
    # to learn, in its Hindi and Bengali forms: "computer shikhte" is "computer shekha"
    "learning": "learn", "learnt": "learn", "learned": "learn",
    "sikhna": "learn", "seekhna": "learn", "sikhni": "learn", "seekhni": "learn",
    "sikhte": "learn", "seekhte": "learn", "sikhti": "learn", "sikhoongi": "learn",
    "shikhte": "learn", "shikhbo": "learn", "shekha": "learn", "shikha": "learn",
    "sikha": "learn", "shikhchi": "learn", "shekhar": "learn", "shikhe": "learn",
    "सीखना": "learn", "सीखनी": "learn", "सीखने": "learn", "सीखती": "learn", "सीख": "learn",
    "শেখা": "learn", "শিখতে": "learn", "শিখব": "learn", "শিখছি": "learn", "শেখার": "learn",
    "শিখে": "learn", "sikhe": "learn", "shikhe": "learn", "seekh": "learn", "सीखकर": "learn",
    # a child, in the many spellings of the three languages
    "child": "child", "baby": "child", "babies": "child",
    **dict.fromkeys(
        "bacha baccha bachcha bache bacche bachche bachon bacchon bachchon bachho bacchara "
        "bachader bacchader bachchader baccader bacchder bacchader bacchar bachar "
        "बच्चा बच्चे बच्चों बच्चो बच्चियों "
        "বাচ্চা বাচ্চাদের বাচ্চার বাচ্চারা বাচ্চাকে শিশু শিশুদের শিশুর শিশুকে".split(),
        "child",
    ),
    # one idea, many spellings (`reading_words.CANONICAL`): "8vi" is "8th", "bedridden" "sick"
    **{
        normalise(word): key
        for key, words in reading_words.CANONICAL.items()
        for word in words.split()
    },
}
_ASCII_SUFFIXES = (
    "ings", "ing", "ers", "der", "gulo", "tam", "lam", "ed", "er", "es", "te", "ke",
    # Hindi verb forms, romanised: silti, silna, banati, banana
    "ti", "ta", "na", "ni", "ne", "s", "e",
)
_INDIC_SUFFIXES = (
    # Bengali (after `skeleton`, whose folds drop the nukta of য়)
    "যের", "দের", "গুলো", "গুলি", "তাম", "লাম", "নো", "টা", "টি", "ের", "কে", "তে", "যে",
    "র", "ে", "য",
    # Hindi (after `skeleton`, whose folds drop the anusvara of ों, ें); verb forms
    "ियो", "ाओ", "ति", "ता", "ना", "नि", "ने", "ो", "े", "ा",
)
_VOWELS = set("aeiou")

STEM_FLOOR = 4
"""The fewest letters a romanised stem keeps once more than one ending is taken off."""


def stem(word: str) -> str:
    """A normalised word with its ending forgiven: its skeleton, romanised o/a folded, and
    inflectional endings taken off while enough of the word remains ("পার্লারের" and "পার্লার"
    give one stem, as do "rannar" and "ranna")."""
    word = _IRREGULAR.get(word, word)
    key = skeleton(word)
    if key.isascii():
        key = key.replace("ck", "k")  # "paking" and "packing", "stiker" and "sticker"
        if len(key) < 5:
            return _short_stem(key)  # short words keep all but a final "e"
        key = key.replace("o", "a")
    key = _strip_endings(key)
    return key if key.isascii() else _INDIC_CANONICAL.get(key, key)


def _strip_endings(key: str) -> str:
    for round_number in range(3):
        shorter = _strip_ending(key)
        if shorter == key or round_number and _below_stem_floor(shorter):
            break
        key = shorter
    return key


def word_forms(word: str) -> set[str]:
    """The keys a word is compared by as one word of a longer alias, on both sides: its
    skeleton, and its stem unless that is a romanised stem of STEM_FLOOR letters or fewer, too
    loose a key ("dhaka" is not "dokane", whose stem is "daka")."""
    own, short = skeleton(word), stem(word)
    if short.isascii() and len(short) <= STEM_FLOOR:
        return {own}
    return {own, short}


def _short_stem(key: str) -> str:
    """A short romanised word (under five letters) keeps all but a final "e", if three letters
    remain: "cakes" and "cake", "cared" and "care" agree (a final "s" or "a" stays: "nars"
    (nurse) is not "naresh", "hena" not "hen")."""
    if len(key) >= 4 and key[-1] == "e":
        return key[:-1]
    return key


def _below_stem_floor(key: str) -> bool:
    """A second or third ending taken off must leave a romanised stem of STEM_FLOOR letters:
    "boxes" (skeleton "bokses") stops at "baks", and is not "baking"."""
    return key.isascii() and len(key) < STEM_FLOOR


def _strip_ending(key: str) -> str:
    if key.isascii():
        for suffix in _ASCII_SUFFIXES:
            if key.endswith(suffix) and len(key) - len(suffix) >= 3:
                return key[: -len(suffix)]
        if key.endswith("ir") and len(key) >= 5 or key.endswith("ar") and len(key) >= 6:
            return key[:-1]  # romanised genitive: dorjir, rannar
        return key
    for suffix in _INDIC_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            return key[: -len(suffix)]
    return key


_INDIC_CANONICAL: dict[str, str] = {}
_INDIC_CANONICAL.update({
    _strip_endings(skeleton(normalise(word))): stem(key)
    for key, words in reading_words.CANONICAL.items()
    for word in words.split()
    if not word.isascii() and len(_strip_endings(skeleton(normalise(word)))) >= 4
})
"""Hindi and Bengali words of `reading_words.CANONICAL` by their stems, so that their inflected
forms stand for the same idea ("পরিষ্কারের", of cleaning, is "clean" as "পরিষ্কার" is); stems
of four characters at least, so that "পাশে" (beside) is not "পাশ" (pass)."""

WEAK_STEMS = frozenset(stem(word) for word in WEAK_WORDS)
PHRASE_STEMS = frozenset(stem(normalise(w)) for w in reading_words.NAMING_IN_PHRASE.split())
"""Weak words that still name a trade with other weak words, in any order ("care for the sick"
is "took care of a sick man"), though never alone."""


def _stem_phrase(words: Iterable[str]) -> str:
    return " ".join(stem(word) for word in words)


def content_stems(words: Iterable[str]) -> str:
    """The stems of the words that name something: "ghar par khana banati" and "ghar mein
    khana banana" are one phrase."""
    words = list(words)
    content = [word for word in words if word not in FILLER_WORDS]
    return _stem_phrase(content or words)


def sorted_stem_key(words: Iterable[str]) -> str:
    return " ".join(sorted(stem(word) for word in words))


_SOFT_C = re.compile(r"c(?=[ei])|ti(?=[ao])")


def consonants(word: str) -> str:
    """The consonants of a romanised word, a soft c and the "ti" of "-tion" heard as s
    ("beautician" and "biutishian", "receptionist" and "recepshonist" agree)."""
    if not word.isascii():
        return ""
    return re.sub(r"[aeiou]", "", _SOFT_C.sub("s", skeleton(word)))
