"""Casework reasons: why a referral was withdrawn or not selected, why a profile was closed.

`referrals.reason` holds a code (catalog.services.referrals WITHDRAW_REASONS and
NOT_SELECTED_REASONS), `profiles.closed_reason` a code (catalog.services.profiles
CLOSE_REASONS) and `profiles.closed_note` the counselor's optional note, which retention clears
with the other free text of an anonymised profile.

Revision ID: 0014
Revises: 0011
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = "0014"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason", sa.String(length=40), nullable=True))
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_reason", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("closed_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.drop_column("closed_note")
        batch_op.drop_column("closed_reason")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_column("reason")
