"""The real scheme catalogue, `seeds/schemes.json`, read as plain JSON for the matcher tests that
need it (tests/matcher/test_schemes.py, test_scheme_steps.py). No database."""
from __future__ import annotations

import json
from pathlib import Path

from matcher.schemes import Scheme

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "schemes.json"
ROWS = json.loads(SEEDS.read_text(encoding="utf-8"))
SEED_SCHEMES = [Scheme.from_seed(row) for row in ROWS]
