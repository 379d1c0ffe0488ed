"""The trades taxonomy as the matcher sees it, and its interest resolver, kept per process.

Kept by the catalogue's version (catalog/versioned_cache.py): every write of a trade or an alias
through a session, in place or not (a re-seed that turns `remote_teachable` on), logs a change
of kind `all` under a new version (catalog/catalogue_version.py). When the version moves, the
changes logged since are read (one query): none of kind `all`, and the taxonomy kept is still
true. Otherwise the trades are read again (a few milliseconds) and the resolver, which indexes
every alias (about 100 ms), is built again only if they differ, and only when first asked for.
A database whose catalogue was never written through a session has no version row: its
taxonomy is keyed by the count of trades and of aliases instead.
"""
from __future__ import annotations

import threading
from collections.abc import Hashable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from matcher.interests import InterestResolver
from matcher.models import TradeInfo, TradeKind

from . import catalogue_version as versions
from .catalogue_version import Version, changes_since, read_version
from .models import Trade, TradeAlias
from .versioned_cache import Entry, VersionedCache, as_new_as, database_key

OWN = "taxonomy"


class Taxonomy:
    """The trades by code, and their resolver, built on first use."""

    def __init__(self, infos: dict[str, TradeInfo]):
        self.infos = infos
        self._resolver: InterestResolver | None = None
        self._lock = threading.Lock()

    @property
    def resolver(self) -> InterestResolver:
        if self._resolver is None:
            with self._lock:
                if self._resolver is None:
                    self._resolver = InterestResolver(self.infos.values())
        return self._resolver


def _read_infos(session: Session) -> dict[str, TradeInfo]:
    trades = session.scalars(select(Trade).options(selectinload(Trade.aliases)).order_by(Trade.code))
    return {
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


def _build(session: Session, _part: Hashable) -> Taxonomy:
    return Taxonomy(_read_infos(session))


def _catch_up(session: Session, entry: Entry[Taxonomy], version: Hashable,
              _part: Hashable) -> Taxonomy:
    kept = entry.version
    if (isinstance(kept, Version) and isinstance(version, Version)
            and kept.epoch == version.epoch and kept.version >= version.log_from - 1
            and not any(change.kind == "all"
                        for change in changes_since(session, kept.version, version.version))):
        return entry.value  # nothing logged since can have changed a trade
    infos = _read_infos(session)
    return entry.value if infos == entry.value.infos else Taxonomy(infos)


_cache: VersionedCache[Taxonomy] = VersionedCache(_build, catch_up=_catch_up, fresh=as_new_as)


def _version(session: Session) -> Hashable:
    current = read_version(session)  # flushes first: the session's own writes are noted
    if current.epoch is not None:
        return current
    trades = session.scalar(select(func.count()).select_from(Trade))
    aliases, last_alias = session.execute(
        select(func.count(TradeAlias.id), func.max(TradeAlias.id))
    ).one()
    return ("counted", trades, aliases, last_alias)


def taxonomy(session: Session) -> Taxonomy:
    version = _version(session)
    if any(kind == "all" for kind, _ in session.info.get(versions.PENDING, ())):
        # This transaction may have written trades it has not committed: the trades as it sees
        # them, in a taxonomy of the session's own (the one kept when they are the same).
        infos = _read_infos(session)
        kept = _cache.kept(database_key(session))
        for candidate in (session.info.get(OWN), kept[1].value if kept else None):
            if candidate is not None and candidate.infos == infos:
                return candidate
        session.info[OWN] = Taxonomy(infos)
        return session.info[OWN]
    return _cache.get(session, version)


def trade_infos(session: Session) -> dict[str, TradeInfo]:
    return taxonomy(session).infos


def interest_resolver(session: Session) -> InterestResolver:
    return taxonomy(session).resolver
