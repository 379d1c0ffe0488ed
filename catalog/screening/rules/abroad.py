"""Work abroad outside a lawful route: `overseas_travel`, and what makes a route lawful."""
from __future__ import annotations

from matcher.text import normalise

from ..lexicon import FOREIGN_PLACES, OVERSEAS_WORDS
from ..text import Hit, word_key
from .codes import OVERSEAS_TRAVEL, flag
from .fees import fee_charged
from .papers import documents_retained
from .reading import Reading


def lawful_abroad(reading: Reading) -> bool:
    """The opening names a lawful route abroad (a registered recruiting agent, eMigrate,
    BMET) and shows none of the marks of an unlawful one: a fee asked of her, her papers
    kept, a visit visa offered (not one warned against: "beware of agents offering visit
    visas", "visit visa par kabhi mat jaiye"), a border crossed without papers."""
    return reading.once("lawful_abroad", lambda: bool(
        reading.live("lawful_route", cues=("negation", "lacking"), warnings=False)
        or _required(reading)) and not (
        _mark_skipped(reading) or [hit for hit in reading.live("visit_visa")
                                   if not reading.in_sentence(hit, "dont_go")]
        or reading.hits.get("no_papers")
        or reading.flag_of(fee_charged) or reading.flag_of(documents_retained)))


def _mark_skipped(reading: Reading) -> bool:
    """A mark of a lawful route said to be skipped ("BMET card chara", "eMigrate ke bina",
    "বিএমইটি কার্ড ছাড়াই"): whatever other mark the opening names, the route is not lawful."""
    required = _required(reading)  # ... and the words of a mark required ("BMET" of "BMET card")
    return any(reading.negated(hit, ("lacking",)) and not any(
        other.start <= hit.start and hit.end <= other.end for other in required)
        for hit in reading.hits.get("lawful_route", ()))


# Reach, in words, from a mark of a lawful route to the "without" beside it.
WITHOUT_REACH = 2


def _required(reading: Reading) -> list[Hit]:
    """Marks of a lawful route said to be needed by going "without" them denied ("BMET smart
    card chara keu jabe na", "no one travels without eMigrate clearance", "ईमाइग्रेट के बिना कोई
    नहीं जाएगा"): a "without" within two words of the mark and another negation in its clause,
    the mark required of everyone who goes, not skipped."""
    words = reading.words

    def in_clause_of(hit: Hit, other: Hit) -> bool:
        return words[other.start].clause == words[hit.start].clause

    return [hit for hit in reading.hits.get("lawful_route", ()) if any(
        in_clause_of(hit, lack) and (0 <= lack.start - hit.end <= WITHOUT_REACH
                                     or 0 <= hit.start - lack.end <= WITHOUT_REACH)
        and any(in_clause_of(hit, no) and not (lack.start <= no.start < lack.end)
                and not (hit.start <= no.start < hit.end)
                for no in reading.hits.get("negation", ()))
        for lack in reading.hits.get("lacking", ()))]


def overseas_travel(reading: Reading) -> dict | None:
    """Work abroad (a foreign place named as where she will work, not as the market her work goes
    to or where the customers are), travel arranged by the employer or an agent, or a border
    crossed without the papers a lawful route needs."""
    abroad = [hit for hit in reading.live("overseas", ordinary="overseas", warnings=False)
              if not reading.in_clause(hit, "market") and not _names_a_shop(reading, hit)
              and not _only_resembles(reading, hit)]
    journeys = [hit for hit in reading.live("travel", ordinary="travel", warnings=False)
                + reading.live("ticket", ordinary="ticket", warnings=False)
                if not reading.in_sentence(hit, "training")]  # to a course: the centre's own
    arranged = reading.live("arrange", warnings=False)
    by_agent = reading.live("agent_arranges", warnings=False)
    no_papers = reading.hits.get("no_papers", []) + _papers_not_needed(reading)
    found = reading.pairs(journeys, arranged, 3) or reading.pairs(journeys, by_agent, 6)
    if (abroad or found) and not no_papers and lawful_abroad(reading):
        return None
    if abroad or no_papers or found:
        evidence = reading.quote(*(abroad[:1] or no_papers[:1] or found[0]))
        return flag(OVERSEAS_TRAVEL, evidence)
    return None


def _papers_not_needed(reading: Reading) -> list[Hit]:
    """A border crossed without the papers a lawful route needs: a passport or a visa denied
    beside a word of their being needed, in one sentence with no word of keeping papers ("No
    passport, no visa needed"; not "passport not kept"), in an opening that names a crossing, a
    neighbour across the border, a place abroad or a journey; or a border crossed for her ("our
    man will take you across")."""
    crossing = reading.live("border_crossed")
    denied = [paper for paper in reading.hits.get("travel_paper", ())
              if reading.negated(paper, ("negation", "lacking"))
              and reading.in_sentence(paper, "paper_needed")
              and not reading.in_sentence(paper, "retain")]
    papers = {(hit.start, hit.end) for hit in reading.hits.get("travel_paper", ())}
    if not (crossing or reading.hits.get("across_border") or reading.hits.get("travel") or any(
            (hit.start, hit.end) not in papers for hit in reading.hits.get("overseas", ()))):
        denied = []  # "no passport or visa needed, the job is in Gaya town itself"
    return denied[:1] + crossing


_PLACE_SPELLINGS = frozenset(normalise(place) for place in FOREIGN_PLACES)
_PLACE_KEYS = frozenset(word_key(place) for place in _PLACE_SPELLINGS if " " not in place) - {
    word_key(word) for phrase in OVERSEAS_WORDS for word in normalise(phrase).split()}
# Words of going, after a place: "Katar jete hobe", "Dubai jana hai", "going to".
_GOING = frozenset({"jete", "jabe", "jaben", "jaite", "jana", "jaana", "jaane", "jaaiye", "jaiye",
                    "jayenge", "jaoge", "bheja", "bhejenge", "pathano", "pathabo", "going", "go",
                    "fly", "যেতে", "যাবে", "পাঠানো", "जाना", "जाने", "भेजा", "भेजेंगे"})
_TOWARDS = frozenset({"in", "to", "at", "for"})


def _only_resembles(reading: Reading, hit: Hit) -> bool:
    """The word at `hit` only resembles a foreign place: written in none of the place's own
    spellings ("dhan katar jonno", the cutting of paddy, folds to "qatar"), and not said to be
    where she goes or works (a locative or a word of going right after it, "in" or "to" right
    before it, or opening its clause: "Katar kaj", not "ghas katar kaj", the work of cutting
    grass), in an opening that names no other mark of abroad (a
    visa, a journey, another place abroad)."""
    words = reading.words
    written = " ".join(word.text for word in words[hit.start:hit.end])
    if hit.concept != "overseas" or any(written.startswith(place) for place in _PLACE_SPELLINGS
                                        if place) or written not in _resembling(reading, hit):
        return False
    after = words[hit.end].text if hit.end < len(words) else ""
    before = words[hit.start - 1].text if hit.start > 0 else ""
    if hit.start == 0 or words[hit.start - 1].clause != words[hit.start].clause:
        return False  # where a clause opens, a name: "Katar hotel kaj", "Katar, 35,000 taka"
    others = [other for other in reading.hits.get("overseas", ()) if other.start != hit.start]
    return not (after in _LOCATIVE or after in _GOING or before in _TOWARDS or others or reading.hits.get("travel") or reading.hits.get("ticket"))


def _resembling(reading: Reading, hit: Hit) -> set[str]:
    """The written word at `hit` when it is one word whose key is a foreign place's own key
    (not a word of abroad's: "viza" is a visa however it is spelt)."""
    word = reading.words[hit.start]
    return {word.text} if hit.end - hit.start == 1 and word.key in _PLACE_KEYS else set()


# A word after a place that says the work is there: "Malaysia te", "Dubai mein", "দুবাই তে".
_LOCATIVE = frozenset({"te", "e", "me", "mein", "main", "mai", "में", "তে", "এ", "ey", "a"})


def _names_a_shop(reading: Reading, hit: Hit) -> bool:
    """The foreign place at `hit` is the name of a shop, not where the work is: a kind of shop
    right after it ("Doha Shawarma & Grill", "দুবাই টেইলার্স"), or the place said to be only a
    name ("Doha is just our shop name"; "Dubai hotel name: Al Noor" is a hotel abroad), in a
    clause that names no journey, visa or travel abroad."""
    if any(reading.hits.get(concept) for concept in ("travel", "ticket", "visit_visa")
           ) or _journey_in_clause(reading, hit):
        return False  # a journey anywhere in the opening: the place may be where she goes
    shop = any(0 <= other.start - hit.end <= 1 and not any(
        reading.words[i].text in _LOCATIVE for i in range(hit.end, other.start))
        for other in reading.hits.get("shop_kind", ()))  # "Malaysia te beauty parlour": there
    named = any(0 <= other.start - hit.end < 5
                and reading.words[other.start].clause == reading.words[hit.start].clause
                and any(hit.end <= only.start < other.start
                        for only in reading.hits.get("only_a_name", ()))
                for other in reading.hits.get("name_of_place", ()))  # not "Dubai hotel name"
    return shop or named or _addressed_at_home(reading, hit)


# Reach, in words, from a foreign place to the street address of the business it names.
ADDRESS_REACH = 6


def _addressed_at_home(reading: Reading, hit: Hit) -> bool:
    """The foreign place begins a business's name whose street address follows at once, with no
    word saying the work is there between ("Dubai Henna Studio, Shop 9, Johari Bazar, Jaipur",
    "দুবাই স্টোর, গড়িয়াহাট রোড"): a shop at home named after the place."""
    between = [other for concept in ("overseas", "work_done", "wanted")
               for other in reading.hits.get(concept, ()) if other.start != hit.start]
    return any(0 <= address.start - hit.end < ADDRESS_REACH
               and reading.words[address.start].sentence == reading.words[hit.start].sentence
               and reading.words[address.start].text not in _LANDMARK
               and not any(reading.words[i].text in _LOCATIVE or reading.words[i].text in _JOB
                           for i in range(hit.end, address.start))
               and not any(hit.end <= other.start <= address.start for other in between)
               for address in reading.hits.get("address", ()))


# Words of an address that name a landmark, which may be abroad too ("near Burj Khalifa"), and
# words that say a job is at the place ("Dubai hotel job, ...").
_LANDMARK = frozenset({"near", "opposite", "opp", "behind", "beside", "সামনে", "पीछे", "सामने"})
_JOB = frozenset({"job", "jobs", "work", "kaam", "kam", "kaj", "kaaj", "naukri", "chakri",
                  "vacancy", "vacancies", "কাজ", "চাকরি", "काम", "नौकरी"})


def _journey_in_clause(reading: Reading, hit: Hit) -> bool:
    """Another place abroad, or a journey arranged, in the clause of `hit` (a journey or a
    ticket anywhere in the opening is ruled out before this is asked)."""
    clause = reading.words[hit.start].clause
    return any(reading.words[other.start].clause == clause and other.start != hit.start
               for concept in ("overseas", "arrange", "agent_arranges")
               for other in reading.hits.get(concept, ()))
