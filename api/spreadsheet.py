"""Text bound for a spreadsheet: no cell may start a formula (CSV injection)."""
from __future__ import annotations

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """No formulas: a spreadsheet must not run a title that starts with = + - or @."""
    return "'" + text if text[:1] in FORMULA_LEADS else text
