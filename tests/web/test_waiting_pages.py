"""The waiting list in the counselor's pages: a near miss she misses only for want of a seat
offers "Put her on the waiting list"; her place shows on her matches page; when a seat frees,
the claim offered to her is taken there (a referral) or declined; bad input and another
organisation's entry write nothing."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from catalog.models import Batch, Course, Organisation, Referral, WaitingListEntry

from .conftest import csrf_token

NGO = "Mukti Aalo"
KOLKATA = dict(district="Kolkata", state="West Bengal", district_key="kolkata",
               latitude=22.5626, longitude=88.363)


def a_one_seat_batch(db_session) -> int:
    """A one-seat sewing batch in Kolkata."""
    provider = Organisation(name="Sealdah Skills Centre", kind="provider")
    db_session.add(provider)
    db_session.flush()
    course = Course(provider_id=provider.id, title="Sewing machine operator",
                    trade="sewing_dress_making", min_literacy="class5", languages=["bn"],
                    mode="in_person", duration_weeks=12, **KOLKATA)
    db_session.add(course)
    db_session.flush()
    batch = Batch(course_id=course.id, start_date=date(2027, 3, 1),
                  application_deadline=date(2027, 2, 15), seats_total=1)
    db_session.add(batch)
    db_session.commit()
    return batch.id


def hold_the_seat(client, profile_id: int, batch_id: int) -> None:
    matches = f"/profiles/{profile_id}/matches"
    response = client.post(f"/profiles/{profile_id}/refer", data={
        "batch_id": str(batch_id), "csrf_token": csrf_token(client, matches)})
    assert response.status_code in (302, 303), response.get_data(as_text=True)


def a_seat_held_and_one_waiting(signed_in, profile_in, db_session, holder_ref: str,
                                waiting_ref: str):
    """A counselor of NGO, two of her survivors and a one-seat batch whose seat the first holds:
    (counselor, holder, waiting, batch_id)."""
    counselor = signed_in("counselor", org_name=NGO)
    holder, waiting = profile_in(NGO, holder_ref), profile_in(NGO, waiting_ref)
    batch_id = a_one_seat_batch(db_session)
    hold_the_seat(counselor, holder, batch_id)
    return counselor, holder, waiting, batch_id


def ask_to_wait(client, profile_id: int, batch_id: str):
    """Posts "Put her on the waiting list" from her matches page; the response."""
    return client.post(f"/profiles/{profile_id}/waiting-list", data={
        "batch_id": batch_id, "csrf_token": csrf_token(client, f"/profiles/{profile_id}/matches")})


def withdraw(client, referral_id: int) -> None:
    page = f"/referrals/{referral_id}"
    response = client.post(f"{page}/status", data={
        "status": "withdrawn", "reason": "found_other_work",
        "csrf_token": csrf_token(client, page)})
    assert response.status_code in (302, 303), response.get_data(as_text=True)


def test_a_survivor_waits_for_a_seat_and_her_counselor_takes_the_claim(
        signed_in, profile_in, db_session):
    counselor, holder, waiting, batch_id = a_seat_held_and_one_waiting(
        signed_in, profile_in, db_session, "MA-101", "MA-102")

    matches = f"/profiles/{waiting}/matches"
    page = counselor.get(matches).get_data(as_text=True)
    assert "Put her on the waiting list" in page
    response = ask_to_wait(counselor, waiting, str(batch_id))
    assert response.status_code == 303
    page = counselor.get(matches).get_data(as_text=True)
    assert "She is on the waiting list" in page and "Waiting for a seat" in page
    assert "Put her on the waiting list" not in page  # once is enough

    held = db_session.scalar(select(Referral.id).where(Referral.profile_id == holder))
    db_session.rollback()
    withdraw(counselor, held)
    page = counselor.get(matches).get_data(as_text=True)
    assert "A seat is offered to her" in page and "Take the seat: refer her" in page
    entry_id = db_session.scalar(select(WaitingListEntry.id))
    db_session.rollback()
    response = counselor.post(f"/waiting-list/{entry_id}/claim",
                              data={"csrf_token": csrf_token(counselor, matches)})
    assert response.status_code == 303
    page = counselor.get(matches).get_data(as_text=True)
    assert "the seat of her claim is held for her" in page
    referral = db_session.scalar(select(Referral).where(Referral.profile_id == waiting))
    assert (referral.batch_id, referral.status.value) == (batch_id, "held")
    db_session.rollback()


def test_bad_input_and_another_organisations_entry_write_nothing(
        signed_in, profile_in, db_session):
    counselor, _holder, waiting, batch_id = a_seat_held_and_one_waiting(
        signed_in, profile_in, db_session, "MA-201", "MA-202")
    for bad in ("", "abc", "٣", "9" * 40, str(batch_id + 999)):
        response = ask_to_wait(counselor, waiting, bad)
        assert response.status_code in (303, 404), bad
    assert db_session.scalar(select(WaitingListEntry.id)) is None
    db_session.rollback()

    ask_to_wait(counselor, waiting, str(batch_id))
    entry_id = db_session.scalar(select(WaitingListEntry.id))
    db_session.rollback()
    other = signed_in("counselor", org_name="Sakhi Sahara")
    response = other.post(f"/waiting-list/{entry_id}/leave",
                          data={"csrf_token": csrf_token(other, "/counselor")})
    assert response.status_code == 404
    assert db_session.get(WaitingListEntry, entry_id).status.value == "waiting"
    db_session.rollback()


def test_the_waiting_list_reads_in_hindi_and_bengali(signed_in, profile_in, db_session):
    batch_id = a_one_seat_batch(db_session)
    for language, words in (("hi", "उसे प्रतीक्षा सूची में डालें"),
                            ("bn", "তাকে অপেক্ষার তালিকায় রাখুন")):
        organisation = f"{NGO} {language}"
        counselor = signed_in("counselor", org_name=organisation)
        waiting = profile_in(organisation, f"MA-{language}-2")
        if language == "hi":  # the one seat is held: both survivors may only wait for it
            hold_the_seat(counselor, profile_in(organisation, "MA-hi-1"), batch_id)
        counselor.post("/language", data={"lang": language,
                                          "csrf_token": csrf_token(counselor, "/counselor")})
        page = counselor.get(f"/profiles/{waiting}/matches").get_data(as_text=True)
        assert words in page
        assert "Put her on the waiting list" not in page
