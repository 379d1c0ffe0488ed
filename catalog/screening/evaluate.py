"""How well screening separates lures from genuine openings on a labelled file.

    .venv/bin/python -m catalog.screening.evaluate FILE [--misses] [--missing-wage-as 0]
        [--evidence]

Each line of the file is an opening (`title`, `description`, `trade`, `wage_inr_month`,
`work_mode`, `district`), its `label` (`lure` or `genuine`), for a lure the content `flags` a
careful reviewer expects, and its `language` (`en`, `hi`, `bn`) and `script` (`Latn`, `Deva`,
`Beng`). Scoring is by opening: a lure is caught when it raises any content flag, a genuine
opening is a false alarm when it raises any. Precision and recall are given overall and per
language; for each flag type, the share of the lures expected to raise it that do (its recall)
and the genuine openings it alone falsely raised. `--evidence` lists, per flag, the evidence of
each false alarm and each near false alarm: a genuine opening that names a word the flag starts
from (a fee, a place abroad, an escort) which the rules then set aside, so that a developer sees
which kinds of evidence come close to raising a flag on genuine text. The command prints figures
for the developers; it is not part of the service.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import OpeningFacts, screen_content
from .rules import CONTENT_CODES


@dataclass
class Score:
    """Counts of one slice of a labelled set."""

    caught: int = 0  # lures that raised a flag
    missed: int = 0  # lures that raised none
    false_alarms: int = 0  # genuine openings that raised a flag
    passed: int = 0  # genuine openings that raised none

    @property
    def precision(self) -> float:
        flagged = self.caught + self.false_alarms
        return self.caught / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        lures = self.caught + self.missed
        return self.caught / lures if lures else 1.0

    def add(self, lure: bool, flagged: bool) -> None:
        if lure:
            self.caught += flagged
            self.missed += not flagged
        else:
            self.false_alarms += flagged
            self.passed += not flagged


@dataclass
class Evaluation:
    overall: Score = field(default_factory=Score)
    by_language: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_script: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    flag_expected: Counter = field(default_factory=Counter)  # lures expected to raise the flag
    flag_raised: Counter = field(default_factory=Counter)  # ... of which raised it
    flag_false_alarms: Counter = field(default_factory=Counter)  # genuine openings raising it
    wrong: list[tuple[str, str, list[str], list[str]]] = field(default_factory=list)


def facts_of(row: dict) -> OpeningFacts:
    return OpeningFacts(title=row["title"], description=row["description"], trade=row["trade"],
                        wage_inr_month=int(row["wage_inr_month"]),
                        work_mode=row.get("work_mode") or "on_site", district=row.get("district"))


def evaluate(rows: Iterable[dict]) -> Evaluation:
    result = Evaluation()
    for row in rows:
        raised = [flag["code"] for flag in screen_content(facts_of(row))]
        lure = row["label"] == "lure"
        flagged = bool(raised)
        result.overall.add(lure, flagged)
        result.by_language[row.get("language", "?")].add(lure, flagged)
        result.by_script[f"{row.get('language', '?')}-{row.get('script', '?')}"].add(lure, flagged)
        for code in row.get("flags", ()):
            result.flag_expected[code] += 1
            result.flag_raised[code] += code in raised
        if not lure:
            result.flag_false_alarms.update(raised)
        if flagged != lure:
            result.wrong.append((row["id"], row["title"], row.get("flags", []), raised))
    return result


def load(path: str | Path, missing_wage_as: int | None = None) -> list[dict]:
    """The rows of a labelled file. The service requires a wage on every opening, so a row
    that gives none is left out, unless `missing_wage_as` says what to put in its place
    (`--missing-wage-as 0`: the wage an employer would enter for unpaid work)."""
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    if missing_wage_as is None:
        return [row for row in rows if row.get("wage_inr_month") is not None]
    return [{**row, "wage_inr_month": missing_wage_as} if row.get("wage_inr_month") is None
            else row for row in rows]


def report(result: Evaluation, name: str = "", misses: bool = False) -> str:
    def line(label: str, score: Score) -> str:
        return (f"  {label:<10} precision {score.precision:.3f}  recall {score.recall:.3f}  "
                f"(lures caught {score.caught}/{score.caught + score.missed}, genuine flagged "
                f"{score.false_alarms}/{score.false_alarms + score.passed})")

    lines = [f"screening on {name}" if name else "screening", line("overall", result.overall)]
    lines += [line(language, result.by_language[language])
              for language in sorted(result.by_language)]
    lines.append("  by script:")
    lines += [line(script, result.by_script[script]) for script in sorted(result.by_script)]
    lines.append("  per flag type (recall on the lures expected to raise it; false alarms on "
                 "genuine openings):")
    for code in CONTENT_CODES:
        expected = result.flag_expected[code]
        recall = f"{result.flag_raised[code] / expected:.3f}" if expected else "  -  "
        lines.append(f"    {code:<24} recall {recall} ({result.flag_raised[code]}/{expected})  "
                     f"false alarms {result.flag_false_alarms[code]}")
    if misses:
        for row_id, title, expected, raised in result.wrong:
            lines.append(f"  wrong: {row_id} {title!r} expected {expected} raised {raised}")
    return "\n".join(lines)


# The concepts each flag starts from: a genuine opening naming one, and not raising the flag, is
# a near false alarm.
TRIGGERS = {
    "fee_charged": ("fee", "pay_demand", "pay_channel", "cost_named"),
    "documents_retained": ("retain", "with_holder", "bank_card", "original"),
    "overseas_travel": ("overseas", "travel", "ticket", "agent_arranges"),
    "entertainment_lure": ("entertainment", "escort", "massage", "company", "venue"),
    "advance_to_family": ("advance", "family"),
    "minor_targeted": ("minor", "age_word", "school_class"),
    "vague_employer": ("vague", "described_only", "on_arrival", "told_later"),
}


def near_misses(rows: Iterable[dict]) -> dict[str, list[tuple[str, str, str]]]:
    """Per flag, (id, "raised" or "near", evidence) of every genuine opening that raised it or
    names a word it starts from."""
    from .rules import CONTENT_RULES, Reading
    from .wages import typical_wages
    found: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for row in rows:
        if row["label"] == "lure":
            continue
        reading = Reading(facts_of(row), typical_wages())  # read once: for the flags and the words
        raised = {flag["code"]: flag.get("evidence", "") for rule in CONTENT_RULES
                  if (flag := reading.flag_of(rule)) is not None}
        for code, concepts in TRIGGERS.items():
            hits = [hit for concept in concepts for hit in reading.hits.get(concept, ())]
            if code in raised:
                found[code].append((row["id"], "raised", raised[code]))
            elif hits:
                found[code].append((row["id"], "near", reading.quote(*hits[:3])))
    return found


def main(argv: list[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    show_misses, show_evidence = "--misses" in arguments, "--evidence" in arguments
    arguments = [argument for argument in arguments if argument not in ("--misses", "--evidence")]
    missing_wage_as = None
    if "--missing-wage-as" in arguments:
        at = arguments.index("--missing-wage-as")
        missing_wage_as = int(arguments[at + 1])
        del arguments[at:at + 2]
    paths = arguments
    if not paths:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    for path in paths:
        rows = load(path, missing_wage_as)
        name = f"{Path(path).name} ({len(rows)} rows with a wage)" if missing_wage_as is None \
            else Path(path).name
        print(report(evaluate(rows), name, misses=show_misses))
        if show_evidence:
            for code, cases in near_misses(rows).items():
                print(f"  {code}: {sum(kind == 'raised' for _, kind, _ in cases)} raised, "
                      f"{sum(kind == 'near' for _, kind, _ in cases)} near")
                for row_id, kind, words in cases:
                    print(f"    {kind:<6} {row_id} {words!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
