"""Dump what the matcher answers for a few hundred synthetic profiles, as JSON, to compare two
checkouts of the engine (a refactoring must give identical scores, reasons, order and near misses):

    python bench/dump_matches.py > before.json      # in the old checkout
    python bench/dump_matches.py > after.json       # in the new one
    cmp before.json after.json

Covers `match` with its options (kinds, limits, near misses, the schemes catalogue), avoided
districts, survivors who would relocate, the field catalogue of the tests, and `batch_fits` (what a
cohort allocation ranks). Only public entry points are used, so any checkout can run it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_matcher_synthetic import TODAY, catalogue, profiles  # noqa: E402
from matcher import CatalogIndex, InterestResolver, TradeInfo, match  # noqa: E402
from matcher.engine import batch_fits  # noqa: E402
from matcher.schemes import Scheme, SchemeFacts  # noqa: E402
from tests.matcher import field  # noqa: E402

OFFERS = 20_000
PROFILES = 300


def _fits(found) -> list[dict]:
    return [{"course_id": f.course_id, "batch_id": f.batch_id, "score": f.score,
             "distance_km": f.distance_km, "factors": dict(f.factors),
             "reasons": [r.to_dict() for r in f.reasons]} for f in found]


def synthetic() -> dict:
    rows = json.loads((ROOT / "seeds" / "trades.json").read_text(encoding="utf-8"))
    taxonomy = [TradeInfo.from_seed(row) for row in rows]
    trades = {trade.code: trade for trade in taxonomy}
    courses, openings = catalogue(trades, OFFERS, seed=7)
    index = CatalogIndex(taxonomy, courses, openings)
    schemes = [Scheme.from_seed(row) for row in
               json.loads((ROOT / "seeds" / "schemes.json").read_text(encoding="utf-8"))]
    facts = SchemeFacts(nationality="IN", state="West Bengal", bpl=True)
    out: dict[str, list] = {"match": [], "variants": [], "batch_fits": []}
    survivors = [p for p, _ in profiles(InterestResolver(taxonomy), PROFILES, seed=11)]
    batches_by_course = {c.id: [b.id for b in c.batches] for c in courses}
    for number, survivor in enumerate(survivors):
        result = match(survivor, index, TODAY)
        out["match"].append(result.to_dict())
        if number % 5 == 0:
            variant = replace(survivor, can_relocate=not survivor.can_relocate,
                              avoid_districts=frozenset({survivor.district}))
            for options in ({"kind": "course", "limit": 10},
                            {"kind": "opening", "limit": None, "near_miss_limit": 15},
                            {"limit": 5, "schemes": schemes, "scheme_facts": facts}):
                out["variants"].append(match(variant, index, TODAY, **options).to_dict())
        if number % 3 == 0:
            wanted = {m.course_id: batches_by_course[m.course_id]
                      for m in result.matches if m.kind == "course"}
            wanted.update({n.course_id: batches_by_course[n.course_id]
                           for n in result.near_misses if n.kind == "course"})
            out["batch_fits"].append(_fits(batch_fits(survivor, index, TODAY, wanted)))
    return out


def fixtures() -> list:
    index = CatalogIndex(field.TAXONOMY, field.FIELD_COURSES, field.FIELD_OPENINGS)
    out = []
    for lat, lon in (field.HOWRAH, field.KOLKATA, field.BARASAT, field.MURSHIDABAD):
        for interests in ([], ["silai"], ["parlour", "computer"], ["khana banana"]):
            for literacy in (field.L.NONE, field.L.CLASS5):
                survivor = field.profile(interests=interests, at=(lat, lon), literacy=literacy)
                out.append(match(survivor, index, field.TODAY, limit=None).to_dict())
    return out


if __name__ == "__main__":
    json.dump({"synthetic": synthetic(), "field": fixtures()}, sys.stdout, sort_keys=False,
              ensure_ascii=False, indent=0)
    sys.stdout.write("\n")
