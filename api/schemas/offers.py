"""The input fields a course and an opening share, as their schemas take them: the columns of
what they are, whom they take and where they are (catalog/models/offers.py), in the class body
of each: `locals().update(offer_place("the course"))`, in the place the fields stand."""
from __future__ import annotations

from marshmallow import fields

from matcher.vocabulary import LANGUAGE_CODES, Literacy

from .fields import code, codes, latitude, longitude, text


def offer_takes(languages: str) -> dict[str, fields.Field]:
    """Whom it takes: the least literacy, and the languages, ISO 639-1 codes `languages` (at
    least one, which each schema checks in its own words)."""
    return {
        "min_literacy": code(Literacy, required=True),
        "languages": codes(LANGUAGE_CODES, max_items=10, required=True, metadata={
            "description": f"ISO 639-1 codes {languages}; at least one"}),
    }


def offer_place(offer: str) -> dict[str, fields.Field]:
    """Where it is: the district, required unless `offer` is remote, the state, and coordinates
    that override the district's."""
    return {
        "district": text(80, allow_none=True,
                         metadata={"description": f"Required unless {offer} is remote"}),
        "state": text(80, allow_none=True),
        "latitude": latitude(allow_none=True, metadata={"description": "Overrides the district's"}),
        "longitude": longitude(allow_none=True,
                               metadata={"description": "Overrides the district's"}),
    }
