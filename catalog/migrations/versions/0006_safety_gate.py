"""Safety gate: screening version and content digest of openings, the flags an admin published
over, dismissals of hard flags by admins, verification notes, and what a follow-up found about
wages, fees and documents.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'flag_dismissals',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('opening_id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=64), nullable=False),
        sa.Column('content_digest', sa.String(length=64), nullable=False),
        sa.Column('admin_id', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['opening_id'], ['openings.id'], ondelete='CASCADE',
                                name=op.f('fk_flag_dismissals_opening_id_openings')),
        sa.ForeignKeyConstraint(['admin_id'], ['users.id'],
                                name=op.f('fk_flag_dismissals_admin_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_flag_dismissals')),
        sa.UniqueConstraint('opening_id', 'code', 'content_digest', 'admin_id',
                            name='uq_flag_dismissals_opening_code_digest_admin'),
    )
    op.create_index('ix_flag_dismissals_opening_id', 'flag_dismissals', ['opening_id'])
    with op.batch_alter_table('openings') as batch:
        batch.add_column(sa.Column('screening_version', sa.String(length=40), nullable=True))
        batch.add_column(sa.Column('content_digest', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('approved_flags', sa.JSON(), nullable=True))
        batch.add_column(sa.Column('review_reason', sa.String(length=64), nullable=True))
    with op.batch_alter_table('organisations') as batch:
        batch.add_column(sa.Column('verification_note', sa.Text(), nullable=True))
    with op.batch_alter_table('follow_ups') as batch:
        batch.add_column(sa.Column('wage_paid_inr_month', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('documents_with_her', sa.Boolean(), nullable=True))
        batch.add_column(sa.Column('fees_taken', sa.Boolean(), nullable=True))
        batch.add_column(sa.Column('wages_unpaid', sa.Boolean(), nullable=True))
        batch.add_column(sa.Column('reason', sa.String(length=40), nullable=True))
    # Openings published before the gate were published with every flag they carried in view:
    # those flags count as approved, so the first re-screen only acts on what is new.
    connection = op.get_bind()
    openings = sa.table('openings', sa.column('id', sa.Integer), sa.column('status', sa.String),
                        sa.column('flags', sa.JSON), sa.column('approved_flags', sa.JSON))
    rows = connection.execute(
        sa.select(openings.c.id, openings.c.flags).where(openings.c.status == 'published'))
    for opening_id, flags in rows.fetchall():
        if isinstance(flags, str):
            flags = json.loads(flags)
        codes = sorted({flag.get('code') for flag in flags or [] if isinstance(flag, dict)})
        connection.execute(openings.update().where(openings.c.id == opening_id)
                           .values(approved_flags=codes))


def downgrade() -> None:
    with op.batch_alter_table('follow_ups') as batch:
        for column in ('reason', 'wages_unpaid', 'fees_taken', 'documents_with_her',
                       'wage_paid_inr_month'):
            batch.drop_column(column)
    with op.batch_alter_table('organisations') as batch:
        batch.drop_column('verification_note')
    with op.batch_alter_table('openings') as batch:
        for column in ('review_reason', 'approved_flags', 'content_digest', 'screening_version'):
            batch.drop_column(column)
    op.drop_index('ix_flag_dismissals_opening_id', table_name='flag_dismissals')
    op.drop_table('flag_dismissals')
