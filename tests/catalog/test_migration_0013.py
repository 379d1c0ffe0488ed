"""Migration 0013 adds the waiting-list table and the profile's sector columns, and takes them
away again, keeping the profiles written before it."""
from __future__ import annotations

from sqlalchemy import inspect, text

from catalog.migrate import downgrade, upgrade
from tests.catalog.migration_engines import empty_engine  # noqa: F401 - the fixture


def columns(engine, table: str) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns(table)}


def test_0013_up_and_down_keeps_existing_profiles(empty_engine):  # noqa: F811
    upgrade(empty_engine, "0011")
    with empty_engine.begin() as connection:
        connection.execute(text("INSERT INTO organisations (name, kind, verified, created_at) "
                                "VALUES ('Asha', 'ngo', false, '2026-12-01 00:00:00')"))
        connection.execute(text(
            "INSERT INTO profiles (organisation_id, case_ref, age, gender, literacy, languages, "
            "district, district_key, latitude, longitude, max_travel_km, can_relocate, "
            "learning_mode, device, connectivity, interests, experience, resolved_interests, "
            "resolved_experience, documents, income_urgency, avoid_districts, "
            "avoid_district_keys, prefers_women_only, prefers_day_shift_only, "
            "needs_residential, consent_to_share, nationality, awaiting_repatriation, "
            "schemes_held, status, created_at, updated_at) VALUES (1, 'A-1', 24, 'female', "
            "'class5', '[]', 'Kolkata', 'kolkata', 22.5, 88.3, 10, false, 'any', 'none', false, "
            "'[]', '[]', '[]', '[]', '[]', 'medium', '[]', '[]', false, false, false, false, "
            "'IN', false, '[]', 'active', '2026-12-01 00:00:00', '2026-12-01 00:00:00')"))
    assert "waiting_list_entries" not in inspect(empty_engine).get_table_names()

    upgrade(empty_engine, "0013")
    assert {"exploited_sector", "return_to_sector_reason"} <= columns(empty_engine, "profiles")
    assert {"batch_id", "profile_id", "status", "claim_expires_at", "referral_id"} <= columns(
        empty_engine, "waiting_list_entries")
    with empty_engine.connect() as connection:
        assert connection.execute(text(
            "SELECT case_ref, exploited_sector, return_to_sector_reason FROM profiles")).all() == [
            ("A-1", None, None)]

    downgrade(empty_engine, "-1")  # 0013 alone, whatever it follows
    assert "waiting_list_entries" not in inspect(empty_engine).get_table_names()
    assert not {"exploited_sector", "return_to_sector_reason"} & columns(empty_engine, "profiles")
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT case_ref FROM profiles")).all() == [("A-1",)]
