"""The `livelihood` command: set up the database, seed it, create accounts and serve."""
from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext

from catalog import migrate
from catalog.errors import DomainError
from catalog.services import accounts
from matcher.vocabulary import OrganisationKind, Role

from . import create_app
from .database import database


@click.group(cls=FlaskGroup, create_app=create_app, add_default_commands=False)
def main() -> None:
    """Livelihood matching service."""


@main.command("init-db")
@with_appcontext
def init_db() -> None:
    """Create or upgrade the database schema."""
    engine = database().engine
    before = migrate.current_revision(engine)
    migrate.upgrade(engine)
    after = migrate.current_revision(engine)
    url = engine.url.render_as_string(hide_password=True)
    if before == after:
        click.echo(f"Database {url} is up to date (revision {after}).")
    else:
        click.echo(f"Database {url} upgraded from {before or 'empty'} to revision {after}.")


@main.command("seed")
@click.option("--no-demo", is_flag=True, help="Load the reference data (trades, districts) alone.")
@with_appcontext
def seed(no_demo: bool) -> None:
    """Load the trade taxonomy, districts and (unless --no-demo) the demo catalogue. Idempotent."""
    from seeds.loader import load_demo, load_reference

    session = database().session_factory()
    try:
        counts = load_reference(session, progress=click.echo)
        if not no_demo:
            counts.update(load_demo(session, progress=click.echo))
        session.commit()
    except DomainError as error:
        session.rollback()
        raise click.ClickException(error.message) from error
    finally:
        session.close()
    click.echo("Seeded: " + ", ".join(f"{name} {count}" for name, count in counts.items()))


@main.command("create-org")
@click.argument("name")
@click.option("--kind", type=click.Choice(OrganisationKind.codes()), required=True)
@click.option("--verified", is_flag=True, help="Mark an employer as verified.")
@with_appcontext
def create_org(name: str, kind: str, verified: bool) -> None:
    """Create an organisation."""
    with _unit_of_work() as session:
        organisation = accounts.create_organisation(session, name, kind, verified=verified)
        click.echo(f"Created organisation {organisation.id}: {organisation.name} ({kind})")


@main.command("create-user")
@click.argument("email")
@click.option("--org", "organisation_name", required=True, help="Name of the organisation.")
@click.option("--role", type=click.Choice(Role.codes()), required=True)
@with_appcontext
def create_user(email: str, organisation_name: str, role: str) -> None:
    """Create a user; prints the bearer token alone on the last line (shown only once)."""
    with _unit_of_work() as session:
        organisation = accounts.organisation_by_name(session, organisation_name)
        user, token = accounts.create_user(session, email, organisation, role)
        click.echo(f"Created user {user.id}: {user.email} ({role} of {organisation.name})")
        click.echo("Bearer token (store it now; it is not shown again):")
    click.echo(token)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
def serve(host: str, port: int) -> None:
    """Serve the web pages and the API (for production use gunicorn: `gunicorn wsgi:app`)."""
    app = create_app()
    click.echo(f"Serving on http://{host}:{port}  (database: "
               f"{app.extensions['database'].engine.url.render_as_string(hide_password=True)})")
    app.run(host=host, port=port, debug=False, use_reloader=False, threaded=True)


class _unit_of_work:
    """A session committed on success and rolled back on error; domain errors become clean exits."""

    def __enter__(self):
        self.session = current_app.extensions["database"].session_factory()
        return self.session

    def __exit__(self, exc_type, exc, _tb):
        try:
            if exc is None:
                self.session.commit()
                return False
            self.session.rollback()
            if isinstance(exc, DomainError):
                raise click.ClickException(exc.message) from exc
            return False
        finally:
            self.session.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
