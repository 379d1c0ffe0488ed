"""The admin's review queue reads the record of every employer on it in a fixed number of
queries: the page runs as many statements for four employers as for one."""
from __future__ import annotations

from sqlalchemy import update

from catalog.models import Opening
from tests.outcome_rows import OutcomeRows
from tests.statements import statements


def wait_for_review(db_session, ngo: int, numbers: range) -> None:
    """An opening waiting for review from each employer of `numbers`, each employer with a
    survivor hired before and followed up (so that each record has something to count)."""
    rows = OutcomeRows(db_session)
    for number in numbers:
        employer = rows.org(f"Employer {number}", "employer", verified=True)
        hired = rows.hired(rows.survivor(ngo), rows.opening(employer, title="Placed before"))
        rows.follow_up(hired, 90, "working")
        waiting = rows.opening(employer, title=f"Waiting {number}")
        db_session.execute(update(Opening).where(Opening.id == waiting)
                           .values(status="pending_review"))
    db_session.commit()


def queue_page(app, admin) -> tuple[str, int]:
    """The review queue's page and the number of statements it ran."""
    with statements(app.extensions["database"].engine) as seen:
        page = admin.get("/admin")
    assert page.status_code == 200
    return page.get_data(as_text=True), len(seen)


def test_the_review_queue_runs_as_many_statements_for_four_employers_as_for_one(
        app, signed_in, db_session):
    admin = signed_in("admin")
    ngo = OutcomeRows(db_session).org("Asha Shelter Trust", "ngo")
    wait_for_review(db_session, ngo, range(1))
    admin.get("/admin")  # whatever a first page of the app reads once
    page, one = queue_page(app, admin)
    assert "Waiting 0" in page
    wait_for_review(db_session, ngo, range(1, 4))
    admin.get("/admin")  # the changed catalogue, seen once by the caches kept by its version
    page, four = queue_page(app, admin)
    assert all(f"Waiting {number}" in page for number in range(4))
    assert four == one
