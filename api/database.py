"""One SQLAlchemy session per request: opened on first use, closed at teardown.

Views never commit half-way: a request's writes are committed once, by the view (or as it
returns, declared with `operation(commit=True)`), or rolled back.
"""
from __future__ import annotations

from flask import Flask, current_app, g
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from catalog.db import default_database_url, make_engine, make_session_factory


class Database:
    def __init__(self, engine: Engine, session_factory: sessionmaker[Session]) -> None:
        self.engine = engine
        self.session_factory = session_factory


def init_app(app: Flask) -> None:
    url = app.config.get("DATABASE_URL") or default_database_url(app.instance_path)
    app.config["DATABASE_URL"] = url
    engine = make_engine(url)
    app.extensions["database"] = Database(engine, make_session_factory(engine))
    app.teardown_appcontext(_close_session)


def database() -> Database:
    return current_app.extensions["database"]


def get_session() -> Session:
    if "db_session" not in g:
        g.db_session = database().session_factory()
    return g.db_session


def _close_session(_error: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.rollback()
        session.close()
