"""The index keeps only its numpy columns and compact copies of the offers (issue 19): what the
Row objects, grid cells, lodging and remote lists and key map it had before were asked is now
read from the columns. Each answer here is checked against a brute-force pass over every offer
given (hypothesis worlds), fresh and patched: the key map, the candidates gathered offer by
offer, the open positions of each trade within her reach (the engine's and a cohort's,
`matcher.wanted`), the remote offers unblock alternatives walk, and the offers themselves."""

from __future__ import annotations

import gc
import tracemalloc
from dataclasses import replace

from hypothesis import given

from bench.bench_matcher_synthetic import catalogue

from matcher import CatalogIndex
from matcher.alternatives import Nearby
from matcher.candidates import MOST_LENIENT_IN_PERSON, MOST_LENIENT_REMOTE, gather
from matcher.models import OpeningOffer
from matcher.query import Query
from matcher.rules import reaches
from matcher.signature import signature_of
from matcher.wanted import WantedQuery

from .field import TAXONOMY, TODAY, TRADES, batch, course, opening
from .worlds import PROPERTIES, scenarios


def _listed(courses, openings) -> dict:
    listed = {("course", c.id): c for c in courses}
    listed.update({("opening", o.id): o for o in openings if o.is_listed})
    return listed


def _each_index(scenario) -> list:
    """(profile, the listed offers by key, index) for the index of the scenario and for one
    patched to the same catalogue (its first offers removed, then added again, one of them
    edited and edited back)."""
    profile, courses, openings = scenario
    index = CatalogIndex(TAXONOMY, courses, openings)
    offers = [*courses[:2], *openings[:2]]
    patched = CatalogIndex(TAXONOMY, courses[2:], openings[2:]).patched(add=offers)
    if courses:
        patched = patched.add(replace(courses[0], title="Edited")).add(courses[0])
    listed = _listed(courses, openings)
    return [(profile, listed, each) for each in (index, patched)]


def _reached(query: Query, offer) -> bool:
    """By place, mode and device: what a market counts (whatever else blocks)."""
    index = query.index
    trade = index.trade(offer.trade)
    access = signature_of(offer, trade, index.language_mask(offer.languages)).access
    return reaches(query.seeker, access)


def _within(query: Query, offer) -> bool:
    """Within her reach by place (the distance as the rules measure it)."""
    profile = query.profile
    if not offer.needs_presence:
        return reaches(query.seeker, MOST_LENIENT_REMOTE)
    if not reaches(query.seeker, MOST_LENIENT_IN_PERSON):
        return False
    km = query.distance(query.index.by_key[offer.kind, offer.id])
    return km <= profile.max_travel_km or (profile.can_relocate and offer.lodging)


def _brute_market(query: Query, listed: dict) -> dict[str, int]:
    market: dict[str, int] = {}
    for offer in listed.values():
        if not isinstance(offer, OpeningOffer) or offer.positions_available <= 0:
            continue
        if offer.closes_on is not None and offer.closes_on < TODAY:
            continue
        if offer.district in query.hidden or not _reached(query, offer):
            continue
        if _within(query, offer):
            market[offer.trade] = market.get(offer.trade, 0) + offer.positions_available
    return market


@PROPERTIES
@given(scenarios())
def test_the_key_map_rows_and_offers_are_the_catalogue_given(scenario):
    for _profile, listed, index in _each_index(scenario):
        assert len(index) == len(listed) == len(index.by_key)
        assert list(index.by_key) == sorted(listed, key=lambda k: (k[0] != "course", k[1]))
        assert {key: row.offer for key, row in index.by_key.items()} == listed
        assert [(r.kind, r.id) for r in index.rows] == list(index.by_key)
        assert all(index.by_key[key] is index.by_key[key] for key in listed)
        assert ("course", -1) not in index.by_key and index.by_key.get(("job", 1)) is None


@PROPERTIES
@given(scenarios())
def test_candidates_and_markets_from_the_columns_are_a_brute_force_pass(scenario):
    for profile, listed, index in _each_index(scenario):
        query = Query(profile, index, TODAY)
        found, market = gather(query)
        expected = {key for key, offer in listed.items()
                    if offer.district not in query.hidden and _within(query, offer)
                    and query.fits(index.by_key[key].signature)}
        assert {(row.kind, row.id) for row, _km in found} == expected
        brute = _brute_market(query, listed)
        assert {t: n for t, n in market.items() if n} == brute
        assert {t: n for t, n in query.market.items() if n} == brute
        cohort = WantedQuery(profile, index, TODAY)
        for trade in {o.trade for o in listed.values()} | {"unknown_trade"}:
            assert cohort.positions(trade) == brute.get(trade, 0), trade


@PROPERTIES
@given(scenarios())
def test_the_remote_offers_of_a_trade_come_in_catalogue_order(scenario):
    for profile, listed, index in _each_index(scenario):
        nearby = Nearby(index, profile, Query(profile, index, TODAY).pool.judge.hidden_at)
        for trade in {o.trade for o in listed.values()}:
            for kind in ("course", "opening"):
                expected = sorted(o.id for (k, _), o in listed.items()
                                  if k == kind and o.trade == trade and not o.needs_presence)
                remote = nearby.remote_positions(trade, kind)
                assert index.columns.ident[remote].tolist() == expected


def test_offers_share_their_repeated_values_and_keep_their_own():
    first = course(1, "tailoring", languages=frozenset({"bn", "hi"}), batches=(batch(10),))
    second = course(2, "tailoring", languages=frozenset({"hi", "bn"}), batches=(batch(20),))
    job = opening(3, "tailoring", languages=frozenset({"bn", "hi"}))
    index = CatalogIndex(TAXONOMY, [first, second], [job])
    kept = [index.by_key[key].offer for key in (("course", 1), ("course", 2), ("opening", 3))]
    assert kept == [first, second, job]
    assert kept[0].languages is kept[1].languages is kept[2].languages
    assert kept[0].batches[0].start_date is kept[1].batches[0].start_date
    assert kept[0].district is kept[2].district and kept[0].trade is kept[2].trade
    assert kept[0].title is first.title and kept[0].batches[0].id == 10
    patched = index.add(course(4, "tailoring", languages=frozenset({"bn", "hi"})))
    assert patched.by_key["course", 4].offer.languages is kept[0].languages


def test_the_index_holds_under_a_kilobyte_an_offer_with_its_offers():
    """Issue 19: the columns and the offers the index keeps, under 1,000 bytes an offer (the
    bench measures 100,000 and 200,000 offers the same way)."""
    gc.collect()
    tracemalloc.start()
    before, _ = tracemalloc.get_traced_memory()
    courses, openings = catalogue(TRADES, 5_000, seed=7)
    index = CatalogIndex(TAXONOMY, courses, openings)
    del courses, openings
    gc.collect()
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert (held - before) / len(index) < 1_000
