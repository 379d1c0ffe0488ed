"""Every concept of the lexicon under the name the rules ask for, found in an opening's words by
one index built once, at import."""
from __future__ import annotations

from .. import lexicon as lx
from ..text import PhraseIndex

INDEX = PhraseIndex(
    {
        "fee": lx.FEE, "pay_demand": lx.PAY_DEMAND, "money": lx.MONEY,
        "pay_channel": lx.PAY_CHANNEL, "payout": lx.PAYOUT, "deduct": lx.DEDUCT,
        "cost_item": lx.COST_ITEM, "cost_named": lx.COST_NAMED,
        "handled_money": lx.HANDLED_MONEY, "papers_of_others": lx.PAPERS_OF_OTHERS,
        "bank_account": lx.BANK_ACCOUNT,
        "document": lx.DOCUMENT + lx.PHONE, "phone": lx.PHONE, "shift_only": lx.SHIFT_ONLY,
        "retain": lx.RETAIN, "deposit": lx.DEPOSIT,
        "hand_in": lx.HAND_IN,
        "holder": lx.HOLDER, "until": lx.UNTIL, "original": lx.ORIGINAL,
        "with_holder": lx.WITH_HOLDER, "their_keeping": lx.THEIR_KEEPING, "handed": lx.HANDED,
        "bank_card": lx.BANK_CARD,
        "give_up": lx.GIVE_UP, "for": lx.FOR, "receive": lx.RECEIVE,
        "stipend": lx.STIPEND, "refund": lx.REFUND,
        "overseas": lx.OVERSEAS, "travel": lx.TRAVEL, "ticket": lx.TICKET,
        "training": lx.TRAINING, "training_scheme": lx.TRAINING_SCHEME, "arrange": lx.ARRANGE,
        "agent_arranges": lx.AGENT_ARRANGES,
        "no_papers": lx.NO_PAPERS, "market": lx.MARKET, "lawful_route": lx.LAWFUL_ROUTE,
        "lawful_charge": lx.LAWFUL_CHARGE, "charge_capped": lx.CHARGE_CAPPED,
        "visit_visa": lx.VISIT_VISA, "school_class": lx.SCHOOL_CLASS, "passed": lx.PASSED,
        "entertainment": lx.ENTERTAINMENT, "escort": lx.ESCORT, "company": lx.COMPANY,
        "patron": lx.PATRON,
        "male": lx.MALE, "service": lx.SERVICE, "venue": lx.VENUE, "night": lx.NIGHT,
        "advance": lx.ADVANCE, "family": lx.FAMILY, "own": lx.OWN, "wage_paid": lx.WAGE_PAID,
        "family_context": lx.FAMILY_CONTEXT, "escorted_to": lx.ESCORTED_TO, "female": lx.FEMALE,
        "no_experience": lx.NO_EXPERIENCE, "experience": lx.EXPERIENCE,
        "not_needed": lx.NOT_NEEDED,
        "minor": lx.MINOR, "age_word": lx.AGE_WORD, "age_context": lx.AGE_CONTEXT,
        "age_people": lx.AGE_PEOPLE,
        "age_above": lx.AGE_ABOVE, "children_served": lx.CHILDREN_SERVED,
        "teaching_care": lx.TEACHING_CARE, "children_too": lx.CHILDREN_TOO,
        "child_work": lx.CHILD_WORK, "little_child": lx.LITTLE_CHILD, "care_of": lx.CARE_OF,
        "vague": lx.VAGUE, "name_of_place": lx.NAME_OF_PLACE, "on_arrival": lx.ON_ARRIVAL,
        "negation": lx.NEGATION, "fee_negation": lx.FEE_NEGATION,
        "document_negation": lx.DOCUMENT_NEGATION, "warning": lx.WARNING,
        "scope_end": lx.SCOPE_END, "pay_word": lx.PAY_WORD, "per_day": lx.PER_DAY,
        "part_time": lx.PART_TIME, "per_week": lx.PER_WEEK, "per_month": lx.PER_MONTH,
        "salary_word": tuple(word for word in lx.PAY_WORD if word not in ("pay", "earn")),
        **{f"ordinary_{name}": words for name, words in lx.ORDINARY_NEIGHBOURS.items()},
    },
    ordinary_words=lx.ORDINARY_WORDS, names=lx.FOREIGN_PLACES,
)
