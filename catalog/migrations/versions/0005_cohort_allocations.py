"""Cohort allocations: a proposed assignment of survivors to seats, and each survivor's item.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('allocations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('proposed', 'applied', name='status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('min_score', sa.Float(), nullable=False),
    sa.Column('batches', sa.JSON(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('applied_by_id', sa.Integer(), nullable=True),
    sa.Column('applied_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['applied_by_id'], ['users.id'], name=op.f('fk_allocations_applied_by_id_users')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_allocations_created_by_id_users')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_allocations_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allocations'))
    )
    with op.batch_alter_table('allocations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_allocations_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('allocation_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('allocation_id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('choice', sa.Integer(), nullable=True),
    sa.Column('unplaced_reason', sa.String(length=24), nullable=True),
    sa.Column('referral_id', sa.Integer(), nullable=True),
    sa.Column('explanation', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['allocation_id'], ['allocations.id'], name=op.f('fk_allocation_items_allocation_id_allocations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['batch_id'], ['batches.id'], name=op.f('fk_allocation_items_batch_id_batches')),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_allocation_items_profile_id_profiles')),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'], name=op.f('fk_allocation_items_referral_id_referrals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allocation_items')),
    sa.UniqueConstraint('allocation_id', 'profile_id', name='uq_allocation_items_allocation_profile')
    )
    with op.batch_alter_table('allocation_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_allocation_items_profile_id'), ['profile_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('allocation_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_allocation_items_profile_id'))

    op.drop_table('allocation_items')
    with op.batch_alter_table('allocations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_allocations_organisation_id'))

    op.drop_table('allocations')
