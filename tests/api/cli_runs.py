"""The command line run against an app over an empty SQLite file (a new installation), for the
command-line tests (tests/api/test_cli.py, test_cli_accounts.py)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from flask.cli import ScriptInfo

from api import create_app
from api.cli import main


@pytest.fixture
def fresh_app(tmp_path):
    """An app over an empty SQLite file: the state of a new installation."""
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.db'}", "TESTING": True})
    yield app
    app.extensions["database"].engine.dispose()


@pytest.fixture
def run(fresh_app):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, list(args), obj=ScriptInfo(create_app=lambda: fresh_app))

    return invoke
