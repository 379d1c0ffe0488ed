"""Free text (interests, experience, offer titles) resolved to trade codes of the taxonomy.

Built once from the taxonomy; used when a profile or offer is written, never at match time.
Text may be English, Hindi or Bengali, in script or transliterated, misspelled, a word or a
sentence: "tailring", "silai", "सिलाई", "সেলাইয়ের কাজ", "I stitched blouses at home",
"two years as helper in a neighbourhood salon", "beauty nahi, silai chahiye".

A text is read as phrases, not as a bag of words:
1. It is cut into clauses at punctuation and at words that turn the sense ("but", "lekin",
   "kintu", "কিন্তু", ...). Each clause is normalised (`matcher.text.normalise`) into words.
2. Every run of up to MAX_SPAN words is compared with every name and alias as a whole: exactly
   (as written or as a spelling-forgiving skeleton, `matcher.text.skeleton`), and, if the run
   starts and ends on a word naming something (not a filler such as "I", "at", "years", "kaam",
   "kori", "কাজ"), closely (rapidfuzz `fuzz.ratio`, never a partial ratio, so word boundaries
   hold and a "B" never matches "F&B") and by stems: word endings forgiven ("stitched",
   "cooking"; Bengali case endings -er/-e/-ke/-r, "সেলাইয়ের"; Hindi and Bengali verb forms;
   romanised Bengali o/a, "dokan"/"dakan"), fillers between words forgiven ("ghar par khana
   banati" is "ghar mein khana banana") and word order too ("stitched blouses" is "blouse
   stitching"). A lone word that names no trade on its own (WEAK_WORDS: "home", "helper", "care",
   "hotel", "room", "open", "making", "back", selling words: "she was sold") is never a run.
3. An alias of several words also matches when all its words occur in the clause, a few words
   apart, in any order ("cook in a hostel mess" is "hostel mess cook").
4. Readings are taken best first, never overlapping: closeness plus COVERAGE_BONUS per further
   word named, so the longer reading wins ("hospital mein safai" is hospital housekeeping, not
   hospital plus cleaning); a reading whose words are part of one alias of a trade already read
   beside it adds nothing ("hash murgi palon"); a workplace counts for its trade ("in a salon",
   "at a garment factory").
5. As a last resort, and only when nothing else in the clause names a trade, a lone word may
   match one word of a longer alias of a single trade ("hospital" in "hospital ward assistant"),
   scoring a little less the less of the alias it covers; or a romanised word may equal a
   one-word alias but for its vowels ("drivar", "parler"), scoring CONSONANT_SCORE.
6. Negation removes rather than adds: a reading inside the reach of "not", "no", "never",
   "don't", "except", "nahi", "mat", "na", "না", "नहीं" (English negation reaches forward to the
   clause's end, Hindi and Bengali negation back to its start) is dropped, and its trade is
   dropped from the whole text ("does not want beauty work", "beauty nahi", "selai korbo na",
   "anything but cooking").
7. Closeness must clear a cut-off that rises for short words: four letters or fewer must match
   exactly, five to seven need 93, longer ones 88 (`cutoff_for`). Experience is held to a higher
   bar (EXPERIENCE_THRESHOLD), because the reasons state it as fact; a reading below the bar
   never hides one that clears it.
8. The readings of the whole text are then weighed together (`matcher.reading_context`): a
   workplace beside a named work adds nothing ("waitress in a dhaba"), nor does a lone business
   word beside a trade ("গরুর দুধের ব্যবসা"); chores in a household are domestic work, cleaning
   in a hospital hospital housekeeping. Word classes (words that name nothing per language,
   one idea in many spellings, workplaces, households) are in `matcher.reading_words`.
A fuzzy match of several words keeps to word boundaries (`_words_align`): word for word, each
word close to its counterpart, short words equal, and a real word of the vocabulary never read
as a misspelling of another ("hotel" is not "hostel").
Each reading yields its best trade and any other trade within AMBIGUITY points of it (so
"computer kaaj" may give both computer operator and data entry); the text's trades are returned
best first, at equal scores the one named first, then by code.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from . import reading_words
from .reading_context import Context, Reading
from .models import ResolvedInterest, TradeInfo
from .text import normalise, skeleton

INTEREST = "interest"
EXPERIENCE = "experience"
KINDS = (INTEREST, EXPERIENCE)

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

_CLAUSE_BREAK = re.compile(
    r"[,;:.!?|/()\[\]\u0964\u0965\n]+"
    r"|\b(?:but|however|instead|rather|lekin|magar|balki|kintu|borong|tobe)\b"
    r"|(?:लेकिन|मगर|बल्कि|किन्तु|परंतु|কিন্তু|বরং|তবে)",
    re.IGNORECASE,
)

_EXCEPT = re.compile(
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

WORD_FLOOR = 80.0
"""In a fuzzy match of several words, each word must be at least this close to its counterpart."""

MAX_SPAN = 6
"""The longest run of words compared with an alias as a whole."""

AMBIGUITY = 3.0
"""Other trades within this many points of a run's best are returned too."""

PARTIAL_ALIAS_BASE = 0.85
"""A word matching part of a longer alias keeps this share of its score, plus up to 0.15 by how
much of the alias it covers."""

STEM_MATCH_SCORE = 96.0
"""The score of a run equal to an alias once word endings and word order are forgiven."""

EXPERIENCE_THRESHOLD = 92.0
"""Experience is stated as fact in the reasons: it needs at least this closeness (interests need
only the cut-off of `cutoff_for`)."""

COVERAGE_BONUS = 6.0
"""Each further word a match covers adds this to its rank (not to its score), so "cleaning wards"
(hospital housekeeping) is read before "cleaning" alone (housekeeping)."""

SCATTER_SCORE = 94.0
"""The score of an alias whose words all occur in a clause, in any order, a few words apart
("cook in a hostel mess" is "hostel mess cook")."""

SCATTER_GAP = 3
"""At most this many words between two words of a scattered alias."""

CONSONANT_SCORE = 90.0
"""A romanised word equal to a one-word alias but for its vowels: enough for an interest, below
the experience bar."""

ORDINARY_WORDS = frozenset(
    "saving savings waters voters stories motors sitting setting letters matters "
    "tailored toiling titles".split()
)
"""Everyday English words whose consonants happen to spell an alias ("saving" is not "sewing")."""

DISTINCTIVE_TRADES = 1
"""A lone word may match part of a longer alias only if it occurs in the aliases of at most this
many trades ("children", in child care and in teaching aliases, decides nothing alone)."""


def cutoff_for(text: str) -> float:
    """The least closeness accepted for a text of this length (see the module docstring)."""
    letters = len(text.replace(" ", ""))
    if letters <= 4:
        return 100.0
    if letters <= 7:
        return 93.0
    return 88.0


def threshold_for(kind: str) -> float:
    """The least score at which a trade counts as resolved for text of this kind."""
    return EXPERIENCE_THRESHOLD if kind == EXPERIENCE else 0.0


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


def _word_forms(word: str) -> set[str]:
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
_CONTEXT = Context(stem)


def _stem_phrase(words: Iterable[str]) -> str:
    return " ".join(stem(word) for word in words)


def _content_stems(words: Iterable[str]) -> str:
    """The stems of the words that name something: "ghar par khana banati" and "ghar mein
    khana banana" are one phrase."""
    words = list(words)
    content = [word for word in words if word not in FILLER_WORDS]
    return _stem_phrase(content or words)


def _sorted_stems(words: Iterable[str]) -> str:
    return " ".join(sorted(stem(word) for word in words))


@dataclass(frozen=True, slots=True)
class _Mention:
    positions: tuple[int, ...]
    scores: dict[str, float]
    content: int  # words that name something (not fillers)
    fragment: bool = False  # a lone word matching part of a longer alias

    @property
    def best(self) -> float:
        return max(self.scores.values())

    @property
    def rank(self) -> tuple:
        """Best first: closeness plus a bonus per further word named (a longer phrase that
        matches is the more specific reading), then more words named, the longer, the earlier."""
        bonus = COVERAGE_BONUS * (self.content - 1)
        return (-round(self.best + bonus, 1), -self.content, -len(self.positions),
                self.positions)


class InterestResolver:
    """Resolves free text to trade codes; build once per taxonomy and reuse."""

    def __init__(self, trades: Iterable[TradeInfo]):
        self.trades = {trade.code: trade for trade in trades}
        keys: dict[str, set[str]] = defaultdict(set)
        for trade in self.trades.values():
            for text in (trade.name, trade.code.replace("_", " "), *trade.aliases):
                key = normalise(text)
                if key:
                    keys[key].add(trade.code)
        self._keys = sorted(keys)
        self._key_trades = [sorted(keys[key]) for key in self._keys]
        self._forms: list[tuple[list[str], list[list[str]]]] = []
        for form in (lambda key: key, skeleton, lambda key: _content_stems(key.split())):
            grouped: dict[str, set[str]] = defaultdict(set)
            for key in self._keys:
                grouped[form(key)].update(keys[key])
            ordered = sorted(grouped)
            self._forms.append((ordered, [sorted(grouped[item]) for item in ordered]))
        # The words of each form, for `_words_align`: a word of the vocabulary is never read as
        # a misspelling of another ("hotel" is not "hostel").
        self._known = [frozenset(" ".join(ordered).split()) for ordered, _ in self._forms]
        # A lone word is compared by its stem with one-word aliases only: "maather kaj" (field
        # work) is not reached by "mother", whose stem it shares.
        single: dict[str, set[str]] = defaultdict(set)
        for key in self._keys:
            if " " not in key:
                single[_content_stems([key])].update(keys[key])
        ordered_single = sorted(single)
        self._single_stems = (ordered_single, [sorted(single[item]) for item in ordered_single])
        sorted_stems: dict[str, set[str]] = defaultdict(set)
        for key in self._keys:
            if len(key.split()) > 1:
                sorted_stems[_sorted_stems(key.split())].update(keys[key])
        self._sorted_stems = {item: sorted(codes) for item, codes in sorted_stems.items()}
        # Content stems of each alias of two words or more, for scattered matches and absorption.
        stem_sets: dict[frozenset[str], set[str]] = defaultdict(set)
        for key in self._keys:
            content = frozenset(stem(w) for w in key.split() if w not in FILLER_WORDS)
            if len(content) >= 2:
                stem_sets[content].update(keys[key])
        self._trade_stem_sets: dict[str, list[frozenset[str]]] = defaultdict(list)
        for content, codes in stem_sets.items():
            for code in codes:
                self._trade_stem_sets[code].append(content)
        self._alias_stem_sets = [
            (content, sorted(codes))
            for content, codes in sorted(stem_sets.items(), key=lambda item: sorted(item[0]))
            if not all(w in WEAK_STEMS and w not in PHRASE_STEMS for w in content)
        ]
        # One-word romanised aliases by their consonants, for misspelt vowels.
        consonant_keys: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for key in self._keys:
            if key.isascii() and " " not in key and len(key) >= 5 and key not in WEAK_WORDS:
                for code in keys[key]:
                    consonant_keys[_consonants(key)].add((code, key))
        self._consonant_keys = {
            key: min(found)
            for key, found in consonant_keys.items()
            if len({code for code, _ in found}) == 1 and len(key) >= 4
        }
        # Words of aliases, for a lone word matching part of a longer alias.
        word_trades: dict[str, set[str]] = defaultdict(set)
        word_keys: dict[str, set[int]] = defaultdict(set)
        for index, key in enumerate(self._keys):
            for word in key.split():
                if word in FILLER_WORDS or word in WEAK_WORDS:
                    continue
                for form in _word_forms(word):
                    word_trades[form].update(keys[key])
                    word_keys[form].add(index)
        self._alias_words = sorted(
            word for word, codes in word_trades.items() if len(codes) <= DISTINCTIVE_TRADES
        )
        self._alias_word_keys = [sorted(word_keys[word]) for word in self._alias_words]
        # The old word index, kept for the looser suggestions of `search`.
        skeletons: dict[str, set[int]] = defaultdict(set)
        for index, key in enumerate(self._keys):
            skeletons[skeleton(key)].add(index)
        self._skeletons = sorted(skeletons)
        self._skeleton_keys = [sorted(skeletons[s]) for s in self._skeletons]
        words: dict[str, set[int]] = defaultdict(set)
        for index, key in enumerate(self._keys):
            for word in key.split():
                words[word].add(index)
                words[skeleton(word)].add(index)
        self._words = sorted(words)
        self._word_keys = [sorted(words[w]) for w in self._words]

    # --- public --------------------------------------------------------------------------------

    def resolve(self, texts: Iterable[str], kind: str = INTEREST) -> list[ResolvedInterest]:
        """Each text's trades (best first); texts that name no trade are left out. `kind` is
        "interest" or "experience" (held to the higher EXPERIENCE_THRESHOLD)."""
        resolved = []
        seen = set()
        for text in texts:
            for trade, score in self.resolve_one(text, kind):
                if (text, trade) not in seen:
                    seen.add((text, trade))
                    resolved.append(ResolvedInterest(text=text, trade=trade, score=score))
        return resolved

    def resolve_one(self, text: str, kind: str = INTEREST) -> list[tuple[str, float]]:
        """[(trade code, score 0..100)] for one text, best first; empty if it names no trade."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        floor = threshold_for(kind)
        kept: dict[str, float] = {}
        first: dict[str, tuple[int, int]] = {}  # where each trade is first named
        negated: set[str] = set()
        for reading in _CONTEXT.weigh(*self._readings(text, floor)):
            if reading.negated:
                if not reading.fragment:  # "has no licence" refuses no driving
                    negated.update(reading.trades)
                continue
            for trade, score in reading.trades.items():
                kept[trade] = max(kept.get(trade, 0.0), score)
                first.setdefault(trade, (reading.clause, reading.positions[0]))
        result = [
            (trade, round(score, 1))
            for trade, score in kept.items()
            if trade not in negated and score >= floor
        ]
        # Best first; at equal scores the trade named first (what is said first is meant most).
        return sorted(result, key=lambda item: (-item[1], first[item[0]], item[0]))

    def _readings(self, text: str, floor: float) -> tuple[list[Reading], set[str]]:
        """Every clause's readings (each reading's best trade and those within AMBIGUITY of
        it, marked if negated), and the stems of all the text's words, for
        `reading_context.Context.weigh`."""
        readings: list[Reading] = []
        text_stems: set[str] = set()
        clauses = _CLAUSE_BREAK.split(_EXCEPT.sub(" except ", text or ""))
        for clause_number, clause in enumerate(clauses):
            words = normalise(clause).split()
            if not words:
                continue
            stems = tuple(stem(word) for word in words)
            text_stems.update(stems)
            negation = _negated(words)
            negators = {i for i, word in enumerate(words) if word in NEGATE_WORDS}
            for mention in self._mentions(words, floor):
                top = mention.best
                readings.append(Reading(
                    clause=clause_number,
                    positions=mention.positions,
                    clause_stems=stems,
                    content=tuple(i for i in mention.positions if words[i] not in FILLER_WORDS),
                    trades={t: s for t, s in mention.scores.items() if s >= top - AMBIGUITY},
                    negated=_mention_negated(words, mention.positions, negation, negators),
                    fragment=mention.fragment,
                ))
        return readings, text_stems

    def search(
        self, text: str, limit: int = 10, min_score: float = 60.0
    ) -> list[tuple[str, float]]:
        """Trades ranked by closeness to `text`, for suggestions (GET /trades?q=); looser than
        `resolve`: no length cut-off, everything from `min_score` up."""
        query = normalise(text)
        if not query:
            return []
        scores = self._phrase_scores(query, cutoff=min_score)
        for word in query.split():
            if word not in FILLER_WORDS:
                _merge(scores, self._word_scores(word, cutoff=min_score))
        ranked = sorted(
            ((trade, score) for trade, score in scores.items() if score >= min_score),
            key=lambda item: (-item[1], item[0]),
        )
        return ranked[:limit]

    # --- reading a clause ----------------------------------------------------------------------

    def _mentions(self, words: list[str], floor: float = 0.0) -> list[_Mention]:
        """The runs of words that name a trade, best first, never overlapping; a run whose
        words are part of an alias of a trade already read beside it adds nothing. Readings
        below `floor` are never taken (they cannot hide a reading that clears it)."""
        stems = [stem(word) for word in words]
        candidates: list[_Mention] = []
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + MAX_SPAN) + 1):
                span = words[start:end]
                if len(span) == 1 and (
                    span[0] in WEAK_WORDS or stem(span[0]) in WEAK_STEMS or _too_short(span[0])
                    or span[0] in NEGATE_WORDS
                ):
                    continue
                positions = tuple(range(start, end))
                content = sum(1 for word in span if word not in FILLER_WORDS)
                exact = self._exact_scores(span)
                if exact:
                    candidates.append(_Mention(positions, exact, max(1, content)))
                    continue
                if span[0] in FILLER_WORDS or span[-1] in FILLER_WORDS:
                    continue
                if all(word in WEAK_WORDS or word in FILLER_WORDS for word in span):
                    continue
                scores = self._span_scores(span)
                fragment = False
                if len(span) == 1 and not scores:
                    scores = self._partial_scores(span[0]) or self._consonant_scores(span[0])
                    fragment = True
                if scores:
                    candidates.append(_Mention(positions, scores, content, fragment))
        candidates.extend(self._scattered(words, stems))
        if floor:
            candidates = [
                _Mention(m.positions, kept, m.content, m.fragment)
                for m in candidates
                if (kept := {t: v for t, v in m.scores.items() if v >= floor})
            ]
        candidates.sort(key=lambda m: m.rank)
        taken = [False] * len(words)
        chosen: list[_Mention] = []
        for mention in candidates:
            if any(taken[index] for index in mention.positions):
                continue
            for index in mention.positions:
                taken[index] = True
            if not self._absorbed(mention, chosen, stems):
                chosen.append(mention)
        if any(not mention.fragment for mention in chosen):
            # A fragment of an alias is the last resort: beside a trade named in full it is a
            # detail of it ("kitchen helper in a restaurant"), not a second trade.
            chosen = [mention for mention in chosen if not mention.fragment]
        return chosen

    def _scattered(self, words: list[str], stems: list[str]) -> list[_Mention]:
        """Aliases of two words or more whose words all occur in the clause, in any order."""
        where: dict[str, list[int]] = defaultdict(list)
        for index, (word, item) in enumerate(zip(words, stems)):
            if word not in FILLER_WORDS:
                where[item].append(index)
        found: list[_Mention] = []
        if len(where) < 2:
            return found
        present = set(where)
        for alias_stems, trades in self._alias_stem_sets:
            if not alias_stems <= present:
                continue
            positions = sorted(where[item][0] for item in alias_stems)
            if any(b - a - 1 > SCATTER_GAP for a, b in zip(positions, positions[1:])):
                continue
            found.append(_Mention(tuple(positions), {t: SCATTER_SCORE for t in trades},
                                  len(alias_stems)))
        return found

    def _absorbed(self, mention: _Mention, chosen: list[_Mention], stems: list[str]) -> bool:
        """True if the mention's words and a chosen mention's words together are part of one
        alias of the chosen mention's trade ("palon" beside "hash murgi" is "murgi palon";
        "hospital" beside "cleaning wards" is "hospital cleaning")."""
        own = {stems[index] for index in mention.positions} - {""}
        for other in chosen:
            theirs = {stems[index] for index in other.positions}
            for trade in other.scores:
                for alias_stems in self._trade_stem_sets.get(trade, ()):
                    if own <= alias_stems and theirs & alias_stems and not own <= theirs:
                        return True
        return False

    def _exact_scores(self, span: list[str]) -> dict[str, float]:
        """A run equal to a name or alias as written (100) or as its skeleton (99), or so once
        the words of quantity inside it are left out (99: "घर का सारा काम" is "घर का काम")."""
        phrase = " ".join(span)
        plain = _without_quantities(span)
        forms = [(0, phrase, 100.0), (1, skeleton(phrase), 99.0)]
        if plain != phrase:
            forms.append((0, plain, 99.0))
        for form_index, probe, score in forms:
            ordered, trades = self._forms[form_index]
            index = _find(ordered, probe)
            if index is not None:
                return {trade: score for trade in trades[index]}
        return {}

    def _span_scores(self, span: list[str]) -> dict[str, float]:
        phrase = " ".join(span)
        scores: dict[str, float] = {}
        stems = _content_stems(span)
        for form_index, probe in enumerate((phrase, skeleton(phrase), stems)):
            ordered, trades = self._forms[form_index]
            if form_index == 2 and len(span) == 1:
                ordered, trades = self._single_stems
            exact = _find(ordered, probe)
            if exact is not None:
                score = 100.0 if form_index == 0 else STEM_MATCH_SCORE if form_index == 2 else 99.0
                for trade in trades[exact]:
                    scores[trade] = max(scores.get(trade, 0.0), score)
                continue
            cutoff = cutoff_for(probe)
            for item, score, index in process.extract(
                probe, ordered, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                if not _words_align(probe, item, self._known[form_index]):
                    continue
                if form_index == 2:
                    score = min(score, STEM_MATCH_SCORE - 1)
                for trade in trades[index]:
                    scores[trade] = max(scores.get(trade, 0.0), score)
        if len(span) > 1:
            for trade in self._sorted_stems.get(_sorted_stems(span), ()):
                scores[trade] = max(scores.get(trade, 0.0), STEM_MATCH_SCORE - 1)
        return scores

    def _consonant_scores(self, word: str) -> dict[str, float]:
        """A romanised word that differs from a one-word alias only in its vowels ("drivar",
        "parler", "computar", "hospitel"): a last resort, scored below the experience bar."""
        key = _consonants(word)
        if word in ORDINARY_WORDS or len(word) < 5 or len(key) < 4:
            return {}
        found = self._consonant_keys.get(key)
        if not found:
            return {}
        trade, alias = found
        if alias[0] != word[0] or abs(len(alias) - len(word)) > 2:
            return {}
        return {trade: CONSONANT_SCORE}

    def _partial_scores(self, word: str) -> dict[str, float]:
        """A lone distinctive word against the words of longer aliases."""
        if word in FILLER_WORDS or word in WEAK_WORDS:
            return {}
        scores: dict[str, float] = {}
        for probe in _word_forms(word):
            if len(probe) < 3 or (probe.isascii() and len(probe) < 4):
                continue
            self._partial_probe(word, probe, scores)
        return scores

    def _partial_probe(self, word: str, probe: str, scores: dict[str, float]) -> None:
        for _alias_word, score, index in process.extract(
            probe, self._alias_words, scorer=fuzz.ratio, score_cutoff=cutoff_for(probe),
            limit=None,
        ):
            for key_index in self._alias_word_keys[index]:
                key = self._keys[key_index]
                coverage = min(1.0, len(word) / max(1, len(key.replace(" ", ""))))
                partial = score * (PARTIAL_ALIAS_BASE + (1 - PARTIAL_ALIAS_BASE) * coverage)
                for trade in self._key_trades[key_index]:
                    scores[trade] = max(scores.get(trade, 0.0), partial)

    # --- scoring for suggestions ---------------------------------------------------------------

    def _phrase_scores(self, phrase: str, cutoff: float | None = None) -> dict[str, float]:
        cutoff = cutoff_for(phrase) if cutoff is None else cutoff
        scores: dict[str, float] = {}
        for _key, score, index in process.extract(
            phrase, self._keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        ):
            for trade in self._key_trades[index]:
                scores[trade] = max(scores.get(trade, 0.0), score)
        for _key, score, index in process.extract(
            skeleton(phrase), self._skeletons, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        ):
            for key_index in self._skeleton_keys[index]:
                for trade in self._key_trades[key_index]:
                    scores[trade] = max(scores.get(trade, 0.0), score)
        return scores

    def _word_scores(self, word: str, cutoff: float | None = None) -> dict[str, float]:
        cutoff = cutoff_for(word) if cutoff is None else cutoff
        scores: dict[str, float] = {}
        for probe in dict.fromkeys((word, skeleton(word))):
            for alias_word, score, index in process.extract(
                probe, self._words, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                for key_index in self._word_keys[index]:
                    key = self._keys[key_index]
                    coverage = min(1.0, len(alias_word) / max(1, len(key.replace(" ", ""))))
                    partial = score * (PARTIAL_ALIAS_BASE + (1 - PARTIAL_ALIAS_BASE) * coverage)
                    for trade in self._key_trades[key_index]:
                        scores[trade] = max(scores.get(trade, 0.0), partial)
        return scores


def _negated(words: list[str]) -> list[bool]:
    """Which words of a clause lie in the reach of a negation (see the module docstring)."""
    marks = [False] * len(words)
    for index, word in enumerate(words):
        if word in NEGATE_FORWARD:
            for later in range(index + 1, len(words)):
                marks[later] = True
        elif word in NEGATE_BACKWARD:
            before = [i for i in range(index) if words[i] not in FILLER_WORDS]
            if before:
                for earlier in range(index):
                    marks[earlier] = True
            else:
                for later in range(index + 1, len(words)):
                    marks[later] = True
    return marks


QUANTITY_WORDS = frozenset(normalise(word) for word in reading_words.QUANTITIES.split())


def _without_quantities(span: list[str]) -> str:
    """The run without its inner words of quantity ("all", "सारा", "shob"), first and last
    words kept."""
    inner = [word for word in span[1:-1] if word not in QUANTITY_WORDS]
    return " ".join([*span[:1], *inner, *span[1:][-1:]])


def _words_align(probe: str, item: str, known: frozenset[str] = frozenset()) -> bool:
    """Fuzzy matching respects word boundaries: two phrases of several words are close only if
    they have as many words and each word is equal to its counterpart or close to it
    (WORD_FLOOR) and, if either has four letters or fewer, is the last word (where Hindi and
    Bengali verbs take their endings) and one begins the other ("mac bec" is "mac beca").
    So "parla learn" is not "par learn", nor "dab roti" "dabl roti". A word that differs from
    its counterpart must not be one of the `known` words of the vocabulary: "cooking at a
    hotel" is not "cook for a hostel"."""
    probe_words, item_words = probe.split(), item.split()
    if len(probe_words) < 2 or len(item_words) < 2:
        return True
    if len(probe_words) != len(item_words):
        return False
    last = len(probe_words) - 1
    return all(
        _word_close(a, b, index == last, known)
        for index, (a, b) in enumerate(zip(probe_words, item_words))
    )


def _word_close(a: str, b: str, last: bool, known: frozenset[str]) -> bool:
    """One word of a fuzzy match against its counterpart (see `_words_align`)."""
    if a == b:
        return True
    if fuzz.ratio(a, b) < WORD_FLOOR:
        return False
    if last and (a.startswith(b) or b.startswith(a)):
        return True  # a verb ending: "bec" (bechtam) and "beca" (becha)
    return a not in known and min(len(a), len(b)) > 4


def _mention_negated(
    words: list[str], positions: tuple[int, ...], negation: list[bool], negators: set[int]
) -> bool:
    """True if the mention lies in the reach of a negation that is not one of its own words:
    "cannot read or write" and "padhna nahi aata" name what she lacks, they refuse nothing."""
    if not any(negation[index] for index in positions):
        return False
    if not negators & set(positions):
        return True
    outside = [word if i not in positions else "a" for i, word in enumerate(words)]
    return any(_negated(outside)[index] for index in positions)


_SOFT_C = re.compile(r"c(?=[ei])|ti(?=[ao])")


def _consonants(word: str) -> str:
    """The consonants of a romanised word, a soft c and the "ti" of "-tion" heard as s
    ("beautician" and "biutishian", "receptionist" and "recepshonist" agree)."""
    if not word.isascii():
        return ""
    return re.sub(r"[aeiou]", "", _SOFT_C.sub("s", skeleton(word)))


def _too_short(word: str) -> bool:
    """One letter (or one Indic character) never names a trade: "B" is not "F&B"."""
    return len(word) < 2


def _find(ordered: list[str], item: str) -> int | None:
    from bisect import bisect_left

    index = bisect_left(ordered, item)
    if index < len(ordered) and ordered[index] == item:
        return index
    return None


def _merge(into: dict[str, float], scores: dict[str, float]) -> None:
    for trade, score in scores.items():
        into[trade] = max(into.get(trade, 0.0), score)
