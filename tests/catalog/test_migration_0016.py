"""The migration of the set-password links (0012 when written, 0016 once on top of main) adds their table and takes it
away again; found by its file name, so that it still runs once the revisions are re-chained."""
from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from catalog.migrate import MIGRATIONS, alembic_config, current_revision, downgrade, upgrade

from .migration_engines import empty_engine  # noqa: F401  (fixture)


def links_revision(engine) -> tuple[str, str]:
    scripts = ScriptDirectory.from_config(alembic_config(engine))
    [script] = [s for s in scripts.walk_revisions() if s.path.endswith("_password_links.py")]
    return script.revision, script.down_revision


def test_the_links_migration_adds_its_table_and_goes_back(empty_engine):  # noqa: F811
    assert MIGRATIONS.exists()
    revision, before = links_revision(empty_engine)
    upgrade(empty_engine, before)
    assert "password_links" not in inspect(empty_engine).get_table_names()
    upgrade(empty_engine, revision)
    columns = {c["name"] for c in inspect(empty_engine).get_columns("password_links")}
    assert {"token_hash", "user_id", "purpose", "expires_at", "used_at", "revoked_at"} <= columns
    uniques = inspect(empty_engine).get_unique_constraints("password_links")
    assert any(u["column_names"] == ["token_hash"] for u in uniques)
    downgrade(empty_engine, before)
    assert "password_links" not in inspect(empty_engine).get_table_names()
    assert current_revision(empty_engine) == before
    upgrade(empty_engine)
    assert "password_links" in inspect(empty_engine).get_table_names()
