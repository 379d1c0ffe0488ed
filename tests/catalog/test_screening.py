"""Screening of openings: each flag caught in English, Hindi and Bengali, in script or
transliteration and misspelt, and not raised by the genuine wording that resembles it; then the
whole screen measured on a labelled set of lures and genuine CSR openings.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from catalog.models import Opening, Organisation
from catalog.screening import (
    CONTENT_CODES,
    FLAG_CODES,
    UNVERIFIED_EMPLOYER,
    OpeningFacts,
    screen_content,
    screen_opening,
    typical_wages,
)
from catalog.screening.evaluate import evaluate, facts_of, load, report
from tests.catalog.screening_table import Cases, codes  # codes: also imported from here

LABELLED = Path(__file__).resolve().parent.parent / "data" / "opening_screening.jsonl"


def test_the_flag_codes_are_the_ones_the_api_names():
    assert FLAG_CODES == (
        "fee_charged", "documents_retained", "overseas_travel", "entertainment_lure",
        "advance_to_family", "wage_outlier", "no_experience_high_pay", "minor_targeted",
        "vague_employer", "wage_underpaid", "unverified_employer",
    )


def test_an_ordinary_opening_raises_no_flag():
    assert codes("Greet customers, stock shelves and help at billing. Day shift, weekly off; "
                 "PF and ESI.") == []


def test_every_flag_says_what_to_change():
    facts = OpeningFacts(
        title="Dancers wanted for Dubai", trade="food_beverage_service", wage_inr_month=90_000,
        description="Girls age 16+ wanted. Registration fee Rs 5,000. Passport kept by agent. "
                    "Rs 20,000 advance to parents. No experience needed. Call 9830012345. "
                    "Baki salary 6 mahine baad ek saath.",
        work_mode="on_site", district="Kolkata")
    flags = screen_content(facts)
    assert [flag["code"] for flag in flags] == list(CONTENT_CODES)  # every one, in a stable order
    from api.messages import Wording

    words = Wording("en")
    for flag in flags:
        assert set(flag) == {"code", "params", "evidence"}  # worded at the edge
        assert len(words.flag(flag)) > 40, flag
        assert flag["evidence"], flag  # the words or figure that raised it
    messages = {flag["code"]: words.flag(flag) for flag in flags}
    assert messages["fee_charged"].startswith("Remove any fee")
    assert flags[CONTENT_CODES.index("wage_outlier")]["params"] == {
        "wage_inr_month": 90_000, "typical_inr_month": 13_000}
    assert "₹90,000" in messages["wage_outlier"] and "13,000" in messages["wage_outlier"]


CASES = Cases()


# ---------------------------------------------------------------- fee_charged


CASES.add("a_fee_asked_of_the_worker_is_flagged", "fee_charged", True, [
    "Registration fee Rs 500 payable at the office.",
    "Regestration fees 1500 compulsory.",  # misspelt
    "A refundable security deposit of Rs 5,000 at the interview.",
    "Uniform charges Rs 800 at joining.",
    "Joining er somoy 2000 taka jama dite hobe.",  # Banglish: 2000 taka must be deposited
    "रजिस्ट्रेशन फीस 500 रुपये जमा करनी होगी।",
    "নিবন্ধন ফি ৫০০ টাকা বিকাশে পাঠাতে হবে।",
    "Joining amount Rs 999 by UPI.",
    "Pay a processing charge before the interview.",
])


CASES.add("a_fee_that_is_denied_or_is_no_fee_is_not_flagged", "fee_charged", False, [
    "No registration fee.",
    "Registration is free.",
    "We do not charge any fee.",
    "No registration, training or security deposit is charged at any stage",
    "Koi registration fees nahi hai.",
    "Koi bhi fees ya deposit nahi liya jata.",
    "Training dewa hobe, kono fee lagbe na.",
    "কোনো রেজিস্ট্রেশন ফি নেই।",
    "कोई फीस नहीं।",
    "Training hospital dega, fees company bharegi.",
    "Beware of fake agents who ask for a registration fee.",
    "Salary deposited into your own bank account on the 7th.",
    "Advance training in infection control after three months.",
    "Reporting to the floor in charge.",
    "Support for your children's school fees.",
])


# ---------------------------------------------------------------- documents_retained


CASES.add("documents_kept_by_the_employer_or_agent_are_flagged", "documents_retained", True, [
    "Passport will be kept safely by the agent.",
    "Pasport agent ke paas rahega.",
    "Original Aadhaar card will be kept with the placement agency till the contract ends.",
    "পাসপোর্ট কোম্পানির কাছে জমা থাকবে।",
    "पासपोर्ट कंपनी के पास जमा रहेगा।",
])


CASES.add("documents_seen_and_handed_back_are_not_flagged", "documents_retained", False, [
    "Original certificates are checked at joining and returned the same day.",
    "Keep your Aadhaar card and bank passbook ready for joining.",
    "Your passport will not be kept by anyone.",
    "Aadhaar and a bank account are needed to pay your salary.",
])


# ---------------------------------------------------------------- overseas_travel


CASES.add("work_abroad_or_travel_arranged_is_flagged", "overseas_travel", True, [
    "Housekeeping girls for a hotel in Dubai.",
    "Dubay me packing ka kaam.",  # misspelt
    "Jobs abrod for nurses aid.",  # misspelt
    "Free visa and air ticket.",
    "Travel arranged by our agent.",
    "Malaysia te beauty parlour e kaj.",
    "বিদেশে কাজ, ভিসা কোম্পানি দেবে।",
    "खाड़ी देशों में ब्यूटी पार्लर का काम।",
    "Kuwait mein ghar ka kaam.",
])


CASES.add(
    "foreign_clients_cards_and_travel_allowances_are_not_flagged", "overseas_travel", False, [
    "Inbound calls from foreign customers of a US telecom client.",
    "Answer questions about Visa debit and credit cards for a bank client.",
    "Day visits to patients at home; travel allowance paid monthly.",
    "Many foreign tourists, so basic English helps.",
])


# ---------------------------------------------------------------- entertainment_lure


CASES.add("entertainment_and_appearance_work_is_flagged", "entertainment_lure", True, [
    "Dancers wanted for a party.",
    "Dansar girls wanted.",  # misspelt
    "Hostess for a night club.",
    "Spa therapist for body massage.",
    "Escort job for females.",
    "Fashion modelling assignments.",
    "Send full length photos.",
    "নাচের মেয়ে চাই।",
    "बार डांसर की जरूरत।",
])


CASES.add("ordinary_work_that_sounds_alike_is_not_flagged", "entertainment_lure", False, [
    "Threading, waxing, facials and head massage in a parlour.",
    "Female staff are escorted to the cab after the night shift.",
    "Bar code scanning at billing.",
    "Safe women's hostel with a warden.",
    "A role model for the new trainees.",
])


# ---------------------------------------------------------------- advance_to_family


CASES.add("money_to_the_family_is_flagged", "advance_to_family", True, [
    "Rs 20,000 advance paid to the parents.",
    "15000 advanse gharwalon ko diya jayega.",  # misspelt
    "Agrim 30 hajar taka baba-ma ke deya hobe.",
    "Ghar walon ko 10,000 peshgi milegi.",
    "परिवार को 20,000 एडवांस।",
    "Family will get Rs 50,000 on joining.",
])


CASES.add("advances_that_are_not_to_the_family_are_not_flagged", "advance_to_family", False, [
    "Advance training after three months.",
    "Salary advance facility for staff in emergencies.",
    "Housing for families available. Salary 11,000 to your own account.",
])


# ---------------------------------------------------------------- wages


def test_a_wage_far_above_the_trades_typical_one_is_flagged():
    typical = typical_wages().typical("retail_sales")
    assert "wage_outlier" in codes("Store work.", wage=2 * typical + 1)
    assert "wage_outlier" not in codes("Store work.", wage=2 * typical)


def test_a_wage_promised_in_the_text_counts_as_much_as_the_field():
    assert "wage_outlier" in codes("Salary Rs 45,000 per month.", wage=11_000)
    assert "wage_outlier" in codes("Earn 1.5 lakh monthly.", wage=11_000)
    assert "wage_outlier" in codes("Roj 1500 taka.", wage=11_000)  # per day, times 26
    assert "wage_outlier" not in codes("Salary Rs 12,000 per month.", wage=11_000)
    assert "wage_outlier" not in codes("Security deposit Rs 50,000.", wage=11_000)
    assert "wage_outlier" not in codes("Call 9830012345 for the salary.", wage=11_000)
    assert "wage_outlier" in codes("Earn 15000 weekly.", wage=11_000)  # times 4
    assert "wage_outlier" in codes("Rs 2,000 per night.", wage=11_000)  # times 26
    assert "wage_outlier" not in codes("Salary 9,500, weekly off.", wage=9_500)
    assert "wage_outlier" not in codes("Salary 16,000 and a night allowance.", wage=16_000)


def test_a_wage_below_the_statutory_floor_is_flagged():
    floor = typical_wages().statutory_floor_inr_month
    assert floor == 4_576  # Rs 176 a day (national floor level minimum wage) times 26 days
    assert "wage_outlier" in codes("Store work.", wage=floor - 1)
    assert "wage_outlier" not in codes("Store work.", wage=floor)
    # the floor is for full-time work: part-time and piece-rate work that says so is not below it
    assert "wage_outlier" not in codes("Part time, 4 hours a day, at our office.", wage=3_000)
    assert "wage_outlier" not in codes("Ghar baithe silai, prati piece 20 rupaye.", wage=3_000)


def test_no_experience_with_high_pay_is_flagged_but_fair_pay_for_freshers_is_not():
    high = typical_wages().high_for_no_experience("retail_sales")
    assert "no_experience_high_pay" in codes("No experience needed.", wage=high + 500)
    assert "no_experience_high_pay" in codes("Kono obhiggota lagbe na.", wage=high + 500)
    assert "no_experience_high_pay" in codes("অভিজ্ঞতা লাগবে না।", wage=high + 500)
    assert "no_experience_high_pay" not in codes("No experience needed.", wage=11_000)
    assert "no_experience_high_pay" not in codes("Freshers welcome.", wage=11_000)
    assert "no_experience_high_pay" not in codes("Two years of experience.", wage=high + 500)


# ---------------------------------------------------------------- minor_targeted


CASES.add("wording_aimed_at_children_is_flagged", "minor_targeted", True, [
    "Girls age 15+ can apply.",
    "Girls 16-17 years for trainee posts.",
    "School girls can earn part time.",
    "School jaane wali ladkiyan shaam ko kaam kar sakti hain.",
    "Girls of class 7 to 9 can do this work after school.",
    "Kishori ladkiyon ke liye silai ka kaam.",
    "Umar 14 se 20 saal.",
    "Boyos 17-25.",
    "কিশোরী মেয়েদের জন্য কাজ।",
    "Young girls wanted.",
])


CASES.add("adult_ages_and_schooling_are_not_flagged", "minor_targeted", False, [
    "Age 18 to 35.",
    "Class 10 pass; 12 hours shift.",
    "No minors; 18 and above only.",
    "10-15 years of experience in a hospital.",
    "Cooking mid-day meals for a primary school.",
    "Need 10-15 girls for packing work, age 18 to 30.",  # a count of women, not an age
    "Class 8 to 10 pass women can apply.",  # schooling completed
    "Nayi ladkiyon ke liye training.",  # nayi (new) is not nai (no)
    "We need 12 to 15 girls for a new batch.",
])


# ---------------------------------------------------------------- vague_employer


def test_on_site_work_without_a_district_is_vague_but_remote_work_is_not():
    assert "vague_employer" in codes("Packing work.", district=None)
    assert "vague_employer" not in codes("Data entry from home.", district=None,
                                         work_mode="remote", trade="data_entry")


CASES.add("contact_through_phones_and_hidden_places_is_vague", "vague_employer", True, [
    "Call Mr. Raju on 98300 12345 for details.",
    "Location will be told after selection.",
    "Send your details on WhatsApp.",
    "Contact our agent at the bus stand.",
    "Call 01712345678 (Dhaka).",
])


# ---------------------------------------------------------------- the employer


def test_an_unverified_employer_adds_its_flag_after_the_contents():
    opening = Opening(title="Dancers wanted", description="For a hotel.", trade="retail_sales",
                      wage_inr_month=11_000, work_mode="on_site", district="Kolkata")
    unverified = Organisation(name="New agency", kind="employer", verified=False)
    verified = Organisation(name="Old store", kind="employer", verified=True)
    assert [f["code"] for f in screen_opening(opening, unverified)] == [
        "entertainment_lure", UNVERIFIED_EMPLOYER]
    assert [f["code"] for f in screen_opening(opening, verified)] == ["entertainment_lure"]
    opening.title = "Sales associate"
    assert screen_opening(opening, verified) == []


# ---------------------------------------------------------------- generalising


CASES.add("disguised_entertainment_is_flagged_at_an_ordinary_wage", "entertainment_lure", True, [
    # patrons kept company, at an ordinary wage
    "Sit with guests in the lounge and give them company. Salary 13,000.",
    "Girls to accompany customers at a members' club on weekends.",
    "Mehmanon ke saath baithna aur unka dil behlana, tankha 12,000.",
    "ग्राहकों के साथ बैठकर उनका मनोरंजन करना होगा।",
    "Guest der songe bose golpo kora, tader songo dewa.",
    "খদ্দেরদের সঙ্গ দিতে হবে, বেতন ১২,০০০।",
    # a club, lounge, spa or bar at night
    "Spa attendant, shift 8 pm to 4 am, attend to male clients.",
    "Club mein raat ki duty, tankha 12,000.",
    "स्पा सेंटर में रात की पाली।",
    "Bar e gaan er meye, raater duty.",
    "ক্লাবে রাতের কাজ।",
], trade="food_beverage_service", wage=12_000)


CASES.add(
    "hotel_housekeeping_and_night_shifts_are_not_entertainment", "entertainment_lure", False, [
    "Clean guest rooms and change linen; night shift twice a week.",
    "Welcome guests at the reception; women on the late shift are dropped home by cab.",
    "Night shift 9 pm to 6 am for a US client, cab pick-up and drop with a guard.",
    "Housekeeping of the club house and gym, day shift.",
    "Spa therapist in a hotel spa: facials and manicure for guests, 10 am to 7 pm.",
    "Accompany elderly patients to the doctor and back home.",
    "मेहमानों के कमरे की सफाई, होटल हाउसकीपिंग, रात की शिफ्ट भी।",
    "অতিথিদের সঙ্গে ভালো ব্যবহার, হোটেলের রিসেপশন, দিনের শিফট।",
    "Customer ke saath baat karke order lena, call centre, din ki shift.",
    "Our restaurant bar counter needs a cashier for the day shift.",
])


CASES.add(
    "documents_and_bank_cards_deposited_with_a_holder_are_flagged", "documents_retained", True, [
    "Your Aadhaar card and ATM card will be deposited with the contractor.",
    "Original certificates must be submitted to the office and remain with the management.",
    "Aadhaar card aur ATM card thekedar ke paas jama rahega.",
    "आधार कार्ड और बैंक पासबुक ठेकेदार के पास जमा करने होंगे।",
    "Aadhaar card ar ATM card thikadar er kache jama rakhte hobe.",
    "আসল সার্টিফিকেট ও জাতীয় পরিচয়পত্র অফিসে জমা থাকবে চুক্তি শেষ না হওয়া পর্যন্ত।",
    "Apna Aadhaar aur ATM card supervisor ko de dena, kaam khatam hone par milega.",
    "ATM card must be given to the manager on the first day.",  # a bank card handed over at all
    "মেনেজারকে এটিএম কার্ড দিতে হবে।",
    "मैनेजर को एटीएम कार्ड देना होगा।",
    "Identity proofs will be lodged with the employer for two years.",
    "The agency will keep your Aadhaar card and ATM card.",  # said of them, not to her
])


CASES.add("documents_seen_copied_or_numbered_are_not_retained", "documents_retained", False, [
    "Documents verification at joining: originals checked and returned the same day.",
    "Submit your documents to the HR at joining.",
    "Keep your ATM card and PIN to yourself, never share them.",
    "Your documents stay with you; we only note the numbers.",
    "आधार और बैंक पासबुक की फोटोकॉपी जमा करें, मूल दस्तावेज दिखाकर वापस ले जाएं।",
    "যোগদানের সময় আধার আর পাসবুকের ফটোকপি জমা দিন, আসল দেখিয়ে ফেরত নিয়ে যান।",
    "Aadhaar number dite hobe form e, original lagbe na.",
    "Bring two passport size photos.",
    "বেতন প্রতি মাসে আপনার পাসবুকের অ্যাকাউন্টে জমা হবে।",  # the wage deposited, not the book
    "वेतन हर महीने आपकी पासबुक वाले खाते में जमा होगा।",
    "এটিএম কার্ড আপনার নামে হবে, আপনার কাছেই থাকবে।",
    "Walk-in interview held at our office on Monday; bring your documents.",
])


CASES.add("money_to_a_parent_or_husband_is_flagged", "advance_to_family", True, [
    "An advance of Rs 30,000 will be paid to the father before she travels.",
    "Monthly wages will be handed to the husband in cash.",
    "Ladki ke pita ji ko 25,000 peshgi di jayegi.",
    "वेतन सीधे पति के हाथ में दिया जाएगा।",
    "Meyer babake 20 hajar taka agrim deya hobe.",
    "বাবা-মাকে ২৫ হাজার টাকা অগ্রিম দেওয়া হবে।",
    "পরিবারের কর্তাকে ৪০ হাজার টাকা দাদন।",
])


CASES.add("family_without_money_to_them_is_not_flagged", "advance_to_family", False, [
    ("A couple can apply: the husband as driver, the wife as caregiver, each paid to their own "
     "account."),
    "Insurance for you and your parents.",
    "Parents may visit on Sundays.",
    "Dujoner beton nijer nijer account e, 9,000 kore.",
    "Payment to the nominee (parents or husband) in case of accident, under the group insurance.",
])


CASES.add("a_refundable_security_or_an_agents_commission_is_a_fee", "fee_charged", True, [
    "A refundable security of Rs 3,000 at joining.",
    "Joining par 2,500 rupaye refundable security jama karne honge.",
    "ज्वाइनिंग पर 3,000 रुपये सिक्योरिटी राशि जमा करनी होगी।",
    "যোগদানের সময় ফেরতযোগ্য জামানত ৩,০০০ টাকা জমা দিতে হবে।",
    "Agent ko 3000 commission dena hoga.",
    "Interested candidates pay Rs 350 for the form through PhonePe.",
    "Registration free, only Rs 499 for the ID card and training kit.",
    "Uniform and ID card cost Rs 1,200 will be deducted from the first salary.",
])


CASES.add("commission_and_salary_by_app_are_pay_not_a_fee", "fee_charged", False, [
    "Fixed salary Rs 10,000 plus commission on every handset sold.",
    "Tankha 10,000 fix aur har phone par commission.",
    "वेतन 10,000 और हर बिक्री पर कमीशन।",
    "বেতন ১০,০০০ টাকা আর প্রতিটি বিক্রিতে কমিশন।",
    "Beton 12,500 taka, overtime alada, bKash e beton.",
    "Tankha 13,000 aur service charge ka hissa.",
    "Ghar se silai, prati piece 20 rupaye, har hafte bKash e payment.",
    "A stipend of Rs 1,500 for the training period.",
    "Fixed 9,500 plus har phone pe incentive.",  # "phone pe" is "on each phone", not PhonePe
])


CASES.add("ordinary_words_are_not_fuzzy_matched_into_lure_words", None, False, [
    "Jolkhabar ar dupurer khabar free: dal, bhaat, macher jhol, doi.",  # khabar is not Qatar
    "Cook lunch for 40 staff: rice, dal, fish curry. Food for you is free.",  # fish is not fis
    "Send a message to the supervisor if you are late.",  # message is not massage
    "No danger allowance; day shift.",  # danger is not dancer
    "হোস্টেলের রান্নাঘরে রান্না, খাওয়া ফ্রি।",  # hostel is not hostess
    "Ghar par agarbatti, kachcha maal ghar pahuchayenge.",  # kachcha is not kaka
    "Beton mash shesh e bank e.",  # mash (month) is not ma
    "Cab e bari pouchhe deya hoy.",  # bari (home) is not a bar
    "Kaju katli, dubki aloo and sherbet at the canteen.",
    "দুপুরের খাবার ফ্রি: ডাল, ভাত, মাছ, ডিম।",
    "Garments exported to Europe and the Gulf; PF and ESI.",  # a market, not a workplace
    "Aane jaane ka kiraya company dega.",  # a daily fare, not a journey
])


def test_fuzzy_matching_has_a_length_floor_and_keeps_the_ends_of_words():
    from catalog.screening.text import MIN_FUZZY_LENGTH, PhraseIndex, read

    index = PhraseIndex({"lure": ("qatar", "massage", "abroad", "registration fee")})
    assert MIN_FUZZY_LENGTH >= 6

    def found(text: str) -> bool:
        return bool(index.find(read(text)))

    assert found("Qatar") and found("qatare") and not found("khabar")
    assert found("abrod") and found("regestration fee")  # slips of typing
    assert not found("message") and not found("masala")  # real words, or other ends
    assert not found("fish")  # a common word is never folded into another


def test_every_flag_carries_the_words_that_raised_it():
    facts = OpeningFacts(title="Lounge staff", trade="food_beverage_service",
                         wage_inr_month=12_000, work_mode="on_site", district="Kolkata",
                         description="Sit with guests and give them company. Passport will be "
                                     "kept with the agent. Refundable security Rs 2,000.")
    evidence = {flag["code"]: flag["evidence"] for flag in screen_content(facts)}
    assert "guests" in evidence["entertainment_lure"]
    assert "passport" in evidence["documents_retained"]
    assert "kept" in evidence["documents_retained"]
    assert "refundable" in evidence["fee_charged"]


# ---------------------------------------------------------------- the labelled set


def labelled(path: Path = LABELLED) -> list[dict]:
    return load(path)


def assert_thresholds(result, overall: float = 0.95, per_language: float = 0.9) -> None:
    assert result.overall.recall >= overall, result.wrong
    assert result.overall.precision >= overall, result.wrong
    for language in ("en", "hi", "bn"):
        score = result.by_language[language]
        assert score.recall >= per_language, (language, result.wrong)
        assert score.precision >= per_language, (language, result.wrong)


def test_the_labelled_set_is_big_and_varied_enough():
    rows = labelled()
    labels = Counter(row["label"] for row in rows)
    assert len(rows) >= 300 and labels["lure"] >= 110 and labels["genuine"] >= 180
    assert len({row["id"] for row in rows}) == len(rows)
    languages = Counter(row["language"] for row in rows)
    assert set(languages) == {"en", "hi", "bn"}
    assert all(0.28 <= count / len(rows) <= 0.39 for count in languages.values()), languages
    assert {(row["language"], row["script"]) for row in rows} == {
        ("en", "Latn"), ("hi", "Deva"), ("hi", "Latn"), ("bn", "Beng"), ("bn", "Latn")}
    expected = Counter(code for row in rows for code in row.get("flags", ()))
    # every flag type has lures (wages withheld, read in the text since the seventh split,
    # have theirs in the frozen splits)
    assert set(expected) == set(CONTENT_CODES) - {"wage_underpaid"}
    for row in rows:
        if row["label"] == "lure":
            assert row["flags"] and set(row["flags"]) <= set(CONTENT_CODES), row["id"]
        else:
            assert "flags" not in row, row["id"]
    lures = [row for row in rows if row["label"] == "lure"]
    ordinary = [row for row in lures if "wage_outlier" not in row["flags"]]
    assert len(ordinary) >= 0.7 * len(lures)  # most lures offer an ordinary wage


# Every labelled file, with the held-out record of each frozen split: what it scored once,
# unseen, on the rules as the round before it left them. Each has since been read to correct the
# rules, so each is development data now, held to the thresholds with every lure counted (a wage
# not given read as 0) on the files that have rows without a wage.
SPLITS = [
    ("opening_screening.jsonl", 300, None, "the development set, never held out"),
    ("opening_screening_frozen.jsonl", 100, None, "precision 0.873 (hi 0.818), recall 0.965"),
    ("opening_screening_frozen2.jsonl", 150, None,
     "precision 0.840 (en 0.875, hi 0.808, bn 0.840), recall 1.000"),
    ("opening_screening_frozen3.jsonl", 150, None,
     "precision 0.824 (en 0.778, hi 0.870, bn 0.833), recall 0.984"),
    ("opening_screening_frozen4.jsonl", 120, None,
     "precision 0.940 (en 0.840), recall 0.984 (bn 0.955)"),
    ("opening_screening_frozen5.jsonl", 120, None, "precision 0.897 (en 0.944, hi 0.850, bn 0.900)"),
    ("opening_screening_frozen6.jsonl", 120, None, "precision 0.897, recall 0.953"),
    ("opening_screening_frozen7.jsonl", 150, 0, "precision 0.870, recall 0.882"),
    ("opening_screening_frozen8.jsonl", 150, 0, "precision 0.867, recall 0.956"),
    ("opening_screening_frozen9.jsonl", 180, 0,
     "precision 0.857 (en 0.920, hi 0.857, bn 0.806), recall 0.986"),
    ("opening_screening_frozen10.jsonl", 180, 0,
     "precision 0.890 (en 0.889, hi 0.962, bn 0.828), recall 0.973"),
    ("opening_screening_frozen11.jsonl", 180, 0,
     "precision 0.910 (en 0.960, hi 0.852, bn 0.923), recall 0.947 (hi 0.920, bn 0.960)"),
    ("opening_screening_frozen12.jsonl", 180, 0,
     "precision 0.945 (hi 0.920, bn 0.923), recall 0.920 (en 0.880, hi 0.920)"),
    ("opening_screening_frozen13.jsonl", 180, 0,
     "precision 0.911 (hi 0.889, bn 0.889), recall 0.960"),
    ("opening_screening_frozen14.jsonl", 180, 0,
     "precision 0.872 (en 0.806, hi 0.926, bn 0.893), recall 1.000"),
    ("opening_screening_frozen15.jsonl", 180, 0,
     "precision 0.904 (en 0.862, hi 0.926, bn 0.926), recall 1.000"),
    ("opening_screening_frozen16.jsonl", 180, 0,
     "precision 0.936 (en 0.857, bn 0.960), recall 0.973 (en 0.960, bn 0.960)"),
    ("opening_screening_frozen17.jsonl", 180, 0,
     "precision 0.915 (en 1.000, hi 0.893, bn 0.862), recall 1.000"),
    ("opening_screening_frozen18.jsonl", 180, 0,
     "held out on round 17's rules: precision 0.949 (en 0.962, hi 0.926, bn 0.962), recall 1.000"),
    ("opening_screening_frozen19.jsonl", 180, 0,
     "held out on round 17's rules: precision 0.974 (en 0.962, bn 0.962), "
     "recall 0.987 (hi 0.960)"),
    ("opening_screening_frozen20.jsonl", 180, 0,
     "held out on round 18's and 19's rules: precision 0.949 (en 0.926, hi 0.962, bn 0.962), "
     "recall 1.000"),
    ("opening_screening_frozen21.jsonl", 180, 0,
     "held out on round 18's and 19's rules: precision 0.962 (hi 0.962, bn 0.926), "
     "recall 1.000"),
    # held out, not yet read by any round
    ("opening_screening_frozen22.jsonl", 180, 0,
     "held out on round 19's and 20's rules: precision 0.987 (en 0.962), recall 1.000"),
]
# What the splits reached once a round used them as development data, held so that no later
# round can lower them: (file, precision and recall overall and in each language).
REACHED = [
    ("opening_screening_frozen13.jsonl", 1.0),  # after the thirteenth round
    ("opening_screening_frozen14.jsonl", 1.0),  # after the fourteenth round
    ("opening_screening_frozen15.jsonl", 1.0),  # after the fifteenth round
    ("opening_screening_frozen16.jsonl", 1.0),  # after the sixteenth round
    # after the seventeenth round: every lure caught, one genuine flagged (a three-day shoot's
    # day rate read as a month's wage, bn 0.962)
    ("opening_screening_frozen17.jsonl", 0.96),
    # after the nineteenth round: every lure caught; two genuine openings flagged in frozen18 (a
    # poultry farm given by the owner's phone, a Dhaka salon's taka wage read as rupees; hi and
    # bn 0.962), none in frozen19
    ("opening_screening_frozen18.jsonl", 0.96),
    ("opening_screening_frozen19.jsonl", 1.0),
    # after the twentieth round: every lure caught, no genuine opening flagged
    ("opening_screening_frozen20.jsonl", 1.0),
    ("opening_screening_frozen21.jsonl", 1.0),
]


@pytest.mark.parametrize(("name", "rows_at_least", "missing_wage_as", "held_out"), SPLITS)
def test_every_labelled_file_passes_the_thresholds(name, rows_at_least, missing_wage_as,
                                                    held_out):
    """Flagged (any content flag; `unverified_employer` is about the employer, not the text)
    against labelled as a lure: recall and precision at least 0.95 overall and 0.9 in each
    language. The frozen splits fell short when held out (`held_out`), by classes the rules were
    then corrected for as principles; these are regression figures, not held-out ones."""
    rows = load(LABELLED.with_name(name), missing_wage_as=missing_wage_as)
    assert len(rows) >= rows_at_least and {row["language"] for row in rows} == {"en", "hi", "bn"}
    result = evaluate(rows)
    print("\n" + report(result, name, misses=True))
    assert_thresholds(result)


@pytest.mark.parametrize(("name", "reached"), REACHED)
def test_a_split_keeps_what_its_round_reached(name, reached):
    """A split used as development data keeps the figures its round reached (every lure caught,
    no genuine opening flagged, in every language), not only the thresholds."""
    result = evaluate(load(LABELLED.with_name(name), missing_wage_as=0))
    assert_thresholds(result, overall=reached, per_language=reached)


@pytest.mark.parametrize(("title", "description", "trade", "wage"), [
    # the worker pays nothing: the fee is denied, or the employer pays the agency
    ("Housemaid through a registered agency", "Seva Placement (registered agency), Salt Lake. "
     "No fee at any stage from the worker. Written contract, Rs 12,000 into your own bank "
     "account.", "domestic_care", 12_000),
    ("Ghar ka kaam", "Registered agency, likhit contract. Worker se koi fee nahi, agency ka fee "
     "employer dega. Salary 12,000 apne bank khate me.", "domestic_care", 12_000),
    ("রান্নার কাজ", "নিবন্ধিত এজেন্সি, লিখিত চুক্তি। এজেন্সির ফি মালিক দেবে। মাসে ১৩,০০০ টাকা "
     "নিজের ব্যাংক অ্যাকাউন্টে জমা হবে।", "domestic_cook", 13_000),
    # money handled as the work: a cashier, a collection clerk
    ("Bank cashier", "Receive cash deposits from customers, issue withdrawals and update "
     "passbooks at the branch counter. Rs 13,000 + PF.", "computer_operator", 13_000),
    ("Collection clerk", "Collect monthly deposits and loan instalments from members of the "
     "co-operative and enter them in the ledger. Rs 13,000.", "computer_operator", 13_000),
    ("Room attendant", "Hotel Sagar, Puri. Day shift, salary 11,000 + service charge, meals "
     "free.", "housekeeping_room_attendant", 11_000),
    # children as the people served
    ("Creche attendant", "Little Steps Creche, Salt Lake. Look after children aged 1-5 years "
     "while their mothers work. Day shift 9 to 5. Rs 10,000 a month.", "child_care_worker",
     10_000),
    ("School bus attendant", "Help children aged 6-12 board and get down safely on the school "
     "bus, morning and afternoon routes. Rs 9,500 per month.", "child_care_worker", 9_500),
    ("आया", "दो साल की बच्ची की देखभाल, कामकाजी दंपति, दिन की शिफ्ट। ₹11,000।",
     "child_care_worker", 11_000),
    ("Tuition teacher", "Teach students of class 6 to 8 maths and science at our coaching "
     "centre, 4 to 7 pm. Rs 9,000 monthly.", "teaching_assistant", 9_000),
    ("ट्यूशन टीचर", "कक्षा 1 से 5 तक के बच्चों को पढ़ाना, शाम 4 से 7 बजे। वेतन 9,000 रुपये "
     "महीना।", "teaching_assistant", 9_000),
    ("क्रेच सहायिका", "नन्हे कदम क्रेच, पटना। 6 महीने से 6 साल के बच्चों की देखभाल, सुबह 9 से "
     "शाम 5। वेतन 10,000 रुपये महीना।", "child_care_worker", 10_000),
    ("শিক্ষক", "অষ্টম থেকে দশম শ্রেণির ছাত্রছাত্রীদের অঙ্ক পড়ানো, জ্ঞানদীপ কোচিং, বারাসাত। মাসে "
     "৯,০০০ টাকা।", "teaching_assistant", 9_000),
    ("ক্যাশিয়ার", "গ্রামীণ ব্যাংকের শাখায় গ্রাহকদের জমা ও উত্তোলন, হিসাব মেলানো। মাসে ১৩,০০০ টাকা।",
     "computer_operator", 13_000),
    ("Clinic receptionist", "Collect consultation fees from patients and keep the appointment "
     "register. Rs 12,000.", "computer_operator", 12_000),
    ("घरेलू सहायिका", "पंजीकृत प्लेसमेंट एजेंसी। किसी भी चरण में कर्मचारी से कोई शुल्क नहीं। लिखित "
     "अनुबंध। ₹12,000 महीना।", "domestic_care", 12_000),
    # the papers of the people served: a records clerk, a bank, a passport centre
    ("Records clerk", "Keep students' certificates and marksheets filed in the school office "
     "and issue them on request. Rs 12,000.", "computer_operator", 12_000),
    ("ব্যাংক সহকারী", "গ্রাহকদের পাসবই আপডেট, চেক বই বিতরণ, এটিএম কার্ড আবেদন জমা নেওয়া। মাসে "
     "১৩,০০০ টাকা।", "computer_operator", 13_000),
    ("पासपोर्ट सेवा केंद्र", "आवेदकों के दस्तावेज़ जाँचना और जमा करना, पासपोर्ट सेवा केंद्र में डेटा "
     "एंट्री। वेतन 13,000।", "computer_operator", 13_000),
    # ordinary words
    ("Cake decorator", "Cake decoration and icing at our bakery in Model Colony, Pune. "
     "Rs 11,000.", "bakery_confectionery", 11_000),
    ("Event decoration helper", "Shubh Events, Patna: balloon and flower decoration for "
     "weddings and birthday parties, day work. Rs 11,000 per month.", "bakery_confectionery",
     11_000),
    ("Tailor", "Stitching of latest model blouses and kurtis at Roopa Boutique. Rs 10,000.",
     "sewing_dress_making", 10_000),
    ("दर्जी", "नए मॉडल के ब्लाउज़ और सूट की सिलाई, रूपा बुटीक। ₹10,000 महीना।",
     "sewing_dress_making", 10_000),
    ("Cake artist", "Fondant cake designs, sugar models and figurines for birthday cakes. "
     "Rs 11,000.", "bakery_confectionery", 11_000),
    # pay per function, and lawful work abroad that pays more than work at home
    ("Mehendi artist", "Bridal mehendi bookings at our studio, 50% commission per booking, "
     "monthly earnings 12,000 to 20,000 in the wedding season.", "mehendi_artist", 14_000),
    ("Dubai hotel housekeeping", "Registered recruiting agent (RA licence B-1234/DEL). eMigrate "
     "clearance, employment visa, zero fee from the worker, passport stays with you. Salary "
     "AED 1,300 (about Rs 30,000).", "housekeeping_room_attendant", 30_000),
])
def test_genuine_openings_of_the_classes_once_flagged_pass(title, description, trade, wage):
    assert codes(description, title=title, trade=trade, wage=wage) == []


@pytest.mark.parametrize(("title", "description", "expected"), [
    # the same classes with the lure in them stay caught
    ("Tuition centre", "Girls of class 8-10 needed for evening work at our centre, Rs 9,000.",
     "minor_targeted"),
    ("Babysitter", "Girls aged 14-16 needed as babysitters with families in Delhi. Rs 9,000.",
     "minor_targeted"),
    ("Bhatta", "Poore parivar ke saath kaam, bachche bhi eent bana sakte hain. Rs 8,000.",
     "minor_targeted"),
    ("Kaam", "Registration 2,000 rupaye aur medical 1,500. Salary 10,000.", "fee_charged"),
    ("Kaam", "Rail safar ka kharcha pehli tankhwah se kaat ke milega. Salary 10,000.",
     "fee_charged"),
    ("Room attendant", "Pay Rs 500 + processing fee before joining. Salary 11,000.",
     "fee_charged"),
    ("Agency job", "Agency fee Rs 5,000 to be paid by the worker before joining. Written "
     "contract, registered agency. Salary 10,000.", "fee_charged"),
    ("Kaam", "Factory me packing ka kaam. Salary 10,000. Call 98XXXXXX21.", "vague_employer"),
    ("Creche helper", "Creche helper girls, umar 15-17 chalega. Rs 9,000.", "minor_targeted"),
    ("Kaam", "Ghar ke kaam ke liye chhoti bachchi chahiye, khana rehna free.", "minor_targeted"),
    ("Cashier", "Cashier at our counter, customers' money handling. Joining fee Rs 2,000 to be "
     "paid first.", "fee_charged"),
    ("Dubai hotel", "MEA licence holder agent. Visa processing 60,000 rupaye. Salary 30,000.",
     "fee_charged"),
    ("কাজ", "ভর্তি ফি ১,৫০০ টাকা, বিকাশে পাঠাতে হবে। নিবন্ধিত এজেন্সি।", "fee_charged"),
    ("Hostel", "Students hostel: your certificates will be kept by the warden until the course "
     "ends.", "documents_retained"),
    ("Job", "Customers will meet you; your passport and Aadhaar will be kept by the manager.",
     "documents_retained"),
    ("Hostel", "School certificates to be submitted to the hostel warden and given back when "
     "the scheme is completed. Rs 9,500.", "documents_retained"),
])
def test_lures_of_those_classes_stay_caught(title, description, expected):
    assert expected in codes(description, title=title, trade="domestic_care", wage=10_000)


@pytest.mark.parametrize(("description", "wage", "raised"), [
    # a lawful route abroad: registered agent or eMigrate, no fee, passport with her
    ("Nurse aide in Kuwait through an eMigrate-registered recruiting agent; the employer pays "
     "visa and ticket, no fee from you, your passport stays with you.", 35_000, set()),
    ("BMET er maddhome Malaysia te factory kaj, kono taka lagbe na, passport nijer kache.",
     30_000, set()),
    # a claim of registration does not make a fee, a kept passport or a visit visa lawful
    ("Registered agent. Dubai hotel job, visa charge Rs 60,000.", 14_000,
     {"fee_charged", "overseas_travel"}),
    ("Dubai job on a visit visa through a registered agent.", 14_000, {"overseas_travel"}),
    ("Registered recruiting agent, Dubai; passport will be kept by the sponsor.", 14_000,
     {"documents_retained", "overseas_travel"}),
])
def test_work_abroad_by_a_lawful_route_is_no_lure(description, wage, raised):
    found = set(codes(description, trade="hospital_housekeeping", wage=wage)) - {"wage_outlier"}
    assert found == raised


def test_lures_are_caught_with_the_wage_held_at_a_normal_level():
    """The wage check is a second signal: every lure whose wording is the lure (not only its pay)
    is still caught when its wage is the trade's typical one."""
    wages = typical_wages()
    worded = [row for row in labelled() if row["label"] == "lure"
              and set(row["flags"]) - {"wage_outlier", "no_experience_high_pay"}]
    missed = []
    for row in worded:
        facts = replace(facts_of(row), wage_inr_month=wages.typical(row["trade"]))
        raised = {flag["code"] for flag in screen_content(facts)} - {"wage_outlier"}
        if not raised:
            missed.append(row["id"])
    assert len(missed) <= 0.05 * len(worded), missed


# ---------------------------------------------------------------- the demo catalogue


def test_the_demo_lures_wait_for_review_with_flags_and_the_rest_is_published(session):
    from datetime import datetime, timezone

    from sqlalchemy import select

    from seeds.loader import load_demo

    load_demo(session, now=datetime(2026, 11, 29, 6, 30, tzinfo=timezone.utc))
    session.flush()
    rows = session.execute(select(Opening, Organisation)
                           .join(Organisation, Opening.employer_id == Organisation.id)).all()
    lures = [opening for opening, employer in rows if not employer.verified]
    assert len(lures) >= 2
    for opening in lures:
        assert opening.status.value == "pending_review"
        raised = {flag["code"] for flag in opening.flags}
        assert {"overseas_travel", "entertainment_lure", "wage_outlier",
                UNVERIFIED_EMPLOYER} <= raised, opening.title
    assert all(opening.status.value == "published" and opening.flags == []
               for opening, employer in rows if employer.verified)


CASES.add("a_fee_denied_or_paid_by_another_is_no_fee", "fee_charged", False, [
    # a negation after a list covers each item of it
    "Koi fees ya deposit nahi. Salary 11,000 bank me.",
    "कोई फीस या जमा राशि नहीं। वेतन ₹11,000।",
    "কোনো ফি বা জমা টাকা লাগবে না। বেতন ১১০০০ টাকা।",
    # someone else named as the payer
    "The agency fee is paid by the family; the worker pays nothing. Rs 11,000.",
    "एजेंसी का शुल्क परिवार देता है। वेतन ₹11,000।",
    "Books and exam fee paid by the programme. Rs 11,000 a month.",
    # a returnable asset, a security company, the wage paid into her account by UPI
    "Company laptop provided as a returnable asset. Rs 11,000.",
    "সুরক্ষা সিকিউরিটি সার্ভিসেস, কলকাতা। বেতন ১১০০০ টাকা।",
    "Protiti anushthane 600 taka + khabar. Porer din UPI te taka.",
])


CASES.add("a_fee_with_its_refund_denied_or_paid_by_her_is_a_fee", "fee_charged", True, [
    # a refund denied is the fee affirmed
    "Registration fee and security deposit not refundable. Salary 11,000.",
    "Registration fees ya deposit wapas nahi milega. Salary 11,000.",
    "Registration fee ba jamanat ferot hobe na. Beton 11000.",
    "Joining fee paid by the worker. Salary 11,000.",
    "Rs 2000 UPI karo pehle, phir joining. Salary 11,000.",
])


def test_a_declared_monthly_wage_paid_weekly_is_monthly_and_a_stipend_is_no_wage():
    assert "wage_outlier" not in codes("Wages Rs 15,000 paid weekly to each worker's own bank "
                                       "account.", trade="construction_labour", wage=15_000)
    assert "wage_outlier" in codes("Salary 15000 weekly.", trade="construction_labour",
                                   wage=12_000)
    assert "wage_outlier" not in codes("Free NIOS bridge course, stipend Rs 1,500 per month.",
                                       trade="open_schooling", wage=1_500)
    assert "wage_outlier" in codes("Full-time helper, Rs 1,500 per month.",
                                   trade="construction_labour", wage=1_500)


def test_a_passport_that_remains_with_the_worker_is_hers():
    assert "documents_retained" not in codes("Work visa, contract on eMigrate. Passport remains "
                                             "with the worker.")
    assert "documents_retained" in codes("Passport remains with the company till the contract "
                                         "ends.")


def test_a_foreign_place_in_a_shops_name_a_national_route_and_an_honorarium():
    assert "overseas_travel" not in codes("Singapore Noodle House, Park Street, needs a cook for "
                                          "its Chinese and Thai menu. Rs 11,000.")
    assert "overseas_travel" not in codes("Hotel Dubai Palace, Howrah, needs waiters. Rs 11,000 "
                                          "+ tips.")
    assert "overseas_travel" in codes("Dubai hotel job, travel paid by agent, visa free.")
    flags = codes("NSDC International with the Japan TITP programme: caregiver training in "
                  "Delhi, then work in Japan. No fee. Written contract. Salary about Rs "
                  "1,10,000.", trade="home_health_aide", wage=110_000)
    assert "overseas_travel" not in flags and "wage_outlier" not in flags
    assert "wage_outlier" not in codes("ASHA worker under NHM: honorarium Rs 4,000 plus "
                                       "incentives.", wage=4_000)


def test_a_cost_the_employer_pays_reaches_every_item_of_its_list():
    """"The employer pays visa, ticket and service charge": the last items of the list are paid
    by the employer too; so a lawful route abroad is not flagged for its wage or its place."""
    flags = codes("MEA-registered recruiting agent (licence on eMigrate) recruits hospital "
                  "cleaners for a Kuwait hospital. KWD 120 (approx Rs 32,000). The employer pays "
                  "visa, ticket and service charge. The passport stays with you.",
                  trade="hospital_housekeeping", wage=32_000)
    assert flags == []
    assert "fee_charged" in codes("The employer pays visa and ticket, the worker pays a "
                                  "processing fee of Rs 20,000.")
    assert "fee_charged" in codes("Hospital job in Kuwait, visa, ticket and service charge Rs "
                                  "60,000 to be paid by you.")


def test_a_family_that_pays_the_agency_is_the_payer_not_the_paid():
    assert "advance_to_family" not in codes(
        "Our registered agency places cooks with families. Rs 16,000 per month. The family "
        "pays our service charge - the worker pays nothing.", trade="domestic_cook", wage=16_000)
    assert "advance_to_family" in codes("An advance of Rs 20,000 is paid to the family.",
                                        trade="domestic_cook", wage=12_000)
    assert "advance_to_family" in codes("The family gets an advance of Rs 20,000 before she "
                                        "joins.", trade="domestic_cook", wage=12_000)


def test_a_band_of_pay_after_placement_is_the_wage_not_a_price():
    assert "fee_charged" not in codes("Free 3-month residential course in retail sales under "
                                      "DDU-GKY. No fee at any stage. Placement at Rs "
                                      "9,000–12,000.", wage=10_000)
    assert "fee_charged" in codes("Training course, placement Rs 5,000 to be paid before "
                                  "joining.", wage=10_000)
    assert "fee_charged" in codes("Placement Rs 3000 payable at the office.", wage=10_000)


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_each_principle_on_its_openings(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
