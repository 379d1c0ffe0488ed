"""Her counselor's reason to return to a sector is her organisation's note: never in what a
liaison or an employer reads, dropped when a closed profile is anonymised."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from catalog.jobs import anonymise_closed_profiles
from catalog.matching import profile_facts
from catalog.models import Profile
from catalog.services import profiles
from catalog.services.candidates import anonymised_summary

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
REASON = "She wants to stitch again, in a women's cooperative."


def test_the_reason_allows_her_sector_and_stays_with_her_organisation(session, make_profile):
    profile = make_profile(exploited_sector="garment_textile")
    assert profile_facts(profile).return_to_sector is False
    profiles.update_profile(session, profile, {"return_to_sector_reason": REASON}, None,
                            now=NOW)
    session.flush()
    session.expire_all()  # read back as stored (the factory leaves plain strings)
    profile = session.get(Profile, profile.id)
    facts = profile_facts(profile)
    assert (facts.exploited_sector, facts.return_to_sector) == ("garment_textile", True)
    summary = anonymised_summary(session, profile)
    assert REASON not in repr(summary) and "garment" not in repr(summary)


def test_anonymisation_drops_the_reason(session, make_profile):
    profile = make_profile(exploited_sector="garment_textile", return_to_sector_reason=REASON,
                           status="closed", closed_at=NOW - timedelta(days=400))
    anonymise_closed_profiles(session, NOW, retention_days=365)
    session.expire_all()
    assert session.get(Profile, profile.id).return_to_sector_reason is None
