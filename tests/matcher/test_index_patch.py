"""A patched index answers exactly as one built afresh from the changed catalogue, and leaves the
index it came from as it was (issue 19: a catalogue change patches rows, never a rebuild)."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from matcher import CatalogIndex, match
from tests.hypothesis_profiles import examples

from .field import TAXONOMY, TODAY, batch, course, opening
from .worlds import PROPERTIES, courses, openings, scenarios


@st.composite
def changes(draw):
    """A catalogue, then a change of it: offers removed, replaced by new versions, added."""
    profile, before_courses, before_openings = draw(scenarios())
    removed = draw(st.sets(st.sampled_from([("course", c.id) for c in before_courses]
                                           + [("opening", o.id) for o in before_openings]
                                           or [("course", 0)])))
    replaced_courses = [draw(courses(c.id, profile)) for c in before_courses
                        if draw(st.booleans()) and ("course", c.id) not in removed]
    replaced_openings = [draw(openings(o.id, profile)) for o in before_openings
                         if draw(st.booleans()) and ("opening", o.id) not in removed]
    added_courses = [draw(courses(100 + n, profile)) for n in range(draw(st.integers(0, 4)))]
    added_openings = [draw(openings(100 + n, profile)) for n in range(draw(st.integers(0, 4)))]
    return (profile, before_courses, before_openings, removed,
            replaced_courses + added_courses, replaced_openings + added_openings)


def _after(before, removed, changed, kind):
    kept = {o.id: o for o in before if (kind, o.id) not in removed}
    kept.update({o.id: o for o in changed})
    return list(kept.values())


@settings(PROPERTIES, max_examples=examples(60))
@given(changes())
def test_a_patched_index_matches_as_a_fresh_build_and_the_old_one_is_untouched(change):
    profile, before_courses, before_openings, removed, new_courses, new_openings = change
    old = CatalogIndex(TAXONOMY, before_courses, before_openings)
    old_result = match(profile, old, TODAY, limit=None)
    patched = old.patched(remove=removed, add=[*new_courses, *new_openings])
    fresh = CatalogIndex(TAXONOMY, _after(before_courses, removed, new_courses, "course"),
                         _after(before_openings, removed, new_openings, "opening"))
    assert len(patched) == len(fresh)
    assert {key for key in patched.by_key} == {key for key in fresh.by_key}
    for near_misses in (False, True):
        assert (match(profile, patched, TODAY, limit=None, near_misses=near_misses)
                == match(profile, fresh, TODAY, limit=None, near_misses=near_misses))
    assert match(profile, old, TODAY, limit=None) == old_result


def test_add_remove_and_replace_one_offer():
    index = CatalogIndex(TAXONOMY, [course(1, "tailoring")], [opening(2, "tailoring")])
    assert set(index.by_key) == {("course", 1), ("opening", 2)}
    added = index.add(course(3, "tailoring"))
    assert set(added.by_key) == {("course", 1), ("course", 3), ("opening", 2)}
    assert set(index.by_key) == {("course", 1), ("opening", 2)}  # the old index is unchanged
    removed = added.remove("opening", 2)
    assert set(removed.by_key) == {("course", 1), ("course", 3)}
    assert removed.by_key.get(("opening", 2)) is None and len(removed) == 2
    full = replace(course(1, "tailoring"), batches=(batch(1, seats=5, taken=5),))
    replaced = removed.add(full)
    assert replaced.by_key["course", 1].offer.batches[0].seats_available == 0
    assert index.by_key["course", 1].offer.batches[0].seats_available > 0
    unlisted = replace(opening(2, "tailoring"), employer_verified=False)
    assert ("opening", 2) not in index.add(unlisted).by_key


def test_many_patches_fold_their_layer_and_keep_every_key():
    index = CatalogIndex(TAXONOMY, [course(n, "tailoring") for n in range(1, 11)], [])
    expected = {("course", n) for n in range(1, 11)}
    for n in range(11, 211):  # past the layer's fold
        index = index.add(course(n, "tailoring")).remove("course", n - 10)
        expected = (expected | {("course", n)}) - {("course", n - 10)}
        assert len(index) == len(expected)
    assert set(index.by_key) == expected
    assert index.by_key.get(("course", 1)) is None and ("course", 210) in index.by_key
    fresh = CatalogIndex(TAXONOMY, [course(n, "tailoring") for n in range(201, 211)], [])
    assert {r.id for r in index.rows} == {r.id for r in fresh.rows}
