"""The demo seed with two openings published over flags and a Bangladeshi survivor waiting to go
home: what the match-response tests of tests/api share (the `demo` fixture, tests/api/conftest.py)."""
from __future__ import annotations

from sqlalchemy import select

from catalog.models import Organisation, Profile
from catalog.services import accounts
from seeds.loader import load_demo, load_reference
from tests.api import bodies
from tests.conftest import NOW

FEE = {"title": "Tailor, senior", "description": "Registration fee Rs 5000 to be paid before "
                                                 "joining. Stitching kurtas in the unit."}


def publish_over_flags(client, sign_in) -> None:
    """Two sewing openings in Kolkata published over flags: a hard one two admins dismissed,
    and a soft one (a wage far above the trade's) published with a note."""
    csr = sign_in("csr_partner", "Test Garments")
    admins = sign_in("admin", "Operator"), sign_in("admin", "Operator")

    def post(**overrides) -> int:
        body = bodies.opening_body(**{"district": "Kolkata", "min_literacy": "none",
                                      "women_only": False, "documents_required": [],
                                      "languages": ["bn", "hi", "en"], **overrides})
        response = client.post("/api/v1/openings", json=body, headers=csr)
        assert response.status_code == 201, response.get_json()
        return response.get_json()["id"]

    hard, soft = post(**FEE), post(wage_inr_month=40000)
    for number, headers in enumerate(admins):
        response = client.post(f"/api/v1/openings/{hard}/flags/fee_charged/dismiss",
                               json={"note": f"Checked by admin {number}"}, headers=headers)
        assert response.status_code == 200, response.get_json()
    for opening_id, note in ((hard, "The employer pays the fee."), (soft, "Pay slips seen.")):
        response = client.post(f"/api/v1/openings/{opening_id}/review",
                               json={"decision": "publish", "note": note}, headers=admins[0])
        assert response.status_code == 200, response.get_json()


def flagged_demo(client, sign_in, db_session):
    """The demo seed with the schemes, two openings published over flags, and a Bangladeshi
    survivor waiting to go home; returns a counselor of the demo's Kolkata NGO, her token and
    every profile's id, and those of her NGO."""
    load_reference(db_session)
    load_demo(db_session, now=NOW)
    db_session.commit()
    publish_over_flags(client, sign_in)
    ngo = db_session.scalar(select(Organisation).where(
        Organisation.name == "Mukti Aalo Rehabilitation Society"))
    user, token = accounts.create_user(db_session, "matches@example.org", ngo, "counselor")
    db_session.commit()
    headers = {"Authorization": f"Bearer {token}"}
    response = client.post("/api/v1/profiles", headers=headers, json=bodies.profile_body(
        case_ref="BD-1", nationality="BD", awaiting_repatriation=True, documents=[],
        literacy="none", interests=["tailoring"], avoid_districts=[]))
    assert response.status_code == 201, response.get_json()
    ids = list(db_session.scalars(select(Profile.id).order_by(Profile.id)))
    mine = list(db_session.scalars(select(Profile.id).where(Profile.organisation_id == ngo.id)
                                   .order_by(Profile.id)))
    db_session.commit()
    return user.id, headers, ids, mine
