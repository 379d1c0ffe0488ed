"""A small world for the authorization matrix, the fuzzer and the bad-input tests.

Two "sides", A and B, each with one organisation of every kind (an NGO, a training provider, a
verified employer, the operator) and one user of every role in them. Side A (and, on request,
side B) owns one object of every kind a URL can name: profiles, a course with a batch, a
published and a pending opening, referrals in the states each role can act on, a notification
per user. Rows are written directly (services where they derive fields), in one transaction.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from flask import Flask
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog.models import (
    Allocation,
    AllocationItem,
    ApiToken,
    Batch,
    Course,
    Notification,
    Opening,
    Organisation,
    Profile,
    Referral,
    User,
    WaitingListEntry,
)
from catalog.roles import Role
from catalog.services import accounts
from catalog.services import profiles as profile_service
from seeds.loader import load_schemes
from tests.api import bodies
from tests.conftest import KIND_OF_ROLE, NOW

TODAY = date(2026, 12, 1)
# Every role there is (a new role is in the matrix and the fuzzer at once, and fails them until
# it has its entries); KIND_OF_ROLE: the kind of organisation each belongs to.
ROLES = tuple(str(role) for role in Role)
SIDES = ("A", "B")
# The seeded referral of the acting user's side that each role acts on, so that each role's valid
# status change applies (counselor: enrolled -> completed; liaison: held -> enrolled; CSR
# partner: applied -> interviewed).
REFERRAL_FOR_ROLE = {"counselor": "referral_enrolled", "iti_liaison": "referral_held",
                     "csr_partner": "referral_applied", "admin": "referral_held"}

KOLKATA = dict(district="Kolkata", state="West Bengal", district_key="kolkata",
               latitude=22.5626, longitude=88.363)


def profile_fields(**overrides) -> dict:
    """A valid profile body (API field names) for a survivor every seeded offer accepts."""
    return bodies.profile_body(**{
        "interests": ["tailoring"],
        "documents": ["aadhaar", "bank_account"],
        "avoid_districts": [],
        "consent_to_share": True,
        **overrides,
    })


def course_fields(**overrides) -> dict:
    """A valid course body (API field names), in Kolkata, that the seeded profiles fit."""
    return bodies.course_body(**{
        "title": "Sewing machine operator",
        "fee_inr": 0,
        "women_only": False,
        "raises_literacy_to": None,
        **overrides,
    })


def scheme_fields(**overrides) -> dict:
    """A valid scheme body (API field names): a West Bengal scheme for women aged 18 to 60."""
    body = {
        "code": "test_allowance",
        "name": "A test allowance",
        "level": "state",
        "state": "West Bengal",
        "kind": "cash_transfer",
        "benefit": "Rs 1,000 a month (a test scheme, not a real one).",
        "benefit_amount_inr": 1000,
        "eligibility": {"min_age": 18, "max_age": 60, "gender": "female", "residence": "state",
                        "bpl_or_income": None, "other": []},
        "documents_required": ["aadhaar", "bank_account"],
        "prerequisites": ["pmjdy"],
        "sources": ["https://example.org/test-allowance"],
    }
    body.update(overrides)
    return body


def batch_fields(**overrides) -> dict:
    body = {
        "start_date": (TODAY + timedelta(days=40)).isoformat(),
        "application_deadline": (TODAY + timedelta(days=30)).isoformat(),
        "seats_total": 20,
    }
    body.update(overrides)
    return body


def opening_fields(**overrides) -> dict:
    """A valid opening body (API field names) that screening should not flag."""
    return bodies.opening_body(**{
        "description": "Stitching garments on industrial machines; training on the job.",
        "district": "Kolkata",
        "wage_inr_month": 12000,
        "positions": 3,
        "women_only": False,
        "documents_required": ["aadhaar"],
        "closes_on": (TODAY + timedelta(days=45)).isoformat(),
        **overrides,
    })


@dataclass
class World:
    tokens: dict[tuple[str, str], str] = field(default_factory=dict)  # (side, role) -> token
    users: dict[tuple[str, str], int] = field(default_factory=dict)  # (side, role) -> user id
    orgs: dict[tuple[str, str], int] = field(default_factory=dict)  # (side, kind) -> org id
    ids: dict[tuple[str, str], int] = field(default_factory=dict)  # (side, object) -> id
    notifications: dict[tuple[str, str], int] = field(default_factory=dict)  # (side, role) -> id
    bad_tokens: dict[str, str] = field(default_factory=dict)  # description -> token

    def headers(self, side: str, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[side, role]}"}


def build_world(session: Session, sides: tuple[str, ...] = ("A",),
                *, users_on: tuple[str, ...] = SIDES) -> World:
    """Users of every role on `users_on`; objects owned by the organisations of `sides`."""
    world = World()
    for side in users_on:
        for role in ROLES:
            kind = KIND_OF_ROLE[role]
            if (side, kind) not in world.orgs:
                org = accounts.create_organisation(session, f"{kind.title()} {side}", kind,
                                                   verified=kind == "employer", now=NOW)
                world.orgs[side, kind] = org.id
            org = session.get(Organisation, world.orgs[side, kind])
            user, token = accounts.create_user(session, f"{role}.{side.lower()}@example.org",
                                               org, role)
            world.tokens[side, role] = token
            world.users[side, role] = user.id
    _bad_tokens(session, world)
    load_schemes(session)  # the real catalogue: global, readable by all, kept by admins
    for side in sides:
        _objects(session, world, side)
    session.commit()
    return world


def _bad_tokens(session: Session, world: World) -> None:
    ngo = session.get(Organisation, world.orgs["A", "ngo"])
    inactive, inactive_token = accounts.create_user(session, "inactive.a@example.org", ngo,
                                                    "counselor")
    inactive.active = False
    _, revoked_token = accounts.create_user(session, "revoked.a@example.org", ngo, "counselor")
    session.flush()
    revoked = session.scalar(select(ApiToken).order_by(ApiToken.id.desc()).limit(1))
    revoked.revoked_at = NOW - timedelta(days=1)
    good = world.tokens["A", "counselor"]
    world.bad_tokens = {
        "unknown token": good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB"),
        "garbage": "not-a-token",
        "overlong": good + "x" * 200,
        "inactive user": inactive_token,
        "revoked token": revoked_token,
    }


def _objects(session: Session, world: World, side: str) -> None:
    ngo = session.get(Organisation, world.orgs[side, "ngo"])
    counselor = session.get(User, world.users[side, "counselor"])
    profiles = {}
    for name, overrides in {
        "profile": {},  # consented, referred to the batch (held) and the opening (applied)
        "profile_placed": {},  # enrolled in the batch
        "profile_fresh": {},  # no referral yet: POST /referrals refers it
    }.items():
        profile = profile_service.create_profile(
            session, ngo, profile_fields(case_ref=f"{side}-{name}", **overrides), counselor,
            now=NOW)
        profiles[name] = profile
        world.ids[side, name] = profile.id

    course = Course(provider_id=world.orgs[side, "provider"], title=f"Sewing {side}",
                    trade="sewing_dress_making", min_literacy="class5", languages=["bn", "hi"],
                    mode="in_person", duration_weeks=24, min_age=16, **KOLKATA)
    session.add(course)
    session.flush()
    batch = Batch(course_id=course.id, start_date=TODAY + timedelta(days=30),
                  application_deadline=TODAY + timedelta(days=20), seats_total=10, seats_taken=2)
    session.add(batch)
    opening_values = dict(trade="sewing_dress_making", min_literacy="class5",
                          languages=["bn", "hi"], work_mode="on_site", wage_inr_month=12000,
                          positions=3, closes_on=TODAY + timedelta(days=30), **KOLKATA)
    opening = Opening(employer_id=world.orgs[side, "employer"], title=f"Operator {side}",
                      status="published", **opening_values)
    pending = Opening(employer_id=world.orgs[side, "employer"], title=f"Pending {side}",
                      status="pending_review", **opening_values)
    lure = Opening(employer_id=world.orgs[side, "employer"], title=f"Helper {side}",
                   description="Registration fee Rs 5000 to be paid before joining.",
                   status="pending_review", flags=[{"code": "fee_charged", "message": "Fee."}],
                   **opening_values)
    session.add_all([opening, pending, lure])
    session.flush()
    world.ids[side, "opening_lure"] = lure.id
    world.ids[side, "course"] = course.id
    world.ids[side, "batch"] = batch.id
    world.ids[side, "opening"] = opening.id
    world.ids[side, "opening_pending"] = pending.id

    referrals = {
        "referral_held": Referral(profile_id=profiles["profile"].id, batch_id=batch.id,
                                  status="held", hold_expires_at=NOW + timedelta(days=7)),
        "referral_enrolled": Referral(profile_id=profiles["profile_placed"].id,
                                      batch_id=batch.id, status="enrolled"),
        "referral_applied": Referral(profile_id=profiles["profile"].id, opening_id=opening.id,
                                     status="applied"),
    }
    for name, referral in referrals.items():
        referral.created_by_id = counselor.id
        referral.created_at = referral.status_changed_at = NOW - timedelta(days=1)
        if name == "referral_enrolled":  # long enough that her day-30 follow-up is due
            referral.created_at = referral.status_changed_at = NOW - timedelta(days=40)
        session.add(referral)
        session.flush()
        world.ids[side, name] = referral.id

    # a full batch: profile_placed holds a claim on its freed seat (waiting_entry)
    full = Batch(course_id=course.id, start_date=TODAY + timedelta(days=30),
                 application_deadline=TODAY + timedelta(days=20), seats_total=1, seats_taken=1)
    session.add(full)
    session.flush()
    entry = WaitingListEntry(batch_id=full.id, profile_id=profiles["profile_placed"].id,
                             status="offered", claim_expires_at=NOW + timedelta(hours=48),
                             offered_at=NOW, created_by_id=counselor.id, created_at=NOW,
                             status_changed_at=NOW)
    session.add(entry)
    session.flush()
    world.ids[side, "batch_full"] = full.id
    world.ids[side, "waiting_entry"] = entry.id

    allocation = Allocation(organisation_id=ngo.id, min_score=50.0, created_by_id=counselor.id,
                            created_at=NOW - timedelta(hours=1),
                            batches=[{"batch_id": batch.id, "seats": 8}])
    allocation.items.append(AllocationItem(
        profile_id=profiles["profile_fresh"].id, batch_id=batch.id, score=80.0, choice=1,
        explanation={"reasons": [{"code": "placed_choice", "params": {
            "title": "Tailoring", "start_date": "2027-01-05", "choice": 1, "options": 1,
            "score": 80.0}}], "options": 1, "passed_over": [],
                     "factors": {}, "priority": {"income_urgency": "medium",
                                                 "waiting_days": 0}}))
    session.add(allocation)
    session.flush()
    world.ids[side, "allocation"] = allocation.id

    for role in ROLES:
        if (side, role) not in world.users:
            continue
        notification = Notification(user_id=world.users[side, role], kind="new_matches",
                                    data={"count": 2}, created_at=NOW)
        session.add(notification)
        session.flush()
        world.notifications[side, role] = notification.id
    session.flush()


COUNTED = {"profiles": Profile, "referrals": Referral, "courses": Course, "batches": Batch,
           "openings": Opening, "organisations": Organisation, "users": User,
           "notifications": Notification}


def row_counts(session: Session) -> dict[str, int]:
    """Rows per table, read in a short transaction (SQLite: never hold the write lock)."""
    session.expire_all()
    counts = {name: session.scalar(select(func.count()).select_from(model))
              for name, model in COUNTED.items()}
    session.rollback()
    return counts


def route_table() -> list[tuple[str, str]]:
    """Every (rule, method) the app serves under /api, read from a throwaway app's url_map
    (create_app connects to nothing until a request comes)."""
    from api import create_app

    app = create_app({"DATABASE_URL": "sqlite://", "SECRET_KEY": "collect", "TESTING": True})
    try:
        return sorted(
            (rule.rule, method)
            for rule in app.url_map.iter_rules()
            if rule.rule.startswith("/api/")
            for method in rule.methods - {"HEAD", "OPTIONS"}
        )
    finally:
        app.extensions["database"].engine.dispose()


def allowed_roles_of(app: Flask, rule_text: str, method: str) -> frozenset | None:
    """The roles the view behind (rule, method) declares, or None if it declares none."""
    rule = next(r for r in app.url_map.iter_rules() if r.rule == rule_text)
    view = app.view_functions[rule.endpoint]
    view_class = getattr(view, "view_class", None)
    handler = getattr(view_class, method.lower(), None) if view_class is not None else view
    return getattr(handler, "allowed_roles", None)
