"""What one match request says to the database (issue 19): the token, the profile, the
catalogue's version with the schemes' (one read), the flags of the openings its cards name (whole
openings read only for those published over flags) and the audit event: nothing per offer."""
from __future__ import annotations

from collections import Counter

import pytest

from tests.statements import reads, statements

pytestmark = pytest.mark.usefixtures("frozen_clock")


def tables(seen: list[str]) -> list[str]:
    """The table each statement reads or writes first (FROM / INTO), in order."""
    found = []
    for statement in seen:
        words = statement.split()
        for keyword in ("INTO", "FROM"):
            if keyword in words:
                found.append(words[words.index(keyword) + 1])
                break
        else:
            found.append(words[0])
    return found


def test_a_match_request_reads_a_few_rows_whatever_its_cards_name(app, client, demo):
    _, headers, _, mine = demo
    engine = app.extensions["database"].engine
    for profile_id in mine:  # the index built and the schemes read: once per process
        response = client.get(f"/api/v1/profiles/{profile_id}/matches", headers=headers)
        assert response.status_code == 200
    shown = Counter()
    for profile_id in mine:
        with statements(engine) as seen:
            body = client.get(f"/api/v1/profiles/{profile_id}/matches", headers=headers).get_json()
        openings = [match for match in body["matches"] if match["opening_id"]]
        flagged = [match for match in openings if match["screening"]]
        # the openings named, by id and flags only; whole (with their dismissals) if flagged
        # the catalogue's version and the schemes' in one read (FROM a subquery of schemes)
        expected = ["api_tokens", "profiles", "(SELECT", "audit_events"]
        expected += ["openings"] if openings else []
        expected += ["openings", "flag_dismissals"] if flagged else []
        assert tables(seen) == expected
        assert len(reads(seen)) == len(expected) - 1  # the audit event, the one write
        shown.update(openings=len(openings), flagged=len(flagged))
    assert shown["openings"] > shown["flagged"] > 0  # both kinds of card were shown
