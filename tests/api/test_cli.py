"""Bootstrap from the command line: init-db, seed, create-org, create-user."""
from __future__ import annotations

from sqlalchemy import func, select

from catalog.models import ApiToken, District, Organisation, Trade, User
from catalog.services import accounts
from tests.api.cli_runs import fresh_app, run  # noqa: F401  (fixtures)
from tests.rows import row_counts


def count(app, model) -> int:
    with app.extensions["database"].session_factory() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_bootstrap_from_empty_to_a_working_token(run, fresh_app):
    result = run("init-db")
    assert result.exit_code == 0, result.output
    assert "upgraded from empty" in result.output

    result = run("seed", "--no-demo")
    assert result.exit_code == 0, result.output
    assert count(fresh_app, Trade) >= 16 and count(fresh_app, District) >= 700
    assert count(fresh_app, Organisation) == 0

    result = run("create-org", "Asha Shelter Trust", "--kind", "ngo")
    assert result.exit_code == 0, result.output

    result = run("create-user", "didi@example.org", "--org", "Asha Shelter Trust",
                 "--role", "counselor")
    assert result.exit_code == 0, result.output
    token = result.output.strip().splitlines()[-1]
    with fresh_app.extensions["database"].session_factory() as session:
        user = accounts.user_for_token(session, token)
        assert user is not None and user.email == "didi@example.org"
        assert token not in {row.token_hash for row in session.scalars(select(ApiToken))}


def test_init_db_twice_reports_up_to_date(run):
    run("init-db")
    result = run("init-db")
    assert result.exit_code == 0
    assert "up to date" in result.output


def test_create_user_for_an_unknown_organisation_fails_and_writes_nothing(run, fresh_app):
    run("init-db")
    result = run("create-user", "didi@example.org", "--org", "Nobody", "--role", "counselor")
    assert result.exit_code != 0
    assert "Nobody" in result.output
    assert count(fresh_app, User) == 0


def test_create_user_with_a_role_foreign_to_the_organisation_fails(run, fresh_app):
    run("init-db")
    run("create-org", "Kolkata Care Hospitals", "--kind", "employer", "--verified")
    result = run("create-user", "hr@example.org", "--org", "Kolkata Care Hospitals",
                 "--role", "counselor")
    assert result.exit_code != 0
    assert "employer" in result.output
    assert count(fresh_app, User) == 0


def test_create_org_refuses_an_unknown_kind_and_a_duplicate(run, fresh_app):
    run("init-db")
    assert run("create-org", "X", "--kind", "gang").exit_code != 0
    assert run("create-org", "Asha", "--kind", "ngo").exit_code == 0
    duplicate = run("create-org", "Asha", "--kind", "ngo")
    assert duplicate.exit_code != 0 and "exists" in duplicate.output
    assert count(fresh_app, Organisation) == 1


def test_create_org_verified_marks_an_employer(run, fresh_app):
    run("init-db")
    run("create-org", "Bake House", "--kind", "employer", "--verified")
    with fresh_app.extensions["database"].session_factory() as session:
        assert session.scalar(select(Organisation.verified)) is True


def test_seed_twice_changes_nothing_and_prints_demo_tokens_once(run, fresh_app):
    run("init-db")
    first = run("seed")
    assert first.exit_code == 0, first.output
    assert "token: lvh_" in first.output
    with fresh_app.extensions["database"].session_factory() as session:
        before = row_counts(session)
    second = run("seed")
    assert second.exit_code == 0, second.output
    assert "token: lvh_" not in second.output
    with fresh_app.extensions["database"].session_factory() as session:
        assert row_counts(session) == before
