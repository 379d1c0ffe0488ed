"""Issue 19: the benchmark's naive baseline (bench/bench_matcher_baseline.py) is fair, its cheap
filters before the costly fuzzy ratio, and that order changes none of its answers."""

from __future__ import annotations

from bench.bench_matcher_baseline import naive_match
from bench.bench_matcher_synthetic import TODAY, catalogue, profiles

from . import field


def test_filters_first_gives_the_answers_of_scoring_every_offer_first():
    courses, openings = catalogue(field.TRADES, 3_000, seed=7)
    listed = 0
    for survivor, texts in profiles(field.RESOLVER, 30, seed=11):
        arguments = (survivor, texts, courses, openings, field.TRADES, TODAY)
        fair = naive_match(*arguments)
        assert fair == naive_match(*arguments, score_first=True)
        listed += len(fair["matches"])
        assert len(fair["matches"]) <= 20
    assert listed > 0  # not vacuous: the baseline lists offers for these profiles


def test_the_filters_keep_out_what_they_name():
    courses, openings = catalogue(field.TRADES, 3_000, seed=7)
    offers = {(offer.kind, offer.id): offer for offer in [*courses, *openings]}
    for survivor, texts in profiles(field.RESOLVER, 30, seed=11):
        for found in naive_match(survivor, texts, courses, openings, field.TRADES, TODAY,
                                 limit=None)["matches"]:
            offer = offers[(found["kind"], found["course_id"] or found["opening_id"])]
            assert survivor.literacy >= offer.min_literacy
            assert not offer.women_only or survivor.gender.value == "female"
