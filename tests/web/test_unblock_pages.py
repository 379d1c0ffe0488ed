"""Issue 17 on the matches page: the step that would lift a near miss's blocker, under it, in the
reader's language (Hindi and Bengali here)."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from api.messages import Wording
from catalog.models import Batch, Course
from catalog.services import accounts

from .conftest import csrf_token

TODAY = date.today()
HOWRAH = dict(district="Howrah", state="West Bengal", district_key="howrah",
              latitude=22.524, longitude=88.063)
KOLKATA = dict(district="Kolkata", state="West Bengal", district_key="kolkata",
               latitude=22.5585, longitude=88.3429)


@pytest.fixture
def howrah_case(signed_in, db_session):
    """A counselor, her Howrah survivor (27, class 5, 10 km), an open-schooling course in
    Howrah and a sewing course needing class 8 in Kolkata, about 29 km away."""
    provider = accounts.create_organisation(db_session, "Ujjwal Open Learning", "provider")
    school = Course(provider_id=provider.id, title="Open schooling class 8, Howrah",
                    trade="open_schooling", min_literacy="class5", raises_literacy_to="class8",
                    languages=["bn", "hi"], mode="in_person", duration_weeks=24, **HOWRAH)
    sewing = Course(provider_id=provider.id, title="Sewing Technology, Kolkata",
                    trade="sewing_dress_making", min_literacy="class8", languages=["bn", "hi"],
                    mode="in_person", duration_weeks=52, **KOLKATA)
    db_session.add_all([school, sewing])
    db_session.flush()
    for course, start in ((school, 10), (sewing, 12), (sewing, 200)):
        db_session.add(Batch(course_id=course.id, start_date=TODAY + timedelta(days=start),
                             application_deadline=TODAY + timedelta(days=start - 5),
                             seats_total=20))
    db_session.commit()
    client = signed_in("counselor")
    response = client.post("/profiles/new", data={
        "csrf_token": csrf_token(client, "/profiles/new"), "case_ref": "MAR-61", "age": "27",
        "gender": "female", "literacy": "class5", "languages": ["bn", "hi"],
        "district": "Howrah", "interests": "selai", "max_travel_km": "10"})
    assert response.status_code == 302, response.get_data(as_text=True)
    client.profile_id = int(response.headers["Location"].split("/")[2])
    client.school = school.title
    return client


@pytest.mark.parametrize("language, script", [("hi", "[\u0900-\u097F]"),
                                              ("bn", "[\u0980-\u09FF]")])
def test_the_matches_page_shows_the_step_under_the_blocker(howrah_case, language, script):
    page = howrah_case.get(f"/profiles/{howrah_case.profile_id}/matches",
                           headers={"Accept-Language": language}).get_data(as_text=True)
    words = Wording(language)
    near = page[page.index(words._("Near misses")):]
    steps = re.findall(r'<p class="unblock">(.*?)</p>', near, re.S)
    assert steps, near[:2000]
    assert words._("What would open it:") in steps[0]
    bridge = next(step for step in steps if howrah_case.school in step)
    assert re.search(script, bridge)
    then = words.date(TODAY + timedelta(days=200))
    assert then in bridge  # after the 24 weeks she could join the batch of day 200
    travel = words._("Open to her if she can travel within %(km)s km.", km=words.number(29))
    assert any(travel in step for step in steps)
