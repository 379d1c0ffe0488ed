"""Her papers, bank cards or phone kept by someone else: `documents_retained`."""
from __future__ import annotations

from ..text import Hit
from .codes import DOCUMENTS_RETAINED, flag
from .keepers import held_by_keeper, keepers
from .reading import Reading

# Reach, in words, within which papers and their keeping make one statement.
DOCUMENT_REACH = 8
# An English verb of keeping in the active voice keeps what follows it: her phone named before it
# is not what it keeps ("handle the phone and keep the visitor book"; "phone will be kept" is).
_ACTIVE_KEEP = frozenset({"keep", "keeping", "retain", "maintain"})


def documents_retained(reading: Reading) -> dict | None:
    """Someone other than the worker keeps her papers or bank cards: "kept", "jama thakbe",
    "remain with the management" next to a document; or handed in ("submitted", "jama", "ke
    paas") to a holder, for a time ("until the contract ends") or as originals; or in the
    keeper's own verb ("एजेंट रखेगा", "the kafeel holds the passport"), of the papers named again
    ("they are kept by the employer"). Copies, checking and handing back the same day are
    ordinary verification, unless the papers come back only when the work or the debt ends, or
    a keeper named after the check keeps them."""
    _read_her_keeping(reading)
    # ("the original copy", "আসল কপি", is the original, not a copy; "with the supervisor, so
    # that the money stays safe" is the supervisor's keeping, not hers)
    cues = ("paper_negation", "her_keeping")

    def meant(hits: list[Hit]) -> list[Hit]:
        return [hit for hit in hits
                if reading.in_sentence(hit, "until") or not reading.in_clause(hit, "her_keeping")]

    def not_handled(hits: list[Hit]) -> list[Hit]:
        """Not customers' deposits and passbooks, nor the papers of the people served."""
        return [hit for hit in hits if not reading.near(hit, "handled_money", 3)
                and not any(_papers_of(reading, other, hit)
                            for other in reading.near(hit, "papers_of_others", 5))]

    documents = [hit for hit in not_handled(meant(reading.live("document", cues=cues,
                                                                ordinary="document")))
                 if not _for_the_shift(reading, hit)]
    deposits = [hit for hit in not_handled(reading.live("deposit", cues=cues))
                if not reading.in_clause(hit, "salary_word")]  # the wage deposited in her account
    kept = meant(reading.live("retain", cues=cues) + deposits)
    originals = reading.live("original", cues=cues)
    handed = [hit for hit in meant(reading.live("hand_in", cues=cues))
              if reading.in_sentence(hit, "holder") or reading.in_sentence(hit, "until")
              or reading.in_sentence_of(originals, hit)]
    found = ([(a, b) for a, b in reading.pairs(documents, kept + handed, DOCUMENT_REACH)
              if not (_is_phone(reading, a) and _keeps_another(reading, a, b))]
             or reading.pairs(documents, meant(reading.live("with_holder", cues=cues)), 3)
             or reading.pairs(not_handled(meant(reading.live("bank_card", cues=cues,
                                                                ordinary="document"))),
                              [hit for hit in not_handled(meant(reading.live("give_up", cues=cues)))
                               if not (reading.in_clause(hit, "salary_word") and any(
                                   deposit.start == hit.start
                                   for deposit in reading.hits.get("deposit", ())))],
                              DOCUMENT_REACH))
    found = found or held_by_keeper(reading, documents, kept + handed, DOCUMENT_REACH, cues)
    found = found or _phone_denied(reading) or _back_when_leaving(reading, not_handled(
        reading.hits.get("document", [])))
    if found:
        return flag(DOCUMENTS_RETAINED, reading.quote(*found[0]))
    return None


# Words that deny her keeping named right before them ("worker ke paas nahi", "কর্মীর কাছে থাকবে
# না", "kormir kache noy") or, in English, right before it ("not with the worker").
_NOT_AFTER = frozenset({"nahi", "nahin", "nai", "na", "noy", "not", "नहीं", "ना", "না", "নয়"})
_NOT_BEFORE = frozenset({"not", "never", "no", "nahi", "nahin", "नहीं"})


def _read_her_keeping(reading: Reading) -> None:
    """Her keeping named ("keep your Aadhaar safe", "with the worker") as `her_keeping`, unless
    someone else keeps them ("the agency will keep your Aadhaar", a holder named before it) or
    the keeping is denied; and as `paper_negation` every negation but those that deny her
    keeping: the "nahi" of "passport worker ke paas nahi" is spent on her keeping, and does not
    undo the passport named before it, kept by someone else. Papers kept private are hers too
    ("documents kept confidential"), unless a keeper is named in the clause."""
    named = [cue for cue in reading.hits.get("document_negation", ())
             if not any(kept.start < cue.start < kept.end
                        for kept in reading.hits.get("their_keeping", ()))
             and not any((original.end == cue.start and reading.words[cue.start].text in _COPY)
                         or _and_the_original(reading, cue, original)
                         for original in reading.hits.get("original", ()))
             and not _checked_then_kept(reading, cue)
             and not any(kept.start == cue.start and kept.end > cue.end  # "रखे जाएँगे": kept,
                         for kept in reading.hits.get("retain", ()))]  # not "रखें" said to her
    spent = {at for cue in named for at in _denial(reading, cue, before=1 + _staying(
        reading, cue))}
    reading.hits["her_keeping"] = [cue for cue in named if not _held_before(reading, cue)
                                   and not _denial(reading, cue)] + [
        cue for cue in reading.hits.get("kept_private", ())
        if not any(reading.in_clause(cue, keeper) for keeper in ("holder", "keeper"))]
    reading.hits["paper_negation"] = [cue for cue in reading.hits.get("negation", ())
                                      if cue.start not in spent and not _until_not(reading, cue)]


# "Until" said with a negation that denies nothing: "visa na asha porjonto" (until the visa
# comes), "চুক্তি শেষ না হওয়া পর্যন্ত", "jab tak contract khatam nahi hota".
_UNTIL_AFTER = frozenset({"porjonto", "projonto", "porjanto", "পর্যন্ত"})
_WHEN, _TILL = frozenset({"jab", "जब"}), frozenset({"tak", "तक"})


def _until_not(reading: Reading, cue: Hit) -> bool:
    """The negation at `cue` is an "until"'s own: "porjonto" within two words after it, or a
    "jab tak" before it in its clause."""
    words, clause = reading.words, reading.words[cue.start].clause
    return any(words[i].text in _UNTIL_AFTER for i in range(cue.end, min(cue.end + 2, len(words)))
               ) or any(words[i].text in _WHEN and words[i + 1].text in _TILL
                        and words[i].clause == clause for i in range(cue.start - 1))


def _checked_then_kept(reading: Reading, cue: Hit) -> bool:
    """The cue is a check of the papers and a keeper named later in its sentence keeps them
    ("checked at the airport, then it is kept by the kafeel", "जाँच के बाद मालिक असली पासपोर्ट
    रखेगा"): the check is no handing back; unless what he keeps is a copy or is handed back
    ("the employer keeps only a copy", a cue of her keeping beside the keeping)."""
    words = reading.words
    if not any(check.start == cue.start for check in reading.hits.get("checked", ())):
        return False
    holders = keepers(reading)
    return any(kept.start >= cue.end and words[kept.start].sentence == words[cue.start].sentence
               and not any(other.start != cue.start and other.start - kept.end < 3
                           and kept.start - other.end < 3
                           and words[other.start].clause == words[kept.start].clause
                           for other in reading.hits.get("document_negation", ()))
               and any(0 <= keeper.start - kept.end <= 2 or (
                   keeper.start >= cue.end and 0 <= kept.start - keeper.end <= 3)
                   for keeper in holders)
               for kept in reading.hits.get("retain", ()))


def _denial(reading: Reading, cue: Hit, before: int = 3) -> list[int]:
    """Where a negation denies the cue of her keeping: within two words after it, or `before`
    before it, in its clause ("Passport worker ke paas nahi, company ke paas rahega", "not with
    the worker"); none when her keeping is not denied. (Only the word right before it denies
    nothing else: the "no" of "no one keeps your ATM card" denies the card kept too.)"""
    words, clause = reading.words, reading.words[cue.start].clause
    after = [at for at in range(cue.end, min(cue.end + 2, len(words)))
             if words[at].clause == clause and words[at].text in _NOT_AFTER]
    before = [at for at in range(max(0, cue.start - before), cue.start)
              if words[at].clause == clause and words[at].text in _NOT_BEFORE]
    return after + before


def _staying(reading: Reading, cue: Hit) -> int:
    """How many words of staying stand right before the cue ("not remain with you", "will not
    stay with the worker"): a negation before them denies her keeping."""
    return max((cue.start - kept.start for kept in reading.hits.get("retain", ())
                if kept.end >= cue.start > kept.start), default=0)


# A copy named right after "original" is the original ("the original copy", "আসল কপি").
_COPY = frozenset({"copy", "copies", "kopi", "কপি", "कॉपी", "प्रति"})
# Words that join a copy to the original named right after it.
_AND_THE = frozenset({"and", "the", "aur", "ar", "o", "और", "ও", "আর"})


def _and_the_original(reading: Reading, cue: Hit, original: Hit) -> bool:
    """The original named right after a copy, joined to it ("passport photocopy and the original
    passport will stay with the agent"): the copy is no keeping of hers of the original."""
    between = reading.words[cue.end:original.start]
    return 0 < len(between) <= 2 and all(word.text in _AND_THE for word in between)


# Reach, in words, back from a cue of her keeping to a holder named before it in its clause.
HOLDER_REACH = 8


def _papers_between(reading: Reading, holder: Hit, cue: Hit) -> bool:
    """The papers named between the holder and "nijer kache", "apne paas" ("contractor sobar
    Aadhaar card nijer kache rakhbe"): the holder keeps them with himself."""
    return any(holder.end <= paper.start and paper.end <= cue.start
               for paper in reading.hits.get("document", ()))


# She named as the one who keeps, between a holder and "apne paas": "company ke liye aap".
_YOU = frozenset({"aap", "ap", "tum", "you", "apni", "tumi", "आप", "तुम", "আপনি", "তুমি"})


def _held_before(reading: Reading, cue: Hit) -> bool:
    """Someone other than her (a supervisor, the agent, the owner) is named as the holder earlier
    in the clause of `cue`, with a word of keeping between: "ATM card aur passbook supervisor ke
    paas rahenge taaki paise safe rahein" is kept by the supervisor, whatever follows; and the
    holder right before "apne paas", "নিজের কাছে" keeps them "with himself" ("thekedar apne paas
    rakhega")."""
    clause = reading.words[cue.start].clause
    return any(reading.words[holder.start].clause == clause
               and 0 <= cue.start - holder.end < HOLDER_REACH
               and any(holder.end <= kept.start < cue.start
                       or (cue.start - holder.end < 2 and cue.end <= kept.start < cue.end + 6
                           and reading.words[kept.start].clause == clause)
                       or (cue.end <= kept.start < cue.end + 2  # "company ek saal tak apne
                           and reading.words[kept.start].clause == clause  # paas rakhegi"
                           and not any(word.text in _YOU
                                       for word in reading.words[holder.end:cue.start]))
                       or (_papers_between(reading, holder, cue)
                           and cue.end <= kept.start < cue.end + 2
                           and reading.words[kept.start].clause == clause
                           and not any(other.start <= kept.start < other.end
                                       for other in reading.hits.get("document_negation", ())))
                       for kept in reading.hits.get("retain", ()))
               for holder in keepers(reading))


def _back_when_leaving(reading: Reading, documents: list[Hit]) -> list[tuple[Hit, Hit]]:
    """Her papers given back only when she leaves the job or a bond ends, in the sentence that
    names them ("Original Aadhaar naukri chhodne par wapas milega", "it is returned after the
    two-year bond"): kept for as long as she works, whatever checking is named beside it."""
    return [(document, leaving) for document in documents
            for leaving in reading.hits.get("leaving", ())
            if _same_or_next(reading, document, leaving) and reading.in_sentence(leaving, "refund")]


# Words that open a sentence about the papers of the sentence before: "it is returned after ...".
_THEY = frozenset({"it", "they", "these", "ye", "yeh", "ve", "eta", "egulo", "ogulo", "ये", "वे",
                   "এটা", "এগুলো", "ওগুলো"})


def _same_or_next(reading: Reading, document: Hit, later: Hit) -> bool:
    """`later` is in the sentence of `document`, or in the next one when that opens with a word
    for the papers ("Bring your original marks card; it is returned after the two-year bond")."""
    words = reading.words
    sentence = words[document.start].sentence
    if words[later.start].sentence == sentence:
        return True
    starts = [word for word in words[document.end:later.start] if word.sentence != sentence]
    return bool(starts) and starts[0].text in _THEY and all(
        word.sentence == starts[0].sentence for word in starts)


def _phone_denied(reading: Reading) -> list[tuple[Hit, Hit]]:
    """Her phone forbidden to her in one clause ("mobile phone not allowed for the first 3
    months"), other than for the shift or on duty (a rule of the floor)."""
    return [(phone, denied) for phone in reading.hits.get("phone", ())  # ("not" is the denial)
            for denied in reading.hits.get("not_allowed", ())
            if reading.words[phone.start].clause == reading.words[denied.start].clause
            and 0 <= denied.start - phone.end < 4
            and not reading.in_sentence(phone, "shift_only")
            and not reading.in_sentence(phone, "on_duty")
            and not reading.in_sentence(phone, "warning")]


def _for_the_shift(reading: Reading, hit: Hit) -> bool:
    """`hit` is her phone, put away only for the shift ("phones kept in lockers during the
    shift"), and its sentence names no longer hold ("till probation ends")."""
    return (_is_phone(reading, hit) and reading.in_sentence(hit, "shift_only")
            and not reading.in_sentence(hit, "until"))


def _keeps_another(reading: Reading, phone: Hit, keeping: Hit) -> bool:
    """`keeping` is an active English verb after the phone: it keeps something after it."""
    return phone.end <= keeping.start and reading.words[keeping.start].text in _ACTIVE_KEEP


def _is_phone(reading: Reading, hit: Hit) -> bool:
    return any(phone.start == hit.start and phone.end == hit.end
               for phone in reading.hits.get("phone", ()))


# Words that make the papers hers again between the people served and the papers: "students'
# hostel: your certificates will be kept".
_HERS = frozenset({"your", "her", "apna", "apne", "apni", "aapke", "apke", "apka", "aapka",
                   "tomar", "apnar", "nijer", "তোমার", "আপনার", "নিজের", "आपके", "आपका", "अपने",
                   "अपना", "अपनी"})


def _papers_of(reading: Reading, people: Hit, papers: Hit) -> bool:
    """`people` named just before `papers`, in its clause, owns them ("customers' passbooks",
    "students' certificates and marksheets"), unless she is named as their owner between."""
    return (people.end <= papers.start
            and reading.words[people.start].clause == reading.words[papers.start].clause
            and not any(word.text in _HERS for word in reading.words[people.end:papers.start]))
