"""Migration 0014 adds the reason codes of casework (why a referral was withdrawn or not
selected, why a profile was closed, the closing note): rows written before keep every value,
with no reason, and the downgrade takes the columns away again."""
from __future__ import annotations

from sqlalchemy import inspect, text

from catalog.db import make_engine
from catalog.migrate import downgrade, upgrade

PROFILE = ("INSERT INTO profiles (organisation_id, case_ref, age, gender, literacy, languages, "
           "district, district_key, latitude, longitude, max_travel_km, can_relocate, "
           "learning_mode, device, connectivity, interests, experience, resolved_interests, "
           "resolved_experience, documents, income_urgency, avoid_districts, "
           "avoid_district_keys, prefers_women_only, prefers_day_shift_only, needs_residential, "
           "consent_to_share, nationality, awaiting_repatriation, schemes_held, status, "
           "created_at, updated_at) VALUES (1, 'A-1', 24, 'female', 'class5', '[\"bn\"]', "
           "'Kolkata', 'kolkata', 22.5, 88.3, 10, false, 'any', 'none', false, '[]', '[]', "
           "'[]', '[]', '[]', 'medium', '[]', '[]', false, false, false, false, 'IN', false, "
           "'[]', 'closed', '2026-11-01', '2026-11-01')")


def columns(engine, table: str) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns(table)}


def test_0014_adds_the_reason_columns_keeps_old_rows_and_is_reversible(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'casework.db'}")
    upgrade(engine, "0011")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO organisations (name, kind, verified, created_at) "
                                "VALUES ('Asha', 'ngo', false, '2026-11-01')"))
        connection.execute(text(PROFILE))
    upgrade(engine, "0014")
    assert {"closed_reason", "closed_note"} <= columns(engine, "profiles")
    assert "reason" in columns(engine, "referrals")
    with engine.connect() as connection:
        row = connection.execute(text(
            "SELECT case_ref, status, closed_reason, closed_note FROM profiles")).one()
    assert tuple(row) == ("A-1", "closed", None, None)
    downgrade(engine, "-1")  # this revision alone, whatever comes before it once merged
    assert not {"closed_reason", "closed_note"} & columns(engine, "profiles")
    assert "reason" not in columns(engine, "referrals")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT case_ref FROM profiles")).scalar() == "A-1"
    engine.dispose()
