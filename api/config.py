"""Configuration from the environment, with safe defaults. Nothing secret is committed.

Production is `APP_ENV=production` (wsgi.py, the gunicorn entry point, sets it unless APP_ENV
says otherwise): there the app refuses to start without SECRET_KEY. Anywhere else, a key is
generated once into `instance/secret_key` (mode 0600) and read back by every later start and
every worker, so sessions and CSRF tokens survive restarts and agree across processes.
"""
from __future__ import annotations

import os
import secrets
import time
from pathlib import Path


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
        "APP_ENV": os.environ.get("APP_ENV") or "development",
        # Default: a SQLite file under instance/ (filled in by create_app once the path is known).
        "DATABASE_URL": os.environ.get("DATABASE_URL") or None,
        # Without SECRET_KEY: refused in production, else instance/secret_key (secret_key()).
        "SECRET_KEY": os.environ.get("SECRET_KEY") or None,
        "HOLD_DAYS": _int("HOLD_DAYS", 7),
        "RETENTION_DAYS": _int("RETENTION_DAYS", 365),
        "MAX_CONTENT_LENGTH": _int("MAX_CONTENT_LENGTH", 256 * 1024),
        "WEB_SESSION_IDLE_MINUTES": _int("WEB_SESSION_IDLE_MINUTES", 30),
        "WEB_SESSION_MAX_HOURS": _int("WEB_SESSION_MAX_HOURS", 12),
        # Password hashes (Argon2) that may run at once in one process; beyond: 503 at once.
        "SIGN_IN_CONCURRENCY": _int("SIGN_IN_CONCURRENCY", 2),
        # Reverse proxies in front that set X-Forwarded-For (0: the client's address is the
        # peer's); the sign-in throttle counts per client address.
        "TRUSTED_PROXIES": int(os.environ.get("TRUSTED_PROXIES") or 0),
        # Reports withhold counts below this from readers outside the survivors' organisation.
        "REPORT_SUPPRESS_BELOW": _int("REPORT_SUPPRESS_BELOW", 5),
    }


def secret_key(config: dict, instance_path: str) -> str:
    """The configured SECRET_KEY; in development, the instance's generated one."""
    if config.get("SECRET_KEY"):
        return config["SECRET_KEY"]
    if config.get("APP_ENV") == "production":
        raise RuntimeError("SECRET_KEY is not set: production (APP_ENV=production) refuses to "
                           "start without it, since each worker would make its own key")
    path = Path(instance_path) / "secret_key"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: of several workers starting at once, one writes the key, the others read it.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):
            key = path.read_text().strip()
            if key:
                return key
            time.sleep(0.01)  # another worker is between creating the file and writing it
        raise RuntimeError(f"{path} is empty: delete it and start again")
    key = secrets.token_hex(32)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(key)
    return key
