"""Request bodies the API tests share, valid unless a test overrides a field, and `created`:
a body posted that the API must create."""
from __future__ import annotations

from datetime import date, timedelta

OPENINGS_DAY = date(2026, 12, 1)  # the frozen day of the opening tests


def created(client, path: str, body: dict, headers: dict) -> dict:
    """POST `body` to `path`: it must answer 201; the object it created, as JSON."""
    response = client.post(path, json=body, headers=headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def opening_body(**overrides) -> dict:
    body = {
        "title": "Sewing machine operator",
        "trade": "sewing_dress_making",
        "description": "Stitching kurtas on industrial machines; training on the job.",
        "min_literacy": "class5",
        "languages": ["bn", "hi"],
        "work_mode": "on_site",
        "district": "Howrah",
        "state": "West Bengal",
        "wage_inr_month": 11000,
        "shift": "day",
        "positions": 4,
        "women_only": True,
        "accommodation": False,
        "min_age": 18,
        "documents_required": ["aadhaar", "bank_account"],
        "closes_on": (OPENINGS_DAY + timedelta(days=30)).isoformat(),
    }
    body.update(overrides)
    return body


def course_body(**overrides) -> dict:
    body = {
        "title": "Sewing Technology",
        "trade": "sewing_dress_making",
        "min_literacy": "class5",
        "languages": ["bn", "hi"],
        "mode": "in_person",
        "district": "Kolkata",
        "state": "West Bengal",
        "duration_weeks": 24,
        "stipend_inr_month": 1500,
        "residential": False,
        "women_only": True,
        "min_age": 16,
        "max_age": 45,
        "documents_required": ["aadhaar"],
        "placement_rate": 0.6,
    }
    body.update(overrides)
    return body


def profile_body(**overrides) -> dict:
    body = {
        "case_ref": "ASH-2026-101",
        "age": 24,
        "gender": "female",
        "literacy": "class5",
        "languages": ["bn", "hi"],
        "district": "Kolkata",
        "state": "West Bengal",
        "max_travel_km": 15,
        "learning_mode": "any",
        "device": "smartphone",
        "connectivity": True,
        "interests": ["tailring", "beauty parlour"],
        "experience": ["silai"],
        "documents": ["aadhaar"],
        "income_urgency": "high",
        "avoid_districts": ["South 24 Parganas"],
        "preferences": {"women_only": True},
        "consent_to_share": False,
    }
    body.update(overrides)
    return body
