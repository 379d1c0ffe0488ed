"""The sector she was exploited in: its trades are never proposed unless her counselor recorded
why she chooses to return (no database)."""
from __future__ import annotations

import json
from pathlib import Path

from matcher import rules
from matcher.geo import haversine_km
from matcher.rules import RuleContext, blockers
from matcher.sectors import SECTOR_TRADES, ExploitedSector, sector_trades
from matcher.vocabulary import Blocker

from tests.wording import english

from . import field
from .field import batch, course, profile

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "trades.json"


def context(survivor, offer):
    km = haversine_km(survivor.latitude, survivor.longitude, offer.latitude, offer.longitude)
    return RuleContext(field.TODAY, field.TRADES[offer.trade], km)


def test_every_sector_names_trades_of_the_taxonomy():
    codes = {row["code"] for row in json.loads(SEEDS.read_text(encoding="utf-8"))}
    assert set(SECTOR_TRADES) == set(ExploitedSector)
    for sector, trades in SECTOR_TRADES.items():
        assert trades <= codes, sector
    assert sector_trades("domestic_servitude") == {"domestic_care", "domestic_cook",
                                                   "child_care_worker"}
    assert sector_trades(None) == sector_trades("no_such_sector") == frozenset()


def test_an_offer_in_a_trade_of_her_old_sector_is_blocked_with_its_code():
    survivor = profile(exploited_sector="garment_textile")
    sewing = course(1, "sewing_dress_making", batches=(batch(1),))
    hit = rules.exploited_sector(survivor, sewing, context(survivor, sewing))
    assert hit.code is Blocker.EXPLOITED_SECTOR
    assert hit.params == {"sector": "garment_textile", "trade": "sewing_dress_making"}
    assert english(hit).startswith("Not proposed: Sewing")
    assert "sector she was exploited in (Garment or textile work)" in english(hit)
    assert Blocker.EXPLOITED_SECTOR in [h.code for h in blockers(survivor, sewing,
                                                                 context(survivor, sewing))]


def test_other_trades_and_a_recorded_reason_pass():
    survivor = profile(exploited_sector="garment_textile")
    beauty = course(2, "beauty_therapy", batches=(batch(2),))
    assert rules.exploited_sector(survivor, beauty, context(survivor, beauty)) is None
    chooses = profile(exploited_sector="garment_textile", return_to_sector=True)
    sewing = course(1, "sewing_dress_making", batches=(batch(1),))
    assert rules.exploited_sector(chooses, sewing, context(chooses, sewing)) is None
    assert rules.exploited_sector(profile(), sewing, context(profile(), sewing)) is None


def test_the_engine_shows_it_as_a_near_miss_never_a_match(match_offers):
    sewing = course(1, "sewing_dress_making", batches=(batch(1),))
    blocked = match_offers(profile(["tailoring"], exploited_sector="garment_textile"), [sewing])
    assert [m.course_id for m in blocked.matches] == []
    assert [[h.code for h in n.blockers] for n in blocked.near_misses] == [
        [Blocker.EXPLOITED_SECTOR]]
    allowed = match_offers(profile(["tailoring"], exploited_sector="garment_textile",
                                   return_to_sector=True), [sewing])
    assert [m.course_id for m in allowed.matches] == [1]
