"""Migration 0009 turns the prose stored before it into codes with parameters (notifications,
opening flags, allocation explanations), and the edge words the converted rows as before."""
from __future__ import annotations

import importlib.util
import json
from datetime import datetime

import pytest
from sqlalchemy import text

from api.messages import Wording
from catalog.db import make_engine
from catalog.migrate import MIGRATIONS, upgrade

MIGRATION = next((MIGRATIONS / "versions").glob("*_messages_as_codes.py"))
spec = importlib.util.spec_from_file_location("migration_0009", MIGRATION)
migration = importlib.util.module_from_spec(spec)
spec.loader.exec_module(migration)
READER = migration._Reader({"Beauty Therapy (Cosmetology)": "beauty_therapy",
                            "Retail Sales": "retail_sales"},
                           {"Pradhan Mantri Jan Dhan Yojana (PMJDY)": "pmjdy"})
ENGLISH = Wording("en")

OLD_REASONS = [
    ("Interest 'parlour' matches trade Beauty Therapy (Cosmetology)",
     {"code": "interest_match", "params": {"interest": "parlour", "trade": "beauty_therapy"}}),
    ("6 km away", {"code": "distance", "params": {"km": 6.0}}),
    ("Stipend ₹3,000 a month; short course (6 weeks); free of charge (income is urgent)",
     {"code": "income", "params": {"stipend_inr_month": 3000, "short_course_weeks": 6,
                                   "free": True, "urgent": True}}),
    ("3 open positions in Retail Sales within reach; declared placement rate 80%",
     {"code": "marketability", "params": {"positions": 3, "trade": "retail_sales",
                                          "rate_percent": 80, "source": "declared",
                                          "outcomes": 0}}),
    ("Batch starts in 12 days (2027-01-05)",
     {"code": "batch_starts", "params": {"days": 12, "date": "2027-01-05"}}),
    ("Open a zero-balance bank account under Pradhan Mantri Jan Dhan Yojana (PMJDY) before any "
     "wage or stipend is paid", {"code": "bank_account_first", "params": {"scheme": "pmjdy"}}),
    ("Tailoring, starting 2027-01-05: her choice 2 of 3 batches she may join (score 71.5).",
     {"code": "placed_choice", "params": {"title": "Tailoring", "start_date": "2027-01-05",
                                          "choice": 2, "options": 3, "score": 71.5}}),
    ("Not Beauty basics (starting 2027-02-01): its seats went to survivors whose need of income "
     "is more urgent.", {"code": "passed_over", "params": {
         "title": "Beauty basics", "start_date": "2027-02-01", "because": "higher_urgency"}}),
]


@pytest.mark.parametrize("old, new", OLD_REASONS)
def test_each_old_sentence_becomes_its_code(old, new):
    assert READER.reason(old) == new
    assert ENGLISH.message(new)  # and the edge words it


def test_an_unknown_sentence_is_kept_as_text_and_shown_as_it_is():
    kept = READER.reason("Something a later version wrote")
    assert kept == {"code": "text", "params": {"text": "Something a later version wrote"}}
    assert ENGLISH.message(kept) == "Something a later version wrote"


def test_the_unplaced_and_alternative_explanations_become_codes():
    old = {"explanation": "She already holds a seat in Tailoring. No batch she may join scores "
                          "50 or more for her: none is in a trade she asked for.",
           "passed_over": [{"batch_id": 1, "because": "longer_wait", "explanation": "..."}],
           "nearest_alternative": {"batch_id": 2, "explanation": "A seat is left; it scores 41.5 "
                                   "for her, under the least score 50 of a choice.",
                                   "blockers": [{"code": "too_far", "message": "42 km away"}]}}
    new = migration._explanation(READER, old)
    assert new["explanation"] == [
        {"code": "already_holds", "params": {"titles": ["Tailoring"]}},
        {"code": "unplaced_below_min_score", "params": {"min_score": 50.0}}]
    assert "explanation" not in new["passed_over"][0]
    assert new["nearest_alternative"]["explanation"] == {
        "code": "alternative_under_min_score", "params": {"score": 41.5, "min_score": 50.0}}
    assert new["nearest_alternative"]["blockers"] == [{"code": "too_far", "params": {}}]


def test_wage_flags_keep_their_figures():
    old = {"code": "wage_outlier", "message": "Give the real monthly wage: Rs 90,000 is far above "
           "the usual Rs 13,000 for this trade, and pay that looks too good is a known lure."}
    assert migration._flag(old) == {"code": "wage_outlier", "params": {
        "wage_inr_month": 90_000, "typical_inr_month": 13_000}}
    assert migration._flag({"code": "fee_charged", "message": "Remove..."}) == {
        "code": "fee_charged", "params": {}}


def test_upgrading_a_database_of_0010_converts_its_rows(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine, "0010")
    now = datetime(2026, 11, 30, 6, 0)
    with engine.begin() as db:
        db.execute(text("INSERT INTO organisations (id, name, kind, verified, created_at) "
                        "VALUES (1, 'Ashray', 'ngo', 1, :now)"), {"now": now})
        db.execute(text("INSERT INTO users (id, email, organisation_id, role, active, "
                        "created_at) VALUES (1, 'c@example.org', 1, 'counselor', 1, :now)"),
                   {"now": now})
        rows = [("hold_expired", "The seat hold of profile 7 on Tailoring (batch 4) expired; the "
                 "seat went back to the batch.", {"referral_id": 3, "profile_id": 7,
                                                  "batch_id": 4}),
                ("new_matches", "2 new matches for profile 7: A, B.",
                 {"profile_id": 7, "offers": [{"title": "A"}, {"title": "B"}]})]
        for kind, message, data in rows:
            db.execute(text("INSERT INTO notifications (user_id, kind, message, data, "
                            "created_at) VALUES (1, :kind, :message, :data, :now)"),
                       {"kind": kind, "message": message, "data": json.dumps(data),
                        "now": now})
    upgrade(engine)
    with engine.connect() as db:
        columns = {row[1] for row in db.execute(text("PRAGMA table_info(notifications)"))}
        converted = {kind: json.loads(data) for kind, data in db.execute(
            text("SELECT kind, data FROM notifications"))}
    engine.dispose()
    assert "message" not in columns
    assert converted["hold_expired"]["title"] == "Tailoring"
    assert converted["new_matches"]["count"] == 2
    # Worded today by the case's reference (read when shown), no longer by the profile's id.
    assert ENGLISH.notification("hold_expired", converted["hold_expired"],
                                case_ref="ASH-7") == (
        "The seat hold of case ASH-7 on Tailoring expired; the seat went back to the batch.")
