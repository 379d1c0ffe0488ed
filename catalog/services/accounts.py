"""Organisations and users: creation and bearer-token sign-in (verifying an employer is
`catalog.services.verification`).

Each change is audited here, in the same transaction, whoever asks for it (the API, the pages,
the command line or the demo seed): `actor` is the admin who acted, or None for the command line
and the seed. Callers write no audit event of their own for these actions.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.vocabulary import OrganisationKind

from .. import audit
from ..errors import Conflict, FieldError, Invalid, NotFound
from ..models import ApiToken, Organisation, User
from ..roles import Role
from ..security import TOKEN_PREFIX, hash_token, new_token

NAME_MAX = 200

# Which kinds of organisation each role belongs to.
ROLE_ORGANISATION_KINDS: dict[Role, OrganisationKind] = {
    Role.COUNSELOR: OrganisationKind.NGO,
    Role.ITI_LIAISON: OrganisationKind.PROVIDER,
    Role.CSR_PARTNER: OrganisationKind.EMPLOYER,
    Role.ADMIN: OrganisationKind.OPERATOR,
}


def create_organisation(
    session: Session, name: str, kind: OrganisationKind | str, *, verified: bool = False,
    actor: User | None = None, now: datetime | None = None,
) -> Organisation:
    """A new organisation (audited `create`); `verified` marks a new employer verified at `now`
    (which a verified one needs)."""
    if verified and now is None:
        raise TypeError("a verified organisation needs `now`, the time it is verified")
    name = name.strip()
    if not name:
        raise Invalid("name must not be empty", field_errors={"name": ["Must not be empty."]})
    if len(name) > NAME_MAX:
        raise Invalid("name is too long", field_errors={"name": [
            FieldError("at_most_characters", max=NAME_MAX)]})
    try:
        kind = OrganisationKind(kind)
    except ValueError:
        raise Invalid(f"unknown kind {kind!r}",
                      field_errors={"kind": ["Must be one of the choices."]}) from None
    if session.scalar(select(Organisation.id).where(Organisation.name == name)) is not None:
        raise Conflict(f"an organisation named {name!r} exists", reason="duplicate_name")
    organisation = Organisation(name=name, kind=kind, verified=False)
    if verified:
        organisation.verified, organisation.verified_at = True, now
    return audit.created(
        session, actor, "organisation", organisation,
        fields=["name", "kind", *(["verified"] if organisation.verified else [])],
        detail=f"kind {kind.value}" + (", verified" if organisation.verified else ""))


def organisation_by_name(session: Session, name: str) -> Organisation:
    organisation = session.scalar(select(Organisation).where(Organisation.name == name.strip()))
    if organisation is None:
        raise NotFound(f"no organisation named {name!r}")
    return organisation


def create_user(
    session: Session, email: str, organisation: Organisation, role: Role | str, *,
    language: str | None = None, actor: User | None = None,
) -> tuple[User, str]:
    """Create a user with a fresh bearer token; the token is returned here and never again.
    Audited `create`. `language` is the pages' language for her (en, hi, bn) or None."""
    email = email.strip().lower()
    if "@" not in email or len(email) > 254:
        raise Invalid("email is not valid", field_errors={"email": ["Not a valid email address."]})
    try:
        role = Role(role)
    except ValueError:
        raise Invalid(f"unknown role {role!r}",
                      field_errors={"role": ["Must be one of the choices."]}) from None
    expected_kind = ROLE_ORGANISATION_KINDS[role]
    if organisation.kind is not expected_kind:
        raise Invalid(
            f"a {role.value} belongs to an organisation of kind {expected_kind.value}; "
            f"{organisation.name} is a {organisation.kind.value}",
            field_errors={"role": [FieldError("role_needs_kind", role=role.value, kind=expected_kind.value)]},
            reason="role_organisation_mismatch",
        )
    if session.scalar(select(User.id).where(User.email == email)) is not None:
        raise Conflict(f"a user with email {email} exists", reason="duplicate_email")
    user = User(email=email, organisation=organisation, role=role, language=language)
    audit.created(session, actor, "user", user,
                  fields=["email", "organisation_id", "role", *(["language"] if language else [])],
                  detail=f"role {role.value} in organisation {organisation.id}")
    return user, issue_token(session, user)


def issue_token(session: Session, user: User) -> str:
    token = new_token()
    session.add(ApiToken(user_id=user.id, token_hash=hash_token(token), prefix=token[:12]))
    session.flush()
    return token


def user_for_token(session: Session, token: str) -> User | None:
    """The active user owning this bearer token, or None. One indexed lookup by digest."""
    if not token or not token.startswith(TOKEN_PREFIX) or len(token) > 128:
        return None
    row = session.execute(
        select(ApiToken, User)
        .join(User, ApiToken.user_id == User.id)
        .where(ApiToken.token_hash == hash_token(token), ApiToken.revoked_at.is_(None))
    ).first()
    if row is None or not row.User.active:
        return None
    return row.User
