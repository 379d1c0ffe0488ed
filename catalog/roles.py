"""The roles a user of the service holds. They decide what a user may see and do, so they
belong to the catalogue (which stores users and scopes reads), not to the matching engine.

Adding a role is never silent: every API view names the roles it admits (`api/auth.py`), and
the sign-in checks at import that each role has a home page (`api/web/sessions.py`).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from matcher.vocabulary import StrEnum


class Role(StrEnum):
    COUNSELOR = "counselor"
    ITI_LIAISON = "iti_liaison"
    CSR_PARTNER = "csr_partner"
    ADMIN = "admin"


def named_roles(roles: Iterable[Role], where: str) -> frozenset[Role]:
    """The roles a view admits, each named: naming none is an error (there is no "any role",
    so a new role reaches only what names it)."""
    allowed = frozenset(roles)
    if not allowed:
        raise TypeError(f"{where}: name each role it admits (there is no 'any role')")
    return allowed


def require_every_role(table: Mapping, name: str, roles: Iterable = Role) -> None:
    """Fail loudly (at import or start-up) when a table kept per role has no entry for one of
    `roles`: a new role must be wired there before the service starts, not on its first use."""
    missing = [str(role) for role in roles if role not in table]
    if missing:
        raise LookupError(f"{name} has no entry for the role(s) {', '.join(missing)}: "
                          "give each role its entry there")
