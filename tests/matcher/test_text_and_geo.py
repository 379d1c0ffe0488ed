"""Normalisation of text and district names, and great-circle distances."""

from __future__ import annotations

import math

import pytest

from matcher.geo import bounding_box, haversine_km
from matcher.text import district_key, normalise, skeleton

from .field import HOWRAH, KOLKATA, MUMBAI


def test_normalise_folds_case_width_and_punctuation_but_keeps_indic_vowel_signs():
    assert normalise("  Silai-KA   kaam!! ") == "silai ka kaam"
    assert normalise("সেলাই, কাজ") == "সেলাই কাজ"
    assert normalise("ＰＡＲＬＯＵＲ") == "parlour"  # full-width letters (NFKC)
    assert normalise("class 10") == "class 10"


@pytest.mark.parametrize(
    "a, b",
    [
        ("silaai", "silai"),
        ("parlour", "parlor"),
        ("kaaj", "kaj"),
        ("bhaat", "bat"),
        ("sillai", "silai"),
        ("सिलाई", "सिलाइ"),
        ("বিউটী", "বিউটি"),
    ],
)
def test_skeleton_forgives_the_usual_spelling_variants(a, b):
    assert skeleton(normalise(a)) == skeleton(normalise(b))


def test_skeleton_keeps_different_words_apart():
    assert skeleton("baking") != skeleton("banking")


def test_district_key_is_idempotent_and_ignores_case_and_punctuation():
    assert district_key("North 24-Parganas") == "north 24 parganas"
    assert district_key(district_key("South_24 Parganas")) == "south 24 parganas"


def test_known_distances():
    assert haversine_km(*HOWRAH, *KOLKATA) == pytest.approx(10.7, abs=0.5)
    assert haversine_km(*KOLKATA, *MUMBAI) == pytest.approx(1660, rel=0.02)
    assert haversine_km(*KOLKATA, *KOLKATA) == 0.0


@pytest.mark.parametrize(
    "lat, lon, radius", [(22.57, 88.36, 30), (60.0, 10.0, 500), (0.0, 179.9, 50)]
)
def test_the_bounding_box_holds_every_point_within_the_radius(lat, lon, radius):
    south, north, west, east = bounding_box(lat, lon, radius)
    for bearing in range(0, 360, 5):
        # a point just inside the circle, in this direction
        d = (radius * 0.999) / 6371.0088
        theta = math.radians(bearing)
        phi1, lam1 = math.radians(lat), math.radians(lon)
        phi2 = math.asin(
            math.sin(phi1) * math.cos(d) + math.cos(phi1) * math.sin(d) * math.cos(theta)
        )
        lam2 = lam1 + math.atan2(
            math.sin(theta) * math.sin(d) * math.cos(phi1),
            math.cos(d) - math.sin(phi1) * math.sin(phi2),
        )
        plat, plon = math.degrees(phi2), (math.degrees(lam2) + 540) % 360 - 180
        assert haversine_km(lat, lon, plat, plon) <= radius
        assert south <= plat <= north
        assert west <= plon <= east
