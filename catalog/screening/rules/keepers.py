"""Her papers kept by someone else in the keeper's own words, for `documents_retained`: the
keeper as the subject of an English verb of holding ("the kafeel holds the passport"), and the
papers named again by a word for them at the head of the next clause or sentence ("Passports do
not remain with the worker, they are kept by the employer"; "... ; the sponsor keeps it"), or as
"the original" there ("Passport photocopy for visa; the original is kept by the sponsor")."""
from __future__ import annotations

from ..text import Hit
from .reading import Reading

# Words that may stand between a verb of holding and her papers ("holds the passport", "holds
# all workers' passports"); a papers' own article ("holds a licence", "holds its ISO
# certificate") says they are the employer's own.
_HER_PAPERS_BEFORE = frozenset({"the", "your", "her", "all", "their", "worker", "workers",
                                "candidate", "candidates", "employee", "employees", "s"})
# Words that name the papers of the clause before: "they are kept", "the sponsor keeps it",
# "ये मालिक के पास रहेंगे", "এগুলো মালিক রাখবে".
_THEM = frozenset({"it", "they", "them", "these", "those", "ye", "yeh", "ise", "inhe", "unhe",
                   "eta", "egulo", "ogulo", "egula", "ये", "वे", "इसे", "इन्हें", "उन्हें", "এটা",
                   "এটি", "এগুলো", "ওগুলো", "এগুলি", "সেগুলো"})
# Reach, in words, from the head of a clause to the word for the papers in it.
THEM_REACH = 5


def keepers(reading: Reading) -> list[Hit]:
    """Who, other than her, may keep her papers: a holder ("supervisor ke paas") or a keeper
    ("the kafeel", "मालिक")."""
    return reading.hits.get("holder", []) + reading.hits.get("keeper", [])


def held_by_keeper(reading: Reading, documents: list[Hit], kept: list[Hit], reach: int,
                   cues: tuple[str, ...]) -> list[tuple[Hit, Hit]]:
    """Her papers (`documents`, as meant) held by a keeper named as the subject of the verb, or
    named again in the next clause and kept (`kept`) there."""
    again = _named_again(reading, documents, cues)
    return _keeper_holds(reading, documents + again, cues) or reading.pairs(again, kept, reach)


def _keeper_holds(reading: Reading, documents: list[Hit], cues: tuple[str, ...]
                  ) -> list[tuple[Hit, Hit]]:
    """A holder, the company or its management right before an English verb of holding, and her
    papers right after it: "the kafeel holds the passport", "management will hold all workers'
    passports"."""
    words = reading.words
    return [(holds, document) for holds in reading.live("holds", cues=cues)
            if any(keeper.end == holds.start and words[keeper.start].clause
                   == words[holds.start].clause for keeper in keepers(reading))
            for document in documents
            if 0 <= document.start - holds.end <= 3
            and words[document.start].clause == words[holds.start].clause
            and all(word.text in _HER_PAPERS_BEFORE
                    for word in words[holds.end:document.start])]


def _named_again(reading: Reading, documents: list[Hit], cues: tuple[str, ...]) -> list[Hit]:
    """A word for the papers among the first words of the clause right after one that names
    them, itself naming no papers, or "the original" there: the papers, named again."""
    words, found = reading.words, []
    named = {words[document.start].clause for document in documents
             if not any(phone.start == document.start for phone in reading.hits.get("phone", ()))}
    papers = {words[document.start].clause for document in reading.hits.get("document", ())}
    start = 0  # where the clause of the word at `at` starts
    for at, word in enumerate(words):
        if at and words[at - 1].clause != word.clause:
            start = at
        if (word.text in _THEM and at - start < THEM_REACH and start
                and words[start - 1].clause in named and word.clause not in papers):
            them = Hit("document", at, at + 1)
            if not reading.negated(them, cues):
                found.append(them)
    return found + [original for original in _the_original(reading, papers)
                    if not reading.negated(original, cues)]


def _the_original(reading: Reading, papers: set[int]) -> list[Hit]:
    """"The original" at the head of the clause right after one that names papers, copies or
    not ("Passport photocopy for visa; the original is kept by the sponsor"): the original of
    those papers, named again."""
    words, found = reading.words, []
    for original in reading.hits.get("original", ()):
        start = original.start
        while start and words[start - 1].clause == words[original.start].clause:
            start -= 1
        if (start and original.start - start < THEM_REACH and words[start - 1].clause in papers
                and words[original.start].clause not in papers):
            found.append(Hit("document", original.start, original.end))
    return found
