"""A list of anonymised summaries (the liaison's and the partner's candidates, the API's page of
referrals) reads the courses its survivors completed in one query for all of them: as many
reads for six candidates as for two (each summary read is audited: one event each), each
summary naming her own courses."""
from __future__ import annotations

from sqlalchemy import select

from catalog.models import Organisation, User
from catalog.services import accounts
from catalog.services import candidates as referral_service
from tests.outcome_rows import T0, OutcomeRows
from tests.statements import reads, statements


def candidates(db_session, numbers: range) -> None:
    """Survivors `numbers`, each with a seat held at Pragati ITI; survivor n completed n courses
    elsewhere before ("Course n.0", ...), survivor 0 none."""
    rows = OutcomeRows(db_session)
    ngo = db_session.scalar(select(Organisation.id).where(Organisation.kind == "ngo"))
    pragati = db_session.scalar(select(Organisation.id).where(Organisation.name == "Pragati ITI"))
    other = rows.org(f"Other ITI {numbers.start}", "provider")
    _, seat = rows.course(pragati, title=f"Now {numbers.start}")
    for number in numbers:
        profile = rows.survivor(ngo)
        for course in range(number):
            _, batch = rows.course(other, title=f"Course {number}.{course}")
            rows.completed(profile, batch)
        rows.referral(profile, "held", batch_id=seat)
    db_session.commit()


def liaison(db_session) -> tuple[User, str]:
    """A liaison of Pragati ITI (and the NGO of the survivors): the user and her API token."""
    OutcomeRows(db_session).org("Asha Shelter Trust", "ngo")
    pragati = accounts.create_organisation(db_session, "Pragati ITI", "provider",
                                           verified=True, now=T0)
    user, token = accounts.create_user(db_session, "liaison@example.org", pragati,
                                       "iti_liaison")
    db_session.commit()
    return user, token


def completed_by_summary(pairs) -> list[list[str]]:
    return sorted(summary["courses_completed"] for _, summary in pairs)


def test_the_liaisons_candidates_read_their_courses_in_one_query(db_session):
    user, _ = liaison(db_session)
    candidates(db_session, range(2))
    referral_service.referred_candidates(db_session, user)  # the trades' names, read once
    db_session.rollback()
    db_session.refresh(user)
    with statements(db_session.get_bind()) as few:
        shown = referral_service.referred_candidates(db_session, user)
    assert completed_by_summary(shown) == [[], ["Course 1.0"]]
    db_session.rollback()
    candidates(db_session, range(2, 6))
    referral_service.referred_candidates(db_session, user)  # the changed catalogue, seen once
    db_session.rollback()
    db_session.refresh(user)
    with statements(db_session.get_bind()) as many:
        shown = referral_service.referred_candidates(db_session, user)
    assert completed_by_summary(shown) == [[f"Course {number}.{n}" for n in range(number)]
                                           for number in range(6)]
    assert len(reads(many)) == len(reads(few))


def test_the_apis_page_of_referrals_reads_their_courses_in_one_query(app, client, db_session):
    _, token = liaison(db_session)
    headers = {"Authorization": f"Bearer {token}"}
    engine = app.extensions["database"].engine
    candidates(db_session, range(2))
    client.get("/api/v1/referrals", headers=headers)  # whatever a first request reads once
    with statements(engine) as few:
        listed = client.get("/api/v1/referrals", headers=headers).get_json()
    assert sorted(item["candidate"]["courses_completed"] for item in listed["items"]) \
        == [[], ["Course 1.0"]]
    candidates(db_session, range(2, 6))
    client.get("/api/v1/referrals", headers=headers)  # the changed catalogue, seen once
    with statements(engine) as many:
        listed = client.get("/api/v1/referrals", headers=headers).get_json()
    assert listed["total"] == 6
    assert sorted(item["candidate"]["courses_completed"] for item in listed["items"])[-1] \
        == [f"Course 5.{n}" for n in range(5)]
    assert len(reads(many)) == len(reads(few))
