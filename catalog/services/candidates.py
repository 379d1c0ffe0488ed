"""What a liaison or an employer may read of a survivor referred to them: an anonymised
summary (an age band, literacy, languages, trades, courses completed), never the case
reference, the exact age, the district or any free text; every read of one is audited."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from matcher.models import TradeInfo

from .. import access, audit
from ..models import Profile, Referral, User
from ..queries.courses_completed import courses_completed
from ..taxonomy import trade_infos

AGE_BANDS = ((18, "under 18"), (25, "18-24"), (35, "25-34"), (45, "35-44"), (55, "45-54"))


def age_band(age: int) -> str:
    for upper, label in AGE_BANDS:
        if age < upper:
            return label
    return "55+"


def anonymised_summary(
    session: Session, profile: Profile, infos: Mapping[str, TradeInfo] | None = None,
    completed: Sequence[str] | None = None,
) -> dict:
    """What a liaison or an employer may see: an age band, literacy, languages, the trades the
    survivor wants to work in (`trades`, from her interests) and has worked in (`skills`, from
    her experience), resolved to the taxonomy's names, and the courses she completed. Never the
    case reference, the exact age, the district or any free text she or her counselor wrote."""
    infos = trade_infos(session) if infos is None else infos

    def trade_names(resolved: list[dict] | None) -> list[str]:
        return sorted({infos[item["trade"]].name for item in resolved or ()
                       if item.get("trade") in infos})

    if completed is None:  # a list of summaries reads them for all its profiles at once
        completed = courses_completed(session, [profile.id]).get(profile.id, [])
    return {
        "age_band": age_band(profile.age),
        "literacy": profile.literacy.value,
        "languages": list(profile.languages),
        "trades": trade_names(profile.resolved_interests),
        "skills": trade_names(profile.resolved_experience),
        "courses_completed": list(completed),
    }


def candidate_summary(
    session: Session, partner: User, referral: Referral,
    infos: Mapping[str, TradeInfo] | None = None, completed: Sequence[str] | None = None,
) -> dict:
    """The anonymised summary of a referred survivor, as a liaison or an employer reads it; the
    read is audited."""
    summary = anonymised_summary(session, referral.profile, infos, completed)
    audit.record(session, partner, "read_summary", "referral", referral.id,
                 profile_id=referral.profile_id)
    return summary


def referred_candidates(session: Session, partner: User, limit: int = 100) -> list[tuple]:
    """The newest referrals a liaison or an employer may see, each with its anonymised summary;
    every summary read is audited."""
    referrals = session.scalars(
        select(Referral).where(access.scope(partner, Referral))
        .options(selectinload(Referral.profile))
        .order_by(Referral.id.desc()).limit(limit)
    ).all()
    infos = trade_infos(session)
    completed = courses_completed(session, [referral.profile_id for referral in referrals])
    return [(referral, candidate_summary(session, partner, referral, infos,
                                         completed.get(referral.profile_id, [])))
            for referral in referrals]
