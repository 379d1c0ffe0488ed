"""Synthetic catalogues and profiles for the matcher benchmarks, from a fixed random seed.

Offers cluster around real district centres of West Bengal, Bihar, Jharkhand, Odisha, Uttar
Pradesh, Delhi, Maharashtra, Assam and Bangladesh (heavier in the cities), with local languages,
a literacy mix weighted to the low end, a share of remote, blended, residential, women-only, full
and closed offers, and openings that are pending review or from unverified employers. Profiles
come from the same places, with free-text interests in the three languages (resolved once, as
on write).
"""

from __future__ import annotations

import random
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

# name, latitude, longitude, weight, languages spoken locally
DISTRICTS = (
    ("Kolkata", 22.5726, 88.3639, 10, ("bn", "hi", "en")),
    ("Howrah", 22.5958, 88.2636, 5, ("bn", "hi")),
    ("North 24 Parganas", 22.7230, 88.4800, 5, ("bn",)),
    ("South 24 Parganas", 22.3550, 88.4320, 5, ("bn",)),
    ("Hooghly", 22.9000, 88.3900, 3, ("bn",)),
    ("Nadia", 23.4700, 88.5500, 3, ("bn",)),
    ("Murshidabad", 24.1800, 88.2700, 3, ("bn",)),
    ("Malda", 25.0100, 88.1400, 2, ("bn", "hi")),
    ("Jalpaiguri", 26.5200, 88.7200, 2, ("bn", "ne")),
    ("Darjeeling", 27.0400, 88.2600, 1, ("ne", "bn", "hi")),
    ("Purba Medinipur", 22.3000, 87.9200, 2, ("bn",)),
    ("Bankura", 23.2300, 87.0700, 1, ("bn",)),
    ("Purulia", 23.3300, 86.3600, 1, ("bn", "hi")),
    ("Paschim Bardhaman", 23.6800, 87.0000, 2, ("bn", "hi")),
    ("Patna", 25.5941, 85.1376, 5, ("hi", "en")),
    ("Gaya", 24.7900, 85.0000, 2, ("hi",)),
    ("Muzaffarpur", 26.1200, 85.3900, 2, ("hi",)),
    ("Bhagalpur", 25.2400, 86.9800, 1, ("hi",)),
    ("Purnia", 25.7800, 87.4700, 1, ("hi", "bn")),
    ("Araria", 26.1500, 87.4700, 1, ("hi", "bn")),
    ("Kishanganj", 26.1000, 87.9500, 1, ("hi", "bn", "ur")),
    ("Darbhanga", 26.1500, 85.9000, 1, ("hi", "ur")),
    ("Ranchi", 23.3441, 85.3096, 3, ("hi", "en")),
    ("Dhanbad", 23.7957, 86.4304, 2, ("hi", "bn")),
    ("East Singhbhum", 22.8046, 86.2029, 2, ("hi", "bn", "or")),
    ("Khordha", 20.2961, 85.8245, 3, ("or", "hi", "en")),
    ("Cuttack", 20.4625, 85.8830, 2, ("or",)),
    ("Lucknow", 26.8467, 80.9462, 3, ("hi", "ur", "en")),
    ("Varanasi", 25.3176, 82.9739, 2, ("hi",)),
    ("Kanpur Nagar", 26.4499, 80.3319, 2, ("hi",)),
    ("New Delhi", 28.6139, 77.2090, 8, ("hi", "en", "pa")),
    ("Mumbai", 19.0760, 72.8777, 8, ("mr", "hi", "en")),
    ("Thane", 19.2183, 72.9781, 4, ("mr", "hi")),
    ("Pune", 18.5204, 73.8567, 4, ("mr", "hi", "en")),
    ("Nagpur", 21.1458, 79.0882, 2, ("mr", "hi")),
    ("Nashik", 19.9975, 73.7898, 1, ("mr",)),
    ("Kamrup Metropolitan", 26.1445, 91.7362, 2, ("as", "bn", "hi")),
    ("Dhaka", 23.8103, 90.4125, 8, ("bn", "en")),
    ("Chattogram", 22.3569, 91.7832, 3, ("bn",)),
    ("Khulna", 22.8456, 89.5403, 2, ("bn",)),
    ("Jashore", 23.1664, 89.2081, 2, ("bn",)),
    ("Satkhira", 22.7185, 89.0705, 1, ("bn",)),
    ("Rajshahi", 24.3745, 88.6042, 2, ("bn",)),
    ("Sylhet", 24.8949, 91.8687, 1, ("bn",)),
)

# trade code, weight (share of the catalogue)
TRADE_WEIGHTS = (
    ("sewing_dress_making", 12),
    ("embroidery", 5),
    ("beauty_therapy", 10),
    ("food_production", 7),
    ("bakery_confectionery", 4),
    ("general_duty_assistant", 8),
    ("home_health_aide", 6),
    ("hospital_housekeeping", 5),
    ("retail_sales", 9),
    ("data_entry", 8),
    ("customer_care_voice", 6),
    ("customer_care_non_voice", 4),
    ("computer_operator", 6),
    ("literacy_bridge", 3),
    ("open_schooling", 2),
    ("entrepreneurship", 3),
)

INTEREST_TEXTS = (
    "silai",
    "tailring",
    "सिलाई",
    "সেলাই",
    "sewing",
    "beautician",
    "parlour",
    "parlor",
    "ব্যুটি পার্লার",
    "ब्यूटी पार्लर",
    "computer kaaj",
    "computer",
    "data entry",
    "hospital",
    "nursing",
    "aya",
    "cooking",
    "রান্না",
    "khana banana",
    "bakery",
    "cake",
    "shop",
    "dukan",
    "call centre",
    "kantha",
    "kadhai",
    "business",
    "dog",
    "cricket",
    "money",
    "housekeeping",
)

LITERACY_OFFER = (
    (Literacy.NONE, 15),
    (Literacy.BASIC, 10),
    (Literacy.CLASS5, 25),
    (Literacy.CLASS8, 30),
    (Literacy.CLASS10, 15),
    (Literacy.CLASS12, 5),
)
LITERACY_PROFILE = (
    (Literacy.NONE, 30),
    (Literacy.BASIC, 15),
    (Literacy.CLASS5, 20),
    (Literacy.CLASS8, 20),
    (Literacy.CLASS10, 10),
    (Literacy.CLASS12, 4),
    (Literacy.GRADUATE, 1),
)

TODAY = date(2025, 3, 3)


def _pick(rng: random.Random, weighted):
    items, weights = zip(*weighted, strict=True)
    return rng.choices(items, weights=weights)[0]


def _place(rng: random.Random):
    name, lat, lon, _weight, languages = rng.choices(DISTRICTS, weights=[d[3] for d in DISTRICTS])[
        0
    ]
    return name, lat + rng.gauss(0, 0.12), lon + rng.gauss(0, 0.12), languages


def _languages(rng: random.Random, local) -> frozenset[str]:
    chosen = {local[0]}
    for code in local[1:]:
        if rng.random() < 0.5:
            chosen.add(code)
    if rng.random() < 0.25:
        chosen.add("en")
    return frozenset(chosen)


def _documents(rng: random.Random) -> frozenset[Document]:
    needed = set()
    if rng.random() < 0.6:
        needed.add(Document.AADHAAR)
    if rng.random() < 0.3:
        needed.add(Document.BANK_ACCOUNT)
    if rng.random() < 0.15:
        needed.add(Document.SCHOOL_CERTIFICATE)
    return frozenset(needed)


def catalogue(trades: dict[str, TradeInfo], size: int, seed: int = 7, today: date = TODAY):
    """(courses, openings): about half each, `size` offers in all."""
    rng = random.Random(seed)
    courses, openings = [], []
    for number in range(1, size + 1):
        code = _pick(rng, TRADE_WEIGHTS)
        trade = trades[code]
        district, lat, lon, local = _place(rng)
        is_course = trade.kind is not TradeKind.TRADE or rng.random() < 0.5
        if is_course:
            courses.append(_course(rng, number, trade, district, lat, lon, local, today))
        else:
            openings.append(_opening(rng, number, trade, district, lat, lon, local, today))
    return courses, openings


def _course(rng, number, trade, district, lat, lon, local, today) -> CourseOffer:
    if trade.remote_teachable:
        mode = _pick(
            rng, ((CourseMode.REMOTE, 35), (CourseMode.BLENDED, 15), (CourseMode.IN_PERSON, 50))
        )
    else:
        mode = _pick(
            rng, ((CourseMode.IN_PERSON, 90), (CourseMode.BLENDED, 8), (CourseMode.REMOTE, 2))
        )
    min_literacy, raises = _pick(rng, LITERACY_OFFER), None
    if trade.kind is TradeKind.BRIDGE:
        min_literacy, raises = (
            Literacy.NONE,
            _pick(rng, ((Literacy.BASIC, 1), (Literacy.CLASS5, 3))),
        )
    elif trade.kind is TradeKind.OPEN_SCHOOLING:
        min_literacy, raises = _pick(
            rng, (((Literacy.CLASS5, Literacy.CLASS8), 1), ((Literacy.CLASS8, Literacy.CLASS10), 1))
        )
    batches = []
    for b in range(rng.randint(1, 3)):
        start = today + timedelta(days=rng.randint(-30, 150))
        seats = rng.randint(15, 60)
        taken = seats if rng.random() < 0.1 else rng.randint(0, seats)
        batches.append(
            BatchOffer(
                number * 10 + b, start, start - timedelta(days=rng.randint(1, 14)), seats, taken
            )
        )
    return CourseOffer(
        id=number,
        title=f"{trade.name} course {number}",
        trade=trade.code,
        min_literacy=min_literacy,
        languages=_languages(rng, local),
        mode=mode,
        latitude=lat,
        longitude=lon,
        district=district,
        duration_weeks=rng.randint(4, 52),
        fee_inr=0 if rng.random() < 0.7 else rng.randint(5, 150) * 100,
        stipend_inr_month=0 if rng.random() < 0.6 else rng.randint(5, 30) * 100,
        residential=rng.random() < 0.08,
        women_only=rng.random() < 0.3,
        min_age=rng.choice((14, 16, 18)),
        max_age=rng.choice((35, 45, None, None)),
        documents_required=_documents(rng),
        raises_literacy_to=raises,
        placement_rate=None if rng.random() < 0.3 else round(rng.uniform(0.2, 0.9), 2),
        batches=tuple(batches),
    )


def _opening(rng, number, trade, district, lat, lon, local, today) -> OpeningOffer:
    if trade.remote_teachable:
        work_mode = _pick(
            rng, ((WorkMode.REMOTE, 30), (WorkMode.HYBRID, 20), (WorkMode.ON_SITE, 50))
        )
    else:
        work_mode = WorkMode.ON_SITE
    positions = rng.randint(1, 20)
    return OpeningOffer(
        id=number,
        title=f"{trade.name} opening {number}",
        trade=trade.code,
        min_literacy=_pick(rng, LITERACY_OFFER),
        languages=_languages(rng, local),
        work_mode=work_mode,
        latitude=lat,
        longitude=lon,
        district=district,
        wage_inr_month=rng.randint(60, 200) * 100,
        shift=_pick(rng, ((Shift.DAY, 70), (Shift.NIGHT, 15), (Shift.ROTATING, 15))),
        positions=positions,
        positions_filled=positions if rng.random() < 0.1 else rng.randint(0, positions),
        women_only=rng.random() < 0.2,
        accommodation=rng.random() < 0.08,
        min_age=rng.choice((18, 18, 21)),
        documents_required=_documents(rng),
        closes_on=today + timedelta(days=rng.randint(-10, 60)),
        status=_pick(
            rng,
            (
                (OpeningStatus.PUBLISHED, 85),
                (OpeningStatus.PENDING_REVIEW, 10),
                (OpeningStatus.CLOSED, 3),
                (OpeningStatus.REJECTED, 2),
            ),
        ),
        employer_verified=rng.random() < 0.95,
    )


def profiles(
    resolver: InterestResolver, count: int, seed: int = 11
) -> list[tuple[ProfileFacts, list[str]]]:
    """Survivors from the same places, each with the free-text interests she gave; interests are
    resolved once, as the catalog does on write."""
    rng = random.Random(seed)
    names = [d[0] for d in DISTRICTS]
    made = []
    for number in range(1, count + 1):
        district, lat, lon, local = _place(rng)
        device = _pick(
            rng,
            (
                (Device.NONE, 20),
                (Device.FEATURE_PHONE, 40),
                (Device.SMARTPHONE, 35),
                (Device.COMPUTER, 5),
            ),
        )
        interests = rng.sample(INTEREST_TEXTS, rng.randint(0, 3))
        made.append(
            (
                ProfileFacts(
                    id=number,
                    age=rng.randint(14, 60),
                    gender=_pick(
                        rng, ((Gender.FEMALE, 85), (Gender.MALE, 10), (Gender.TRANSGENDER, 5))
                    ),
                    literacy=_pick(rng, LITERACY_PROFILE),
                    languages=_languages(rng, local),
                    latitude=lat,
                    longitude=lon,
                    district=district,
                    max_travel_km=float(rng.choice((5, 10, 15, 20, 30, 40))),
                    can_relocate=rng.random() < 0.3,
                    learning_mode=_pick(
                        rng,
                        (
                            (LearningMode.ANY, 70),
                            (LearningMode.IN_PERSON, 15),
                            (LearningMode.REMOTE_ONLY, 15),
                        ),
                    ),
                    device=device,
                    connectivity=device in (Device.SMARTPHONE, Device.COMPUTER)
                    and rng.random() < 0.8,
                    interests=tuple(resolver.resolve(interests)),
                    experience=tuple(
                        resolver.resolve(rng.sample(INTEREST_TEXTS, rng.randint(0, 1)))
                    ),
                    documents=_documents(rng),
                    income_urgency=rng.choice(list(IncomeUrgency)),
                    avoid_districts=frozenset(rng.sample(names, 1))
                    if rng.random() < 0.2
                    else frozenset(),
                    preferences=Preferences(
                        women_only=rng.random() < 0.2,
                        day_shift_only=rng.random() < 0.3,
                        needs_residential=rng.random() < 0.1,
                    ),
                ),
                interests,
            )
        )
    return made
