"""The roles a user of the service holds. They decide what a user may see and do, so they
belong to the catalogue (which stores users and scopes reads), not to the matching engine.

Adding a role is never silent: every API view names the roles it admits (`api/auth.py`), and
the sign-in checks at import that each role has a home page (`api/web/sessions.py`).
"""
from __future__ import annotations

from matcher.vocabulary import StrEnum


class Role(StrEnum):
    COUNSELOR = "counselor"
    ITI_LIAISON = "iti_liaison"
    CSR_PARTNER = "csr_partner"
    ADMIN = "admin"
