"""Screening principles from the seventh split's errors, each tested with openings of our own
(fictional employers): a fee said not to be charged, or paid by the employer named by what it is;
a salon's day massage; a school hostel's adult staff; a lawful route abroad with a licence
number; a place abroad that only names a parlour; the words of each language for a minor; and
wages withheld to the end of a term, which raise `wage_underpaid` from the words themselves.
"""
from __future__ import annotations

from functools import partial

import pytest

from catalog.screening import OpeningFacts, screen_content
from catalog.screening.severity import is_hard
from tests.catalog.screening_table import Cases
from tests.catalog.screening_table import codes as screening_codes


# The openings of test_screening.codes, titled "Helper" unless a test names the title.
codes = partial(screening_codes, title="Helper")


CASES = Cases()


# ------------------------------------------------ a fee negated, or paid by the employer


CASES.add("a_fee_said_not_charged_or_paid_by_the_employer_is_no_fee", "fee_charged", False, [
    "Ranjan Traders, Ballygunge. Hum kisi se koi fees, jamanat ya certificate nahi lete.",
    "Mitali Stores, Howrah. আমরা কারো কাছ থেকে কোনো ফি, জামানত বা কাগজ নিই না।",
    "Nandan Clinic, Salt Lake. The clinic pays the security deposit of a ladies hostel; "
    "you pay only the monthly rent of Rs 2,500.",
    "শ্যামলী নার্সিং হোম, বারাসাত। বাইরের কর্মীদের মেসের জামানত হাসপাতাল দেবে, মাসিক ভাড়া নিজের।",
    "Kalyani Foods, Dum Dum. Uniform er khoroch niyogkorta bohon korbe.",
    "ভিসা খরচ নিয়োগকর্তা বহন করবে, প্রার্থীর কোনো খরচ নেই।",
])


CASES.add("a_fee_or_a_cost_taken_from_her_wage_is_still_charged", "fee_charged", True, [
    "Koi fees nahi lagegi par joining par Rs 2,000 jama karna hoga.",
    "Agency commission Rs 3,000 pehli salary se kaata jayega.",
    "एजेंसी कमीशन के रूप में पहली तनख्वाह से ₹4,000 काटा जाएगा।",
    "ज्वाइनिंग पर ड्रेस व किट का ₹2,800 पहली सैलरी से काटा जाएगा।",
])


def test_a_licence_number_is_no_negation_of_the_lawful_route():
    assert codes(
        "Sagar Manpower (registered recruiting agent, licence no. B-XXXX on eMigrate), Kochi. "
        "Packers for a food factory in Oman, employment visa, salary OMR 120 (Rs 26,400). "
        "Visa, ticket and medical paid by the employer.",
        trade="packing_helper", wage=26_400, district="Ernakulam") == []


def test_a_government_agency_route_abroad_free_of_cost_is_no_lure():
    assert codes(
        "বোয়েসেলের মাধ্যমে জর্ডানের কারখানায় নারী সুইং অপারেটর। কর্মসংস্থান ভিসা, বিএমইটি স্মার্ট "
        "কার্ড। বিমান ভাড়া ও ভিসা খরচ নিয়োগকর্তা বহন করবে – প্রার্থীর কোনো খরচ নেই। বেতন ২৮০ "
        "দিনার (৩৪,০০০ টাকা)।", title="জর্ডানে গার্মেন্টস অপারেটর – বিনা খরচে",
        trade="sewing_dress_making", wage=34_000, district="Dhaka") == []


# ------------------------------------------------ a salon's day work


CASES.add("massage_as_a_salons_day_work_for_women_is_no_lure", "entertainment_lure", False, [
    "Chandni Unisex Salon, Gariahat. Head and body massage, facials for our ladies section. "
    "Salon hours 10 am-8 pm; no home or hotel service.",
    "रूपम फैमिली सैलून, कंकड़बाग। बॉडी मसाज व स्पा, केवल महिला ग्राहक। समय 10 से 8।",
], trade="beauty_therapy")


CASES.add(
    "massage_for_men_at_night_in_hotels_or_without_a_salon_is_a_lure", "entertainment_lure", True,
    [
    "Chandni Salon. Body massage for gents clients, good tips.",
    "Rose Salon & Spa. Body massage, night shift 9 pm to 3 am.",
    "Lily Salon. Body massage with hotel service for guests.",
    "Body massage therapist needed, Rs 40,000.",
], trade="beauty_therapy")


def test_a_parlour_named_after_a_place_abroad_is_a_shop_at_home():
    assert codes("দুবাই বিউটি পার্লার, বেনাপোল রোড, যশোর। ফেসিয়াল ও মেকআপ জানা বিউটিশিয়ান। বেতন "
                 "১০,০০০ টাকা।", title="দুবাই বিউটি পার্লারে বিউটিশিয়ান",
                 trade="beauty_therapy", wage=10_000, district="Jashore") == []


CASES.add("a_parlour_abroad_with_a_journey_is_still_abroad", "overseas_travel", True, [
    "Dubai beauty parlour job, visa and ticket free.",
    "Malaysia te beauty parlour e kaj.",
], trade="beauty_therapy")


# ------------------------------------------------ a school's adult staff, and minors


def test_a_matron_who_looks_after_girls_of_school_classes_is_an_adult():
    assert codes(
        "Vidya Jyoti Girls' High School, Bankura requires a woman hostel matron (age 28-50) to "
        "look after girls of class 5-10: study hours, meals, health register.",
        title="Hostel Matron – Girls' School", trade="child_care_worker") == []


CASES.add("the_words_of_each_language_for_a_minor_are_read", "minor_targeted", True, [
    "১৪ বছর বা তার বেশি বয়সী মেয়েরা আবেদন করতে পারবে।",
    "১৫ বছর হলেই চলবে।",
    "জন্মনিবন্ধনে বয়স বাড়িয়ে দেওয়ার ব্যবস্থা আমরা করব।",
    "16 saal ho to chalega, umar badhakar card bana denge.",
    "অপ্রাপ্তবয়স্ক মেয়েদেরও নেওয়া হবে।",
    "Underage girls also welcome.",
])


def test_a_girls_school_as_the_workplace_of_an_adult_cook_is_no_minor():
    assert "minor_targeted" not in codes(
        "बालिका आवासीय विद्यालय, गया। हॉस्टल की रसोई के लिए महिला रसोइया (उम्र 30-50)।",
        title="बालिका विद्यालय में रसोइया", trade="domestic_cook")


# ------------------------------------------------ wages withheld to the end of a term


@pytest.mark.parametrize("description", [
    "Salary 8 mahine baad ek saath milegi, tab tak har hafte 400 kharcha.",
    "बॉन्ड के दौरान हर महीने ₹3,000 हाथ में, बाकी वेतन बॉन्ड पूरा होने पर एक साथ।",
    "মাসে হাতে ২,৫০০ টাকা, বাকি বেতন মৌসুম শেষে একসাথে।",
    "Rs 2,000 a month in hand; the remaining salary at the end of the contract in one lump sum.",
])
def test_wages_withheld_to_the_end_of_a_term_are_underpaid_and_hard(description):
    found = codes(description, trade="sewing_dress_making", wage=9_000)
    assert "wage_underpaid" in found
    assert is_hard("wage_underpaid")


CASES.add("a_wage_paid_every_month_is_not_withheld", "wage_underpaid", False, [
    "Salary by the 7th of every month into your bank account; Diwali bonus extra.",
    "Salary 12,000 monthly. After 6 months, an increment; PF paid together with salary.",
    "বেতন প্রতি মাসের ৭ তারিখে ব্যাংকে, বছর শেষে উৎসব বোনাস।",
    "Baki salary ek saath nahi, har mahine poori salary milegi.",
], trade="sewing_dress_making", wage=12_000)


def test_the_withheld_wage_flag_says_what_to_change_and_shows_the_words():
    from api.messages import Wording

    facts = OpeningFacts(title="Tailor", description="Baki salary 6 mahine baad ek saath.",
                         trade="sewing_dress_making", wage_inr_month=9_000)
    [flag] = [f for f in screen_content(facts) if f["code"] == "wage_underpaid"]
    assert flag["params"] == {"withheld": True}
    assert "salary" in flag["evidence"] and "baad" in flag["evidence"]
    assert Wording("en").flag(flag).startswith("Pay the whole wage every month")
    record = {"code": "wage_underpaid", "params": {"reports": 2, "withheld": True}}
    assert "reported" in Wording("en").flag(record)  # the record, when there is one, is said


CASES.add("no_experience_in_the_words_lures_use_with_high_pay", "no_experience_high_pay", True, [
    "New faces wanted for music videos. Earn Rs 60,000 per project.",
    "নতুন মুখ চাই, বিজ্ঞাপনের শুটিং। মাসে ৫০,০০০ টাকা।",
    "फ्रेशर लड़कियाँ भी चलेंगी, सैलरी ₹45,000।",
    "Ghore bose form filling. Mase 40,000 rupees. Kono degree lagbe na.",
], wage=40_000)


CASES.add(
    "a_masked_phone_or_a_social_media_account_as_the_only_contact_is_vague",
    "vague_employer", True,
    [
    "Garments kaj, mase 12,000 taka. Jogajog 017XX-XXXXXX.",
    "Portfolio shoot for new models. DM on Instagram only.",
], district="Dhaka")


def test_a_payment_app_written_apart_is_not_read_into_incentive_per_phone():
    assert codes("Sharma Mobiles, Ranchi. Fixed 9,500 + har phone pe incentive.",
                 wage=9_500, district="Ranchi") == []


def test_the_gate_keeps_one_wage_underpaid_flag_with_the_words_and_the_record():
    from datetime import datetime, timezone

    from catalog.models import Opening, Organisation
    from catalog.services import publishing
    from catalog.services.employer_record import WageRecord

    employer = Organisation(id=7, name="Fictional Tailors", verified=True)
    opening = Opening(title="Tailor", description="Baki salary 6 mahine baad ek saath.",
                      trade="sewing_dress_making", wage_inr_month=9_000, work_mode="on_site",
                      district="Kolkata")
    record = WageRecord(reports=3, paid_inr_month=5_000, promised_inr_month=9_000)
    flags = publishing.screen(None, opening, employer, datetime.now(timezone.utc),
                              wages={7: record})
    [flag] = [f for f in flags if f["code"] == "wage_underpaid"]
    assert flag["params"]["withheld"] is True and flag["params"]["reports"] == 3
    assert flag["evidence"]
    flags = publishing.screen(None, replace_description(opening), employer,
                              datetime.now(timezone.utc), wages={7: record})
    assert [f["params"]["reports"] for f in flags if f["code"] == "wage_underpaid"] == [3]


def replace_description(opening):
    opening.description = "Salary by the 7th of every month into her own bank account."
    return opening


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_each_principle_on_its_openings(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
