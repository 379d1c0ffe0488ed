"""Scores the interest resolver on a labelled resolution set, per language.

    python -m matcher.evaluate_resolution tests/data/trade_resolution.jsonl [--trades FILE]

Each line of the set is {"id", "text", "kind": "interest"|"experience", "language", "script",
"expected": [codes, best first; [] for a text that names no trade], "acceptable": [codes]}.
The taxonomy is `seeds/trades.json` beside this package unless `--trades` names another file
(read as plain JSON: the matcher imports nothing from the seed loader).

Figures, per language and overall:
- top-1: the share of rows whose best trade is in `expected`, or, for a negative (nothing
  expected), that resolve to nothing;
- precision: of every trade resolved (above the threshold of the row's kind), the share in
  `expected` or `acceptable`;
- negatives wrong: negative rows with a trade outside `acceptable` resolved above the threshold.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .interests import KINDS, InterestResolver
from .models import TradeInfo

DEFAULT_TRADES = Path(__file__).resolve().parent.parent / "seeds" / "trades.json"
LANGUAGES = ("en", "hi", "bn")


@dataclass
class Figures:
    """Counts for one language (or all); the rates are derived."""

    rows: int = 0
    top1_right: int = 0
    resolved: int = 0
    resolved_right: int = 0
    negatives: int = 0
    negatives_wrong: int = 0
    misses: list[dict] = field(default_factory=list)

    @property
    def top1(self) -> float:
        return self.top1_right / self.rows if self.rows else 0.0

    @property
    def precision(self) -> float:
        return self.resolved_right / self.resolved if self.resolved else 1.0

    def as_dict(self) -> dict:
        return {
            "rows": self.rows,
            "top1": round(self.top1, 3),
            "precision": round(self.precision, 3),
            "resolved": self.resolved,
            "negatives": self.negatives,
            "negatives_wrong": self.negatives_wrong,
        }


def read_rows(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        for key in ("text", "kind", "language", "expected"):
            if key not in row:
                raise ValueError(f"{path}:{number}: no {key!r}")
        if row["kind"] not in KINDS:
            raise ValueError(f"{path}:{number}: kind {row['kind']!r} is not one of {KINDS}")
        rows.append(row)
    return rows


def load_resolver(path: Path = DEFAULT_TRADES) -> InterestResolver:
    data = json.loads(path.read_text(encoding="utf-8"))
    return InterestResolver(TradeInfo.from_seed(row) for row in data)


def evaluate(resolver: InterestResolver, rows: Iterable[Mapping]) -> dict[str, Figures]:
    """Figures per language, and under "all" for every row."""
    figures: dict[str, Figures] = {"all": Figures()}
    for row in rows:
        language = row["language"]
        expected = list(row["expected"])
        allowed = set(expected) | set(row.get("acceptable") or ())
        resolved = [trade for trade, _ in resolver.resolve_one(row["text"], row["kind"])]
        right = (bool(resolved) and resolved[0] in expected) if expected else not resolved
        wrong_trades = [trade for trade in resolved if trade not in allowed]
        for key in ("all", language):
            item = figures.setdefault(key, Figures())
            item.rows += 1
            item.top1_right += right
            item.resolved += len(resolved)
            item.resolved_right += len(resolved) - len(wrong_trades)
            if not expected:
                item.negatives += 1
                item.negatives_wrong += bool(wrong_trades)
            if not right or wrong_trades:
                item.misses.append({"id": row.get("id"), "text": row["text"],
                                    "expected": expected, "resolved": resolved})
    return figures


def report(figures: Mapping[str, Figures], show_misses: bool = False) -> str:
    order = [key for key in (*LANGUAGES, "all") if key in figures]
    order += sorted(key for key in figures if key not in order)
    lines = [f"{'language':<9}{'rows':>6}{'top-1':>8}{'precision':>11}{'resolved':>10}"
             f"{'negatives':>11}{'neg. wrong':>12}"]
    for key in order:
        item = figures[key]
        lines.append(f"{key:<9}{item.rows:>6}{item.top1:>8.3f}{item.precision:>11.3f}"
                     f"{item.resolved:>10}{item.negatives:>11}{item.negatives_wrong:>12}")
    if show_misses:
        for miss in figures["all"].misses:
            lines.append(f"  {miss['id']}: {miss['text']!r} expected {miss['expected']} "
                         f"resolved {miss['resolved']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="a resolution set (JSON lines)")
    parser.add_argument("--trades", type=Path, default=DEFAULT_TRADES,
                        help="the taxonomy (seeds/trades.json by default)")
    parser.add_argument("--misses", action="store_true",
                        help="also list the rows resolved wrongly (development sets only)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = evaluate(load_resolver(args.trades), read_rows(args.path))
    if args.json:
        print(json.dumps({key: item.as_dict() for key, item in figures.items()}, indent=2))
    else:
        print(report(figures, show_misses=args.misses))
    return 0


if __name__ == "__main__":  # pragma: no cover - command line
    sys.exit(main())
