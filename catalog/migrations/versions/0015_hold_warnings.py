"""Notifications for every event of a case (issue 16): a referral remembers when its counselor
was told that its seat hold ends soon, so the job tells her once.

Revision ID: 0015
Revises: 0011
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hold_warned_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_column("hold_warned_at")
