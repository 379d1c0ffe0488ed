"""Factories for catalogue tests: each fixture returns a function that makes a real row."""
from __future__ import annotations

import copy
from datetime import date

import pytest

from catalog.models import Batch, Course, Opening, Organisation, Profile, utcnow
from catalog.services import accounts
from tests.rows import add, course_row


@pytest.fixture
def make_org(session):
    def make(name: str = "Asha Shelter Trust", kind: str = "ngo", verified: bool = False):
        return accounts.create_organisation(session, name, kind, verified=verified,
                                            now=utcnow())

    return make


@pytest.fixture
def ngo(make_org):
    """The NGO of the catalogue tests that need one."""
    return make_org("Asha Shelter Trust", "ngo")


@pytest.fixture
def counselor(session, ngo):
    """A counselor of that NGO."""
    return accounts.create_user(session, "didi@example.org", ngo, "counselor")[0]


# What each factory makes unless told otherwise (its keyword arguments override these). The
# opening and the profile stand at one centre of Kolkata, the one these tests always used (not
# tests.rows.KOLKATA, 1.9 km away).
KOLKATA = dict(district="Kolkata", state="West Bengal", district_key="kolkata", latitude=22.55,
               longitude=88.35)
COURSE = dict(title="Sewing Technology", district="Howrah", district_key="howrah",
              latitude=22.57, longitude=88.25)
BATCH = dict(start_date=date(2027, 1, 15), application_deadline=date(2027, 1, 5),
             seats_total=5, seats_taken=0)
OPENING = dict(title="Sewing machine operator", trade="sewing_dress_making", min_literacy="class5",
               languages=["bn"], work_mode="on_site", **KOLKATA, wage_inr_month=11000,
               positions=3, closes_on=date(2027, 2, 1))
PROFILE = dict(case_ref="ASH-2026-001", age=24, gender="female", literacy="class5",
               languages=["bn"], **KOLKATA)


def over(defaults: dict, fields: dict) -> dict:
    """`fields` over a fresh copy of `defaults` (no two rows share a list)."""
    return {**copy.deepcopy(defaults), **fields}


@pytest.fixture
def make_course(session, make_org):
    def make(provider: Organisation | None = None, **fields) -> Course:
        provider = provider or make_org("Howrah Women's ITI", "provider")
        return course_row(session, provider.id, **over(COURSE, fields))

    return make


def factory(session, model, defaults: dict, owner: str, default_owner):
    """A factory of `model` rows: `defaults` under its keyword arguments, belonging (`<owner>_id`)
    to the row given first or as `<owner>=`, else to a fresh `default_owner()`."""
    def make(of=None, /, **fields):
        of = fields.pop(owner, None) or of or default_owner()
        return add(session, model(**{f"{owner}_id": of.id}, **over(defaults, fields)))

    return make


@pytest.fixture
def make_batch(session, make_course):
    """Batch rows, of a fresh course unless given one."""
    return factory(session, Batch, BATCH, "course", make_course)


@pytest.fixture
def make_opening(session, make_org):
    """Opening rows, of a fresh verified employer unless given one."""
    return factory(session, Opening, OPENING, "employer",
                   lambda: make_org("Sundarban Garments", "employer", verified=True))


@pytest.fixture
def make_profile(session, make_org):
    """Profile rows, of a fresh NGO unless given one."""
    return factory(session, Profile, PROFILE, "organisation", make_org)
