"""Reference data for every role: the trades taxonomy searched in any language or script,
and district names suggested from a misspelling."""
from __future__ import annotations

from flask.views import MethodView

from catalog.geography import suggest_districts
from catalog.taxonomy import interest_resolver, trade_infos
from matcher.models import TradeInfo

from .auth import SIGNED_IN
from .blueprint import ApiBlueprint
from .database import get_session
from .schemas.reference import (
    DEFAULT_TRADE_LIMIT,
    DistrictSearchArgs,
    DistrictSuggestionOut,
    TradeOut,
    TradeSearchArgs,
)

blp = ApiBlueprint("reference", __name__, description="Reference data")

TRADE_MIN_SCORE = 60.0  # below this a trade is noise, not a suggestion


def trade_view(trade: TradeInfo, score: float | None) -> dict:
    return {
        "code": trade.code,
        "name": trade.name,
        "sector": trade.sector,
        "kind": trade.kind.value,
        "remote_teachable": trade.remote_teachable,
        "score": None if score is None else round(score, 1),
    }


@blp.route("/trades")
class Trades(MethodView):
    @blp.operation(*SIGNED_IN, query=TradeSearchArgs, answer=TradeOut(many=True))
    def get(self, args):
        """Trades ranked by how closely `q` matches their names and aliases (English, Hindi,
        Bengali, in script or transliterated, misspelled); without `q`, every trade by name."""
        session = get_session()
        trades = trade_infos(session)
        query = (args.get("q") or "").strip()
        if not query:
            ordered = sorted(trades.values(), key=lambda trade: (trade.name.casefold(), trade.code))
            return [trade_view(trade, None) for trade in ordered[: args.get("limit")]]
        ranked = interest_resolver(session).search(
            query, limit=args.get("limit", DEFAULT_TRADE_LIMIT), min_score=TRADE_MIN_SCORE
        )
        return [trade_view(trades[code], score) for code, score in ranked if code in trades]


@blp.route("/districts")
class Districts(MethodView):
    @blp.operation(*SIGNED_IN, query=DistrictSearchArgs, answer=DistrictSuggestionOut(many=True))
    def get(self, args):
        """District names closest to `q`, best first, with their state and centre."""
        return suggest_districts(get_session(), args["q"], limit=args["limit"])
