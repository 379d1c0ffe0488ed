"""Screening principles corrected after the errors of the sixth frozen split, each checked on
openings written for these tests (not taken from the labelled files), in English, Hindi and
Bengali, beside the lures of the same shape that must stay caught; then the split, now
development data, held to the same thresholds as the others.

- A sum named as a year's ("1.08 lakh a year") is a twelfth of it a month.
- A foreign place that names a shop at home ("Doha Sweets", "the name is just our shop's") is
  not work abroad; a restaurant or store named after a foreign city may be abroad and still is.
- The classes she teaches or assists in are not the classes she is in.
- A family housed with her is not paid; a family hired as one with an advance next is.
- A service charge named with its ceiling ("Rs 30,000 max") is the capped lawful one, and a
  registered agent written in Latin letters ("panjikrit bharti agent") is a lawful route.
- Her work handed in ("kaaj jama") is delivery, not a deposit of money.
- An "original copy" is the original; her phone forbidden to her (not only on duty) is kept.
- Her wage kept back by the employer is money taken from her.
- An employer named only on arrival, however many words lie between, or only described ("a
  reputed company"), is vague.
- A wage not given (0) is not a wage below the floor.
"""
from __future__ import annotations

import pytest

from tests.catalog.screening_table import Cases, codes


def raised(description: str, *, title: str, trade: str = "sewing_dress_making",
           wage: int = 11_000, district: str | None = "Kolkata") -> set[str]:
    return set(codes(description, title=title, trade=trade, wage=wage, district=district))


CASES = Cases()


# ------------------------------------------------------------------ a year's sum

CASES.add("a_yearly_sum_is_not_read_as_a_month", None, False, [
    "Rajdhani Garments, Okhla Phase 1, Delhi. Trainee checker, Rs 10,000 per month "
    "(1.2 lakh a year), ESI and PF.",
    "राजधानी गारमेंट्स, ओखला, दिल्ली। चेकर, 10,000 रुपये महीना, सालाना 1,20,000।",
], title="Checker")


def test_a_monthly_sum_far_above_is_still_an_outlier():
    assert "wage_outlier" in raised("Rajdhani Garments, Okhla, Delhi. Checker, salary "
                                    "Rs 1,20,000 per month.", title="Checker")


# ------------------------------------------------------------------ a foreign place as a name

CASES.add("a_foreign_place_naming_a_shop_at_home_is_not_abroad", "overseas_travel", False, [
    "Dubai Sweets, Park Circus, Kolkata. Packing and counter, Rs 11,000.",
    "Kuwait is only our shop name; the shop is at Park Circus, Kolkata. Rs 11,000.",
    "দুবাই সুইটস, পার্ক সার্কাস, কলকাতা। প্যাকিং ও কাউন্টার, মাসে ১১,০০০ টাকা।",
    "दुबई स्वीट्स, पार्क सर्कस, कोलकाता। पैकिंग, 11,000 रुपये महीना।",
], title="Packing helper")


CASES.add("work_abroad_is_still_abroad", "overseas_travel", True, [
    "Dubai restaurant job, salary Rs 40,000. Contact on WhatsApp.",
    "Dubai Sweets needs girls in Dubai, visa and ticket free.",
    "দুবাই সুইটস দোকানে কাজ, ভিসা ফ্রি, বিদেশে যেতে হবে।",
    "Work in Dubai hotel name Al Noor, salary 45,000, contact the agent.",
], title="Shop work")


# ------------------------------------------------------------------ classes taught

CASES.add("the_classes_taught_are_not_the_workers", "minor_targeted", False, [
    "Vidya Niketan girls' school, Ranchi. Help class 1-4 teachers, mind girls in the hostel "
    "at night, Rs 10,000.",
    "विद्या निकेतन बालिका विद्यालय, रांची। कक्षा 1-4 शिक्षकों की मदद, लड़कियों के छात्रावास की "
    "देखरेख, 10,000 रुपये।",
], title="Teaching assistant", trade="teaching_assistant")


def test_girls_of_school_classes_sought_are_still_minors():
    assert "minor_targeted" in raised("Girls of class 8-10 needed for packing, Rs 6,000.",
                                      title="Packing girls")


# ------------------------------------------------------------------ a family housed or hired

CASES.add("a_family_housed_with_her_is_not_paid", "advance_to_family", False, [
    "Shyam Goshala, Karnal. Rs 14,000 + a room to stay with family, milk daily.",
    "श्याम गोशाला, करनाल। ₹14,000 महीना + परिवार सहित रहने को कमरा।",
], title="Dairy helper", trade="dairy_farming", district="Karnal")


CASES.add("a_family_hired_with_an_advance_next_is_flagged", "advance_to_family", True, [
    "ईंट भट्ठे पर काम। पूरा परिवार चाहिए। 40,000 पेशगी अभी मिलेगी।",
    "Bhatte pe kaam. Parivar chahiye. 40,000 peshgi turant.",
], title="Bhatta", trade="brick_kiln_work")


def test_a_family_preferred_and_a_loan_is_no_advance():
    assert "advance_to_family" not in raised(
        "Free course. Poor families preferred. After the course, help for a bank loan of "
        "Rs 50,000.", title="Tailoring course", wage=0)


# ------------------------------------------------------------------ a capped service charge

def test_a_service_charge_with_its_ceiling_is_lawful():
    found = raised(
        "Sahara Overseas, registered recruiting agent, licence B-1234/DEL/PER/1000/5/0001/2024. "
        "Nurses for Oman hospitals, employment visa, eMigrate. Service charge Rs 25,000 max, "
        "receipt given.", title="Nurses for Oman", trade="home_health_aide", wage=80_000)
    assert found.isdisjoint({"fee_charged", "overseas_travel"})


@pytest.mark.parametrize("description", [
    "Sahara Overseas, panjikrit bharti agent, Lajpat Nagar, Delhi. Oman ke hospital me nurse, "
    "employment visa. Koi fees nahi.",
    "Sonar Bangla Overseas, nibondhito recruiting agency, Motijheel, Dhaka. Oman-e nurse, "
    "kono fee nei.",
])
def test_a_lawful_route_in_latin_letters_is_not_unlawful_travel(description):
    assert raised(description, title="Nurses for Oman", trade="home_health_aide",
                  wage=80_000).isdisjoint({"overseas_travel", "wage_outlier"})


def test_a_charge_above_the_cap_is_still_a_fee():
    assert "fee_charged" in raised(
        "Sahara Overseas, registered recruiting agent. Nurses for Oman, eMigrate. Service "
        "charge Rs 90,000 max.", title="Nurses for Oman", trade="home_health_aide",
        wage=80_000)


# ------------------------------------------------------------------ work handed in

CASES.add("work_handed_in_is_not_a_deposit", "fee_charged", False, [
    "মহিলা সমিতি, বোলপুর। প্রতি পিসে ২০০ টাকা, কাজ জমা দেওয়ার পর ব্যাংকে।",
    "Mahila samiti, Bolpur. 200 rupaye per piece, kaam jama karne ke baad bank me.",
], title="Embroidery", trade="embroidery")


def test_money_deposited_is_still_a_fee():
    assert "fee_charged" in raised("প্রতি পিসে ২০০ টাকা। যোগ দিতে ১,০০০ টাকা জমা দিতে হবে।",
                                   title="Embroidery", trade="embroidery")


# ------------------------------------------------------------------ original copies, wages held

CASES.add("an_original_copy_kept_is_retained", "documents_retained", True, [
    "The original copy of your birth certificate will be kept in the office.",
    "ভোটার কার্ড ও জন্ম নিবন্ধনের আসল কপি অফিসে জমা রাখতে হবে।",
], title="Garment helper")


def test_a_copy_checked_is_still_no_flag():
    assert "documents_retained" not in raised(
        "Sonar Garments, Narayanganj. Bring a copy of your birth certificate to be kept on "
        "file; originals are checked and returned the same day.", title="Garment helper")


CASES.add("her_phone_forbidden_is_kept_from_her", "documents_retained", True, [
    "Live-in cook, Rs 9,000. Mobile phone not allowed for the first 6 months.",
    "घर में खाना बनाने का काम, 9,000 रुपये। पहले 6 महीने फोन रखना मना है।",
    "রান্নার কাজ, মাসে ৯,০০০ টাকা। প্রথম ৬ মাস মোবাইল রাখা যাবে না।",
], title="Cook", trade="domestic_cook")


CASES.add("her_phone_forbidden_on_duty_only_is_no_flag", None, False, [
    "Asha Foods, Howrah. Packing, Rs 11,000. Mobile phones not allowed during working hours.",
    "Asha Foods, Howrah. Packing, Rs 11,000. Hostel, free to go out, mobile phones allowed.",
], title="Packing", trade="packing_helper", district="Howrah")


@pytest.mark.parametrize("description", [
    "Pehle 2 mahine ki salary company ke paas jama rahegi, 1 saal baad milegi.",
    "The first month's salary will be kept by the company as security.",
])
def test_wages_held_back_are_flagged(description):
    assert "fee_charged" in raised(f"Apna Bazaar, Civil Lines. Billing. {description}",
                                   title="Billing staff", trade="retail_sales")


def test_a_salary_kept_in_her_own_account_is_no_flag():
    assert raised("Apna Bazaar, Civil Lines, Moradabad. Billing, salary Rs 11,000 kept in "
                  "your own bank account every month.", title="Billing staff",
                  trade="retail_sales") == set()


# ------------------------------------------------------------------ on arrival, a wage not given

def test_a_name_told_on_arrival_after_a_longer_verb_is_vague():
    assert "vague_employer" in raised(
        "Hotel needs a receptionist, Rs 12,000. Hotel name and address will be told to you "
        "on arrival.", title="Receptionist", trade="front_office")


CASES.add("an_employer_described_but_not_named_is_vague", "vague_employer", True, [
    "Packing work in a reputed company at Howrah, Rs 11,000, room free.",
    "हावड़ा की एक अच्छी कंपनी में पैकिंग का काम, 11,000 रुपये।",
    "হাওড়ার বড় কোম্পানিতে প্যাকিংয়ের কাজ, মাসে ১১,০০০ টাকা।",
], title="Packing", trade="packing_helper", district="Howrah")


CASES.add("a_workplace_told_later_is_vague", "vague_employer", True, [
    "Packing work, Rs 11,000. The location will be shared after the interview.",
    "पैकिंग का काम, 11,000 रुपये। काम का पता इंटरव्यू के बाद बताया जाएगा।",
    "প্যাকিংয়ের কাজ, মাসে ১১,০০০ টাকা। কাজের ঠিকানা ইন্টারভিউয়ের পরে জানানো হবে।",
], title="Packing", trade="packing_helper", district="Howrah")


def test_a_named_employer_telling_the_interview_day_later_is_not_vague():
    assert raised("Ganga Packers, Plot 4, Liluah, Howrah. Packing, Rs 11,000. The interview "
                  "date will be told by SMS.", title="Packing", trade="packing_helper",
                  district="Howrah") == set()


def test_a_training_placing_in_reputed_companies_is_not_vague():
    assert raised("RSETI Howrah, free 30-day packing and stores course, placement support in "
                  "reputed companies after the course. No fee.", title="Packing course",
                  trade="packing_helper", district="Howrah", wage=0) == set()


def test_a_wage_not_given_is_not_below_the_floor():
    assert "wage_outlier" not in raised("Gram Panchayat Office, Gaya. Rs 900 per 1000 bricks, "
                                        "paid weekly to your own account.",
                                        title="Brick moulders", trade="brick_kiln_work", wage=0)


def test_a_wage_below_the_floor_is_still_an_outlier():
    assert "wage_outlier" in raised("Gram Panchayat Office, Gaya. Full time, salary Rs 2,000.",
                                    title="Helper", trade="brick_kiln_work", wage=2_000)


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_each_principle_on_its_openings(code, flagged, description, facts):
    CASES.check(raised(description, **facts), code, flagged)
