"""Test data drawn from the field: a small trade taxonomy with aliases in English, Hindi and
Bengali (script and transliteration), plain factories for profiles and offers, and a catalogue of
courses and openings around Kolkata and Howrah (with a few far away) for the vignettes.

Plain module-level functions, no pytest: the benchmarks reuse them.
"""

from __future__ import annotations

from datetime import date, timedelta

from matcher.interests import InterestResolver
from matcher.models import (
    BatchOffer,
    CourseOffer,
    OpeningOffer,
    Preferences,
    ProfileFacts,
    TradeInfo,
    TradeKind,
)
from matcher.vocabulary import (
    CourseMode,
    Device,
    Document,
    Gender,
    IncomeUrgency,
    LearningMode,
    Literacy,
    OpeningStatus,
    Shift,
    WorkMode,
)

TODAY = date(2025, 3, 3)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


# --- places (latitude, longitude) -----------------------------------------------------------------

HOWRAH = (22.5958, 88.2636)
HOWRAH_EAST = (22.6420, 88.3250)  # about 8 km from HOWRAH
KOLKATA = (22.5726, 88.3639)  # about 10 km from HOWRAH
BARASAT = (22.7230, 88.4800)  # about 26 km from HOWRAH
MURSHIDABAD = (24.1800, 88.2700)  # about 175 km north
MUMBAI = (19.0760, 72.8777)
PATNA = (25.5941, 85.1376)


# --- taxonomy -------------------------------------------------------------------------------------


def _trade(code, name, sector, remote, aliases, kind=TradeKind.TRADE):
    return TradeInfo(code, name, sector, kind, remote, tuple(aliases))


TAXONOMY = (
    _trade(
        "sewing_dress_making",
        "Sewing and Dress Making",
        "Apparel",
        False,
        [
            "tailoring",
            "tailor",
            "sewing",
            "stitching",
            "dress making",
            "sewing machine operator",
            "silai",
            "silai ka kaam",
            "darzi",
            "सिलाई",
            "दर्जी",
            "कपड़े सिलना",
            "selai",
            "shelai",
            "sela",
            "সেলাই",
            "দর্জি",
            "সেলাইয়ের কাজ",
        ],
    ),
    _trade(
        "embroidery",
        "Hand Embroidery",
        "Apparel",
        False,
        [
            "embroidery",
            "hand embroidery",
            "zari work",
            "aari work",
            "kantha stitch",
            "kadhai",
            "kadhaai",
            "कढ़ाई",
            "ज़री का काम",
            "nakshi kantha",
            "sui suto",
            "সূচিকর্ম",
            "নকশি কাঁথা",
            "কাঁথা",
        ],
    ),
    _trade(
        "beauty_therapy",
        "Beauty Therapy",
        "Beauty and Wellness",
        False,
        [
            "beautician",
            "beauty parlour",
            "parlour",
            "beauty parlor",
            "cosmetology",
            "salon",
            "makeup artist",
            "hair dresser",
            "beauty culture",
            "beauty parlour ka kaam",
            "ब्यूटी पार्लर",
            "ब्यूटीशियन",
            "पार्लर",
            "सौंदर्य",
            "parlar",
            "bijuti parlar",
            "পার্লার",
            "বিউটি পার্লার",
            "বিউটিশিয়ান",
            "রূপচর্চা",
        ],
    ),
    _trade(
        "food_production",
        "Food Production (Cook)",
        "Hospitality",
        False,
        [
            "cook",
            "cooking",
            "kitchen helper",
            "chef",
            "catering",
            "khana banana",
            "rasoiya",
            "खाना बनाना",
            "रसोइया",
            "ranna",
            "randhuni",
            "রান্না",
            "রাঁধুনি",
        ],
    ),
    _trade(
        "bakery_confectionery",
        "Bakery and Confectionery",
        "Food Processing",
        False,
        [
            "baker",
            "bakery",
            "baking",
            "cake making",
            "confectionery",
            "bekari",
            "बेकरी",
            "केक बनाना",
            "বেকারি",
            "কেক তৈরি",
        ],
    ),
    _trade(
        "general_duty_assistant",
        "General Duty Assistant",
        "Healthcare",
        False,
        [
            "nursing assistant",
            "ward assistant",
            "hospital ward assistant",
            "hospital attendant",
            "patient care",
            "para nursing",
            "nurse aide",
            "gda",
            "aspatal",
            "नर्सिंग सहायक",
            "अस्पताल",
            "मरीज़ की देखभाल",
            "haspatal",
            "হাসপাতাল",
            "নার্সিং সহকারী",
            "রোগীর সেবা",
        ],
    ),
    _trade(
        "home_health_aide",
        "Home Health Aide",
        "Healthcare",
        False,
        [
            "home health aide",
            "home nurse",
            "caregiver",
            "elderly care",
            "aya",
            "aaya",
            "ghar par dekhbhal",
            "आया",
            "बुज़ुर्गों की देखभाल",
            "আয়া",
            "বাড়িতে সেবা",
            "বয়স্কদের সেবা",
        ],
    ),
    _trade(
        "hospital_housekeeping",
        "Hospital Housekeeping",
        "Healthcare",
        False,
        [
            "hospital housekeeping",
            "housekeeping",
            "cleaning staff",
            "safai karmachari",
            "सफाई कर्मचारी",
            "poriskar",
            "পরিষ্কারের কাজ",
        ],
    ),
    _trade(
        "retail_sales",
        "Retail Sales Associate",
        "Retail",
        False,
        [
            "retail sales",
            "sales girl",
            "shop assistant",
            "salesperson",
            "counter sales",
            "dukan",
            "दुकान",
            "बिक्री",
            "dokan",
            "দোকান",
            "বিক্রি",
        ],
    ),
    _trade(
        "data_entry",
        "Data Entry Operator",
        "IT-ITeS",
        True,
        [
            "data entry",
            "data entry operator",
            "typing",
            "computer typing",
            "deo",
            "डाटा एंट्री",
            "टाइपिंग",
            "ডাটা এন্ট্রি",
            "টাইপিং",
        ],
    ),
    _trade(
        "customer_care_voice",
        "Customer Care Executive (Voice)",
        "IT-ITeS",
        True,
        [
            "call centre",
            "call center",
            "bpo voice",
            "telecaller",
            "customer care",
            "customer service",
            "कॉल सेंटर",
            "কল সেন্টার",
        ],
    ),
    _trade(
        "customer_care_non_voice",
        "Customer Care Executive (Non-Voice)",
        "IT-ITeS",
        True,
        [
            "chat support",
            "email support",
            "bpo non voice",
            "back office",
            "बैक ऑफिस",
            "ব্যাক অফিস",
        ],
    ),
    _trade(
        "computer_operator",
        "Computer Operator",
        "IT-ITeS",
        True,
        [
            "computer operator",
            "computer",
            "copa",
            "basic computer",
            "kampyutar",
            "कंप्यूटर",
            "কম্পিউটার",
        ],
    ),
    _trade(
        "literacy_bridge",
        "Foundational Literacy and Numeracy",
        "Education",
        True,
        [
            "literacy",
            "reading and writing",
            "padhna likhna",
            "akshar gyan",
            "পড়াশোনা",
            "पढ़ना लिखना",
            "साक्षरता",
            "সাক্ষরতা",
        ],
        TradeKind.BRIDGE,
    ),
    _trade(
        "open_schooling",
        "Open Schooling (Class 8 and 10)",
        "Education",
        True,
        [
            "nios",
            "open school",
            "class 10 exam",
            "matric",
            "दसवीं",
            "মাধ্যমিক",
        ],
        TradeKind.OPEN_SCHOOLING,
    ),
    _trade(
        "entrepreneurship",
        "Entrepreneurship Development",
        "Self-employment",
        False,
        [
            "own business",
            "small business",
            "self employment",
            "business",
            "dukan kholna",
            "swarojgar",
            "स्वरोजगार",
            "nijer byabsa",
            "নিজের ব্যবসা",
        ],
        TradeKind.ENTREPRENEURSHIP,
    ),
)

TRADES = {trade.code: trade for trade in TAXONOMY}
RESOLVER = InterestResolver(TAXONOMY)


# --- factories ------------------------------------------------------------------------------------


def profile(
    interests: tuple[str, ...] | list[str] = (),
    experience: tuple[str, ...] | list[str] = (),
    at: tuple[float, float] = HOWRAH,
    **fields,
) -> ProfileFacts:
    """A survivor in Howrah; free-text interests are resolved as the catalog does on write."""
    values = dict(
        id=1,
        age=24,
        gender=Gender.FEMALE,
        literacy=Literacy.CLASS5,
        languages=frozenset({"bn", "hi"}),
        latitude=at[0],
        longitude=at[1],
        district="Howrah",
        max_travel_km=15.0,
        can_relocate=False,
        learning_mode=LearningMode.ANY,
        device=Device.FEATURE_PHONE,
        connectivity=False,
        interests=tuple(RESOLVER.resolve(interests)),
        experience=tuple(RESOLVER.resolve(experience)),
        documents=frozenset({Document.AADHAAR}),
        income_urgency=IncomeUrgency.MEDIUM,
        avoid_districts=frozenset(),
        preferences=Preferences(),
    )
    values.update(fields)
    return ProfileFacts(**values)


def batch(id: int, start_in: int = 20, deadline_in: int | None = None, seats=20, taken=0):
    deadline = start_in - 7 if deadline_in is None else deadline_in
    return BatchOffer(id, days(start_in), days(deadline), seats, taken)


def course(id: int, trade: str, at=HOWRAH, **fields) -> CourseOffer:
    values = dict(
        id=id,
        title=f"Course {id}",
        trade=trade,
        min_literacy=Literacy.NONE,
        languages=frozenset({"bn", "hi"}),
        mode=CourseMode.IN_PERSON,
        latitude=at[0],
        longitude=at[1],
        district="Howrah",
        duration_weeks=12,
        min_age=14,
        batches=(batch(id * 100 + 1),),
    )
    values.update(fields)
    return CourseOffer(**values)


def opening(id: int, trade: str, at=HOWRAH, **fields) -> OpeningOffer:
    values = dict(
        id=id,
        title=f"Opening {id}",
        trade=trade,
        min_literacy=Literacy.NONE,
        languages=frozenset({"bn", "hi"}),
        work_mode=WorkMode.ON_SITE,
        latitude=at[0],
        longitude=at[1],
        district="Howrah",
        wage_inr_month=9_000,
        shift=Shift.DAY,
        positions=3,
        closes_on=days(30),
    )
    values.update(fields)
    return OpeningOffer(**values)


# --- the field catalogue --------------------------------------------------------------------------

L = Literacy

FIELD_COURSES = (
    course(
        1,
        "beauty_therapy",
        title="Assistant Beauty Therapist",
        min_literacy=L.CLASS5,
        women_only=True,
        min_age=18,
        placement_rate=0.6,
        duration_weeks=12,
        documents_required={Document.AADHAAR, Document.BANK_ACCOUNT},
        batches=(batch(101, start_in=20, seats=25, taken=5), batch(102, start_in=80, seats=25)),
    ),
    course(
        2,
        "literacy_bridge",
        title="Akshar: reading, writing and numbers",
        raises_literacy_to=L.CLASS5,
        duration_weeks=16,
        at=HOWRAH_EAST,
        batches=(batch(201, start_in=7, seats=30, taken=10),),
    ),
    course(
        3,
        "sewing_dress_making",
        title="Sewing Technology",
        min_literacy=L.CLASS5,
        duration_weeks=24,
        placement_rate=0.6,
        at=(22.6000, 88.2700),
        batches=(batch(301, start_in=30),),
    ),
    course(
        4,
        "sewing_dress_making",
        title="Sewing Machine Operator (short course)",
        duration_weeks=6,
        stipend_inr_month=2_500,
        placement_rate=0.5,
        min_age=16,
        at=HOWRAH_EAST,
        batches=(batch(401, start_in=10, seats=20, taken=18),),
    ),
    course(
        5,
        "data_entry",
        title="Data Entry Operator (online)",
        min_literacy=L.CLASS10,
        languages=frozenset({"bn", "hi", "en"}),
        mode=CourseMode.REMOTE,
        at=KOLKATA,
        district="Kolkata",
        min_age=16,
        placement_rate=0.55,
        batches=(batch(501, start_in=14, seats=100, taken=20),),
    ),
    course(
        6,
        "beauty_therapy",
        title="Beauty and Wellness (online videos)",
        min_literacy=L.CLASS8,
        mode=CourseMode.REMOTE,
        at=PATNA,
        district="Patna",
        batches=(batch(601, start_in=10),),
    ),
    course(
        7,
        "general_duty_assistant",
        title="General Duty Assistant",
        min_literacy=L.CLASS10,
        languages=frozenset({"bn", "hi", "en"}),
        at=KOLKATA,
        district="Kolkata",
        duration_weeks=26,
        stipend_inr_month=1_500,
        placement_rate=0.75,
        min_age=18,
        batches=(batch(701, start_in=40),),
    ),
    course(
        8,
        "home_health_aide",
        title="Home Health Aide",
        min_literacy=L.CLASS8,
        mode=CourseMode.BLENDED,
        at=HOWRAH_EAST,
        min_age=18,
        placement_rate=0.65,
        batches=(batch(801, start_in=21),),
    ),
    course(
        9,
        "bakery_confectionery",
        title="Bakery and Confectionery",
        min_literacy=L.CLASS5,
        at=BARASAT,
        district="North 24 Parganas",
        fee_inr=2_000,
        duration_weeks=16,
        batches=(batch(901, start_in=60),),
    ),
    course(
        10,
        "customer_care_non_voice",
        title="Customer Care Non-Voice (online)",
        min_literacy=L.CLASS10,
        languages=frozenset({"en", "hi"}),
        mode=CourseMode.REMOTE,
        at=KOLKATA,
        district="Kolkata",
        min_age=18,
        batches=(batch(1001, start_in=25),),
    ),
    course(
        11,
        "food_production",
        title="Residential Cook Training",
        min_literacy=L.CLASS5,
        residential=True,
        women_only=True,
        at=MURSHIDABAD,
        district="Murshidabad",
        stipend_inr_month=1_000,
        placement_rate=0.6,
        min_age=18,
        batches=(batch(1101, start_in=35),),
    ),
    course(
        12,
        "open_schooling",
        title="NIOS Secondary (Class 10), online study centre",
        min_literacy=L.CLASS8,
        raises_literacy_to=L.CLASS10,
        mode=CourseMode.REMOTE,
        languages=frozenset({"bn", "hi", "en"}),
        at=KOLKATA,
        district="Kolkata",
        duration_weeks=40,
        batches=(batch(1201, start_in=30, seats=200),),
    ),
    course(
        13,
        "entrepreneurship",
        title="Women's Small Business Programme",
        min_literacy=L.BASIC,
        languages=frozenset({"bn"}),
        women_only=True,
        min_age=18,
        duration_weeks=8,
        at=(22.5900, 88.2500),
        batches=(batch(1301, start_in=15),),
    ),
    course(
        14,
        "embroidery",
        title="Kantha Embroidery",
        languages=frozenset({"bn"}),
        duration_weeks=10,
        at=(22.5800, 88.2600),
        batches=(batch(1401, start_in=12, seats=20, taken=20),),
    ),
    course(
        15,
        "sewing_dress_making",
        title="Advanced Dress Making",
        min_literacy=L.CLASS5,
        at=(22.6100, 88.2800),
        batches=(batch(1501, start_in=-5, deadline_in=-12),),
    ),
    course(
        16,
        "beauty_therapy",
        title="Beauty Therapy (Kolkata centre)",
        min_literacy=L.CLASS5,
        at=KOLKATA,
        district="Kolkata",
        placement_rate=0.7,
        min_age=18,
        batches=(batch(1601, start_in=18),),
    ),
    course(
        17,
        "literacy_bridge",
        title="Padhna Likhna (online literacy)",
        raises_literacy_to=L.CLASS5,
        mode=CourseMode.REMOTE,
        at=PATNA,
        district="Patna",
        duration_weeks=20,
        batches=(batch(1701, start_in=14, seats=500),),
    ),
)

FIELD_OPENINGS = (
    opening(
        501,
        "beauty_therapy",
        title="Beautician, neighbourhood salon",
        min_literacy=L.CLASS5,
        women_only=True,
        wage_inr_month=9_000,
        at=(22.5990, 88.2680),
        documents_required={Document.AADHAAR, Document.BANK_ACCOUNT},
    ),
    opening(
        502,
        "customer_care_voice",
        title="Customer Care Executive (English voice)",
        min_literacy=L.CLASS10,
        languages=frozenset({"en"}),
        at=KOLKATA,
        district="Kolkata",
        wage_inr_month=15_000,
        shift=Shift.NIGHT,
        positions=20,
    ),
    opening(
        503,
        "sewing_dress_making",
        title="Tailor, garment unit",
        positions=10,
        wage_inr_month=8_500,
        at=(22.5900, 88.2900),
    ),
    opening(
        504,
        "general_duty_assistant",
        title="Ward Attendant",
        min_literacy=L.CLASS8,
        at=KOLKATA,
        district="Kolkata",
        wage_inr_month=11_000,
        shift=Shift.ROTATING,
    ),
    opening(
        505,
        "data_entry",
        title="Data Entry Operator (work from home)",
        min_literacy=L.CLASS10,
        languages=frozenset({"bn", "hi", "en"}),
        work_mode=WorkMode.REMOTE,
        at=KOLKATA,
        district="Kolkata",
        wage_inr_month=12_000,
    ),
    opening(
        506,
        "food_production",
        title="Kitchen Helper, hotel (with hostel)",
        languages=frozenset({"hi", "bn", "mr"}),
        at=MUMBAI,
        district="Mumbai",
        accommodation=True,
        wage_inr_month=12_000,
    ),
    opening(
        507,
        "retail_sales",
        title="Retail Sales Associate",
        min_literacy=L.CLASS8,
        languages=frozenset({"bn", "hi", "en"}),
        at=(22.6000, 88.3000),
        wage_inr_month=10_000,
    ),
    opening(
        508,
        "sewing_dress_making",
        title="Sewing helper (awaiting review)",
        status=OpeningStatus.PENDING_REVIEW,
        at=(22.5960, 88.2640),
    ),
    opening(
        509,
        "beauty_therapy",
        title="Parlour girls wanted, travel paid",
        employer_verified=False,
        at=(22.5960, 88.2640),
        wage_inr_month=25_000,
    ),
    opening(
        510,
        "hospital_housekeeping",
        title="Housekeeping staff, district hospital",
        positions=4,
        positions_filled=4,
        at=(22.5950, 88.2700),
    ),
    opening(
        511, "sewing_dress_making", title="Tailor helper", closes_on=days(-1), at=(22.6000, 88.2600)
    ),
    opening(
        512,
        "beauty_therapy",
        title="Beautician, Kolkata parlour",
        min_literacy=L.CLASS5,
        languages=frozenset({"bn"}),
        women_only=True,
        at=KOLKATA,
        district="Kolkata",
        wage_inr_month=10_000,
    ),
)
