"""The domain's codes as people read them on the pages (English keys of the label catalogue)."""
from __future__ import annotations

from matcher.vocabulary import Nationality

LABELS: dict[str, dict[str, str]] = {
    "literacy": {
        "none": "Cannot read or write", "basic": "Reads and writes simple text",
        "class5": "Class 5 passed", "class8": "Class 8 passed", "class10": "Class 10 passed",
        "class12": "Class 12 passed", "graduate": "Graduate",
    },
    "gender": {"female": "Woman", "male": "Man", "transgender": "Transgender", "other": "Other"},
    "learning_mode": {"in_person": "In person", "remote_only": "Remote only",
                      "any": "In person or remote"},
    "device": {"none": "No phone", "feature_phone": "Basic phone", "smartphone": "Smartphone",
               "computer": "Computer"},
    "income_urgency": {"low": "Low", "medium": "Medium", "high": "High: debt or no income now"},
    "consent_by": {"self": "The survivor", "guardian": "A guardian",
                   "cwc": "Child Welfare Committee"},
    "document": {
        "aadhaar": "Aadhaar", "bank_account": "Bank account", "ration_card": "Ration card",
        "pan": "PAN card", "school_certificate": "School certificate",
        "caste_certificate": "Caste certificate", "passport_or_permit": "Passport or permit",
        "voter_id": "Voter ID",
    },
    "language": {"bn": "Bengali", "hi": "Hindi", "en": "English", "mr": "Marathi", "ur": "Urdu",
                 "ne": "Nepali", "or": "Odia", "as": "Assamese", "ta": "Tamil", "te": "Telugu",
                 "kn": "Kannada", "ml": "Malayalam", "gu": "Gujarati", "pa": "Punjabi"},
    "work_mode": {"on_site": "On site", "remote": "Remote", "hybrid": "Hybrid"},
    "shift": {"day": "Day", "night": "Night", "rotating": "Rotating"},
    "opening_status": {"pending_review": "Waiting for review", "published": "Published",
                       "rejected": "Rejected", "closed": "Closed"},
    "referral_status": {
        "held": "Seat held", "applied": "Applied", "withdrawn": "Withdrawn",
        "expired": "Hold expired", "enrolled": "Enrolled", "completed": "Completed",
        "dropped": "Dropped out", "interviewed": "Interviewed", "hired": "Hired",
        "not_selected": "Not selected",
    },
    "unplaced_reason": {
        "no_eligible_batch": "No batch she may join is among her choices",
        "outranked": "Survivors of higher priority took the seats she wanted",
        "holds_seat_elsewhere": "Left out: she already holds a seat in",
    },
    "waiting_from": {"profile_created": "since her registration",
                     "placement_ended": "since her last placement ended",
                     "referral_closed": "since her last referral closed"},
    "nationality": {Nationality.INDIA.value: "India", Nationality.BANGLADESH.value: "Bangladesh",
                    Nationality.NEPAL.value: "Nepal"},
    "bpl": {"": "Not known", "yes": "Yes", "no": "No"},
    "scheme_status": {"eligible": "She can claim these now",
                      "eligible_after_documents": "She can claim these once she has the documents",
                      "not_eligible": "She cannot claim these"},
    "flag": {
        "minor_targeted": "Seeks minors", "documents_retained": "Keeps workers' documents",
        "fee_charged": "Charges the worker a fee",
        "advance_to_family": "Pays an advance to the family",
        "entertainment_lure": "Entertainment or bar work", "overseas_travel": "Travel abroad",
        "wage_underpaid": "Paid well under the promised wage", "wage_outlier": "Unusual wage",
        "vague_employer": "Employer not clearly named",
        "no_experience_high_pay": "High pay for no experience",
        "unverified_employer": "Employer not verified",
    },
    "concern": {"unsafe": "Unsafe", "fees_taken": "Fees taken from her",
                "documents_kept": "Her documents kept", "wages_unpaid": "Wages unpaid"},
    "severity": {"hard": "Hard flag: blocks publishing", "soft": "Soft flag: needs a note",
                 "employer": "Settled by verifying the employer"},
    "review_reason": {"hard_flag_raised": "A hard flag was raised",
                      "new_flags": "New flags since it was published",
                      "reworded": "Reworded by the employer",
                      "safety_report": "A follow-up reported this employer unsafe"},
    "factor": {"interest": "Interest", "experience": "Experience", "distance": "Distance",
               "income": "Income", "marketability": "Jobs nearby", "start": "Starts soon",
               "preferences": "Preferences"},
}


class Choices:
    def options(self, kind: str) -> list[tuple[str, str]]:
        return list(LABELS[kind].items())

    def label(self, kind: str, code: object) -> str:
        text = str(getattr(code, "value", code))
        return LABELS.get(kind, {}).get(text, text.replace("_", " "))


choices = Choices()
