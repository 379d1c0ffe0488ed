"""Money asked of the worker: `fee_charged`."""
from __future__ import annotations

from ..lexicon import HOME_CURRENCY
from ..text import Hit
from .codes import FEE_CHARGED, flag
from .payers import paid_by_another
from .reading import Reading


def fee_charged(reading: Reading) -> dict | None:
    """Money asked of the worker: a fee, charge or deposit named as such ("refundable security",
    "jamanat", an agent's commission), or a sum she must pay, deposit or send ("2000 taka jama
    dite hobe", "Rs 500 by Paytm"). A payment app next to a pay word carries the salary."""
    cues = ("negation", "fee_negation")

    def worker_pays(hits: list[Hit]) -> list[Hit]:
        """Hits that are not money handled as the work (customers' deposits at a cashier's
        counter) nor a charge added to her wage ("11,000 + service charge")."""
        return [hit for hit in hits if not reading.near(hit, "handled_money", 3)
                and not reading.near(hit, "rent", 4)  # her lodging's rent, to its landlord
                and not _added_to_wage(reading, hit) and not _capped_charge(reading, hit)
                and not paid_by_another(reading, hit) and not _paid_to_board(reading, hit)
                and not _public_fee(reading, hit)
                and not _fees_of_others(reading, hit) and not _a_share_of(reading, hit)
                and not (hit.concept in ("pay_demand", "money") and _into_her_account(
                    reading, hit))
                and not (hit.concept == "pay_demand" and _work_handed_in(reading, hit))]

    fees = _within_set_aside(reading, worker_pays(reading.live(
        "fee", cues=cues, ordinary="fee") + _priced_charges(reading, cues))) or worker_pays(
        reading.live("agent_fee", cues=cues))
    demands = worker_pays(reading.live("pay_demand", cues=cues))
    # a payment app in a sentence about her pay carries the pay ("দৈনিক মজুরি ৬০০ টাকা, প্রতি
    # বৃহস্পতিবার নগদে পরিশোধ"): the app is a demand only in a sentence with no word of her pay
    # ... or a sum named with its rate by the day, week or month ("Roj 350 taka, hate ba UPI
    # te", "Rs 2,100 a week, paid on UPI"): her pay, however it reaches her
    rated = [spot for spot in reading.sums(100) if any(reading.near(spot, rate, 3) for rate in (
        "per_day", "per_week", "per_month"))]
    channels = [hit for hit in reading.live("pay_channel", cues=cues)
                if not any(reading.in_sentence(hit, concept)
                           for concept in ("salary_word", "payout", "pay_word"))
                and not reading.in_sentence_of(rated, hit)]
    money = [hit for hit in worker_pays(reading.live("money", cues=cues, ordinary="fee"))
             if not reading.near(hit, "salary_word", 3)]
    # sums named in figures, not a wage's ("Rs 500", "2000 taka")
    figures = [hit for hit in reading.sums(100) if not reading.near(hit, "salary_word", 3)]
    sums = money + figures
    costs = [(a, b) for a, b in reading.pairs(
                 worker_pays(reading.live("cost_named", cues=cues, ordinary="fee")), sums, 3)
             if a.end <= b.start and reading.words[a.start].clause == reading.words[b.start].clause
             and not any(reading.in_clause(a, concept) for concept in (
                 "receive", "salary_word", "payout", "fee_negation"))
             and not _pay_band(reading, b)] + _priced(reading, sums, worker_pays(
                 reading.live("cost_named", cues=cues, ordinary="fee")))
    # a payment app with no demand is a demand only for a sum named in figures ("Rs 500 by
    # Paytm"); "UPI te taka" after the work is her pay
    paid = costs or reading.pairs(demands, money, 3) or reading.pairs(
        demands, sums, 8) or reading.pairs(channels, figures, 8) or reading.pairs(
        reading.live("deduct", cues=cues), [hit for hit in reading.live("cost_item", cues=cues)
                                            if not _form_filled(reading, hit)], 8) or [
        (a, b) for a, b in reading.pairs(sums, reading.live("cost_item", cues=cues), FOR_REACH)
        if a.end <= b.start and not reading.in_clause(a, "receive")
        and any(a.end <= c.start < b.start and b.start - c.end <= FOR_COST_REACH
                and reading.words[c.start].text == "for" for c in reading.hits.get("for", ()))]
    paid = paid or _wage_held(reading)
    if fees or paid:
        evidence = reading.quote(fees[0]) if fees else reading.quote(*paid[0])
        return flag(FEE_CHARGED, evidence)
    return None


def _within_set_aside(reading: Reading, fees: list[Hit]) -> list[Hit]:
    """The fees left once a word inside a longer fee set aside goes with it: "চার্জ" of a
    "সার্ভিস চার্জ" that the family pays is that charge, not one more."""
    kept = {(hit.start, hit.end) for hit in fees}
    return [hit for hit in fees if not any(
        other.start <= hit.start and hit.end <= other.end and other.end - other.start > (
            hit.end - hit.start) and (other.start, other.end) not in kept
        for concept in ("fee", "agent_fee") for other in reading.hits.get(concept, ()))]


def _priced_charges(reading: Reading, cues: tuple[str, ...]) -> list[Hit]:
    """A charge "of" a sum ("our service charge of Rs 80,000"): a price, though "charge of"
    alone is a post ("in charge of the store")."""
    words = reading.words
    return [hit for hit in reading.live("fee", cues=cues)
            if hit.end + 1 < len(words) and words[hit.end].text == "of"
            and any(word.text.isdigit() for word in words[hit.end + 1:hit.end + 3])]


# Words of a form filled in, not paid for: "likhit form bharke", "fill the written form".
_FILLED = frozenset({"likhit", "written", "bharke", "bharkar", "bhar", "bharna", "bhare",
                     "fill", "filled", "filling", "application", "sign", "likhe", "likhe",
                     "लिखित", "भरकर", "भरके", "भरें", "आवेदन", "লিখিত", "লিখে", "পূরণ", "ফর্মে"})


def _form_filled(reading: Reading, hit: Hit) -> bool:
    """A form as paperwork, filled in or written ("likhit form bharke", "form e likhe", "sign
    the application form"): a step of asking for something, not a cost she pays; a form fee
    with its sum is still a fee (the fee rule's)."""
    words = reading.words
    return words[hit.start].text.startswith("form") and hit.end - hit.start == 1 and any(
        word.text in _FILLED and word.clause == words[hit.start].clause
        for word in words[max(hit.start - 2, 0):hit.end + 2])


def _priced(reading: Reading, sums: list[Hit], costs: list[Hit]) -> list[tuple[Hit, Hit]]:
    """A sum she is told to pay right before a cost named, in one clause that names no pay of
    hers ("pay Tk 5,000 registration to the agent", "2,000 taka registration dena"): the price
    of the cost; a sum added to her pay ("9,000 + commission") is not."""
    words = reading.words

    def told_to_pay(clause: int) -> bool:
        return any(word.text in _PAY_VERBS and word.clause == clause for word in words) or any(
            words[hit.start].clause == clause for hit in reading.hits.get("pay_demand", ()))

    return [(a, b) for a in sums for b in costs
            if 0 <= b.start - a.end <= 1 and words[a.start].clause == words[b.start].clause
            and told_to_pay(words[a.start].clause)
            and not any(word.text in _ADDED for word in words[max(a.start - 2, 0):b.start])
            and not any(word.text in _RATE for word in words[b.end:b.end + 1])
            and not any(reading.in_clause(a, concept) for concept in (
                "receive", "salary_word", "payout", "fee_negation"))
            and not _pay_band(reading, a)]


# A rate after a cost makes it earned by the unit: "Rs 15 commission per delivery".
_RATE = frozenset({"per", "pe", "par", "har", "prati", "proti", "प्रति", "পর", "প্রতি"})
# The words a sum is "for" name the cost it pays, close after the English "for" ("Rs 1,200 on
# UPI for the cone kit"); a cost far after it is another matter ("15,000 taka, and guidance for
# safe migration through BMET registration"), and "ke liye", "jonno" govern the words before
# them ("videsh jaane ke liye eMigrate registration": going abroad, not the registration).
FOR_COST_REACH = 2
# A sum and the cost it is "for", with the way it is paid between: "pay Rs 1,200 on UPI for
# the cone kit".
FOR_REACH = 8
# Words that join the people served to the fees they pay: "clients ki fees", "students' fees",
# "ছাত্রীদের ফি", "fees of the clients".
_OF = frozenset({"ki", "ka", "ke", "er", "r", "s", "der", "দের", "की", "का", "के", "এর", "র",
                 "personal", "monthly", "mahine", "mashik", "masik", "tuition", "course",
                 "class", "training", "session", "the", "their", "unki", "oder", "tader",
                 "মাসিক", "মাসের", "मासिक"})
OTHERS_REACH = 4


def _fees_of_others(reading: Reading, hit: Hit) -> bool:
    """The fee is one the people she serves pay (clients, students, patients, members), named
    just before it in its clause with only words of whose or what fee between ("personal
    training clients ki fees ka 40% share", "students' monthly fees", "ছাত্রীদের মাসিক ফি"), or
    as "fees of" them: what she earns a share of, not a fee of hers."""
    if hit.concept != "fee":
        return False
    words, clause = reading.words, reading.words[hit.start].clause
    for other in [*reading.hits.get("papers_of_others", ()), *reading.hits.get("patron", ())]:
        if words[other.start].clause != clause:
            continue
        if 0 <= hit.start - other.end < OTHERS_REACH and all(
                word.text in _OF for word in words[other.end:hit.start]):
            return True
        if 0 < other.start - hit.end <= 2 and words[hit.end].text == "of":
            return True
    return False


# A part of a fee: "40% of the personal training fee", "fee ka aadha hissa", "ফি-র অর্ধেক".
_SHARE = frozenset({"percent", "share", "hissa", "bhag", "bhaag", "half", "aadha", "adha",
                    "ordhek", "ardhek", "commission", "हिस्सा", "भाग", "आधा", "কমিশন", "ভাগ",
                    "অংশ", "অর্ধেক", "कमीशन"})
SHARE_REACH = 5


def _a_share_of(reading: Reading, hit: Hit) -> bool:
    """A fee with a part of it named within a few words in its clause, either side ("salary
    14,000 plus 40% of the personal training fee", "PT fee ka aadha hissa milega", "ক্লাসের
    ফি-র অর্ধেক আপনার"): the fee the people she serves pay, of which she earns a part, whoever
    they are and however they are named. A fee with its own sum after it, or a demand or a
    refund in its clause ("pay 50% of the fee now", "fee Rs 2,000, 50% refundable"), is still
    one she pays."""
    if hit.concept != "fee":
        return False
    words, clause = reading.words, reading.words[hit.start].clause
    after = words[hit.end:hit.end + 3]
    if any(word.text.isdigit() for word in after) and not any(
            word.text == "percent" for word in after):
        return False  # its own sum: "training fee Rs 3,000"
    if any(other.start >= hit.start and words[other.start].clause == clause
           for concept in ("pay_demand", "refund", "deduct")
           for other in reading.hits.get(concept, ())) or any(
               word.text in _PAY_VERBS and word.clause == clause for word in words):
        return False  # (a demand of the clause's head, "trainer lagbe", is for her, not money)
    sentence = words[hit.start].sentence
    hers = reading.in_sentence(hit, "salary_word") or reading.in_clause(hit, "receive") or any(
        value >= 1_000 and index < hit.start and words[index].sentence == sentence
        for index, value in reading.numbers())  # her pay beside it: "Rs 12,000 fixed and half"
    return hers and any(words[i].text in _SHARE and words[i].clause == clause
                        for i in range(max(hit.start - SHARE_REACH, 0),
                                       min(hit.end + SHARE_REACH, len(words))))


# Verbs of her paying, which make a part of a fee a part she pays ("pay 50% of the fee now").
_PAY_VERBS = frozenset({"pay", "paid", "payable", "deposit", "jama", "bharna", "bharni", "dena",
                        "deni", "dite", "जमा", "भरना", "भरनी", "देना", "देनी", "জমা", "দিতে"})


def _paid_to_board(reading: Reading, hit: Hit) -> bool:
    """A public board's own fee, paid to it directly, in the clause of `hit` ("प्रवेश शुल्क NIOS
    के नियम के अनुसार सीधे ऑनलाइन जमा होता है"), with no agent or middleman and no sum named in it
    (not "Rs 5,000 directly to the board member")."""
    clause = reading.words[hit.start].clause
    return (hit.concept == "fee" and reading.in_clause(hit, "public_board")
            and (reading.in_clause(hit, "directly") or _boards_own_online(reading, hit))
            and not reading.in_clause(hit, "holder")
            and not reading.in_clause(hit, "agent_fee")
            and not any(reading.words[s.start].clause == clause for s in reading.sums(100)))


# Paid online, and to whom: "online jama hogi", "অনলাইনে জমা"; "hamein", "আমাদের" name the
# centre itself as the payee.
_ONLINE = frozenset({"online", "onlain", "ऑनलाइन", "অনলাইন", "অনলাইনে"})
_US = frozenset({"us", "hamein", "humein", "hame", "hume", "hamen", "hamko", "humko", "amader",
                 "amaderke", "हमें", "हमको", "हमारे", "আমাদের", "আমাদেরকে"})
BOARD_REACH = 3


def _boards_own_online(reading: Reading, hit: Hit) -> bool:
    """The fee named as the board's own, the board within a few words of it in its clause
    ("NIOS ki official fees", "the board's exam fee", "বোর্ডের নিজস্ব ফি"), paid online, with no
    one of the centre named as its payee ("online hamein bhejein"): paid to the board itself."""
    words, clause = reading.words, reading.words[hit.start].clause
    return any(words[board.start].clause == clause and (
        0 <= hit.start - board.end <= BOARD_REACH or 0 <= board.start - hit.end <= BOARD_REACH)
        for board in reading.hits.get("public_board", ())) and any(
        word.clause == clause and word.text in _ONLINE for word in words) and not any(
        word.clause == clause and word.text in _US for word in words)


# A hotel's or restaurant's service charge is shared among its staff: added to a wage, it is pay.
_SHARED_WITH_STAFF = frozenset({"service", "sarvis", "সার্ভিস", "सर्विस"})


def _added_to_wage(reading: Reading, hit: Hit) -> bool:
    """A service charge added to a sum, as part of the pay: "11,000 + service charge" (read
    "11000 plus service charge"), unless she is asked to pay in the same clause or a sum of its
    own follows it."""
    words, clause = reading.words, reading.words[hit.start].clause
    if any(hit.end <= index <= hit.end + 2 and words[index].clause == clause
           for index, _ in reading.numbers()):
        return False  # its own sum after it: "service charge Rs 1,500 to be deposited"
    if any(0 <= at < len(words) and words[at].text in _SHARED_WITH_STAFF
           and _her_pay_before(reading, at) for at in (hit.start, hit.start - 1)):
        return not reading.in_clause(hit, "pay_demand")  # "16,000 taka + service charge"
    if _charge_after_her_pay(reading, hit):
        return True
    return any(words[i].text in _ADDED and words[i].clause == clause
               and any(word.text in _SHARED_WITH_STAFF for word in words[i:hit.end])
               and _her_pay_before(reading, i)
               for i in range(max(1, hit.start - 4), hit.start)  # "+ share of service charge"
               ) and not reading.in_clause(hit, "pay_demand")


def _charge_after_her_pay(reading: Reading, hit: Hit) -> bool:
    """A service charge named after her pay in its sentence, with no sum of its own after it in
    its clause and nothing asked of her in the sentence ("Mashe 12,000 taka, free meals ar staff
    hostel, season-e service charge"): a part of her pay, not a sum she pays."""
    words = reading.words
    if not any(word.text in _SHARED_WITH_STAFF for word in words[max(hit.start - 1, 0):hit.end]):
        return False
    sentence, clause = words[hit.start].sentence, words[hit.start].clause
    numbers = [index for index, _ in reading.numbers() if words[index].sentence == sentence]
    return (any(index < hit.start and not _sum_she_pays(reading, index) for index in numbers)
            and not any(index > hit.end and words[index].clause == clause for index in numbers)
            and not reading.in_sentence(hit, "pay_demand"))


# Words that add one part of the pay to another: "11,000 + service charge" (read "plus"),
# "বেতন ১২,০০০ টাকা ও সার্ভিস চার্জ", "salary aur service charge".
_ADDED = frozenset({"plus", "and", "aur", "और", "o", "ও", "with", "sathe", "সাথে", "সহ"})
_CURRENCY_WORDS = HOME_CURRENCY


def _her_pay_before(reading: Reading, index: int) -> bool:
    """Her pay ends right before the word at `index`: a sum, a sum and its currency, or a word
    of her pay ("Beton 16,000 taka +", "Salary plus")."""
    words = reading.words
    before = index - 1
    if before >= 0 and words[before].text in _CURRENCY_WORDS:
        before -= 1
    if before >= 0 and _sum_she_pays(reading, before):  # "pay Rs 1.5 lakh service charge"
        return False
    return before >= 0 and (words[before].text.isdigit() or any(
        hit.end == before + 1 for hit in reading.hits.get("salary_word", ())))


def _sum_she_pays(reading: Reading, index: int) -> bool:
    """The sum at `index` follows a verb of her paying, its currency between ("pay Rs 1.5 lakh
    service charge", "jama karo 2,000"): a price, not her pay."""
    words = reading.words
    return words[index].text.isdigit() and any(
        words[at].text in _PAY_VERBS and words[at].clause == words[index].clause
        for at in range(max(index - 2, 0), index))


# The most a registered recruiting agent may take from the worker as its service charge
# (Emigration Rules, 2008: 45 days' wages, at most Rs 30,000).
SERVICE_CHARGE_CAP_INR = 30_000


def _capped_charge(reading: Reading, hit: Hit) -> bool:
    """`hit` is the service charge a registered recruiting agent may lawfully take, named as
    capped or as the rules set it ("service charge capped as per the Emigration Act", "सेवा शुल्क
    नियम के अनुसार"), in an opening that names its lawful route (eMigrate, a registered agent),
    with no sum above the legal cap in its clause. A fee to an agent the opening does not name as
    registered, or any other fee, is still charged."""
    clause = reading.words[hit.start].clause
    return (any(charge.start <= hit.start and hit.end <= charge.end
                for charge in reading.hits.get("lawful_charge", ()))
            and reading.in_clause(hit, "charge_capped")
            and bool(reading.live("lawful_route", warnings=False))
            and not any(value > SERVICE_CHARGE_CAP_INR for index, value in reading.numbers()
                        if reading.words[index].clause == clause))


# A government's own fee: "sarkari fee", "সরকারি ফি", "government fee".
_PUBLIC = frozenset({"sarkari", "sorkari", "sarkaari", "government", "govt", "सरकारी", "সরকারি"})
_NOMINAL = frozenset({"nominal", "nammatro", "namamatro", "নামমাত্র", "नाममात्र", "सांकेतिक"})


def _public_fee(reading: Reading, hit: Hit) -> bool:
    """A fee named as the government's own, right after the word ("TTC-তে সরকারি ফি নামমাত্র",
    "sarkari fee nammatro"), with no sum, agent or middleman in its clause: a public course's
    or office's fee, not money asked for a job ("sarkari fee 5,000 taka dalal ke" is one)."""
    words, clause = reading.words, reading.words[hit.start].clause
    nominal = (hit.end < len(words) and words[hit.end].text in _NOMINAL
               and bool(reading.hits.get("training")))  # a course's "ভর্তি ফি নামমাত্র"
    return (hit.concept == "fee" and hit.start > 0
            and (words[hit.start - 1].text in _PUBLIC or nominal)
            and not reading.in_clause(hit, "holder") and not reading.in_clause(hit, "agent_fee")
            and not any(words[index].clause == clause for index, _ in reading.numbers()))


def _pay_band(reading: Reading, hit: Hit) -> bool:
    """The sum at `hit` opens a band of pay, a lower and a higher figure of a thousand or more
    side by side ("placement at Rs 9,000–12,000"): what the job pays, not a price she pays."""
    values = dict(reading.numbers())
    for index in range(hit.start, hit.start + 2):
        if index in values:
            low, high = values[index], values.get(index + 1, 0)
            return 1_000 <= low < high and reading.words[index + 1].sentence == (
                reading.words[index].sentence)
    return False


def _into_her_account(reading: Reading, hit: Hit) -> bool:
    """A deposit into her own bank account ("১২,০০০ টাকা নিজের ব্যাংক অ্যাকাউন্টে জমা হবে",
    "apne bank khate me jama", "har piece ka paisa seedha aapke bank khate me"): the wage paid,
    not money she pays; money taken out of it ("aapke khate se katega") is still hers paid."""
    return bool(reading.near(hit, "own", 4)) and bool(reading.near(hit, "bank_account", 3)) and (
        not reading.in_clause(hit, "deduct"))


def _work_handed_in(reading: Reading, hit: Hit) -> bool:
    """What is deposited is the work she made, named right before the verb ("কাজ জমা দেওয়ার ৭
    দিনের মধ্যে", "maal jama karne par"): delivery, not a payment."""
    return any(other.end in (hit.start, hit.start - 1) for other in reading.hits.get(
        "work_done", ()))


def _wage_held(reading: Reading) -> list[tuple[Hit, Hit]]:
    """Her wage kept back by the employer as a security or until a later day ("the first 3
    months' salary stays with the company as security", "pehli salary jama rahegi"): money
    taken from her as surely as a deposit she pays."""
    retained = reading.live("retain")
    return [(wage, kept) for wage in reading.live("wage_paid") for kept in retained
            if reading.words[wage.start].sentence == reading.words[kept.start].sentence
            and 0 <= kept.start - wage.end < 8 and not any(
                reading.in_clause(kept, concept) for concept in ("document", "bank_account"))]
