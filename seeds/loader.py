"""Loads the seed files into the database. Natural keys make it idempotent: running it twice
changes nothing (existing rows are left as they are; trades and districts follow the files)."""
from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.clock import local_date, system_clock
from catalog.geography import district_key
from catalog.models import (
    Course,
    District,
    Opening,
    Organisation,
    Profile,
    Scheme,
    Trade,
    TradeAlias,
    User,
)
from catalog.services import accounts
from catalog.services import courses as course_service
from catalog.services import openings as opening_service
from catalog.services import profiles as profile_service
from matcher.schemes import Scheme as SchemeRules

from .demo_passwords import give_passwords

SEEDS = Path(__file__).parent
Progress = Callable[[str], None]


def _quiet(_message: str) -> None:
    pass


def read_json(name: str):
    with open(SEEDS / name, encoding="utf-8") as handle:
        return json.load(handle)


def read_csv(name: str) -> list[dict[str, str]]:
    with open(SEEDS / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- reference data -------------------------------------------------------------------------


def load_reference(
    session: Session, progress: Progress = _quiet, *, schemes: bool = True
) -> dict[str, int]:
    """Trades with aliases, districts of India and Bangladesh, and (unless `schemes` is False)
    the government schemes catalogue."""
    trades = load_trades(session)
    progress(f"trades: {trades} in the taxonomy")
    districts = load_districts(session)
    progress(f"districts: {districts} with coordinates")
    counts = {"trades": trades, "districts": districts}
    if schemes:
        counts["schemes"] = load_schemes(session)
        progress(f"schemes: {counts['schemes']} in the catalogue")
    return counts


def load_schemes(session: Session) -> int:
    """Schemes of `schemes.json` missing from the catalogue. A scheme already there is the
    admins' now (they follow policy changes through the API): it is never overwritten."""
    rows = read_json("schemes.json")
    known = set(session.scalars(select(Scheme.code)))
    for row in rows:
        SchemeRules.from_seed(row)  # a row the evaluator cannot read stops the seed here
        if row["code"] in known:
            continue
        session.add(Scheme(
            code=row["code"],
            name=row["name"],
            level=row["level"],
            state=row.get("state"),
            kind=row["kind"],
            ministry=row.get("ministry"),
            benefit=row.get("benefit") or "",
            benefit_amount_inr=row.get("benefit_amount_inr"),
            eligibility=row.get("eligibility") or {},
            documents_required=row.get("documents_required") or [],
            documents_other=row.get("documents_other") or [],
            prerequisites=row.get("prerequisites") or [],
            sources=row.get("sources") or [],
            checked_on=date.fromisoformat(row["checked_on"]) if row.get("checked_on") else None,
        ))
    session.flush()
    return len(rows)


def load_trades(session: Session) -> int:
    existing = {trade.code: trade for trade in session.scalars(select(Trade))}
    rows = read_json("trades.json")
    for row in rows:
        trade = existing.get(row["code"]) or Trade(code=row["code"])
        trade.name = row["name"]
        trade.sector = row["sector"]
        trade.kind = row.get("kind", "trade")
        trade.remote_teachable = bool(row["remote_teachable"])
        trade.min_literacy = row.get("min_literacy")
        trade.duration_months = row.get("duration_months")
        trade.training_hours = row.get("training_hours")
        trade.nsqf_level = row.get("nsqf_level")
        trade.dgt_trade_code = row.get("dgt_trade_code")
        wanted = {
            (language, alias.strip())
            for language, aliases in row.get("aliases", {}).items()
            for alias in aliases
            if alias.strip()
        }
        have = {(alias.language, alias.alias): alias for alias in trade.aliases}
        for key, alias in have.items():
            if key not in wanted:
                trade.aliases.remove(alias)
        for language, alias in sorted(wanted - set(have)):
            trade.aliases.append(TradeAlias(language=language, alias=alias))
        session.add(trade)
    session.flush()
    return len(rows)


def load_districts(session: Session) -> int:
    existing = {
        (d.country, d.state, d.name): d for d in session.scalars(select(District))
    }
    rows = [
        ("IN", r["state"], r["district"], None, r["lat"], r["lon"], r.get("census2011_dt_code"))
        for r in read_csv("india_districts.csv")
    ] + [
        ("BD", r["division"], r["district"], r.get("district_bn"), r["lat"], r["lon"], None)
        for r in read_csv("bangladesh_districts.csv")
    ]
    for country, state, name, local_name, lat, lon, census_code in rows:
        district = existing.get((country, state, name))
        if district is None:
            district = District(country=country, state=state, name=name)
            session.add(district)
        district.key = district_key(name)
        district.local_name = local_name or None
        district.latitude = float(lat)
        district.longitude = float(lon)
        district.census_code = census_code or None
    session.flush()
    return len(rows)


# --- demo catalogue (fictional) ----------------------------------------------------------------


def load_demo(
    session: Session, progress: Progress = _quiet, now: datetime | None = None, *,
    passwords: dict[str, str] | None = None, reset_passwords: bool = False,
) -> dict[str, int]:
    """Fictional organisations, users, courses with batches, openings and survivor profiles,
    written through the services (validated, screened, audited and counted in the catalogue
    version as the API's writes are). Dates in the demo file are days from India's today of
    `now` (the system clock if not given). Given a `passwords` dict, each demo user without a
    password (every one if `reset_passwords`) gets a random one, added to it
    (seeds/demo_passwords.py)."""
    now = now or system_clock()
    demo = read_json("demo.json")
    organisations = _load_organisations(session, demo["organisations"], now)
    users = _load_users(session, demo["users"], organisations, progress)
    if passwords is not None:
        passwords.update(give_passwords(session, [row["email"] for row in demo["users"]],
                                        now=now, reset=reset_passwords))
    courses, batches = _load_courses(session, demo["courses"], organisations, now)
    openings = _load_openings(session, demo["openings"], organisations, now)
    profiles = _load_profiles(session, demo["profiles"], organisations, now)
    progress(
        f"demo: {len(organisations)} organisations, {users} users, {courses} courses, "
        f"{batches} batches, {openings} openings, {profiles} profiles"
    )
    return {
        "organisations": len(organisations),
        "users": users,
        "courses": courses,
        "batches": batches,
        "openings": openings,
        "profiles": profiles,
    }


def _load_organisations(session: Session, rows: list[dict],
                        now: datetime) -> dict[str, Organisation]:
    organisations = {o.name: o for o in session.scalars(select(Organisation))}
    for row in rows:
        if row["name"] not in organisations:
            organisations[row["name"]] = accounts.create_organisation(
                session, row["name"], row["kind"], verified=row.get("verified", False), now=now
            )
    return {row["name"]: organisations[row["name"]] for row in rows}


def _load_users(
    session: Session, rows: list[dict], organisations: dict[str, Organisation], progress: Progress
) -> int:
    known = set(session.scalars(select(User.email)))
    for row in rows:
        if row["email"].lower() in known:
            continue
        user, token = accounts.create_user(
            session, row["email"], organisations[row["organisation"]], row["role"]
        )
        progress(f"  demo user {user.email} ({user.role.value}), API bearer token: {token}")
    return len(rows)


def _load_courses(
    session: Session, rows: list[dict], organisations: dict[str, Organisation], now: datetime
) -> tuple[int, int]:
    """Each course and its batches through `catalog.services.courses`. A demo batch may have
    seats taken already (survivors referred before the demo begins: no referral of theirs is
    in it), so its `seats_taken` is set after the service opened it."""
    today = local_date(now)
    existing = {(c.provider_id, c.title) for c in session.scalars(select(Course))}
    batch_count = 0
    for row in rows:
        provider = organisations[row["provider"]]
        batch_count += len(row.get("batches", []))
        if (provider.id, row["title"]) in existing:
            continue  # an existing course and its batches are the liaison's now: never overwritten
        data = {key: value for key, value in row.items() if key not in ("provider", "batches")}
        course = course_service.create_course(session, provider, data, actor=None)
        for spec in row.get("batches", []):
            batch = course_service.add_batch(session, course, {
                "start_date": today + timedelta(days=spec["start_in_days"]),
                "application_deadline": today + timedelta(days=spec["deadline_in_days"]),
                "seats_total": spec["seats_total"],
            }, actor=None, now=now)
            batch.seats_taken = spec.get("seats_taken", 0)
    session.flush()
    return len(rows), batch_count


def _load_openings(
    session: Session, rows: list[dict], organisations: dict[str, Organisation], now: datetime
) -> int:
    """Each opening through `catalog.services.openings`: screened as one posted through the API
    is, so it is published only if its employer is verified and screening raised no flag, and
    otherwise waits for an admin's review."""
    today = local_date(now)
    existing = {(o.employer_id, o.title) for o in session.scalars(select(Opening))}
    for row in rows:
        employer = organisations[row["employer"]]
        if (employer.id, row["title"]) in existing:
            continue
        data = {key: value for key, value in row.items()
                if key not in ("employer", "closes_in_days")}
        data["min_age"] = max(18, row.get("min_age", 18))
        data["closes_on"] = today + timedelta(days=row["closes_in_days"])
        opening_service.create_opening(session, employer, data, actor=None, now=now)
    session.flush()
    return len(rows)


def _load_profiles(
    session: Session, rows: list[dict], organisations: dict[str, Organisation], now: datetime
) -> int:
    existing = {(p.organisation_id, p.case_ref) for p in session.scalars(select(Profile))}
    for row in rows:
        organisation = organisations[row["organisation"]]
        if (organisation.id, row["case_ref"]) in existing:
            continue
        data = {key: value for key, value in row.items() if key != "organisation"}
        profile_service.create_profile(session, organisation, data, actor=None, now=now)
    session.flush()
    return len(rows)
