"""Waiting lists of batches with first claims on freed seats, and the sector a survivor was
exploited in (issue 17).

Revision ID: 0013
Revises: 0015 (0011 on its branch; re-chained when main was merged in)
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = "0013"
down_revision = "0016"
branch_labels = None
depends_on = None

_OPEN_SQL = "status IN ('waiting', 'offered')"
STATUSES = ("waiting", "offered", "claimed", "declined", "lapsed", "left", "skipped")


def upgrade() -> None:
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exploited_sector", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("return_to_sector_reason", sa.Text(), nullable=True))
    op.create_table(
        "waiting_list_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.Enum(*STATUSES, name="status", native_enum=False,
                                    create_constraint=True, length=24), nullable=False),
        sa.Column("claim_expires_at", sa.DateTime(), nullable=True),
        sa.Column("offered_at", sa.DateTime(), nullable=True),
        sa.Column("referral_id", sa.Integer(), nullable=True),
        sa.Column("skip_reason", sa.String(length=40), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["batches.id"], ondelete="CASCADE",
                                name=op.f("fk_waiting_list_entries_batch_id_batches")),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"],
                                name=op.f("fk_waiting_list_entries_profile_id_profiles")),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"],
                                name=op.f("fk_waiting_list_entries_referral_id_referrals")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"],
                                name=op.f("fk_waiting_list_entries_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waiting_list_entries")),
    )
    with op.batch_alter_table("waiting_list_entries", schema=None) as batch_op:
        batch_op.create_index("uq_waiting_list_open_profile_batch", ["profile_id", "batch_id"],
                              unique=True, sqlite_where=sa.text(_OPEN_SQL),
                              postgresql_where=sa.text(_OPEN_SQL))
        batch_op.create_index("ix_waiting_list_batch_status", ["batch_id", "status"])
        batch_op.create_index("ix_waiting_list_status_claim_expires_at",
                              ["status", "claim_expires_at"])
        batch_op.create_index(batch_op.f("ix_waiting_list_entries_profile_id"), ["profile_id"])


def downgrade() -> None:
    op.drop_table("waiting_list_entries")
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.drop_column("return_to_sector_reason")
        batch_op.drop_column("exploited_sector")
