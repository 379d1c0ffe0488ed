"""The public entry point: `match(profile, index, today)` ranks what a survivor can do now.

How one query runs (the index is built once, see `matcher.index`; the query is `matcher.query`):
1. Gather candidates as arrays (`matcher.columnar.Pool`, over the index's numpy columns):
   offers of the grid cells within the survivor's travel distance, lodging offers anywhere if
   she would relocate, remote offers, never in the districts she avoids; count, per trade, the
   open positions within her reach (marketability); keep those that fail no hard rule but
   literacy (`matcher.vector_rules`, checked against `matcher.rules` by a property test).
2. Bridges first: for each literacy level, the best literacy or schooling course she is eligible
   for that reaches it. The highest level reached sets how far below an offer's minimum literacy
   she may be and still be matched through a bridge (`requires_bridge`, with the best bridge
   that reaches the offer's level).
3. Rank the rest: every candidate's score is computed at once (`matcher.factors.vector_score`,
   the vectorised form of each factor); in that order the pure-Python rules and factors judge
   each (`Query.evaluate`, the specification) until no later one can enter the top `limit`.
   Ties are broken by kind (course first) and id, so the same input always gives the same output.
4. Pathways for the matches listed (`matcher.pathways`; the openings after a course from the
   candidates grouped by trade once), then near misses (`matcher.near_misses`, nearest first
   over the columns; only those shown are evaluated).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Literal

from . import pathways
from .evaluation import BatchFit, Evaluation
from .index import CatalogIndex
from .models import ProfileFacts, TradeKind
from .near_misses import near_misses as find_near_misses
from .query import Query
from .results import NEEDS_NO_INDIAN_PAPERS, Match, MatchResult, NearMiss, ReasonCode
from .wanted import row_fits
from .schemes import Scheme, SchemeFacts

KindFilter = Literal["all", "course", "opening"]


def match(
    profile: ProfileFacts,
    index: CatalogIndex,
    today: date,
    *,
    kind: KindFilter = "all",
    limit: int | None = 20,
    near_misses: bool = True,
    near_miss_limit: int | None = None,
    schemes: Sequence[Scheme] = (),
    scheme_facts: SchemeFacts | None = None,
) -> MatchResult:
    """Eligible offers for the survivor, best first (at most `limit`; None for all), and near
    misses (at most `near_miss_limit`, default `limit`). With the `schemes` catalogue (and the
    survivor's `scheme_facts`), pathways gain the scheme steps that fund them."""
    if kind not in ("all", "course", "opening"):
        raise ValueError(f"kind must be all, course or opening, not {kind!r}")
    query = Query(profile, index, today)
    funding = pathways.NO_FUNDING
    if schemes:
        funding = pathways.Funding.for_profile(profile, scheme_facts or SchemeFacts(), schemes)
    wanted = ("course", "opening") if kind == "all" else (kind,)
    found = _matches(query, wanted, limit, funding)
    missed: list[NearMiss] = []
    if near_misses:
        cap = limit if near_miss_limit is None else near_miss_limit
        missed = find_near_misses(query, wanted, cap)
    return MatchResult(profile_id=profile.id, matches=tuple(found), near_misses=tuple(missed))


def match_many(
    profiles: Iterable[ProfileFacts], index: CatalogIndex, today: date, **options
) -> Iterator[MatchResult]:
    """`match` for each profile in turn (the nightly digest)."""
    for profile in profiles:
        yield match(profile, index, today, **options)


def batch_fits(
    profile: ProfileFacts, index: CatalogIndex, today: date,
    wanted: Mapping[int, Collection[int]],
) -> list[BatchFit]:
    """The batches of `wanted` (course id -> batch ids) the survivor may join now, best first:
    every hard rule checked for that batch, and the score a match would give it (its own start
    date). What a cohort allocation ranks (see `matcher.allocation`). A course within her reach
    reached only through a literacy bridge is not joinable now, so it is left out. The
    specification of `matcher.wanted.wanted_batch_fits`, which an allocation calls (faster)."""
    query = Query(profile, index, today)
    fits = []
    for row, km in query.candidates:
        batch_ids = wanted.get(row.id) if row.kind == "course" else None
        if batch_ids:
            fits.extend(row_fits(query, row, km, batch_ids))
    fits.sort(key=lambda fit: (-fit.score, fit.batch_id))
    return fits


# --- step 3: matches and their pathways ------------------------------------------------------


def _matches(query: Query, wanted: tuple[str, ...], limit: int | None,
             funding: pathways.Funding) -> list[Match]:
    if limit is not None and limit <= 0:
        return []
    pool = query.pool
    best = pool.best(pool.matchable(wanted, query.literacy_reach), limit)
    if "course" in wanted:
        bridges = pool.best(pool.bridges(), limit)
        best = sorted(best + bridges, key=lambda e: e.order)[:limit]
    by_trade = pool.openings_by_trade(query.literacy_reach) if "course" in wanted else {}
    return [_as_match(query, evaluation, funding, by_trade) for evaluation in best]


def _openings_after(query: Query, course: Evaluation, by_trade) -> list[Evaluation]:
    """Openings of the course's trade the survivor could take once her pathway is done (the
    matchable openings grouped by trade once, `by_trade`)."""
    literacy = course.bridge.row.raises_rank if course.bridge else query.rank
    pool = query.pool
    at = by_trade.get(query.index.columns.codes.trades.get(course.row.trade))
    at = at[pool.lit[at] <= literacy] if at is not None else at
    return pool.best(
        at,
        pathways.OPENINGS_AFTER_COURSE,
        lambda e: not e.blockers or (e.requires_bridge and e.row.lit_rank <= literacy),
    )


def _as_match(query: Query, evaluation: Evaluation, funding: pathways.Funding,
              by_trade) -> Match:
    row = evaluation.row
    after = _openings_after(query, evaluation, by_trade) if row.kind == "course" else []
    entrepreneurship = query.index.trade(row.trade).kind is TradeKind.ENTREPRENEURSHIP
    steps, notes = pathways.pathway(query.profile, evaluation, after, funding, entrepreneurship)
    return Match(
        kind=row.kind,
        course_id=row.id if row.kind == "course" else None,
        batch_id=evaluation.batch.id if evaluation.batch is not None else None,
        opening_id=row.id if row.kind == "opening" else None,
        title=row.offer.title,
        trade=row.trade,
        score=evaluation.score,
        factors=dict(evaluation.factors),
        reasons=tuple(notes + evaluation.reasons),
        requires_bridge=evaluation.requires_bridge,
        pathway=tuple(steps),
        reason_codes=_reason_codes(query.profile),
    )


def _reason_codes(profile: ProfileFacts) -> tuple[ReasonCode, ...]:
    if not profile.lacks_indian_papers:
        return ()
    # Every match of hers asks no paper she cannot get (document_unobtainable blocks the
    # rest): what she can do while she waits.
    return (ReasonCode(NEEDS_NO_INDIAN_PAPERS, {
        "nationality": profile.nationality,
        "awaiting_repatriation": profile.awaiting_repatriation}),)
