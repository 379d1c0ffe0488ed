"""The admin's charts read the outcomes report: small counts withheld, and the page says so."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from catalog.models import Organisation
from tests.outcome_rows import T0, OutcomeRows


def test_the_admin_charts_withhold_small_counts_and_say_so(signed_in, db_session):
    admin = signed_in("admin", org_name="Operator")
    signed_in("iti_liaison", org_name="Pragati ITI")
    rows = OutcomeRows(db_session)
    ngo = rows.org("NGO A", "ngo")
    provider = db_session.scalar(select(Organisation.id).where(Organisation.name == "Pragati ITI"))
    _course, batch = rows.course(provider)
    for _ in range(3):
        rows.referral(rows.survivor(ngo), "held", T0, batch_id=batch)
    for _ in range(6):
        rows.referral(rows.survivor(ngo), "withdrawn", T0 - timedelta(days=1), batch_id=batch)
    db_session.commit()
    page = admin.get("/admin/charts").get_data(as_text=True)
    assert "Seat held: withheld." in page
    assert "Withdrawn: 6." in page
    assert "Counts below 5 are withheld" in page
    assert ">3<" not in page


def test_the_charts_in_hindi_say_what_is_withheld(signed_in):
    admin = signed_in("admin", org_name="Operator")
    page = admin.get("/admin/charts", headers={"Accept-Language": "hi"}).get_data(as_text=True)
    assert "5 से कम की गिनती छिपाई गई है" in page
