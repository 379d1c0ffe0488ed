"""Rows for outcome tests, written directly (no HTTP): organisations, courses with a batch,
openings, survivors, and referrals in a given status since a given moment, with follow-ups."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.models import Batch, Course, FollowUp, Opening, Organisation, Profile, Referral

T0 = datetime(2026, 6, 1, 6, 0, tzinfo=timezone.utc)
KOLKATA = dict(district="Kolkata", state="West Bengal", district_key="kolkata",
               latitude=22.5626, longitude=88.363)


class OutcomeRows:
    """Each method adds rows and flushes; the caller commits."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _add(self, row):
        self.session.add(row)
        self.session.flush()
        return row

    def org(self, name: str, kind: str, verified: bool = False) -> int:
        return self._add(Organisation(name=name, kind=kind, verified=verified)).id

    def course(self, provider_id: int, title: str = "Sewing Technology",
               trade: str = "sewing_dress_making", placement_rate: float | None = None,
               start: date | None = None) -> tuple[int, int]:
        """(course id, batch id) of a course in Kolkata with one batch of 100 seats."""
        course = self._add(Course(
            provider_id=provider_id, title=title, trade=trade, min_literacy="none",
            languages=["bn", "hi"], mode="in_person", duration_weeks=12, min_age=16,
            placement_rate=placement_rate, **KOLKATA))
        start = start or date(2027, 3, 1)
        batch = self._add(Batch(course_id=course.id, start_date=start,
                                application_deadline=start - timedelta(days=10),
                                seats_total=100, seats_taken=0))
        return course.id, batch.id

    def opening(self, employer_id: int, trade: str = "sewing_dress_making",
                district: str = "Kolkata", title: str = "Machine operator") -> int:
        where = dict(KOLKATA, district=district, district_key=district.lower())
        return self._add(Opening(
            employer_id=employer_id, title=title, trade=trade, min_literacy="none",
            languages=["bn"], work_mode="on_site", wage_inr_month=11000, positions=50,
            closes_on=date(2027, 6, 1), status="published", **where)).id

    def survivor(self, ngo_id: int) -> int:
        return self._add(Profile(
            organisation_id=ngo_id, age=24, gender="female", literacy="class5",
            languages=["bn"], consent_to_share=True, **KOLKATA)).id

    def referral(self, profile_id: int, status: str, at: datetime = T0, *,
                 batch_id: int | None = None, opening_id: int | None = None,
                 created_at: datetime | None = None) -> int:
        """A referral in `status` since `at`, created `created_at` (default: 30 days before)."""
        return self._add(Referral(
            profile_id=profile_id, batch_id=batch_id, opening_id=opening_id, status=status,
            status_changed_at=at, created_at=created_at or at - timedelta(days=30))).id

    def completed(self, profile_id: int, batch_id: int, at: datetime = T0, **kw) -> int:
        return self.referral(profile_id, "completed", at, batch_id=batch_id, **kw)

    def hired(self, profile_id: int, opening_id: int, at: datetime = T0, **kw) -> int:
        return self.referral(profile_id, "hired", at, opening_id=opening_id, **kw)

    def graduates(self, ngo_id: int, batch_id: int, opening_id: int, completed: int,
                  placed: int, at: datetime = T0) -> list[int]:
        """`completed` survivors who completed the batch at `at`; the first `placed` of them
        hired into the opening a week later. Returns their profile ids."""
        profiles = []
        for number in range(completed):
            profile_id = self.survivor(ngo_id)
            self.completed(profile_id, batch_id, at)
            if number < placed:
                self.hired(profile_id, opening_id, at + timedelta(days=7))
            profiles.append(profile_id)
        return profiles

    def follow_up(self, referral_id: int, day: int, outcome: str | None,
                  at: datetime = T0) -> int:
        return self._add(FollowUp(referral_id=referral_id, day=day,
                                  due_on=(at + timedelta(days=day)).date(), outcome=outcome,
                                  recorded_at=at + timedelta(days=day) if outcome else None)).id


def org_id(session: Session, name: str) -> int:
    """The id of the organisation named `name` (committed, so the app's own session sees it)."""
    found = session.scalar(select(Organisation.id).where(Organisation.name == name))
    session.commit()
    return found
