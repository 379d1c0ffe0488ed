"""The catalogue tests' factories make the rows they always made: folding their defaults into
tables (tests/catalog/conftest.py) moved no survivor and no opening."""
from __future__ import annotations

WHERE = ("district", "state", "district_key", "latitude", "longitude")


def test_a_profile_and_an_opening_stand_where_the_catalogue_tests_put_them(make_profile,
                                                                          make_opening):
    # 22.55, 88.35: the centre of Kolkata the factories used, and that the scheduler, digest
    # and waiting-list tests write by hand next to them (1.9 km from tests.rows.KOLKATA).
    expected = ("Kolkata", "West Bengal", "kolkata", 22.55, 88.35)
    for row in (make_profile(), make_opening()):
        assert tuple(getattr(row, name) for name in WHERE) == expected
