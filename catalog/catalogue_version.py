"""The catalogue's version, kept in one place: every session notes what it writes of the catalogue
(courses, batches, seats, openings, employers' verification, the outcomes placement rates rest
on), and the transaction that wrote it bumps the version row and logs the changes just before it
commits. No service calls this: the session events below see every flush and every UPDATE,
INSERT or DELETE statement run through a session, so none can forget it.

Matching reads the version row by its key (catalog/index_cache.py): O(1), whatever the size of
the catalogue. The row is taken last in the transaction, just before COMMIT, so writers of
different rows never deadlock on it, and it is held only for the commit itself.

On PostgreSQL the bump also sends NOTIFY (catalog/catalogue_notify.py: delivered at COMMIT, never
for a rollback), so every process learns of a change at once. The row is the authority: a process
that missed a notification finds the new version on its next read.

Kinds of change, with the id they carry: `course` (course id), `batch` (batch id: its dates,
closing or total), `seats` (batch id: only `seats_taken` moved), `opening` (opening id),
`employer` (organisation id: verification), `outcomes` (none: a completion or hire, made or
undone, may move placement rates), `all` (none: a change the log cannot name row by row).
"""
from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import event, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, BooleanClauseList

from matcher.vocabulary import ReferralStatus

from .catalogue_notify import notify
from .clock import system_clock
from .models import (
    Batch,
    CatalogueChange,
    CatalogueVersion,
    Course,
    Opening,
    Organisation,
    Referral,
    Trade,
    TradeAlias,
)

ROW_ID = 1
LOG_KEPT = 20_000
"""Versions of change log kept; a process further behind rebuilds its index."""

PENDING = "catalogue_changes"
OUTCOME_STATUSES = frozenset({ReferralStatus.COMPLETED, ReferralStatus.HIRED})
SEAT_COLUMNS = frozenset({"seats_taken", "updated_at"})
EMPLOYER_COLUMNS = frozenset({"verified"})


@dataclass(frozen=True)
class Version:
    epoch: str | None  # None: no change was ever recorded (or the row was emptied)
    version: int
    log_from: int


@dataclass(frozen=True)
class Change:
    version: int
    kind: str
    ref_id: int | None


_READ_VERSION = (f"SELECT epoch, version, log_from FROM {CatalogueVersion.__tablename__} "
                 f"WHERE id = {ROW_ID}")


def read_version(session: Session) -> Version:
    """The current version: one read of one row by its key, run on every match, so as plain
    SQL on the session's connection (half the time of the same ORM select). The session is
    flushed first, as the ORM's autoflush would: its own writes are noted before it reads."""
    if session.autoflush:
        session.flush()
    row = session.connection().exec_driver_sql(_READ_VERSION).first()
    if row is None:
        return Version(None, 0, 0)
    return Version(row.epoch, row.version, row.log_from)


def changes_since(session: Session, version: int, upto: int) -> list[Change]:
    """The logged changes of the versions after `version`, up to `upto`, oldest first."""
    rows = session.execute(
        select(CatalogueChange.version, CatalogueChange.kind, CatalogueChange.ref_id)
        .where(CatalogueChange.version > version, CatalogueChange.version <= upto)
        .order_by(CatalogueChange.version, CatalogueChange.id)
    )
    return [Change(*row) for row in rows]


# --- noting what a session writes --------------------------------------------------------------


def _note(session: Session, kind: str, ref_id: int | None) -> None:
    session.info.setdefault(PENDING, set()).add((kind, ref_id))


def _history_changed(obj, names: Iterable[str]) -> set[str]:
    from sqlalchemy import inspect

    state = inspect(obj)
    return {name for name in names if state.attrs[name].history.has_changes()}


def _column_names(model) -> list[str]:
    return [column.key for column in model.__mapper__.column_attrs]


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context) -> None:
    # After the flush new rows have their ids; new, dirty and deleted still show what it wrote.
    for obj, deleted in [(o, False) for o in session.new] + [(o, False) for o in session.dirty] \
            + [(o, True) for o in session.deleted]:
        new = obj in session.new
        if isinstance(obj, Course):
            if new or deleted or session.is_modified(obj, include_collections=False):
                _note(session, "course", obj.id)
        elif isinstance(obj, Batch):
            if new or deleted:  # its course is read again (a deleted batch cannot be)
                _note(session, "course", obj.course_id)
                continue
            changed = _history_changed(obj, _column_names(Batch))
            if changed and changed <= SEAT_COLUMNS:
                _note(session, "seats", obj.id)
            elif changed:
                _note(session, "batch", obj.id)
        elif isinstance(obj, Opening):
            if new or deleted or session.is_modified(obj, include_collections=False):
                _note(session, "opening", obj.id)
        elif isinstance(obj, Organisation):
            if new or deleted or _history_changed(obj, EMPLOYER_COLUMNS):
                _note(session, "employer", obj.id)
        elif isinstance(obj, Referral):
            if new or deleted:
                if obj.status in OUTCOME_STATUSES:
                    _note(session, "outcomes", None)
                continue
            state_history = _history_values(obj, "status")
            if state_history & OUTCOME_STATUSES or (
                    _history_changed(obj, ("status_changed_at",))
                    and obj.status in OUTCOME_STATUSES):
                _note(session, "outcomes", None)
        elif isinstance(obj, (Trade, TradeAlias)):
            if new or deleted or session.is_modified(obj, include_collections=False):
                _note(session, "all", None)


def _history_values(obj, name: str) -> set:
    from sqlalchemy import inspect

    history = inspect(obj).attrs[name].history
    return set(history.added or ()) | set(history.deleted or ())


KIND_OF_TABLE = {
    Course.__table__: "course",
    Batch.__table__: "batch",
    Opening.__table__: "opening",
    Organisation.__table__: "employer",
    Referral.__table__: "outcomes",
    Trade.__table__: "all",
    TradeAlias.__table__: "all",
}

CANONICAL = {table: table for table in KIND_OF_TABLE}


@event.listens_for(Session, "do_orm_execute")
def _on_statement(state) -> None:
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    statement = state.statement
    table = getattr(statement, "table", None)
    kind = KIND_OF_TABLE.get(table)
    if kind is None:
        return
    table = CANONICAL[table]  # an ORM statement may carry an annotated copy
    session = state.session
    if state.is_insert:
        # Bulk inserts do not say which ids they made: the catalogue is read afresh.
        if kind != "outcomes":
            _note(session, "all", None)
        else:
            _note(session, "outcomes", None)
        return
    values = {getattr(key, "key", key) for key in getattr(statement, "_values", None) or {}}
    if kind == "outcomes":
        if state.is_delete or "status" in values and _may_touch_outcomes(statement):
            _note(session, "outcomes", None)
        return
    if kind == "employer" and state.is_update and not values & EMPLOYER_COLUMNS:
        return
    if kind == "batch" and state.is_update and values and values <= SEAT_COLUMNS:
        kind = "seats"
    if state.is_delete and kind in ("batch", "employer"):
        _note(session, "all", None)  # the rows that named their course or openings are gone
        return
    ids = _ids_of(statement, table)
    for ref_id in ids if ids is not None else (None,):
        _note(session, kind if ref_id is not None else "all", ref_id)


def _criteria(statement) -> list:
    where = getattr(statement, "whereclause", None)
    if where is None:
        return []
    if isinstance(where, BooleanClauseList) and where.operator is operators.and_:
        return list(where.clauses)
    return [where]


def _bound(value) -> list | None:
    if isinstance(value, BindParameter):
        bound = value.effective_value
        return list(bound) if isinstance(bound, (list, tuple, set, frozenset)) else [bound]
    return None


def _is_column(element, table, name: str) -> bool:
    """Whether `element` is column `name` of `table` (ORM statements carry annotated copies)."""
    own = getattr(element, "table", None)
    return (own is not None and CANONICAL.get(own) is table
            and getattr(element, "key", None) == name)


def _ids_of(statement, table) -> list[int] | None:
    """The ids a statement's WHERE pins (`id = x` or `id IN (...)`), else None (any row)."""
    for criterion in _criteria(statement):
        if (isinstance(criterion, BinaryExpression) and _is_column(criterion.left, table, "id")
                and criterion.operator in (operators.eq, operators.in_op)):
            values = _bound(criterion.right)
            if values is not None:
                return [int(v) for v in values]
    return None


def _may_touch_outcomes(statement) -> bool:
    """Whether a referral status UPDATE may make or undo a completion or hire: its new status
    is one, or the statuses its WHERE allows include one (or it names none)."""
    new = statement._values.get(Referral.__table__.c.status)
    new_values = _bound(new) if new is not None else None
    if new_values is None or set(new_values) & OUTCOME_STATUSES:
        return True
    for criterion in _criteria(statement):
        if (isinstance(criterion, BinaryExpression)
                and _is_column(criterion.left, Referral.__table__, "status")
                and criterion.operator in (operators.eq, operators.in_op)):
            old = _bound(criterion.right)
            return old is None or bool(set(old) & OUTCOME_STATUSES)
    return True


# --- the bump, at commit ---------------------------------------------------------------------


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return
    session.flush()  # what is still pending is noted by the flush
    pending = session.info.pop(PENDING, None)
    if pending:
        bump(session, pending)


@event.listens_for(Session, "after_transaction_end")
def _after_transaction_end(session: Session, transaction) -> None:
    if transaction.parent is None:  # the outermost: committed (and bumped) or rolled back
        session.info.pop(PENDING, None)


def _insert(session: Session):
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def bump(session: Session, changes: Iterable[tuple[str, int | None]]) -> int:
    """Bump the version and log `changes` under it, in the session's transaction; on PostgreSQL
    notify every process (at commit). Returns the new version. `changed_at` is a bookkeeping
    stamp of the commit, read from the system clock here (the hook has no caller to pass `now`);
    nothing decides on it."""
    connection = session.connection()
    now = system_clock()
    bumped = update(CatalogueVersion).where(CatalogueVersion.id == ROW_ID).values(
        version=CatalogueVersion.version + 1, changed_at=now
    ).returning(CatalogueVersion.epoch, CatalogueVersion.version, CatalogueVersion.log_from)
    row = connection.execute(bumped).first()
    if row is None:
        connection.execute(_insert(session)(CatalogueVersion).values(
            id=ROW_ID, epoch=secrets.token_hex(8), version=0, log_from=1, changed_at=now
        ).on_conflict_do_nothing())
        row = connection.execute(bumped).one()
    epoch, version, log_from = row
    changes = sorted(set(changes), key=lambda c: (c[0], c[1] if c[1] is not None else -1))
    if any(kind == "all" for kind, _ in changes):
        changes = [("all", None)]
    connection.execute(CatalogueChange.__table__.insert(),
                       [{"version": version, "kind": kind, "ref_id": ref_id}
                        for kind, ref_id in changes])
    if version - log_from >= 2 * LOG_KEPT:  # trim now and then, not on every bump
        keep_from = version - LOG_KEPT
        connection.execute(CatalogueChange.__table__.delete()
                           .where(CatalogueChange.version < keep_from))
        connection.execute(update(CatalogueVersion).where(CatalogueVersion.id == ROW_ID)
                           .values(log_from=keep_from))
    if connection.dialect.name == "postgresql":
        notify(connection, epoch, version, changes)
    return version
