"""The catalogue's version row and its change log (issue 19): matching checks one row instead of
scanning the catalogue, and patches its index from the log.

Revision ID: 0010
Revises: 0005
Create Date: 2026-12-01
"""
import secrets
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('catalogue_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('epoch', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('log_from', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_versions'))
    )
    op.create_table('catalogue_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_changes'))
    )
    with op.batch_alter_table('catalogue_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogue_changes_version'), ['version'], unique=False)
    # The row, so a process has a version to key its index by from the start.
    versions = sa.table('catalogue_versions', sa.column('id', sa.Integer),
                        sa.column('epoch', sa.String), sa.column('version', sa.Integer),
                        sa.column('log_from', sa.Integer), sa.column('changed_at', sa.DateTime))
    op.bulk_insert(versions, [{'id': 1, 'epoch': secrets.token_hex(8), 'version': 0,
                               'log_from': 1, 'changed_at': datetime.now(timezone.utc)
                               .replace(tzinfo=None)}])


def downgrade() -> None:
    with op.batch_alter_table('catalogue_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogue_changes_version'))
    op.drop_table('catalogue_changes')
    op.drop_table('catalogue_versions')
