"""Configuration from the environment, with safe defaults. Nothing secret is committed."""
from __future__ import annotations

import os
import secrets


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as error:
        raise RuntimeError(f"{name} must be a whole number, got {raw!r}") from error
    if value <= 0:
        raise RuntimeError(f"{name} must be positive, got {value}")
    return value


def from_environment() -> dict:
    """Settings read from the environment; `create_app(config)` overrides any of them."""
    return {
        # Default: a SQLite file under instance/ (filled in by create_app once the path is known).
        "DATABASE_URL": os.environ.get("DATABASE_URL") or None,
        # Without SECRET_KEY a random one is used: sessions then end when the process restarts.
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_hex(32),
        "HOLD_DAYS": _int("HOLD_DAYS", 7),
        "RETENTION_DAYS": _int("RETENTION_DAYS", 365),
        "MAX_CONTENT_LENGTH": _int("MAX_CONTENT_LENGTH", 256 * 1024),
        # Reports withhold counts below this from readers outside the survivors' organisation.
        "REPORT_SUPPRESS_BELOW": _int("REPORT_SUPPRESS_BELOW", 5),
    }
