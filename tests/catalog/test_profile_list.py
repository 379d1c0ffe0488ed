"""The one list read of profiles (catalog/queries/profiles.py): scoped to the reader's
organisation, each profile read audited, used by the API and the counselor's pages."""
from __future__ import annotations

from sqlalchemy import select

from catalog.models import AuditEvent
from catalog.queries import profiles as profile_list
from catalog.services import accounts


def listed(session) -> list[tuple[int, int | None]]:
    return [(e.object_id, e.actor_user_id) for e in session.scalars(
        select(AuditEvent).where(AuditEvent.action == "list").order_by(AuditEvent.id))]


def test_active_profiles_are_hers_alone_and_each_read_is_audited(session, ngo, counselor,
                                                                  make_org, make_profile):
    second = make_profile(ngo, case_ref="B-2")
    first = make_profile(ngo, case_ref="A-1")
    make_profile(ngo, case_ref="C-3", status="closed")
    make_profile(make_org("Other Trust"), case_ref="A-0")  # another organisation's

    found = profile_list.active_profiles(session, counselor, limit=10,
                                         order=profile_list.BY_CASE_REF)
    assert [p.case_ref for p in found] == ["A-1", "B-2"]
    assert listed(session) == [(first.id, counselor.id), (second.id, counselor.id)]

    assert [p.case_ref for p in profile_list.active_profiles(session, counselor, limit=1)] == [
        "A-1"]  # newest first, the limit kept


def test_a_page_counts_all_and_audits_only_its_own(session, ngo, counselor, make_profile):
    made = [make_profile(ngo, case_ref=f"P-{n}") for n in range(5)]
    items, total = profile_list.read_page(session, counselor, status=None, page=2, per_page=2)
    assert total == 5
    assert [p.id for p in items] == [made[2].id, made[1].id]
    assert [object_id for object_id, _ in listed(session)] == [made[2].id, made[1].id]


def test_a_search_by_case_reference_finds_closed_cases_too(session, ngo, counselor,
                                                            make_profile):
    make_profile(ngo, case_ref="MAR-10", status="closed")
    make_profile(ngo, case_ref="MAR-1")
    make_profile(ngo, case_ref="XYZ-1")
    found = profile_list.find_profiles(session, counselor, "mar-1", limit=10)
    assert [p.case_ref for p in found] == ["MAR-1", "MAR-10"]  # the exact one first
    assert len(listed(session)) == 2


def test_an_admin_lists_no_survivor(session, ngo, make_org, make_profile):
    make_profile(ngo, case_ref="A-1")
    admin, _ = accounts.create_user(session, "admin@example.org", make_org("Ops", "operator"),
                                    "admin")
    assert profile_list.active_profiles(session, admin, limit=10) == []
    assert listed(session) == []
