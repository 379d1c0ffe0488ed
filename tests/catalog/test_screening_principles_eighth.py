"""Screening principles generalised after the eighth split's errors, each tested with openings of
our own (fictional employers) in English, Hindi and Bengali, script and Latin, on hard negatives
and on the lures they must not let through: a soft flag needs more than a phone number (a street
or landmark makes the employer findable); the employer named as the payer by any of its names and
verbs; a lawful route abroad by its own names (BOESL in script, an employment visa, zero cost),
undone when its mark is said to be skipped; a foreign place inside a shop's name; a payment app in
a sentence of her pay; a share of the service charge; an escort to her hostel; what a pair or a
family earns together; and papers kept by a holder, as originals, or until she leaves.
"""
from __future__ import annotations

from functools import partial

import pytest

from catalog.screening import OpeningFacts, screen_content
from tests.catalog.screening_table import Cases
from tests.catalog.screening_table import codes as screening_codes

codes = partial(screening_codes, title="Helper")


def evidence(description: str, code: str, **facts) -> str:
    arguments = {"title": "Helper", "trade": "retail_sales", "wage_inr_month": 11_000,
                 "district": "Kolkata", **facts}
    flags = screen_content(OpeningFacts(description=description, **arguments))
    return next(flag["evidence"] for flag in flags if flag["code"] == code)


CASES = Cases()


# ------------------------------------------------ a phone number beside an address


CASES.add(
    "a_phone_number_beside_a_street_or_landmark_is_no_vague_employer", "vague_employer", False, [
    "Family of four, CF block, Sector I, Salt Lake needs a cook. Rs 9,000. Call Mrs. Das "
    "98XXXXXX40.",
    "Behala Chowrasta-r kache, Diamond Harbour Road er upor bari. Ayah chai, 9,000 taka. "
    "Phone 98XXXXXX61.",
    "যাদবপুরে রান্নার লোক চাই, রাজা এস.সি. মল্লিক রোড। মাসে ৬০০০ টাকা। ফোন ৯৮XXXXXX৫২।",
    "लाजपत नगर, गली नंबर 4 में खाना बनाने वाली चाहिए। 9,000 रुपये महीना। फोन 98XXXXXX33।",
], trade="domestic_cook", wage=9_000)


CASES.add("a_phone_number_alone_or_a_place_told_later_is_still_vague", "vague_employer", True, [
    "Cook needed for a family. Rs 9,000. Call 98XXXXXX40.",
    "Ranna-r lok chai. 9,000 taka. Phone 98XXXXXX61.",
    "खाना बनाने वाली चाहिए। 9,000 रुपये। फोन 98XXXXXX33।",
    "Lady Tailors, Station Road, Bhagalpur. Address will be told after selection.",
], trade="domestic_cook", wage=9_000)


# ------------------------------------------------ who pays: the employer by any name


CASES.add("a_cost_the_employer_pays_is_no_fee", "fee_charged", False, [
    "City Care Nursing Home, Plot 7. Uniform o training er khoroch company dibe.",
    "City Care Nursing Home, Plot 7. वर्दी और ट्रेनिंग का खर्च नियोक्ता देगा।",
    "City Care Nursing Home, Plot 7. ইউনিফর্ম ও প্রশিক্ষণের খরচ মালিক দেবে।",
    "City Care Nursing Home, Plot 7. Biman bhara o visa khoroch niyogkorta dibe.",
    "City Care Nursing Home, Plot 7. Visa ka kharcha company bharegi.",
])


CASES.add("a_cost_she_pays_is_still_a_fee", "fee_charged", True, [
    "City Care Nursing Home, Plot 7. Uniform aur training ka kharcha aapko dena hoga, 2000 "
    "rupaye.",
    "City Care Nursing Home, Plot 7. ইউনিফর্মের খরচ ২০০০ টাকা আপনাকে দিতে হবে।",
    "City Care Nursing Home, Plot 7. Kono obhiggota lagbe na, tobe 500 taka fee dite hobe.",
])


CASES.add("money_said_not_to_be_asked_is_no_fee_in_every_language", "fee_charged", False, [
    "Sunrise Foods, Plot 4, Dankuni. No fee of any kind.",
    "Sunrise Foods, Plot 4, Dankuni. Koi fees nahi, koi deposit nahi.",
    "Sunrise Foods, Plot 4, Dankuni. कोई पैसा नहीं लगेगा।",
    "Sunrise Foods, Plot 4, Dankuni. কোনো টাকা লাগবে না।",
    "Sunrise Foods, Plot 4, Dankuni. Kono taka lagbe na.",
    "Sunrise Foods, Plot 4, Dankuni. আপনাকে কিছুই দিতে হবে না।",
])


CASES.add("a_payment_app_in_a_sentence_of_her_pay_carries_the_pay", "fee_charged", False, [
    "মেসার্স নিউ ঢাকা ব্রিকস, ফতুল্লা। দৈনিক মজুরি ৬০০ টাকা, প্রতি বৃহস্পতিবার নগদে রসিদসহ পরিশোধ।",
    "Maa Tara Bricks, Kiln Road. Dainik mojuri 600 taka, proti brihospotibar bKash e payment.",
    "Maa Tara Bricks, Kiln Road. रोज़ की मजदूरी 600 रुपये, हर शनिवार PhonePe पर भुगतान।",
], trade="brick_kiln_work", wage=15_600)


CASES.add("a_payment_app_with_a_sum_and_no_pay_is_still_a_fee", "fee_charged", True, [
    "Maa Tara Bricks, Kiln Road. Joining er age 500 taka bKash e pathan.",
    "Maa Tara Bricks, Kiln Road. जॉइनिंग से पहले 500 रुपये PhonePe करें।",
], trade="brick_kiln_work", wage=15_600)


def test_a_share_of_the_service_charge_after_the_wage_is_pay():
    assert "fee_charged" not in codes(
        "Hotel Seasons Inn, Beach Road, Digha. Salary Rs 11,500 + share of service charge.",
        trade="housekeeping_room_attendant", wage=11_500)


# ------------------------------------------------ a lawful route abroad, by its own names


@pytest.mark.parametrize(("description", "wage"), [
    ("বাংলাদেশ ওভারসিজ এমপ্লয়মেন্ট অ্যান্ড সার্ভিসেস লিমিটেড (বোয়েসেল) জাপানে কেয়ারগিভার "
     "নিচ্ছে। কর্মসংস্থান ভিসা, বিমান ভাড়া নিয়োগকর্তা দেবেন। কর্মীকে কোনো অভিবাসন খরচ দিতে "
     "হবে না।", 90_000),
    ("BOESL Saudi Arabia r sorkari hospital e mohila cleaner nicche. Employment visa. Biman "
     "bhara o visa khoroch niyogkorta dibe, kormir kono khoroch nei.", 27_000),
    ("Caregivers for Japan through a registered recruiting agent on eMigrate. Employment visa, "
     "zero cost to the worker.", 90_000),
    ("জর্ডানে গার্মেন্টস অপারেটর, সরকারি ব্যবস্থাপনায়। বিমান ভাড়া ও ভিসা খরচ নিয়োগকর্তা দেবে। "
     "বেতন ২৫০ দিনার।", 29_500),
])
def test_a_lawful_route_abroad_by_its_own_names_raises_neither_place_nor_wage(description, wage):
    raised = codes(description, trade="home_health_aide", wage=wage)
    assert "overseas_travel" not in raised and "wage_outlier" not in raised


CASES.add("a_lawful_mark_said_to_be_skipped_is_no_lawful_route", "overseas_travel", True, [
    "মালয়েশিয়ার ফ্যাক্টরিতে নারী কর্মী। বিএমইটি কার্ড ছাড়াই ট্যুরিস্ট ভিসায় পাঠানো হবে।",
    "Malaysia factory. BMET card chara pathano hobe, employment visa pore.",
    "Kuwait housemaid. eMigrate ke bina bhejenge, zero cost.",
    "कुवैत में हाउसमेड। ई-माइग्रेट के बिना भेजेंगे।",
    "জর্ডানে গার্মেন্টস অপারেটর, সরকারি ব্যবস্থাপনায়। ভিসা খরচ ৩ লাখ টাকা দিতে হবে।",
], trade="domestic_care", wage=11_000)


def test_a_package_price_for_the_journey_is_a_fee():
    assert "fee_charged" in codes("মালয়েশিয়ায় ফ্যাক্টরিতে কাজ। প্যাকেজ ৪ লাখ ৫০ হাজার টাকা।")


# ------------------------------------------------ a place abroad inside a shop's name


CASES.add("a_foreign_place_in_a_shop_name_is_no_work_abroad", "overseas_travel", False, [
    "Dubai Henna Studio, Shop 9, Johari Bazar, Jaipur needs mehendi artists inside Jaipur.",
    "Singapore Mehendi Studio, Gariahat Road, Kolkata. Rs 12,000.",
    "দুবাই স্টোর, গড়িয়াহাট রোড, কলকাতা। দর্জি চাই, বেতন ১১,০০০।",
    "Malaysia Store, Lalbagh Road, Lucknow ke liye salesgirl chahiye.",
])


CASES.add("a_shop_name_with_a_journey_abroad_is_still_work_abroad", "overseas_travel", True, [
    "Dubai Store ke liye tailor, Dubai jana hoga, ticket free.",
    "Dubai hotel job, near Burj Khalifa, salary 15,000.",
    "Saudi Arabia e hospital cleaner, Riyadh road.",
    "দুবাই কাজ, গড়িয়াহাট রোডে অফিস।",
])


# ------------------------------------------------ an escort to her hostel


CASES.add("an_escort_to_her_hostel_is_her_way_home", "entertainment_lure", False, [
    "Hotel Seasons Inn, Beach Road. Duty 2-10 pm; hotel escort to the hostel after the late "
    "shift.",
    "Hotel Bay View, Sea Beach Road, Puri. Late shift ke baad hostel tak escort.",
    "Hotel Bay View, Sea Beach Road, Puri. রাতের শিফটের পর হোস্টেল পর্যন্ত এসকর্ট।",
], trade="housekeeping_room_attendant")


CASES.add("an_escort_sold_is_still_entertainment", "entertainment_lure", True, [
    "Hotel Bay View, Puri. Escort girls needed for VIP guests.",
    "Hotel Bay View, Puri. Escort service job, hostel free.",
    "होटल बे व्यू, पुरी। एस्कॉर्ट सर्विस के लिए लड़कियाँ चाहिए।",
    "Lady escort for home visits, Rs 11,000.",
    "Escort job, visit clients at home.",
], trade="housekeeping_room_attendant")


# ------------------------------------------------ what a pair earns together


@pytest.mark.parametrize("description", [
    "New Jamuna Brick Field, Itinda Road. A pair normally earns Rs 22-26 thousand a month, a "
    "single worker about 12,000.",
    "Maa Tara Bricks, Kiln Road. Jodi mile mase 24,000 taka, ekjon 12,000. Dadan nei.",
    "माँ तारा ईंट भट्ठा, किल्न रोड। पति पत्नी मिलकर 24,000, अकेले 12,000 महीना।",
])
def test_what_a_pair_earns_together_is_neither_her_wage_nor_paid_to_the_family(description):
    raised = codes(description, trade="brick_kiln_work", wage=12_000)
    assert "wage_outlier" not in raised and "advance_to_family" not in raised


CASES.add("an_advance_to_a_parent_beside_a_pair_is_still_an_advance", "advance_to_family", True, [
    "माँ तारा ईंट भट्ठा। पति पत्नी मिलकर काम, 50,000 एडवांस पिता को मिलेगा।",
    "Maa Tara Bricks. জোড়া হিসেবে কাজ করলে মাসে ২৪,০০০ টাকা, বাবাকে ২০,০০০ টাকা দাদন।",
], trade="brick_kiln_work", wage=12_000)


# ------------------------------------------------ papers kept by a holder, as originals, to the end


CASES.add(
    "papers_kept_by_a_holder_as_originals_or_until_she_leaves_are_retained",
    "documents_retained", True,
    [
    "Gill Knit Fab, Focal Point. Salary bank account mein aayegi, lekin ATM card aur passbook "
    "supervisor ke paas rahenge taaki paise safe rahein.",
    "রূপসী অ্যাপারেলস, প্লট ১২। যোগদানের সময় জাতীয় পরিচয়পত্রের মূল কপি অফিসে জমা রাখতে হবে, "
    "চাকরি ছাড়ার সময় ফেরত দেওয়া হবে।",
    "Gill Knit Fab, Focal Point. Original Aadhaar naukri chhodne par wapas milega.",
    "Gill Knit Fab, Focal Point. मूल आधार नौकरी छोड़ने पर वापस मिलेगा।",
    "Gill Knit Fab, Focal Point. Mul NID card chakri charle ferot deya hobe.",
], trade="sewing_dress_making")


CASES.add(
    "papers_she_keeps_or_checked_and_returned_are_not_retained", "documents_retained", False, [
    "Gill Knit Fab, Focal Point. Apna ATM card apne paas rakhein, supervisor ko na dein.",
    "রূপসী অ্যাপারেলস, প্লট ১২। যোগদানের সময় এনআইডির ফটোকপি জমা দিতে হবে, মূল কপি দেখে "
    "ফেরত দেওয়া হবে।",
    "Gill Knit Fab, Focal Point. Original Aadhaar dekh kar usi din wapas. Naukri chhodne par PF "
    "wapas milega.",
    "Gill Knit Fab, Focal Point. नौकरी छोड़ने पर एक महीने का नोटिस देना होगा। आधार की "
    "फोटोकॉपी चाहिए।",
], trade="sewing_dress_making")


def test_the_flag_says_why():
    assert evidence("Gill Knit Fab. Original Aadhaar naukri chhodne par wapas milega.",
                    "documents_retained") == "aadhaar … chhodne par"


# ------------------------------------------------ a wage in a foreign currency


@pytest.mark.parametrize(("description", "rupees"), [
    ("Malaysia factory kaj. Beton 1,500 ringgit.", 28_500),
    ("Saudi hospital cleaner. Salary SAR 1,200.", 26_400),
    ("জাপানে কেয়ারগিভার। মাসিক বেতন প্রায় ১,৬০,০০০ ইয়েন।", 89_600),
])
def test_a_wage_in_a_foreign_currency_is_read_in_rupees(description, rupees):
    flags = screen_content(OpeningFacts(title="Helper", description=description,
                                        trade="packing_helper", wage_inr_month=11_000))
    outlier = next(flag for flag in flags if flag["code"] == "wage_outlier")
    assert outlier["params"]["wage_inr_month"] == rupees


def test_the_evidence_listing_names_false_alarms_and_near_ones():
    from catalog.screening.evaluate import near_misses
    rows = [
        {"id": "A", "label": "genuine", "title": "Helper", "trade": "retail_sales",
         "wage_inr_month": 11_000,
         "description": "Ranjan Traders, Park Street. No fee of any kind."},
        {"id": "B", "label": "genuine", "title": "Helper", "trade": "retail_sales",
         "wage_inr_month": 11_000, "description": "Ranjan Traders, Park Street. Fee Rs 500."},
        {"id": "C", "label": "lure", "title": "Helper", "trade": "retail_sales",
         "wage_inr_month": 11_000, "description": "Fee Rs 500.", "flags": ["fee_charged"]},
    ]
    assert near_misses(rows)["fee_charged"] == [("A", "near", "fee"), ("B", "raised", "fee")]


@pytest.mark.parametrize(("description", "charged"), [
    ("LIC agency, Park Street. No joining fee; the IRDA exam fee is paid by the branch.", False),
    ("Sunrise Hospital, Station Road. Medical charges borne by the hospital.", False),
    ("Sunrise Hospital, Station Road. Registration fee Rs 500 to be paid by the candidate.", True),
    ("Sunrise Hospital, Station Road. Training fee of Rs 3,000 is paid by selected candidates.",
     True),
])
def test_a_fee_paid_by_someone_named_other_than_her_is_not_hers(description, charged):
    assert ("fee_charged" in codes(description)) is charged


@pytest.mark.parametrize(("description", "code"), [
    ("Dubai hotel housekeeping. Visa company dega, lekin processing ke 20,000 aapko dene honge.",
     "fee_charged"),
    ("সৌদি আরবে হাউসমেইড। বিমান ভাড়া মালিক দেবে, তবে মেডিকেল ও প্রসেসিং বাবদ ৪০,০০০ টাকা "
     "দিতে হবে।", "fee_charged"),
    ("Registered recruiting agent, RA licence B-1234, employment visa for Qatar. Service charge "
     "Rs 80,000.", "overseas_travel"),
    ("Employment visa for Oman, zero cost. Passport will be kept by the sponsor for safety.",
     "overseas_travel"),
    ("Employment visa for Oman, zero cost. Jaldi jaane ke liye visit visa par bhejenge.",
     "overseas_travel"),
    ("Dubai Beauty Studio, Park Street office. Kaam Dubai mein, visa ticket free.",
     "overseas_travel"),
    ("Jodi mile 20,000 mase. Baba-ma ke 30,000 dadan deya hobe.", "advance_to_family"),
])
def test_the_contrary_marks_still_raise_the_flag_beside_the_new_exceptions(description, code):
    assert code in codes(description)


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_each_principle_on_its_openings(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
