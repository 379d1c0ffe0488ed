"""The resolver on the labelled resolution sets (tests/data/): per language, the top trade is
right, the trades it returns are acceptable, and no negative phrase resolves to an unrelated
trade.

`trade_resolution.jsonl` is the development set (the resolver was tuned on it): the targets of
issue 17 are asserted on it. `trade_resolution_frozen.jsonl` and
`trade_resolution_frozen2.jsonl` were each written independently by someone who never saw the
alias lists, and scored once (FROZEN_HELD_OUT, FROZEN2_HELD_OUT); their tests assert the figures
reached now (FROZEN_REACHED, FROZEN2_REACHED), so that a change that makes them worse fails.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from matcher.evaluate_resolution import evaluate, load_resolver, main, read_rows

DATA = Path(__file__).resolve().parents[1] / "data"
DEV = DATA / "trade_resolution.jsonl"
FROZEN = DATA / "trade_resolution_frozen.jsonl"
FROZEN2 = DATA / "trade_resolution_frozen2.jsonl"
FROZEN3 = DATA / "trade_resolution_frozen3.jsonl"
LANGUAGES = ("en", "hi", "bn")

TOP1_TARGET = 0.9
PRECISION_TARGET = 0.95


def per_language(**by_language: tuple[float, float, int]) -> dict[str, dict]:
    """A split's figures, given per language as (top-1, precision, negatives wrong)."""
    return {language: {"top1": top1, "precision": precision, "negatives_wrong": wrong}
            for language, (top1, precision, wrong) in by_language.items()}


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


def test_the_development_set_is_large_and_balanced():
    rows = read_rows(DEV)
    assert len(rows) >= 210
    for language in LANGUAGES:
        mine = [row for row in rows if row["language"] == language]
        assert len(mine) >= 70, language
        assert sum(1 for row in mine if not row["expected"]) >= 7, language
        assert {row["kind"] for row in mine} == {"interest", "experience"}, language
        assert len({row["script"] for row in mine}) >= (1 if language == "en" else 2), language
    assert len({row["id"] for row in rows}) == len(rows)


def test_every_code_in_the_sets_is_a_trade_of_the_taxonomy(resolver):
    for path in (DEV, FROZEN, FROZEN2):
        if not path.exists():
            continue
        for row in read_rows(path):
            for code in (*row["expected"], *row.get("acceptable", ())):
                assert code in resolver.trades, (path.name, row.get("id"), code)


@pytest.mark.parametrize("language", LANGUAGES)
def test_development_set_meets_the_targets_in_each_language(resolver, language):
    figures = evaluate(resolver, read_rows(DEV))[language]
    assert figures.top1 >= TOP1_TARGET, figures.misses
    assert figures.precision >= PRECISION_TARGET, figures.misses
    assert figures.negatives_wrong == 0, figures.misses


# The frozen split (115 phrases) was scored ONCE, at commit 33992f7, before anything was changed
# after seeing it: the held-out figures, below target in English and Bengali.
FROZEN_HELD_OUT = per_language(en=(0.868, 0.882, 2), hi=(0.949, 0.938, 1), bn=(0.842, 0.897, 1))
# Then three general faults its misses showed were fixed (a lone word shared by two trades'
# aliases, "back" and "go" as words that name no trade, a lone word reaching a longer alias by
# its stem); no frozen phrase was added to the aliases. The figures after that fix, no longer
# held out, are what this test keeps: a change that makes them worse fails.
# After the second round of issue 17 (branch h17resolve: stop words per language, stem floors,
# word-aligned fuzzy matching, workplaces, households, negation inside a phrase), again with no
# frozen phrase added to the aliases, the figures rose to these.
FROZEN_REACHED = per_language(en=(0.974, 1.0, 0), hi=(1.0, 1.0, 0), bn=(0.921, 1.0, 0))


def assert_figures_at_least(figures, floor: dict) -> None:
    """Top-1 and precision, to three places, no lower than the figures a split once gave."""
    assert round(figures.top1, 3) >= floor["top1"], figures.misses
    assert round(figures.precision, 3) >= floor["precision"], figures.misses


@pytest.mark.skipif(not FROZEN.exists(), reason="the frozen split is not in the repository")
@pytest.mark.parametrize("language", LANGUAGES)
def test_frozen_split_keeps_the_figures_it_reached(resolver, language):
    reached = FROZEN_REACHED[language]
    figures = evaluate(resolver, read_rows(FROZEN))[language]
    assert_figures_at_least(figures, reached)
    assert figures.negatives_wrong <= reached["negatives_wrong"]


# The second frozen split (150 phrases, tests/data/trade_resolution_frozen2.SOURCES.md) was
# scored ONCE as held-out on 2026-12-01, before any fix it could have inspired; it has been
# development data since (its misses were read to find general faults, branch h17resolve).
FROZEN2_HELD_OUT = per_language(en=(0.940, 0.920, 0), hi=(0.920, 1.0, 0), bn=(0.880, 0.896, 1))
FROZEN2_REACHED = per_language(en=(0.980, 1.0, 0), hi=(0.960, 1.0, 0), bn=(1.0, 1.0, 0))


@pytest.mark.parametrize("language", LANGUAGES)
def test_second_frozen_split_meets_the_targets_and_keeps_its_figures(resolver, language):
    figures = evaluate(resolver, read_rows(FROZEN2))[language]
    reached = FROZEN2_REACHED[language]
    assert figures.top1 >= TOP1_TARGET and figures.precision >= PRECISION_TARGET
    assert_figures_at_least(figures, reached)
    assert figures.negatives_wrong <= reached["negatives_wrong"], figures.misses
    assert figures.top1 > FROZEN2_HELD_OUT[language]["top1"]


# The third frozen split (tests/data/trade_resolution_frozen3.SOURCES.md) was scored ONCE as
# held-out on 2026-12-01, after the reader fixes of the second: the targets, met there.
FROZEN3_HELD_OUT = per_language(en=(0.920, 0.957, 0), hi=(0.980, 1.0, 0), bn=(0.960, 1.0, 0))


@pytest.mark.parametrize("language", LANGUAGES)
def test_third_frozen_split_meets_the_targets_it_met_held_out(resolver, language):
    figures = evaluate(resolver, read_rows(FROZEN3))[language]
    held_out = FROZEN3_HELD_OUT[language]
    assert figures.top1 >= TOP1_TARGET and figures.precision >= PRECISION_TARGET, figures.misses
    assert_figures_at_least(figures, held_out)
    assert figures.negatives_wrong == 0, figures.misses


def test_the_command_prints_figures_per_language(capsys):
    assert main([str(DEV)]) == 0
    out = capsys.readouterr().out
    header, *lines = out.strip().splitlines()
    assert header.split()[:4] == ["language", "rows", "top-1", "precision"]
    assert [line.split()[0] for line in lines] == [*LANGUAGES, "all"]


def test_figures_count_a_wrong_top_trade_and_an_unrelated_negative(resolver):
    rows = [
        {"text": "silai", "kind": "interest", "language": "hi", "expected": ["embroidery"]},
        {"text": "silai", "kind": "interest", "language": "hi", "expected": [],
         "acceptable": []},
        {"text": "dog", "kind": "interest", "language": "hi", "expected": []},
        {"text": "silai", "kind": "interest", "language": "hi",
         "expected": ["sewing_dress_making"]},
    ]
    figures = evaluate(resolver, rows)["hi"]
    assert (figures.rows, figures.top1_right) == (4, 2)
    assert (figures.resolved, figures.resolved_right) == (3, 1)
    assert (figures.negatives, figures.negatives_wrong) == (2, 1)
