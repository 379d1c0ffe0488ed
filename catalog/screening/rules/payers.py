"""Who pays a cost named in an opening: a payer other than she ("paid by the branch", "the
employer pays the visa, ticket and our service charge", "কোম্পানি দেবে"), for `fee_charged`."""
from __future__ import annotations

from ..text import Hit
from .reading import Reading

# "Paid by" someone: the payer named after the fee. She pays it only when she is the one named.
_PAID = frozenset({"paid", "borne", "covered", "reimbursed", "sponsored", "met"})
_HER_AS_PAYER = frozenset({"you", "yourself", "candidate", "candidates", "worker",
                           "workers", "applicant", "applicants", "trainee", "trainees", "her",
                           "employee", "employees", "selected"})

PAYER_REACH = 7  # "the deposit for your room has been paid by QuickPack"


def paid_by_another(reading: Reading, hit: Hit) -> bool:
    """The fee is "paid by", "borne by" or "covered by" someone other than her, named right
    after it in its clause ("IRDA exam fee paid by the branch", "medical charges borne by
    Sunrise Hospital"); "to be paid by the candidate" is hers. So is a fee a payer other than
    she is said to pay, in any language ("licence er sarkari fee o trust debe", "परीक्षा शुल्क
    संस्था देगी", "ফি সমিতি বহন করবে"); "fee aap denge", "fee agent ko dega" (the agent paid)
    and "deposit baad mein company wapas degi" (her deposit returned) are not."""
    words, clause = reading.words, reading.words[hit.start].clause
    for i in range(hit.end, min(hit.end + PAYER_REACH, len(words) - 2)):
        if words[i].clause != clause:
            break
        if words[i].text in _PAID and words[i + 1].text == "by":
            payer = {word.text for word in words[i + 2:i + 4]}
            return not payer & _HER_AS_PAYER
    return any(pays.start - 1 > hit.end - 1 and 0 <= pays.start - hit.end < PAYER_REACH
               and words[pays.start].clause == clause and _another_payer(reading, pays.start - 1)
               for pays in reading.hits.get("pays", ())) or _payer_pays(reading, hit) or (
        _payer_after_verb(reading, hit))


def _payer_after_verb(reading: Reading, hit: Hit) -> bool:
    """A verb of paying right after the fee and a payer other than her right after the verb, in
    its clause, the order Bengali and Hindi also say it in ("সার্ভিস চার্জ দেয় নিয়োগকারী পরিবার",
    "fee dega employer"); not the one paid ("fee dena hoga employer ko")."""
    words, clause = reading.words, reading.words[hit.start].clause
    return any(0 <= pays.start - hit.end <= 1 and words[pays.start].clause == clause and any(
        payer.start == pays.end and words[payer.start].clause == clause
        and words[payer.start].text not in _HER_AS_PAYER
        and not (payer.end < len(words) and words[payer.end].text in _PAID_TO)
        for payer in reading.hits.get("payer", ())) for pays in reading.hits.get("pays", ()))



# Reach, in words, from a payer to its verb of paying, and from either to the cost.
PAYER_VERB_REACH = 4
PAYER_COST_REACH = 8
# After a payer, the words that make it the one paid ("company ko", "to the company"); after
# the verb, the words that make her the one paid ("we pay you Rs 12,000").
_PAID_TO = frozenset({"ko", "को", "ke", "kake", "to", "কে"})
_HER_PAID = frozenset({"you", "aapko", "apko", "apnake", "tomake", "आपको", "আপনাকে", "her"})


def _payer_pays(reading: Reading, hit: Hit) -> bool:
    """A payer other than she (the employer, the company, a trust, "we") named as paying, in any
    tense, before the cost or after it in its clause, with no word of her among payer, verb
    and cost ("we will pay your salary after you deposit the fee" is hers): "company ne hostel
    ka security deposit khud bhara hai", "the employer has already paid the deposit", "জামানত
    কোম্পানি আগেই দিয়ে দিয়েছে", "Trust pays the school fees"."""
    words, clause = reading.words, reading.words[hit.start].clause
    if _listed_after_payer(reading, hit):
        return True
    for payer in reading.hits.get("payer", ()):
        if (words[payer.start].clause != clause and not _place_after(reading, payer, clause)) or (
                payer.end < len(words) and words[payer.end].text in _PAID_TO):
            continue
        for verb in reading.hits.get("paid_by_payer", ()):
            # the cost between payer and verb: "company ne ... security deposit khud bhara"
            between = payer.end <= hit.start and hit.end <= verb.start
            if (words[verb.start].clause == clause and verb.start != hit.start
                    and 0 <= verb.start - payer.end <= PAYER_VERB_REACH + (
                        PAYER_COST_REACH if between else 0)
                    and min(abs(hit.start - payer.end), abs(verb.start - hit.end),
                            abs(hit.start - verb.end)) <= PAYER_COST_REACH
                    and not any(words[i].text in _HER_AS_PAYER | _HER_PAID for i in range(
                        min(payer.end, hit.end), min(max(verb.end, hit.start), len(words))))):
                return True
    return False


def _listed_after_payer(reading: Reading, hit: Hit) -> bool:
    """The cost ends a list whose head is a payer other than she and its verb, the list's
    items split by commas ("the employer pays the visa, air ticket and our service charge"):
    the payer's, when the cost's clause asks nothing of her and names no payer of its own."""
    words, clause = reading.words, reading.words[hit.start].clause
    if any(words[other.start].clause == clause for concept in ("pays", "pay_demand", "payer")
           for other in reading.hits.get(concept, ())):
        return False
    return any(words[payer.start].clause == words[verb.start].clause == clause - 1
               and words[verb.start].sentence == words[hit.start].sentence
               and 0 <= verb.start - payer.end <= 1 and 0 < hit.start - verb.end <= PAYER_COST_REACH
               and not any(word.text in _HER_AS_PAYER | _HER_PAID
                           for word in words[payer.start:hit.start])
               for payer in reading.hits.get("payer", ())
               for verb in reading.hits.get("paid_by_payer", ()))



def _place_after(reading: Reading, payer: Hit, clause: int) -> bool:
    """The payer ends the clause before `clause`, its place after the comma and then its verb
    ("Disha Foundation, Berhampore will sponsor the fees"): one clause, the payer's."""
    words = reading.words
    return payer.end < len(words) and words[payer.end].clause == clause and any(
        words[verb.start].clause == clause and 0 < verb.start - payer.end <= 2
        for verb in reading.hits.get("paid_by_payer", ()))


# She, or someone paid rather than paying: "aap denge", "agent ko dega", "দালালকে দেবেন".
_NOT_ANOTHER_PAYER = frozenset({
    "aap", "aapko", "ap", "apni", "apnake", "apnar", "tumi", "tomake", "khud", "nije", "nijei",
    "आप", "आपको", "खुद", "स्वयं", "আপনি", "আপনাকে", "তুমি", "নিজে", "ko", "को", "ke", "taka",
    "rupaye", "rupees", "rs", "inr", "টাকা", "रुपये", "रुपए", "o", "ও", "aur", "और", "ba", "বা",
    "ya", "या", "or", "and"})


def _another_payer(reading: Reading, index: int) -> bool:
    """The word at `index`, right before a verb of paying, names a payer other than her."""
    word = reading.words[index]
    return not (word.text in _NOT_ANOTHER_PAYER or word.text in _HER_AS_PAYER
                or word.text.isdigit() or word.text.endswith(("কে", "ke"))
                or any(hit.start <= index < hit.end for concept in ("refund", "fee", "money")
                       for hit in reading.hits.get(concept, ())))
