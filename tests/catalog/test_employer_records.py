"""The employers' records read together (`employer_records`): four queries however many
employers, each record the same as the one read alone, zeros for an employer with nothing."""
from __future__ import annotations

from catalog.models import FollowUp
from catalog.services.employer_record import employer_record, employer_records
from tests.outcome_rows import OutcomeRows
from tests.statements import statements


def employers_with_records(session, count: int) -> list[int]:
    """`count` employers, the n-th with n survivors hired into its opening (11000 promised),
    each followed up at day 90, at work and paid 6000 (the first employer's first follow-up
    reports a fee taken); last, an employer with nothing at all."""
    rows = OutcomeRows(session)
    ngo = rows.org("Asha Shelter Trust", "ngo")
    ids = []
    for number in range(1, count + 1):
        employer = rows.org(f"Employer {number}", "employer", verified=True)
        opening = rows.opening(employer)
        for _ in range(number):
            hired = rows.hired(rows.survivor(ngo), opening)
            follow_up = session.get(FollowUp, rows.follow_up(hired, 90, "working"))
            follow_up.wage_paid_inr_month = 6000
            follow_up.fees_taken = not ids
        ids.append(employer)
    ids.append(rows.org("Employer without a record", "employer"))
    session.commit()
    return ids


def test_the_records_of_many_employers_take_four_queries_as_one_does(session):
    ids = employers_with_records(session, 4)
    with statements(session.get_bind()) as one:
        employer_records(session, ids[:1])
    with statements(session.get_bind()) as every:
        records = employer_records(session, ids)
    assert len(one) == len(every) == 4, every
    assert sorted(records) == sorted(ids)


def test_each_record_is_the_one_read_alone_and_nothing_is_zeros(session):
    ids = employers_with_records(session, 3)
    together = employer_records(session, ids)
    assert {employer_id: employer_record(session, employer_id) for employer_id in ids} \
        == together
    first, third, empty = together[ids[0]], together[ids[2]], together[ids[-1]]
    assert (first.placements, first.unsafe_reports) == (1, 1)
    assert (third.placements, third.retention_90_recorded, third.retention_90) == (3, 3, 1.0)
    assert (third.unsafe_reports, third.wage_reports, third.underpaid_reports) == (0, 3, 3)
    assert (third.wage_paid_inr_month, third.wage_promised_inr_month) == (6000, 11000)
    assert (empty.placements, empty.retention_90_recorded, empty.retention_90,
            empty.unsafe_reports, empty.wage_reports, empty.wage_paid_inr_month,
            empty.underpaid_reports) == (0, 0, None, 0, 0, None, 0)
    assert employer_records(session, []) == {}
