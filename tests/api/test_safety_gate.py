"""The publishing gate over HTTP: hard flags block publishing until the employer rewords or two
admins dismiss them, soft flags need a note, verification is a noted decision that re-screens,
counselors see what an opening was published over and confirm before referring, and the
re-screening job sends an opening that gained a hard flag back to review."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from catalog.jobs import JOBS, JobSettings
from catalog.models import AuditEvent, FlagDismissal, Opening, Organisation
from catalog.screening.severity import HARD, SCREENING_VERSION, SOFT, Severity, severity
from tests.api import bodies
from tests.api.reads import count, fresh

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
FEE = {"title": "Packing helper", "description": "Registration fee Rs 5000 to be paid before "
                                                 "joining. Packing garments in the unit."}
HIGH_WAGE = {"wage_inr_month": 40000}  # a sewing job at four times the typical wage


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def admins(sign_in):
    return sign_in("admin", "Operator"), sign_in("admin", "Operator")


@pytest.fixture
def post_opening(client):
    def make(headers, **overrides) -> dict:
        body = bodies.opening_body(**{"district": "Kolkata", "description": "Stitching kurtas "
                                      "on industrial machines; no fee is charged.", **overrides})
        response = client.post("/api/v1/openings", json=body, headers=headers)
        assert response.status_code == 201, response.get_json()
        return response.get_json()

    return make


def codes(opening: dict) -> list[str]:
    return [flag["code"] for flag in opening["flags"]]


def review(client, opening_id, headers, decision="publish", note=None):
    body = {"decision": decision, **({"note": note} if note is not None else {})}
    return client.post(f"/api/v1/openings/{opening_id}/review", json=body, headers=headers)


def dismiss(client, opening_id, code, headers, note="A false alarm: checked with the employer."):
    body = {} if note is None else {"note": note}
    return client.post(f"/api/v1/openings/{opening_id}/flags/{code}/dismiss", json=body,
                       headers=headers)


def test_flag_classes_are_named_once_and_an_unknown_code_is_hard():
    assert {"minor_targeted", "documents_retained", "fee_charged", "advance_to_family",
            "entertainment_lure", "overseas_travel", "wage_underpaid"} == HARD
    assert {"wage_outlier", "vague_employer", "no_experience_high_pay"} == SOFT
    assert severity("a_rule_added_tomorrow") is Severity.HARD
    assert severity("unverified_employer") is Severity.EMPLOYER


def test_a_hard_flag_blocks_publishing_and_nothing_is_written(client, csr, admins, post_opening,
                                                              db_session):
    opening = post_opening(csr, **FEE)
    assert codes(opening) == ["fee_charged"]
    assert opening["screening"]["hard_flags_open"] == ["fee_charged"]
    assert opening["screening"]["flags"][0]["severity"] == "hard"
    response = review(client, opening["id"], admins[0], note="Looks fine to me.")
    assert response.status_code == 409
    body = response.get_json()
    assert body["reason"] == "hard_flags"
    assert [flag["code"] for flag in body["flags"]] == ["fee_charged"]
    row = fresh(db_session, Opening, opening["id"])
    assert row.status.value == "pending_review" and row.reviewed_at is None
    assert count(db_session, AuditEvent, AuditEvent.action == "review") == 0


def test_two_different_admins_clear_a_hard_flag_each_with_a_reason(client, csr, admins,
                                                                   post_opening, db_session):
    first, second = admins
    opening = post_opening(csr, **FEE)
    response = dismiss(client, opening["id"], "fee_charged", first)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["flag"]["cleared"] is False
    assert response.get_json()["hard_flags_open"] == ["fee_charged"]
    assert review(client, opening["id"], first, note="One dismissal.").status_code == 409
    again = dismiss(client, opening["id"], "fee_charged", first, note="Me again.")
    assert again.status_code == 409 and again.get_json()["reason"] == "second_admin_required"
    assert count(db_session, FlagDismissal) == 1
    response = dismiss(client, opening["id"], "fee_charged", second,
                       note="The 'fee' is the employer's to the sector council.")
    assert response.status_code == 200
    assert response.get_json()["flag"]["cleared"] is True
    assert response.get_json()["hard_flags_open"] == []
    # Cleared: publishing still needs the publishing admin's note.
    response = review(client, opening["id"], first)
    assert response.status_code == 422 and response.get_json()["reason"] == "note_required"
    assert "note" in response.get_json()["errors"]["json"]
    response = review(client, opening["id"], first, note="Two admins cleared the fee flag.")
    assert response.status_code == 200, response.get_json()
    published = response.get_json()
    assert published["status"] == "published"
    assert published["screening"]["approved_flags"] == ["fee_charged"]
    actions = [e.action for e in db_session.scalars(
        select(AuditEvent).where(AuditEvent.object_id == opening["id"],
                                 AuditEvent.object_type == "opening").order_by(AuditEvent.id))]
    assert actions.count("dismiss_flag") == 2 and actions[-1] == "review"


@pytest.mark.parametrize("case", ["no_note", "blank_note", "not_carried", "soft", "unknown"])
def test_a_bad_dismissal_names_its_field_and_writes_nothing(case, client, csr, admins,
                                                            post_opening, db_session):
    opening = post_opening(csr, **FEE, **HIGH_WAGE)
    assert set(codes(opening)) >= {"fee_charged", "wage_outlier"}
    code, note, field = {
        "no_note": ("fee_charged", None, "note"),
        "blank_note": ("fee_charged", "   ", "note"),
        "not_carried": ("minor_targeted", "Checked.", "code"),
        "soft": ("wage_outlier", "Checked.", "code"),
        "unknown": ("no_such_flag", "Checked.", "code"),
    }[case]
    response = dismiss(client, opening["id"], code, admins[0], note=note)
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["errors"]["json"]
    assert count(db_session, FlagDismissal) == 0
    assert count(db_session, AuditEvent, AuditEvent.action == "dismiss_flag") == 0


def test_only_an_admin_dismisses_a_flag(client, csr, sign_in, post_opening, db_session):
    opening = post_opening(csr, **FEE)
    for headers in (csr, sign_in("counselor"), sign_in("iti_liaison")):
        assert dismiss(client, opening["id"], "fee_charged", headers).status_code == 403
    assert dismiss(client, 999_999, "fee_charged", sign_in("admin")).status_code == 404
    assert count(db_session, FlagDismissal) == 0


def test_soft_flags_publish_only_with_a_note(client, csr, admins, post_opening, db_session):
    opening = post_opening(csr, **HIGH_WAGE)
    assert codes(opening) == ["wage_outlier"]
    for note in (None, "", "   "):
        response = review(client, opening["id"], admins[0], note=note)
        assert response.status_code == 422, response.get_json()
        assert response.get_json()["reason"] == "note_required"
        assert "note" in response.get_json()["errors"]["json"]
    assert fresh(db_session, Opening, opening["id"]).status.value == "pending_review"
    response = review(client, opening["id"], admins[0],
                      note="A senior tailor's wage: the employer sent the pay slips.")
    assert response.status_code == 200 and response.get_json()["status"] == "published"


def test_rewording_raises_the_flag_again_and_old_dismissals_do_not_carry_over(
        client, csr, admins, post_opening):
    opening = post_opening(csr, **FEE)
    for headers in admins:
        assert dismiss(client, opening["id"], "fee_charged", headers).status_code == 200
    assert review(client, opening["id"], admins[0], note="Cleared.").status_code == 200
    url = f"/api/v1/openings/{opening['id']}"
    reworded = client.patch(url, json={"description": "A registration fee of Rs 6000 is taken "
                                                      "at joining."}, headers=csr).get_json()
    assert reworded["status"] == "pending_review"
    assert reworded["screening"]["review_reason"] == "reworded"
    assert reworded["screening"]["hard_flags_open"] == ["fee_charged"]
    assert reworded["screening"]["flags"][0]["dismissals"] == []
    assert review(client, opening["id"], admins[0], note="Still fine?").status_code == 409


def test_an_edit_that_leaves_the_text_keeps_an_opening_published_over_soft_flags(
        client, csr, admins, post_opening):
    opening = post_opening(csr, **HIGH_WAGE)
    assert review(client, opening["id"], admins[0], note="Pay slips seen.").status_code == 200
    edited = client.patch(f"/api/v1/openings/{opening['id']}", json={"positions": 6},
                          headers=csr).get_json()
    assert edited["status"] == "published"


def test_verification_needs_a_note_and_clears_unverified_employer_from_the_cards(
        client, sign_in, admins, post_opening, db_session):
    unverified = sign_in("csr_partner", "Golden Horizon Placements", verified=False)
    opening = post_opening(unverified)
    assert codes(opening) == ["unverified_employer"]
    url = f"/api/v1/organisations/{opening['employer_id']}"
    for body in (None, {}, {"note": ""}, {"note": 5}, {"note": "ok", "verified": True}):
        response = client.post(f"{url}/verify", json=body, headers=admins[0])
        assert response.status_code == 422, body
    assert not fresh(db_session, Organisation, opening["employer_id"]).verified
    response = client.post(f"{url}/verify", json={"note": "Factory visited on 2026-11-30."},
                           headers=admins[0])
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["openings_changed"] == 1
    assert response.get_json()["verification_note"] == "Factory visited on 2026-11-30."
    now = client.get(f"/api/v1/openings/{opening['id']}", headers=admins[0]).get_json()
    assert codes(now) == [] and now["status"] == "pending_review"
    assert review(client, opening["id"], admins[0]).status_code == 200  # no flag: no note
    # Un-verifying: the published opening carries the flag again and goes back to review.
    response = client.post(f"{url}/unverify", json={"note": "Licence found forged."},
                           headers=admins[1])
    assert response.status_code == 200 and response.get_json()["verified"] is False
    after = client.get(f"/api/v1/openings/{opening['id']}", headers=admins[0]).get_json()
    assert codes(after) == ["unverified_employer"] and after["status"] == "pending_review"
    events = db_session.scalars(select(AuditEvent.action).where(
        AuditEvent.object_type == "organisation")).all()
    assert {"verify", "unverify"} <= set(events)


@pytest.fixture
def profile(client, counselor):
    body = bodies.profile_body(interests=["tailoring"], documents=["aadhaar", "bank_account"],
                               avoid_districts=[], consent_to_share=True)
    response = client.post("/api/v1/profiles", json=body, headers=counselor)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def opening_card(client, counselor, profile_id, opening_id):
    matches = client.get(f"/api/v1/profiles/{profile_id}/matches?kind=opening",
                         headers=counselor).get_json()["matches"]
    return next((m for m in matches if m["opening_id"] == opening_id), None)


def test_a_card_of_an_opening_published_over_flags_shows_them_and_referral_asks_to_confirm(
        client, csr, admins, post_opening, counselor, profile, db_session):
    clean = post_opening(csr)
    flagged = post_opening(csr, **{**FEE, "title": "Tailor, senior"})
    for headers in admins:
        assert dismiss(client, flagged["id"], "fee_charged", headers,
                       note=f"Checked by admin {headers['Authorization'][-4:]}").status_code == 200
    assert review(client, flagged["id"], admins[0], note="The fee is paid by the employer.")\
        .status_code == 200
    assert opening_card(client, counselor, profile["id"], clean["id"])["screening"] is None
    card = opening_card(client, counselor, profile["id"], flagged["id"])
    assert card is not None
    assert card["screening"]["note"] == "The fee is paid by the employer."
    [flag] = card["screening"]["flags"]
    assert flag["code"] == "fee_charged" and flag["severity"] == "hard"
    assert len(flag["dismissal_notes"]) == 2
    refer = {"profile_id": profile["id"], "opening_id": flagged["id"]}
    response = client.post("/api/v1/referrals", json=refer, headers=counselor)
    assert response.status_code == 409 and response.get_json()["reason"] == "flags_unconfirmed"
    assert response.get_json()["screening"]["flags"][0]["code"] == "fee_charged"
    response = client.post("/api/v1/referrals", json={**refer, "confirm_flags": "yes"},
                           headers=counselor)
    assert response.status_code == 422 and "confirm_flags" in response.get_json()["errors"]["json"]
    response = client.post("/api/v1/referrals", json={**refer, "confirm_flags": True},
                           headers=counselor)
    assert response.status_code == 201, response.get_json()
    assert client.post("/api/v1/referrals", json={"profile_id": profile["id"],
                                                   "opening_id": clean["id"]},
                       headers=counselor).status_code == 201


def test_the_rescreen_job_sends_a_published_opening_that_gained_a_hard_flag_back(
        client, csr, post_opening, counselor, profile, db_session):
    opening = post_opening(csr)
    assert opening["status"] == "published"
    # As if the opening had been screened by an older version that missed the fee.
    row = db_session.get(Opening, opening["id"])
    row.description = "Registration fee Rs 5000 to be paid before joining."
    row.screening_version = "0.old"
    db_session.commit()
    report = JOBS["rescreen_openings"].run(db_session, NOW, JobSettings())
    db_session.commit()
    assert report["changed"] == 1 and report["sent_to_review"] == 1
    assert report["stale_version"] == 1
    row = fresh(db_session, Opening, opening["id"])
    assert row.status.value == "pending_review" and row.review_reason == "hard_flag_raised"
    assert row.screening_version == SCREENING_VERSION
    assert opening_card(client, counselor, profile["id"], opening["id"]) is None
    again = JOBS["rescreen_openings"].run(db_session, NOW, JobSettings())
    db_session.commit()
    assert again["changed"] == 0 and again["sent_to_review"] == 0


def test_an_opening_written_around_the_gate_never_reaches_a_card(client, csr, post_opening,
                                                                 counselor, profile, db_session):
    opening = post_opening(csr)
    row = db_session.get(Opening, opening["id"])
    row.flags = [{"code": "minor_targeted", "message": "Seeks minors."}]  # no admin approved it
    db_session.commit()
    assert opening_card(client, counselor, profile["id"], opening["id"]) is None
    response = client.post("/api/v1/referrals", json={
        "profile_id": profile["id"], "opening_id": opening["id"], "confirm_flags": True},
        headers=counselor)
    assert response.status_code == 409 and response.get_json()["reason"] == "closed"


def test_the_employer_reads_the_dismissals_but_not_which_admin_made_them(client, csr, admins,
                                                                        post_opening):
    opening = post_opening(csr, **FEE)
    assert dismiss(client, opening["id"], "fee_charged", admins[0]).status_code == 200
    as_admin = client.get(f"/api/v1/openings/{opening['id']}", headers=admins[1]).get_json()
    as_employer = client.get(f"/api/v1/openings/{opening['id']}", headers=csr).get_json()
    [seen_by_admin] = as_admin["screening"]["flags"][0]["dismissals"]
    [seen_by_employer] = as_employer["screening"]["flags"][0]["dismissals"]
    assert "admin_id" in seen_by_admin and "admin_id" not in seen_by_employer
    assert seen_by_employer["note"] == seen_by_admin["note"]
