"""The `livelihood` command: set up the database, seed it, create accounts, serve, and run the
scheduled jobs."""
from __future__ import annotations

import logging
import signal
import sys

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext
from sqlalchemy import select
from werkzeug.serving import run_simple

from catalog import migrate
from catalog import scheduler as scheduling
from catalog.clock import system_clock
from catalog.errors import DomainError
from catalog.jobs import JOBS, JobSettings
from catalog.models import User
from catalog.roles import Role
from catalog.services import accounts, password_links, passwords, web_sessions
from matcher.vocabulary import OrganisationKind

from . import clock, create_app
from .database import database

DEFAULT_URL = "http://127.0.0.1:5000"

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
@click.option("--reset-demo-passwords", is_flag=True,
              help="Give every demo user a new random password and print them (ends their "
                   "sessions).")
@click.option("--url", default=DEFAULT_URL, show_default=True,
              help="Where the pages are served, for the sign-in note.")
@with_appcontext
def seed(no_demo: bool, reset_demo_passwords: bool, url: str) -> None:
    """Load the trade taxonomy, districts and (unless --no-demo) the demo catalogue. Idempotent.
    Demo users without a password get a random one, printed once (only its hash is stored)."""
    from seeds.loader import load_demo, load_reference

    given: dict[str, str] = {}
    session = database().session_factory()
    try:
        counts = load_reference(session, progress=click.echo)
        if not no_demo:
            counts.update(load_demo(session, progress=click.echo, now=clock.now(),
                                    passwords=given, reset_passwords=reset_demo_passwords))
        session.commit()
        roles = {user.email: user.role.value for user in session.scalars(
            select(User).where(User.email.in_(list(given))))}
    except DomainError as error:
        session.rollback()
        raise click.ClickException(error.message) from error
    finally:
        session.close()
    click.echo("Seeded: " + ", ".join(f"{name} {count}" for name, count in counts.items()))
    if not no_demo:
        _sign_in_note(url, given, roles)


def _sign_in_note(url: str, given: dict[str, str], roles: dict[str, str]) -> None:
    """The one block a newcomer needs: where to go, and the passwords given now."""
    if not given:
        click.echo(f"Sign in at {url}: the demo users keep the passwords printed when they were "
                   "first seeded (sign-in unchanged).\nLost them? `livelihood seed "
                   "--reset-demo-passwords` prints new ones.")
        return
    rule = "=" * 72
    width = max(len(email) for email in given)
    lines = [rule, f"Open {url} and sign in with an email and its password below.",
             "Shown this once: only their hashes are stored (API tokens above are not "
             "passwords)."]
    lines += [f"  {email:<{width}}  {roles.get(email, ''):<12} {password}"
              for email, password in given.items()]
    lines.append(rule)
    click.echo("\n".join(lines))


@main.command("create-org")
@click.argument("name")
@click.option("--kind", type=click.Choice(OrganisationKind.codes()), required=True)
@click.option("--verified", is_flag=True, help="Mark an employer as verified.")
@with_appcontext
def create_org(name: str, kind: str, verified: bool) -> None:
    """Create an organisation."""
    with _unit_of_work() as session:
        organisation = accounts.create_organisation(session, name, kind, verified=verified,
                                                    now=clock.now())
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


@main.command("set-password")
@click.argument("email")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from standard input (one line) instead of a prompt.")
@with_appcontext
def set_password(email: str, password_stdin: bool) -> None:
    """Set the password a person signs in to the web pages with (at least 10 characters)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    with _unit_of_work() as session:
        user = passwords.user_by_email(session, email)
        password_links.set_password(session, user, password, now=clock.now(), actor=None,
                                    detail="from the command line")
    click.echo(f"Password set for {user.email}.")


@main.command("password-link")
@click.argument("email")
@click.option("--url", default=DEFAULT_URL, show_default=True,
              help="Where the pages are served (the start of the link).")
@with_appcontext
def password_link(email: str, url: str) -> None:
    """Print a one-time set-password link for a person (72 hours; earlier links stop working).
    Send it to her yourself; it is shown once and only its digest is stored."""
    with _unit_of_work() as session:
        user = passwords.user_by_email(session, email)
        token = password_links.issue_link(session, user, None, clock.now())
    hours = int(password_links.LIFETIME.total_seconds() // 3600)
    click.echo(f"Set-password link for {user.email} (works once, for {hours} hours):")
    click.echo(f"{url.rstrip('/')}/set-password/{token}")


@main.command("deactivate-user")
@click.argument("email")
@with_appcontext
def deactivate_user(email: str) -> None:
    """Deactivate a person who leaves: no sign-in, and every open web session and bearer token
    of theirs ends at once."""
    with _unit_of_work() as session:
        user = passwords.user_by_email(session, email)
        web_sessions.deactivate_user(session, user, clock.now())
    click.echo(f"{user.email} is deactivated; their sessions and tokens are revoked.")


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--with-scheduler", is_flag=True,
              help="Also run the scheduled jobs in this process (one machine; see `scheduler`).")
def serve(host: str, port: int, with_scheduler: bool) -> None:
    """Serve the web pages and the API (for production use gunicorn: `gunicorn wsgi:app`)."""
    app = create_app()
    click.echo(f"Serving on http://{host}:{port}  (database: "
               f"{app.extensions['database'].engine.url.render_as_string(hide_password=True)})")
    scheduler = None
    if with_scheduler:
        with app.app_context():
            scheduler = _job_scheduler(blocking=False)
        _exit_on_sigterm()  # so that the lease is handed back on the way out
        scheduler.start()
        click.echo(f"Scheduled jobs run in this process (scheduler {scheduler.holder}).")
    try:
        # Werkzeug's server directly: Flask's app.run() does nothing under a `flask` CLI group.
        run_simple(host, port, app, use_reloader=False, use_debugger=False, threaded=True)
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=True)


@main.command("scheduler")
@with_appcontext
def scheduler() -> None:
    """Run the scheduled jobs (expiring holds, closing offers, digests, follow-ups, retention)
    as a process of its own. Start as many as you like: one holds the lease and runs the jobs,
    the others wait to take over."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    job_scheduler = _job_scheduler(blocking=True)
    schedules = scheduling.SCHEDULES.items()
    click.echo(f"Scheduler {job_scheduler.holder}; jobs: "
               + ", ".join(f"{name} ({schedule})" for name, schedule in schedules))

    _exit_on_sigterm()
    try:
        job_scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        job_scheduler.shutdown(wait=True)  # a running job finishes first
        click.echo("Scheduler stopped; lease released.")


@main.command("run-job")
@click.argument("name", type=click.Choice(sorted(JOBS)))
@with_appcontext
def run_job(name: str) -> None:
    """Run one scheduled job now and print what it did (safe next to a running scheduler)."""
    now = clock.now()
    result = scheduling.run_job(database().session_factory, name, now, _job_settings(),
                                period_key=scheduling.manual_period_key(now))
    click.echo(result.describe())


def _exit_on_sigterm() -> None:
    def stop(_signum, _frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)


def _job_settings() -> JobSettings:
    return JobSettings(retention_days=current_app.config["RETENTION_DAYS"])


def _job_scheduler(*, blocking: bool) -> scheduling.JobScheduler:
    return scheduling.JobScheduler(database().session_factory, _job_settings(),
                                   clock=current_app.config.get("CLOCK", system_clock),
                                   blocking=blocking)


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
