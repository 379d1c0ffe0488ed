"""The trades taxonomy as the matcher sees it, and its interest resolver, built once per version.

Building a resolver indexes every alias; it is kept per process and rebuilt only when the
taxonomy in the database changes (its version is the count and the highest id of aliases).
"""
from __future__ import annotations

import threading

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from matcher.interests import InterestResolver
from matcher.models import TradeInfo
from matcher.models import TradeKind

from .models import Trade, TradeAlias

_lock = threading.Lock()
_cache: dict[tuple, tuple[dict[str, TradeInfo], InterestResolver]] = {}


def _version(session: Session) -> tuple:
    bind = session.get_bind()
    trades = session.scalar(select(func.count()).select_from(Trade))
    aliases, last_alias = session.execute(
        select(func.count(TradeAlias.id), func.max(TradeAlias.id))
    ).one()
    return (bind.url.render_as_string(hide_password=True), trades, aliases, last_alias)


def trade_infos(session: Session) -> dict[str, TradeInfo]:
    return _load(session)[0]


def interest_resolver(session: Session) -> InterestResolver:
    return _load(session)[1]


def _load(session: Session) -> tuple[dict[str, TradeInfo], InterestResolver]:
    version = _version(session)
    with _lock:
        cached = _cache.get(version)
        if cached is not None:
            return cached
    trades = session.scalars(select(Trade).options(selectinload(Trade.aliases)).order_by(Trade.code))
    infos = {
        trade.code: TradeInfo(
            code=trade.code,
            name=trade.name,
            sector=trade.sector,
            kind=TradeKind(trade.kind) if trade.kind in TradeKind.codes() else TradeKind.TRADE,
            remote_teachable=trade.remote_teachable,
            aliases=tuple(alias.alias for alias in trade.aliases),
        )
        for trade in trades
    }
    built = (infos, InterestResolver(infos.values()))
    with _lock:
        _cache.clear()  # one taxonomy in use at a time per database; keep memory bounded
        _cache[version] = built
    return built
