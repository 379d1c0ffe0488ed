"""The days a day rate is paid for in a month: the few days of an engagement named beside it
("3 days", "10 din ka kaam", "mashe 6-8 ta shoot"), else 26 working days."""
from __future__ import annotations

from ..text import Word

# Days, and what makes a count of days no engagement: "6 days a week", "3 din chhutti", "7 din
# training".
_DAYS = frozenset({"days", "day", "din", "dino", "diner", "দিন", "দিনের", "दिन"})
# The work of those days: "10 din ka kaam", "6 diner kaj", "8 days of shoots".
_WORK_OF_DAYS = frozenset({"kaam", "kam", "kaj", "kaaj", "work", "shoot", "shoots", "shooting",
                           "काम", "কাজ", "शूट", "শুট"})
# Engagements of a day each, counted: "6-8 ta shoot", "4 shoots", "৫টি শুট", "3 events".
_ENGAGEMENTS = frozenset({"shoot", "shoots", "shoot-days", "event", "events", "show", "shows",
                          "booking", "bookings", "शूट", "শুট", "शो", "শো"})
_COUNTER = frozenset({"ta", "ti", "te", "টা", "টি", "টে"})
_NOT_ENGAGEMENT = frozenset({
    "a", "week", "weekly", "hafte", "hafta", "saptah", "soptahe", "सप्ताह", "हफ्ते", "হপ্তা",
    "সপ্তাহে", "off", "leave", "holiday", "chhutti", "chhuti", "chutti", "chuti", "ছুটি",
    "छुट्टी",
    "training", "ka", "ki", "er", "ের", "का", "की", "প্রশিক্ষণ", "प्रशिक्षण", "trial"})
WORKING_DAYS = 26


def days_paid(words: list[Word], numbers: list[tuple[int, int]], index: int) -> int:
    """The days a day rate at `index` is paid for in a month: the few days of an engagement
    named in its sentence ("shoot hours 10 to 5, 3 days, Rs 2,500 per day", "mahine me
    lagbhag 5 din"), else 26. Days a week ("6 days a week"), days off ("৩ দিন ছুটি") and
    days of training are no engagement."""
    sentence = words[index].sentence
    for at, days in numbers:
        after = words[at + 1:at + 4]
        if (at != index and 0 < days < WORKING_DAYS and words[at].sentence == sentence and after
                and after[0].text in _DAYS and (not any(
                    word.text in _NOT_ENGAGEMENT for word in after[1:])
                    or after[-1].text in _WORK_OF_DAYS)):  # "10 din ka kaam"
            return days
    # ... or the engagements of a day each named with their count ("mashe 6-8 ta shoot",
    # "4 to 6 shoots a month", "মাসে ৫-৬টি শুট"): the most of them
    counted = [days for at, days in numbers if at != index and 0 < days < WORKING_DAYS
               and words[at].sentence == sentence and _engagements(words, at + 1)]
    return max(counted, default=WORKING_DAYS)


def _engagements(words: list[Word], at: int) -> bool:
    """Engagements of a day each start at `at`, after a count's counter word or none."""
    if at < len(words) and words[at].text in _COUNTER:
        at += 1
    return at < len(words) and words[at].text in _ENGAGEMENTS
