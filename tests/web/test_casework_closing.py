"""Closing a profile and withdrawing consent, each saying first what it does; a profile needs a
language (page and API); the API takes the reason codes; and the matches page shows the
referral an offer already has instead of its Refer button."""
from __future__ import annotations

from sqlalchemy import func, select

from catalog.models import Batch, Profile, Referral

from .conftest import csrf_token
from .casework_rows import (  # noqa: F401  (people is a fixture)
    NGO,
    PROVIDER,
    events,
    fresh,
    held_seat,
    new_batch,
    new_opening,
    people,
    post,
    referral_row,
    set_status,
)


# -- closing a profile, withdrawing consent -------------------------------------------------


def test_closing_a_profile_says_what_it_does_then_withdraws_and_releases_the_seats(
        people, profile_in, db_session):
    profile_id = profile_in(NGO, "ASH-180", consent_to_share=True)
    held, batch_id = held_seat(db_session, profile_id)
    applied = referral_row(db_session, profile_id, "applied", opening_id=new_opening(db_session))
    done = referral_row(db_session, profile_id, "completed", batch_id=new_batch(db_session))
    counselor = people["counselor"]
    page = counselor.get(f"/profiles/{profile_id}/close").get_data(as_text=True)
    assert "withdraw her 2 live referrals:" in page
    assert "give 1 held seat back to its batch" in page
    assert "end her consent to share" in page
    assert fresh(db_session, Profile, profile_id).status.value == "active"  # nothing yet
    path = f"/profiles/{profile_id}/close"
    for data, field, message in (({}, "reason", "Choose a reason."),
                                 ({"reason": "bored"}, "reason", "Choose one of the options."),
                                 ({"reason": "settled", "note": "x" * 501}, "note",
                                  "Give 1 to 500 items or characters.")):
        response = post(counselor, path, data)
        assert response.status_code == 422
        assert f'id="{field}-error">{message}' in response.get_data(as_text=True)
    assert fresh(db_session, Profile, profile_id).status.value == "active"
    assert fresh(db_session, Referral, held).status.value == "held"

    response = post(counselor, path, {"reason": "moved_away", "note": "Went to Siliguri"})
    assert response.status_code == 302
    profile = fresh(db_session, Profile, profile_id)
    assert (profile.status.value, profile.closed_reason, profile.closed_note) == (
        "closed", "moved_away", "Went to Siliguri")
    assert profile.consent_to_share is False
    assert fresh(db_session, Referral, held).status.value == "withdrawn"
    assert fresh(db_session, Referral, held).reason == "profile_closed"
    assert fresh(db_session, Referral, applied).status.value == "withdrawn"
    assert fresh(db_session, Referral, done).status.value == "completed"
    assert fresh(db_session, Batch, batch_id).seats_taken == 0
    [close] = events(db_session, action="close", object_id=profile_id)
    assert close.detail == "reason=moved_away"
    page = counselor.get(f"/profiles/{profile_id}").get_data(as_text=True)
    assert "Profile ASH-180 closed." in page and "This profile is closed." in page
    assert "She moved away" in page
    assert "Her profile was closed" in counselor.get(f"/referrals/{held}").get_data(
        as_text=True)


def test_withdrawing_consent_on_the_form_asks_to_confirm_first(
        people, profile_in, db_session):
    profile_id = profile_in(NGO, "ASH-190", consent_to_share=True)
    applied = referral_row(db_session, profile_id, "applied", opening_id=new_opening(db_session))
    counselor = people["counselor"]
    path = f"/profiles/{profile_id}/edit"
    form = {"case_ref": "ASH-190", "age": "24", "gender": "female", "literacy": "class8",
            "languages": "bn", "district": "Kolkata", "state": "West Bengal",
            "max_travel_km": "15", "interests": "tailoring", "learning_mode": "any",
            "device": "none", "income_urgency": "medium"}
    response = post(counselor, path, form)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Withdraw her consent to share? Nothing is saved yet." in page
    assert "Her 1 live job application is withdrawn:" in page and "Stitching operator" in page
    assert fresh(db_session, Profile, profile_id).consent_to_share is True
    assert fresh(db_session, Referral, applied).status.value == "applied"
    response = post(counselor, path, {**form, "confirm_consent": "yes"})
    assert response.status_code == 302
    assert fresh(db_session, Profile, profile_id).consent_to_share is False
    assert fresh(db_session, Referral, applied).status.value == "withdrawn"
    assert fresh(db_session, Referral, applied).reason == "consent_withdrawn"


# -- a language is required ---------------------------------------------------------------


def test_a_profile_without_a_language_is_refused_by_the_page_and_the_api(
        people, profile_in, db_session):
    counselor = people["counselor"]
    form = {"case_ref": "ASH-200", "age": "24", "gender": "female", "literacy": "class8",
            "district": "Kolkata", "state": "West Bengal", "max_travel_km": "15",
            "learning_mode": "any", "device": "none", "income_urgency": "medium"}
    response = post(counselor, "/profiles/new", form)
    assert response.status_code == 422
    assert 'id="languages-error">Give at least one language.' in response.get_data(as_text=True)
    assert db_session.scalar(select(func.count(Profile.id)).where(
        Profile.case_ref == "ASH-200")) == 0
    db_session.rollback()
    # Taking every language off an existing profile is refused too.
    profile_id = profile_in(NGO, "ASH-201")
    response = post(counselor, f"/profiles/{profile_id}/edit", {**form, "case_ref": "ASH-201"})
    assert response.status_code == 422
    assert fresh(db_session, Profile, profile_id).languages == ["bn"]


def test_the_api_refuses_a_profile_without_a_language_and_takes_reasons(
        app, db_session, profile_in):
    from catalog.services import accounts
    organisation = accounts.create_organisation(db_session, NGO, "ngo")
    accounts.create_organisation(db_session, PROVIDER, "provider")
    _user, token = accounts.create_user(db_session, "api.counselor@example.org", organisation,
                                        "counselor")
    db_session.commit()
    headers = {"Authorization": f"Bearer {token}"}
    client = app.test_client()
    body = {"case_ref": "API-1", "age": 24, "gender": "female", "literacy": "class8",
            "languages": [], "district": "Kolkata"}
    response = client.post("/api/v1/profiles", json=body, headers=headers)
    assert response.status_code == 422
    assert "languages" in response.get_json()["errors"]["json"]
    profile_id = profile_in(NGO, "API-2")
    assert client.patch(f"/api/v1/profiles/{profile_id}", json={"languages": []},
                        headers=headers).status_code == 422
    held, batch_id = held_seat(db_session, profile_id)
    response = client.patch(f"/api/v1/referrals/{held}",
                            json={"status": "withdrawn", "reason": "position_filled"},
                            headers=headers)
    assert response.status_code == 422  # a reason of not_selected
    response = client.patch(f"/api/v1/referrals/{held}",
                            json={"status": "withdrawn", "reason": "health"}, headers=headers)
    assert response.status_code == 200 and response.get_json()["reason"] == "health"
    assert client.delete(f"/api/v1/profiles/{profile_id}", json={"reason": "bored"},
                         headers=headers).status_code == 422
    assert client.delete(f"/api/v1/profiles/{profile_id}", json={"reason": "repatriated"},
                         headers=headers).status_code == 204
    assert fresh(db_session, Profile, profile_id).closed_reason == "repatriated"


# -- the matches page ---------------------------------------------------------------------


def test_the_refer_button_gives_way_to_the_referral_it_made(people, profile_in, db_session):
    profile_id = profile_in(NGO, "ASH-210")
    batch_id = new_batch(db_session)
    counselor = people["counselor"]
    page = counselor.get(f"/profiles/{profile_id}/matches").get_data(as_text=True)
    assert "Refer: hold a seat in Sewing machine operator" in page
    response = post(counselor, f"/profiles/{profile_id}/refer", {"batch_id": str(batch_id)},
                    f"/profiles/{profile_id}/matches")
    assert response.status_code == 302
    referral_id = db_session.scalar(select(Referral.id).where(Referral.batch_id == batch_id))
    db_session.rollback()
    page = counselor.get(f"/profiles/{profile_id}/matches").get_data(as_text=True)
    assert "Refer: hold a seat in Sewing machine operator" not in page
    assert f'<a href="/referrals/{referral_id}">Open referral {referral_id}</a>' in page
    # Withdrawn, it may be referred afresh.
    assert set_status(counselor, referral_id, status="withdrawn",
                      reason="survivor_declined").status_code == 302
    page = counselor.get(f"/profiles/{profile_id}/matches").get_data(as_text=True)
    assert "Refer: hold a seat in Sewing machine operator" in page


def test_the_referral_and_closing_pages_read_in_hindi_and_bengali(people, profile_in,
                                                                   db_session):
    profile_id = profile_in(NGO, "ASH-220")
    held, _batch = held_seat(db_session, profile_id)
    counselor = people["counselor"]
    path = f"/referrals/{held}"
    for lang, words in (("hi", ("रेफ़रल वापस लें", "दाख़िला हुआ दर्ज करें", "इतिहास",
                                "उसे दूसरा काम मिल गया")),
                        ("bn", ("রেফারাল তুলে নিন", "ভর্তি হয়েছে লিখুন", "ইতিহাস",
                                "সে অন্য কাজ পেয়েছে"))):
        counselor.post("/language", data={"lang": lang, "next": path,
                                          "csrf_token": csrf_token(counselor, path)})
        page = counselor.get(path).get_data(as_text=True)
        assert all(word in page for word in words), lang
        assert "Withdraw the referral" not in page and "What you can do now" not in page
        close = counselor.get(f"/profiles/{profile_id}/close").get_data(as_text=True)
        assert "Closing her profile will:" not in close and "live referral" not in close
