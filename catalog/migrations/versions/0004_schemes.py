"""Government schemes catalogue, and what scheme eligibility needs on a profile.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# SQLite keeps no zone: timestamps are naive UTC, as `catalog.models.base.UTCDateTime` stores them.
UTC_DATETIME = sa.DateTime()


def upgrade() -> None:
    op.create_table(
        "schemes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("level", sa.Enum("central", "state", name="level", native_enum=False,
                                   create_constraint=True, length=24), nullable=False),
        sa.Column("state", sa.String(length=80), nullable=True),
        sa.Column("kind", sa.Enum("bank_account", "skill_training", "business_loan",
                                  "enterprise_support", "livelihood_group", "social_security",
                                  "food", "shelter_rehabilitation", "cash_transfer", name="kind",
                                  native_enum=False, create_constraint=True, length=24),
                  nullable=False),
        sa.Column("ministry", sa.String(length=200), nullable=True),
        sa.Column("benefit", sa.Text(), nullable=False),
        sa.Column("benefit_amount_inr", sa.Integer(), nullable=True),
        sa.Column("eligibility", sa.JSON(), nullable=False),
        sa.Column("documents_required", sa.JSON(), nullable=False),
        sa.Column("documents_other", sa.JSON(), nullable=False),
        sa.Column("prerequisites", sa.JSON(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.CheckConstraint("level = 'central' OR state IS NOT NULL",
                           name=op.f("ck_schemes_state_scheme_has_state")),
        sa.CheckConstraint("benefit_amount_inr IS NULL OR benefit_amount_inr >= 0",
                           name=op.f("ck_schemes_amount_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schemes")),
        sa.UniqueConstraint("code", name=op.f("uq_schemes_code")),
    )
    # Existing profiles: Indian nationals not awaiting repatriation, BPL unknown, no scheme held.
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            "nationality",
            sa.Enum("IN", "BD", "NP", name="nationality", native_enum=False,
                    create_constraint=True, length=24),
            nullable=False, server_default="IN"))
        batch_op.add_column(sa.Column("awaiting_repatriation", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("bpl", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("schemes_held", sa.JSON(), nullable=False,
                                      server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        # The CHECK of the nationality codes goes first, or SQLite's rebuilt table keeps it.
        batch_op.drop_constraint(op.f("ck_profiles_nationality"), type_="check")
        batch_op.drop_column("schemes_held")
        batch_op.drop_column("bpl")
        batch_op.drop_column("awaiting_repatriation")
        batch_op.drop_column("nationality")
    op.drop_table("schemes")
