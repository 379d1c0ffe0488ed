"""Reference data out: trades ranked by a search text, district name suggestions."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from .fields import text

MAX_QUERY = 100
DEFAULT_TRADE_LIMIT = 20
MAX_TRADE_LIMIT = 200
DEFAULT_DISTRICT_LIMIT = 5
MAX_DISTRICT_LIMIT = 50


class TradeSearchArgs(Schema):
    q = text(MAX_QUERY, metadata={
        "description": "Free text in any language or script, e.g. 'silai', 'সেলাই', 'parlor'"})
    limit = fields.Integer(
        validate=validate.Range(min=1, max=MAX_TRADE_LIMIT),
        metadata={"description": f"Most trades returned (default {DEFAULT_TRADE_LIMIT} with q, "
                                 "all without)"},
    )


class TradeOut(Schema):
    code = fields.String(required=True)
    name = fields.String(required=True)
    sector = fields.String(required=True)
    kind = fields.String(required=True, metadata={
        "description": "trade, bridge, open_schooling or entrepreneurship"})
    remote_teachable = fields.Boolean(required=True)
    score = fields.Float(required=True, allow_none=True,
                         metadata={"description": "0 to 100; null when no q was given"})


class DistrictSearchArgs(Schema):
    q = text(MAX_QUERY, required=True,
             metadata={"description": "A district name, misspelled or not"})
    limit = fields.Integer(load_default=DEFAULT_DISTRICT_LIMIT,
                           validate=validate.Range(min=1, max=MAX_DISTRICT_LIMIT))


class DistrictSuggestionOut(Schema):
    name = fields.String(required=True)
    state = fields.String(required=True,
                          metadata={"description": "State, or division in Bangladesh"})
    country = fields.String(required=True, metadata={"description": "IN or BD"})
    latitude = fields.Float(required=True)
    longitude = fields.Float(required=True)
    score = fields.Float(required=True, metadata={"description": "0 to 100"})
