"""API tokens: 32 random bytes with a visible prefix, shown once, stored as a SHA-256 digest.

A fast unsalted digest is right for tokens (unlike passwords): they carry 256 bits of entropy,
and a digest under a unique index lets every request find its user in one indexed lookup.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

TOKEN_PREFIX = "lvh_"


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_matches(token: str, token_hash: str) -> bool:
    return hmac.compare_digest(hash_token(token), token_hash)
