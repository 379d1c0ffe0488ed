"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('districts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('state', sa.String(length=80), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('local_name', sa.String(length=80), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.Column('census_code', sa.String(length=8), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_districts')),
    sa.UniqueConstraint('country', 'state', 'name', name=op.f('uq_districts_country'))
    )
    with op.batch_alter_table('districts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_districts_key'), ['key'], unique=False)

    op.create_table('organisations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('ngo', 'provider', 'employer', 'operator', name='kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('verified', sa.Boolean(), nullable=False),
    sa.Column('verified_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations')),
    sa.UniqueConstraint('name', name=op.f('uq_organisations_name'))
    )
    op.create_table('trades',
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sector', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('remote_teachable', sa.Boolean(), nullable=False),
    sa.Column('min_literacy', sa.Enum('none', 'basic', 'class5', 'class8', 'class10', 'class12', 'graduate', name='min_literacy', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('duration_months', sa.Float(), nullable=True),
    sa.Column('training_hours', sa.Integer(), nullable=True),
    sa.Column('nsqf_level', sa.Float(), nullable=True),
    sa.Column('dgt_trade_code', sa.String(length=16), nullable=True),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_trades'))
    )
    op.create_table('courses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('trade', sa.String(length=64), nullable=False),
    sa.Column('min_literacy', sa.Enum('none', 'basic', 'class5', 'class8', 'class10', 'class12', 'graduate', name='min_literacy', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('mode', sa.Enum('in_person', 'remote', 'blended', name='mode', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('district', sa.String(length=80), nullable=True),
    sa.Column('state', sa.String(length=80), nullable=True),
    sa.Column('district_key', sa.String(length=80), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('duration_weeks', sa.Integer(), nullable=False),
    sa.Column('fee_inr', sa.Integer(), nullable=False),
    sa.Column('stipend_inr_month', sa.Integer(), nullable=False),
    sa.Column('residential', sa.Boolean(), nullable=False),
    sa.Column('women_only', sa.Boolean(), nullable=False),
    sa.Column('min_age', sa.Integer(), nullable=False),
    sa.Column('max_age', sa.Integer(), nullable=True),
    sa.Column('documents_required', sa.JSON(), nullable=False),
    sa.Column('raises_literacy_to', sa.Enum('none', 'basic', 'class5', 'class8', 'class10', 'class12', 'graduate', name='raises_literacy_to', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('placement_rate', sa.Float(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('fee_inr >= 0 AND stipend_inr_month >= 0', name=op.f('ck_courses_money_not_negative')),
    sa.CheckConstraint('max_age IS NULL OR max_age >= min_age', name=op.f('ck_courses_age_range')),
    sa.CheckConstraint('min_age >= 10', name=op.f('ck_courses_min_age_plausible')),
    sa.CheckConstraint('placement_rate IS NULL OR (placement_rate >= 0 AND placement_rate <= 1)', name=op.f('ck_courses_placement_rate_fraction')),
    sa.ForeignKeyConstraint(['provider_id'], ['organisations.id'], name=op.f('fk_courses_provider_id_organisations')),
    sa.ForeignKeyConstraint(['trade'], ['trades.code'], name=op.f('fk_courses_trade_trades')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_courses'))
    )
    with op.batch_alter_table('courses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_courses_district_key'), ['district_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_courses_provider_id'), ['provider_id'], unique=False)
        batch_op.create_index('ix_courses_trade_mode', ['trade', 'mode'], unique=False)

    op.create_table('trade_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trade_code', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('alias', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['trade_code'], ['trades.code'], name=op.f('fk_trade_aliases_trade_code_trades'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trade_aliases')),
    sa.UniqueConstraint('trade_code', 'language', 'alias', name=op.f('uq_trade_aliases_trade_code'))
    )
    with op.batch_alter_table('trade_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trade_aliases_trade_code'), ['trade_code'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('counselor', 'iti_liaison', 'csr_partner', 'admin', name='role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_users_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('email', name=op.f('uq_users_email'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('api_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('prefix', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_used_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_api_tokens_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_tokens_token_hash'))
    )
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_tokens_user_id'), ['user_id'], unique=False)

    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_user_id', sa.Integer(), nullable=True),
    sa.Column('actor_organisation_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('object_type', sa.String(length=40), nullable=False),
    sa.Column('object_id', sa.Integer(), nullable=True),
    sa.Column('profile_id', sa.Integer(), nullable=True),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('detail', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['actor_organisation_id'], ['organisations.id'], name=op.f('fk_audit_events_actor_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['actor_user_id'], ['users.id'], name=op.f('fk_audit_events_actor_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_events_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_events_profile_at', ['profile_id', 'at'], unique=False)

    op.create_table('batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('course_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('application_deadline', sa.Date(), nullable=False),
    sa.Column('seats_total', sa.Integer(), nullable=False),
    sa.Column('seats_taken', sa.Integer(), nullable=False),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('application_deadline <= start_date', name=op.f('ck_batches_deadline_before_start')),
    sa.CheckConstraint('seats_taken <= seats_total', name=op.f('ck_batches_seats_within_total')),
    sa.CheckConstraint('seats_taken >= 0', name=op.f('ck_batches_seats_taken_not_negative')),
    sa.CheckConstraint('seats_total >= 0', name=op.f('ck_batches_seats_total_not_negative')),
    sa.ForeignKeyConstraint(['course_id'], ['courses.id'], name=op.f('fk_batches_course_id_courses'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_batches'))
    )
    with op.batch_alter_table('batches', schema=None) as batch_op:
        batch_op.create_index('ix_batches_course_deadline', ['course_id', 'application_deadline'], unique=False)

    op.create_table('notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('read_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_notifications_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index('ix_notifications_user_read', ['user_id', 'read_at'], unique=False)

    op.create_table('openings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('trade', sa.String(length=64), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('min_literacy', sa.Enum('none', 'basic', 'class5', 'class8', 'class10', 'class12', 'graduate', name='min_literacy', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('work_mode', sa.Enum('on_site', 'remote', 'hybrid', name='work_mode', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('district', sa.String(length=80), nullable=True),
    sa.Column('state', sa.String(length=80), nullable=True),
    sa.Column('district_key', sa.String(length=80), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('wage_inr_month', sa.Integer(), nullable=False),
    sa.Column('shift', sa.Enum('day', 'night', 'rotating', name='shift', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('positions', sa.Integer(), nullable=False),
    sa.Column('positions_filled', sa.Integer(), nullable=False),
    sa.Column('women_only', sa.Boolean(), nullable=False),
    sa.Column('accommodation', sa.Boolean(), nullable=False),
    sa.Column('min_age', sa.Integer(), nullable=False),
    sa.Column('documents_required', sa.JSON(), nullable=False),
    sa.Column('closes_on', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('pending_review', 'published', 'rejected', 'closed', name='status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('review_note', sa.Text(), nullable=True),
    sa.Column('reviewed_by_id', sa.Integer(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('min_age >= 18', name=op.f('ck_openings_adults_only')),
    sa.CheckConstraint('positions >= 0', name=op.f('ck_openings_positions_not_negative')),
    sa.CheckConstraint('positions_filled <= positions', name=op.f('ck_openings_positions_within_total')),
    sa.CheckConstraint('positions_filled >= 0', name=op.f('ck_openings_positions_filled_not_negative')),
    sa.CheckConstraint('wage_inr_month >= 0', name=op.f('ck_openings_wage_not_negative')),
    sa.ForeignKeyConstraint(['employer_id'], ['organisations.id'], name=op.f('fk_openings_employer_id_organisations')),
    sa.ForeignKeyConstraint(['reviewed_by_id'], ['users.id'], name=op.f('fk_openings_reviewed_by_id_users')),
    sa.ForeignKeyConstraint(['trade'], ['trades.code'], name=op.f('fk_openings_trade_trades')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_openings'))
    )
    with op.batch_alter_table('openings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_openings_district_key'), ['district_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_openings_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index('ix_openings_status_closes_on', ['status', 'closes_on'], unique=False)
        batch_op.create_index('ix_openings_trade_status', ['trade', 'status'], unique=False)

    op.create_table('profiles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('case_ref', sa.String(length=64), nullable=True),
    sa.Column('age', sa.Integer(), nullable=False),
    sa.Column('gender', sa.Enum('female', 'male', 'transgender', 'other', name='gender', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('literacy', sa.Enum('none', 'basic', 'class5', 'class8', 'class10', 'class12', 'graduate', name='literacy', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('district', sa.String(length=80), nullable=False),
    sa.Column('state', sa.String(length=80), nullable=True),
    sa.Column('district_key', sa.String(length=80), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.Column('max_travel_km', sa.Float(), nullable=False),
    sa.Column('can_relocate', sa.Boolean(), nullable=False),
    sa.Column('learning_mode', sa.Enum('in_person', 'remote_only', 'any', name='learning_mode', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('device', sa.Enum('none', 'feature_phone', 'smartphone', 'computer', name='device', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('connectivity', sa.Boolean(), nullable=False),
    sa.Column('interests', sa.JSON(), nullable=False),
    sa.Column('experience', sa.JSON(), nullable=False),
    sa.Column('resolved_interests', sa.JSON(), nullable=False),
    sa.Column('resolved_experience', sa.JSON(), nullable=False),
    sa.Column('documents', sa.JSON(), nullable=False),
    sa.Column('income_urgency', sa.Enum('low', 'medium', 'high', name='income_urgency', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('avoid_districts', sa.JSON(), nullable=False),
    sa.Column('avoid_district_keys', sa.JSON(), nullable=False),
    sa.Column('prefers_women_only', sa.Boolean(), nullable=False),
    sa.Column('prefers_day_shift_only', sa.Boolean(), nullable=False),
    sa.Column('needs_residential', sa.Boolean(), nullable=False),
    sa.Column('consent_to_share', sa.Boolean(), nullable=False),
    sa.Column('consent_by', sa.Enum('self', 'guardian', 'cwc', name='consent_by', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('consent_recorded_at', sa.DateTime(), nullable=True),
    sa.Column('consent_recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('active', 'closed', name='status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('anonymised_at', sa.DateTime(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('age >= 10 AND age <= 80', name=op.f('ck_profiles_age_range')),
    sa.CheckConstraint('max_travel_km >= 0', name=op.f('ck_profiles_travel_not_negative')),
    sa.ForeignKeyConstraint(['consent_recorded_by_id'], ['users.id'], name=op.f('fk_profiles_consent_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_profiles_created_by_id_users')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_profiles_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profiles')),
    sa.UniqueConstraint('organisation_id', 'case_ref', name='uq_profiles_organisation_case_ref')
    )
    with op.batch_alter_table('profiles', schema=None) as batch_op:
        batch_op.create_index('ix_profiles_organisation_status', ['organisation_id', 'status'], unique=False)

    op.create_table('referrals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('opening_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('held', 'applied', 'withdrawn', 'expired', 'enrolled', 'completed', 'dropped', 'interviewed', 'hired', 'not_selected', name='status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('hold_expires_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=False),
    sa.Column('outcome', sa.String(length=64), nullable=True),
    sa.CheckConstraint('(batch_id IS NULL) <> (opening_id IS NULL)', name=op.f('ck_referrals_exactly_one_offer')),
    sa.ForeignKeyConstraint(['batch_id'], ['batches.id'], name=op.f('fk_referrals_batch_id_batches')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_referrals_created_by_id_users')),
    sa.ForeignKeyConstraint(['opening_id'], ['openings.id'], name=op.f('fk_referrals_opening_id_openings')),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_referrals_profile_id_profiles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referrals_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_opening_id'), ['opening_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_profile_id'), ['profile_id'], unique=False)
        batch_op.create_index('ix_referrals_status_hold_expires_at', ['status', 'hold_expires_at'], unique=False)
        batch_op.create_index('uq_referrals_live_profile_batch', ['profile_id', 'batch_id'], unique=True, sqlite_where=sa.text("status IN ('held', 'applied', 'enrolled', 'interviewed')"), postgresql_where=sa.text("status IN ('held', 'applied', 'enrolled', 'interviewed')"))
        batch_op.create_index('uq_referrals_live_profile_opening', ['profile_id', 'opening_id'], unique=True, sqlite_where=sa.text("status IN ('held', 'applied', 'enrolled', 'interviewed')"), postgresql_where=sa.text("status IN ('held', 'applied', 'enrolled', 'interviewed')"))

    


def downgrade() -> None:
    
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index('uq_referrals_live_profile_opening', sqlite_where=sa.text("status IN ('held', 'applied', 'enrolled', 'interviewed')"), postgresql_where=sa.text("status IN ('held', 'applied', 'enrolled', 'interviewed')"))
        batch_op.drop_index('uq_referrals_live_profile_batch', sqlite_where=sa.text("status IN ('held', 'applied', 'enrolled', 'interviewed')"), postgresql_where=sa.text("status IN ('held', 'applied', 'enrolled', 'interviewed')"))
        batch_op.drop_index('ix_referrals_status_hold_expires_at')
        batch_op.drop_index(batch_op.f('ix_referrals_profile_id'))
        batch_op.drop_index(batch_op.f('ix_referrals_opening_id'))
        batch_op.drop_index(batch_op.f('ix_referrals_batch_id'))

    op.drop_table('referrals')
    with op.batch_alter_table('profiles', schema=None) as batch_op:
        batch_op.drop_index('ix_profiles_organisation_status')

    op.drop_table('profiles')
    with op.batch_alter_table('openings', schema=None) as batch_op:
        batch_op.drop_index('ix_openings_trade_status')
        batch_op.drop_index('ix_openings_status_closes_on')
        batch_op.drop_index(batch_op.f('ix_openings_employer_id'))
        batch_op.drop_index(batch_op.f('ix_openings_district_key'))

    op.drop_table('openings')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index('ix_notifications_user_read')

    op.drop_table('notifications')
    with op.batch_alter_table('batches', schema=None) as batch_op:
        batch_op.drop_index('ix_batches_course_deadline')

    op.drop_table('batches')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_profile_at')
        batch_op.drop_index('ix_audit_events_at')

    op.drop_table('audit_events')
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_tokens_user_id'))

    op.drop_table('api_tokens')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_organisation_id'))

    op.drop_table('users')
    with op.batch_alter_table('trade_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trade_aliases_trade_code'))

    op.drop_table('trade_aliases')
    with op.batch_alter_table('courses', schema=None) as batch_op:
        batch_op.drop_index('ix_courses_trade_mode')
        batch_op.drop_index(batch_op.f('ix_courses_provider_id'))
        batch_op.drop_index(batch_op.f('ix_courses_district_key'))

    op.drop_table('courses')
    op.drop_table('trades')
    op.drop_table('organisations')
    with op.batch_alter_table('districts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_districts_key'))

    op.drop_table('districts')
    
