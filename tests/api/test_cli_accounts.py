"""The first run from the command line: the demo seed prints passwords that sign in, once; the
account commands are audited by the services, once each."""
from __future__ import annotations

import re

from sqlalchemy import select

from catalog.models import AuditEvent, User
from catalog.services import passwords
from seeds.loader import read_json
from tests.api.cli_runs import fresh_app, run  # noqa: F401  (fixtures)
from tests.web.conftest import csrf_token

LINE = re.compile(r"^  (\S+@\S+)\s+(counselor|iti_liaison|csr_partner|admin)\s+([A-Za-z0-9]{16})$",
                  re.MULTILINE)


DEMO_USERS = len(read_json("demo.json")["users"])


def printed_passwords(output: str) -> dict[str, str]:
    return {email: password for email, _role, password in LINE.findall(output)}


def stored(app):
    with app.extensions["database"].session_factory() as session:
        return {user.email: user for user in session.scalars(select(User))}


def audit_rows(app, **where) -> list[AuditEvent]:
    with app.extensions["database"].session_factory() as session:
        query = select(AuditEvent).order_by(AuditEvent.id)
        for name, value in where.items():
            query = query.where(getattr(AuditEvent, name) == value)
        return list(session.scalars(query))


def sign_in(app, email: str, password: str) -> int:
    client = app.test_client()
    return client.post("/sign-in", data={"email": email, "password": password,
                                         "csrf_token": csrf_token(client)}).status_code


def test_the_demo_seed_prints_passwords_that_sign_in_once(run, fresh_app):
    run("init-db")
    first = run("seed", "--url", "http://127.0.0.1:5000")
    assert first.exit_code == 0, first.output
    given = printed_passwords(first.output)
    users = stored(fresh_app)
    assert set(given) == set(users) and len(given) == DEMO_USERS
    assert "Open http://127.0.0.1:5000 and sign in" in first.output
    block = first.output[first.output.index("Open http://"):]
    assert "lvh_" not in block  # the API tokens are printed apart, named as tokens
    for email, password in given.items():
        assert password not in users[email].password_hash  # an Argon2id hash, never the text
        assert users[email].password_hash.startswith("$argon2id$")
    assert sign_in(fresh_app, "admin@example.org", given["admin@example.org"]) == 302
    assert sign_in(fresh_app, "counselor.kolkata@example.org",
                   given["counselor.kolkata@example.org"]) == 302
    assert len(audit_rows(fresh_app, action="set_password")) == DEMO_USERS

    second = run("seed")
    assert second.exit_code == 0, second.output
    assert printed_passwords(second.output) == {}
    assert "sign-in unchanged" in second.output
    assert sign_in(fresh_app, "admin@example.org", given["admin@example.org"]) == 302
    assert len(audit_rows(fresh_app, action="set_password")) == DEMO_USERS


def test_reset_demo_passwords_prints_new_ones_and_the_old_stop(run, fresh_app):
    run("init-db")
    old = printed_passwords(run("seed").output)
    reset = run("seed", "--reset-demo-passwords")
    assert reset.exit_code == 0, reset.output
    new = printed_passwords(reset.output)
    assert set(new) == set(old) and all(new[email] != old[email] for email in new)
    admin = stored(fresh_app)["admin@example.org"]
    assert passwords.check(admin, new["admin@example.org"])
    assert not passwords.check(admin, old["admin@example.org"])


def test_seed_no_demo_creates_no_user_and_no_password(run, fresh_app):
    run("init-db")
    result = run("seed", "--no-demo")
    assert result.exit_code == 0, result.output
    assert stored(fresh_app) == {}
    assert printed_passwords(result.output) == {} and "password" not in result.output.lower()


def test_the_account_commands_are_audited_once_each(run, fresh_app):
    run("init-db")
    assert run("create-org", "Asha Shelter Trust", "--kind", "ngo").exit_code == 0
    assert run("create-org", "Bake House", "--kind", "employer", "--verified").exit_code == 0
    assert run("create-user", "didi@example.org", "--org", "Asha Shelter Trust",
               "--role", "counselor").exit_code == 0
    created = [(e.object_type, e.actor_user_id, e.detail)
               for e in audit_rows(fresh_app, action="create")]
    assert [(kind, actor) for kind, actor, _ in created] == [
        ("organisation", None), ("organisation", None), ("user", None)]
    assert created[1][2] == "kind employer, verified"

    link = run("password-link", "didi@example.org", "--url", "http://localhost:8000")
    assert link.exit_code == 0, link.output
    url = link.output.strip().splitlines()[-1]
    assert url.startswith("http://localhost:8000/set-password/")
    [issued] = audit_rows(fresh_app, action="issue_password_link")
    assert url.rsplit("/", 1)[1] not in (issued.detail or "")


def test_set_password_from_the_command_line_is_audited(fresh_app):
    from click.testing import CliRunner
    from flask.cli import ScriptInfo

    from api.cli import main

    runner = CliRunner()

    def invoke(*args, **kwargs):
        return runner.invoke(main, list(args), obj=ScriptInfo(create_app=lambda: fresh_app),
                             **kwargs)

    invoke("init-db")
    invoke("create-org", "Asha", "--kind", "ngo")
    invoke("create-user", "didi@example.org", "--org", "Asha", "--role", "counselor")
    result = invoke("set-password", "didi@example.org", "--password-stdin",
                    input="a long passphrase\n")
    assert result.exit_code == 0, result.output
    [event] = audit_rows(fresh_app, action="set_password")
    assert (event.actor_user_id, event.detail) == (None, "from the command line")
    assert sign_in(fresh_app, "didi@example.org", "a long passphrase") == 302


def test_demo_users_seeded_before_passwords_get_theirs_at_the_next_seed(run, fresh_app):
    """A database seeded by an older version (demo users without a password): the next
    `make run` gives them passwords, so a newcomer is never left without a way in."""
    run("init-db")
    run("seed")
    with fresh_app.extensions["database"].session_factory() as session:
        for user in session.scalars(select(User)):
            user.password_hash = None
        session.commit()
    again = run("seed")
    assert len(printed_passwords(again.output)) == DEMO_USERS
