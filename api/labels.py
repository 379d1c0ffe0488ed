"""The names of the domain's codes (literacy levels, documents, languages, trades, schemes,
statuses, audit actions...) as English msgids of the gettext catalogues.

`N_` only marks a string for `pybabel extract`; `api.messages.Wording.label` translates it in the
reader's language. A code without a name here (a trade or scheme added to the catalogue later)
is shown by the name the catalogue gives it.
"""
from __future__ import annotations

from matcher.vocabulary import Nationality


def N_(text: str) -> str:
    """Marks `text` for extraction; it is translated where it is shown."""
    return text


LABELS: dict[str, dict[str, str]] = {
    "literacy": {
        "none": N_("Cannot read or write"), "basic": N_("Reads and writes simple text"),
        "class5": N_("Class 5 passed"), "class8": N_("Class 8 passed"),
        "class10": N_("Class 10 passed"), "class12": N_("Class 12 passed"),
        "graduate": N_("Graduate"),
    },
    "gender": {"female": N_("Woman"), "male": N_("Man"), "transgender": N_("Transgender"),
               "other": N_("Other")},
    "learning_mode": {"in_person": N_("In person"), "remote_only": N_("Remote only"),
                      "any": N_("In person or remote")},
    "device": {"none": N_("No phone"), "feature_phone": N_("Basic phone"),
               "smartphone": N_("Smartphone"), "computer": N_("Computer")},
    "income_urgency": {"low": N_("Low"), "medium": N_("Medium"),
                       "high": N_("High: debt or no income now")},
    "consent_by": {"self": N_("The survivor"), "guardian": N_("A guardian"),
                   "cwc": N_("Child Welfare Committee")},
    "document": {
        "aadhaar": N_("Aadhaar"), "bank_account": N_("Bank account"),
        "ration_card": N_("Ration card"), "pan": N_("PAN card"),
        "school_certificate": N_("School certificate"),
        "caste_certificate": N_("Caste certificate"),
        "passport_or_permit": N_("Passport or permit"),
    },
    "language": {"bn": N_("Bengali"), "hi": N_("Hindi"), "en": N_("English"),
                 "mr": N_("Marathi"), "ur": N_("Urdu"), "ne": N_("Nepali"), "or": N_("Odia"),
                 "as": N_("Assamese"), "ta": N_("Tamil"), "te": N_("Telugu"),
                 "kn": N_("Kannada"), "ml": N_("Malayalam"), "gu": N_("Gujarati"),
                 "pa": N_("Punjabi")},
    "work_mode": {"on_site": N_("On site"), "remote": N_("Remote"), "hybrid": N_("Hybrid")},
    "course_mode": {"in_person": N_("In person"), "remote": N_("Remote"),
                    "blended": N_("Partly in person, partly remote")},
    "shift": {"day": N_("Day"), "night": N_("Night"), "rotating": N_("Rotating")},
    "opening_status": {"pending_review": N_("Waiting for review"), "published": N_("Published"),
                       "rejected": N_("Rejected"), "closed": N_("Closed")},
    "referral_status": {
        "held": N_("Seat held"), "applied": N_("Applied"), "withdrawn": N_("Withdrawn"),
        "expired": N_("Hold expired"), "enrolled": N_("Enrolled"), "completed": N_("Completed"),
        "dropped": N_("Dropped out"), "interviewed": N_("Interviewed"), "hired": N_("Hired"),
        "not_selected": N_("Not selected"),
    },
    "unplaced_reason": {
        "no_eligible_batch": N_("No batch she may join is among her choices"),
        "outranked": N_("Survivors of higher priority took the seats she wanted"),
    },
    "nationality": {Nationality.INDIA.value: N_("India"),
                    Nationality.BANGLADESH.value: N_("Bangladesh"),
                    Nationality.NEPAL.value: N_("Nepal")},
    "bpl": {"": N_("Not known"), "yes": N_("Yes"), "no": N_("No")},
    "scheme_status": {
        "eligible": N_("She can claim these now"),
        "eligible_after_documents": N_("She can claim these once she has the documents"),
        "not_eligible": N_("She cannot claim these")},
    "factor": {"interest": N_("Interest"), "experience": N_("Experience"),
               "distance": N_("Distance"), "income": N_("Income"),
               "marketability": N_("Jobs nearby"), "start": N_("Starts soon"),
               "preferences": N_("Preferences")},
    "role": {"counselor": N_("Counselor"), "iti_liaison": N_("ITI liaison"),
             "csr_partner": N_("CSR partner"), "admin": N_("Admin")},
    "audit_action": {
        "create": N_("created"), "read": N_("read"), "update": N_("changed"),
        "close": N_("closed"), "match": N_("matched"), "refer": N_("referred"),
        "status": N_("status changed"), "expire": N_("hold expired"),
        "digest": N_("new matches sent"), "anonymise": N_("anonymised"),
        "review": N_("reviewed"), "verify": N_("verified"), "allocate": N_("allocation proposed"),
        "apply": N_("allocation applied"), "sign_in": N_("signed in"),
        "follow_up": N_("follow-up recorded"), "read_follow_ups": N_("follow-ups read"),
        "read_summary": N_("summary read"), "schemes": N_("schemes read"),
        "report": N_("report made"), "audit_read": N_("audit log read"),
        "list": N_("list read"), "denied": N_("refused"),
    },
    "audit_entity": {
        "profile": N_("profile"), "referral": N_("referral"), "course": N_("course"),
        "batch": N_("batch"), "opening": N_("opening"), "allocation": N_("allocation"),
        "organisation": N_("organisation"), "user": N_("user"), "audit": N_("audit log"),
        "notification": N_("notification"), "scheme": N_("scheme"),
        "follow_up": N_("follow-up"), "report": N_("report"),
    },
    "field": {  # audit log: which fields a read or change touched (the form's own labels)
        "case_ref": N_("Case reference"), "age": N_("Age"), "gender": N_("Gender"),
        "literacy": N_("Reading and schooling"), "languages": N_("Languages"),
        "district": N_("District"), "state": N_("State"),
        "max_travel_km": N_("Daily travel she can manage (km)"),
        "can_relocate": N_("Would move for residential training or a job with accommodation"),
        "avoid_districts": N_("Districts to avoid for her safety"),
        "learning_mode": N_("How she can learn or work"), "device": N_("Phone or computer"),
        "connectivity": N_("Has usable internet"), "interests": N_("Interests"),
        "experience": N_("Work she has done"), "documents": N_("Documents she has"),
        "income_urgency": N_("Need for income"), "preferences": N_("Preferences"),
        "consent_to_share": N_("Consent"), "consent_by": N_("Consent given by"),
        "nationality": N_("Nationality"), "bpl": N_("Household below the poverty line (BPL)"),
        "awaiting_repatriation": N_("Waiting to be repatriated to her country"),
        "schemes_held": N_("Schemes she already has"), "status": N_("Status"),
        "verified": N_("Verified"), "profile_id": N_("Profile number"), "outcome": N_("Outcome"),
        "note": N_("Note"), "title": N_("Job title"), "trade": N_("Trade"),
        "seats_total": N_("Seats in all"), "positions": N_("Positions"),
        "wage_inr_month": N_("Monthly wage (₹)"), "closes_on": N_("Closes on"),
        "start_date": N_("Starts"), "application_deadline": N_("Apply by"),
        "description": N_("What the work is"), "min_literacy": N_("Reading and schooling needed"),
        "documents_required": N_("Documents required"), "shift": N_("Shift"),
        "work_mode": N_("Where the work is done"), "women_only": N_("Women only"),
        "accommodation": N_("Accommodation provided"), "min_age": N_("Minimum age (18 or more)"),
        "resolved_interests": N_("Interests"), "resolved_experience": N_("Work she has done"),
    },
    "trade": {
        "sewing_dress_making": N_("Sewing and dress making"),
        "embroidery": N_("Embroidery"),
        "beauty_therapy": N_("Beauty parlour work"),
        "hair_styling": N_("Hair styling"),
        "food_production": N_("Cooking"),
        "bakery_confectionery": N_("Bakery and sweets"),
        "general_duty_assistant": N_("Hospital ward assistant"),
        "home_health_aide": N_("Home care of the sick"),
        "hospital_housekeeping": N_("Hospital cleaning"),
        "housekeeping_room_attendant": N_("Hotel room cleaning"),
        "domestic_care": N_("Home care of children and elders"),
        "front_office": N_("Reception desk"),
        "food_beverage_service": N_("Serving food and drinks"),
        "retail_sales": N_("Shop sales"),
        "data_entry": N_("Computer typing work"),
        "customer_care_voice": N_("Customer care on the phone"),
        "customer_care_non_voice": N_("Customer care in writing"),
        "computer_operator": N_("Computer operator"),
        "food_processing": N_("Making pickles, jams and snacks"),
        "agarbatti_making": N_("Making incense sticks"),
        "dairy_farming": N_("Dairy farming"),
        "poultry_farming": N_("Keeping poultry"),
        "mushroom_cultivation": N_("Growing mushrooms"),
        "literacy_bridge": N_("Learning to read, write and count"),
        "open_schooling": N_("Open school (class 8 and 10)"),
        "entrepreneurship": N_("Starting a small business"),
    },
    "scheme": {
        "pmkvy": N_("PMKVY free skill training"),
        "pmjdy": N_("PMJDY zero-balance bank account"),
        "mudra_shishu": N_("Mudra Shishu small loan"),
        "day_nrlm": N_("DAY-NRLM village self-help group"),
        "day_nulm": N_("DAY-NULM town self-help group"),
        "e_shram": N_("e-Shram workers' card"),
        "nfsa_ration_card": N_("Ration card (NFSA)"),
        "ujjawala": N_("Ujjawala home for rescued women"),
        "swadhar_greh": N_("Swadhar Greh home for women"),
        "shakti_sadan": N_("Shakti Sadan relief home"),
        "lakshmir_bhandar": N_("Lakshmir Bhandar monthly money"),
        "ladki_bahin": N_("Majhi Ladki Bahin monthly money"),
        "bihar_mahila_rojgar": N_("Mahila Rojgar help to start work"),
    },
    "scheme_benefit": {
        "pmkvy": N_("Free short training in a skill, with a certificate and help to find a "
                    "job."),
        "pmjdy": N_("A bank account with no minimum balance, a RuPay card and accident "
                    "insurance."),
        "mudra_shishu": N_("A bank loan of up to ₹50,000 to start or grow a small business, "
                           "without security."),
        "day_nrlm": N_("Join a women's self-help group in a village: savings, small loans and "
                       "help with a livelihood."),
        "day_nulm": N_("Join a self-help group in a town: savings, loans at low interest and "
                       "help to start work on your own."),
        "e_shram": N_("A card for workers without a fixed employer, with accident insurance "
                      "and access to welfare schemes."),
        "nfsa_ration_card": N_("Cheap rice or wheat every month for the household."),
        "ujjawala": N_("Shelter, food, care, counselling and training for women rescued from "
                       "trafficking."),
        "swadhar_greh": N_("A safe home, food, care and training for women in difficult "
                           "circumstances."),
        "shakti_sadan": N_("A safe home with food, health care, counselling, legal help and "
                           "training, for women in distress and survivors of trafficking."),
        "lakshmir_bhandar": N_("Money every month into a woman's bank account (West Bengal)."),
        "ladki_bahin": N_("₹1,500 every month into a woman's bank account (Maharashtra)."),
        "bihar_mahila_rojgar": N_("₹10,000 to start work of her own, and more later if the "
                                  "work goes well (Bihar)."),
    },
}
