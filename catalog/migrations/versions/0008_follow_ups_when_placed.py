"""Follow-ups created when a survivor is placed: `follow_ups.escalated_at` (an overdue follow-up
raised once), and the follow-ups of referrals placed before, which the daily job used to create.
And `allocations.include_placed`: whether survivors holding a live seat were included on purpose
(existing allocations: no, as they were proposed).

Backfill, idempotent (only missing (referral, day) rows are added): every enrolled or hired
referral from its `status_changed_at`; every completed, dropped or withdrawn course referral
whose enrolment the audit log records (`held->enrolled`) from that moment, as the enrolment's
schedule. Anonymised profiles are left out: there is no one to follow up.

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-01
"""
from datetime import timedelta, timezone
from zoneinfo import ZoneInfo

from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

FOLLOW_UP_DAYS = (30, 90, 180)  # as catalog.models.FOLLOW_UP_DAYS when this was written
INDIA = ZoneInfo("Asia/Kolkata")

referrals = sa.table("referrals", sa.column("id", sa.Integer), sa.column("profile_id", sa.Integer),
                     sa.column("batch_id", sa.Integer), sa.column("status", sa.String),
                     sa.column("status_changed_at", sa.DateTime))
profiles = sa.table("profiles", sa.column("id", sa.Integer),
                    sa.column("anonymised_at", sa.DateTime))
follow_ups = sa.table("follow_ups", sa.column("referral_id", sa.Integer),
                      sa.column("day", sa.Integer), sa.column("due_on", sa.Date))
audit = sa.table("audit_events", sa.column("object_type", sa.String),
                 sa.column("object_id", sa.Integer), sa.column("action", sa.String),
                 sa.column("detail", sa.String), sa.column("at", sa.DateTime))


def _local_date(moment):
    """The Indian calendar day of a timestamp stored as naive UTC."""
    return moment.replace(tzinfo=timezone.utc).astimezone(INDIA).date()


def _backfill(connection) -> None:
    followed = sa.and_(profiles.c.id == referrals.c.profile_id, profiles.c.anonymised_at.is_(None))
    placed = {row.id: row.status_changed_at for row in connection.execute(
        sa.select(referrals.c.id, referrals.c.status_changed_at).select_from(referrals)
        .join(profiles, followed)
        .where(referrals.c.status.in_(("enrolled", "hired"))))}
    enrolments = connection.execute(
        sa.select(referrals.c.id, sa.func.min(audit.c.at)).select_from(referrals)
        .join(profiles, followed)
        .join(audit, sa.and_(audit.c.object_type == "referral",
                             audit.c.object_id == referrals.c.id))
        .where(referrals.c.batch_id.is_not(None),
               referrals.c.status.in_(("completed", "dropped", "withdrawn")),
               audit.c.action == "status", audit.c.detail == "held->enrolled")
        .group_by(referrals.c.id))
    for referral_id, enrolled_at in enrolments:
        if enrolled_at is not None:
            placed.setdefault(referral_id, enrolled_at)
    if not placed:
        return
    existing = set()
    ids = sorted(placed)
    for start in range(0, len(ids), 500):
        existing.update(tuple(row) for row in connection.execute(
            sa.select(follow_ups.c.referral_id, follow_ups.c.day)
            .where(follow_ups.c.referral_id.in_(ids[start:start + 500]))))
    rows = [{"referral_id": referral_id, "day": day,
             "due_on": _local_date(placed_at) + timedelta(days=day)}
            for referral_id, placed_at in sorted(placed.items()) if placed_at is not None
            for day in FOLLOW_UP_DAYS if (referral_id, day) not in existing]
    if rows:
        connection.execute(follow_ups.insert(), rows)


def upgrade() -> None:
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.add_column(sa.Column("escalated_at", sa.DateTime(), nullable=True))
    _backfill(op.get_bind())
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("include_placed", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.alter_column("include_placed", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.drop_column("include_placed")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_column("escalated_at")
