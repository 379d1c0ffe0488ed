"""The nightly match digest: for each active profile, the offers that became matches since the
last digest, in one notification per counselor per profile, never the same offer twice.

"Since the last digest" is kept as data: every offer a digest told about is a `DigestEntry`
(unique per profile and offer), so a rerun, or a second scheduler, finds nothing new. An offer
is a course or an opening; a new batch of a course already sent is not news. The digest looks at
a profile's best `DIGEST_LIMIT` matches, as a counselor would, so an offer that climbs into them
later (the survivor learnt to read, seats came free) is sent then.

Who hears: the counselor who created the profile, while she is still an active counselor of its
organisation; otherwise every active counselor of the organisation (see `notify`).

Profiles are read in chunks by id, matched against the process's index of the open catalogue
(built once), and the chunk's entries, notifications and audit entries are written in bulk.

The scheduler runs it in shards, one per organisation with active profiles (`digest_shards`),
each once however many processes run the digest at once (`catalog.shards`).
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher import match
from matcher.results import Match
from matcher.vocabulary import ProfileStatus

from .. import audit
from ..clock import local_date
from ..matching import catalogue_index, profile_facts
from ..inserts import insert_new
from ..models import DigestEntry, NotificationKind, Profile
from .notify import Recipients, notify

DIGEST_LIMIT = 10
CHUNK = 1000
_DUE = (Profile.status == ProfileStatus.ACTIVE, Profile.anonymised_at.is_(None))


def digest_shards(session: Session) -> list[str]:
    """The organisations with active profiles, by id: the digest's shards."""
    return [str(org) for org in session.scalars(
        select(Profile.organisation_id).where(*_DUE).distinct().order_by(Profile.organisation_id))]


def send_match_digest(session: Session, now: datetime, *, limit: int = DIGEST_LIMIT,
                      organisation_id: int | None = None) -> dict[str, int]:
    """The digest of every active profile (of one organisation, given `organisation_id`)."""
    today = local_date(now)
    index = catalogue_index(session, today)
    recipients = Recipients(session)
    counts = Counter(profiles=0, profiles_with_news=0, offers=0, notifications=0)
    last_id = 0
    due = list(_DUE)
    if organisation_id is not None:
        due.append(Profile.organisation_id == organisation_id)
    while True:
        profiles = session.scalars(
            select(Profile).where(*due, Profile.id > last_id).order_by(Profile.id).limit(CHUNK)
        ).all()
        if not profiles:
            break
        last_id = profiles[-1].id
        counts["profiles"] += len(profiles)
        _digest_chunk(session, profiles, index, today, now, limit, recipients, counts)
        session.flush()
        for profile in profiles:  # keep memory flat: the chunk is done with
            session.expunge(profile)
    return dict(counts)


def _digest_chunk(session, profiles, index, today, now, limit, recipients, counts) -> None:
    sent = {tuple(row) for row in session.execute(
        select(DigestEntry.profile_id, DigestEntry.offer_kind, DigestEntry.offer_id)
        .where(DigestEntry.profile_id.in_([p.id for p in profiles]))
    )}
    fresh: dict[int, list[Match]] = {}
    for profile in profiles:
        result = match(profile_facts(profile), index, today, limit=limit, near_misses=False)
        new = [m for m in result.matches if (profile.id, m.kind, m.offer_id) not in sent]
        if new:
            fresh[profile.id] = new
    if not fresh:
        return
    inserted = set(insert_new(
        session, DigestEntry,
        [{"profile_id": profile_id, "offer_kind": m.kind, "offer_id": m.offer_id, "sent_at": now}
         for profile_id, matches in fresh.items() for m in matches],
        [DigestEntry.profile_id, DigestEntry.offer_kind, DigestEntry.offer_id],
    ))
    notifications = []
    for profile in profiles:
        # Only what this run inserted: a concurrent run that got there first sends it instead.
        news = [m for m in fresh.get(profile.id, ())
                if (profile.id, m.kind, m.offer_id) in inserted]
        if not news:
            continue
        users = recipients.for_case(profile.organisation_id, profile.created_by_id)
        data = {"profile_id": profile.id, "count": len(news),
                "offers": [_offer(m) for m in news]}
        notifications.extend({"user_id": user_id, "kind": NotificationKind.NEW_MATCHES,
                              "data": data} for user_id in users)
        event = audit.record(session, None, "digest", "profile", profile.id,
                             profile_id=profile.id,
                             detail=f"offers={len(news)} users={len(users)}")
        event.at = now
        counts["profiles_with_news"] += 1
        counts["offers"] += len(news)
    counts["notifications"] += notify(session, notifications, now)


def _offer(m: Match) -> dict:
    return {"kind": m.kind, "course_id": m.course_id, "batch_id": m.batch_id,
            "opening_id": m.opening_id, "title": m.title, "score": m.score}
