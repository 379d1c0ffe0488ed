"""The screens of the hard rules (`matcher.rules.HARD_RULES`): judged on what the index files of
an offer, they agree with the rule run on the offer itself, so the engine may skip offers by
signature without re-encoding a rule."""

from __future__ import annotations

import itertools

from matcher import CatalogIndex
from matcher.rules import HARD_RULES, RuleContext, Seeker, literacy_below_minimum
from matcher.signature import signature_of
from matcher.vocabulary import Device, Gender, LearningMode, Literacy

from . import field

INDEX = CatalogIndex(field.TAXONOMY, field.FIELD_COURSES, field.FIELD_OPENINGS)
OFFERS = [row.offer for row in INDEX.rows]


def _profiles():
    modes, devices = list(LearningMode), list(Device)
    for number, (mode, device, online, gender, age) in enumerate(itertools.product(
        modes, devices, (False, True), (Gender.FEMALE, Gender.MALE), (15, 30, 70)
    )):
        yield field.profile(
            id=number + 1, learning_mode=mode, device=device, connectivity=online, gender=gender,
            age=age, literacy=list(Literacy)[number % len(Literacy)],
            languages=({"bn"}, {"hi", "en"}, {"ta"})[number % 3],
        )


def test_every_screen_agrees_with_its_rule():
    """A screen says False only when the rule blocks the offer (for literacy: even through the
    best bridge of the catalogue), and True whenever the rule lets it pass."""
    screened = [rule for rule in HARD_RULES if rule.screen is not None]
    assert len(screened) >= 6
    judged = 0
    for profile in _profiles():
        reach = max(profile.literacy.rank, INDEX.max_raise_rank)
        seeker = Seeker(profile, reach, INDEX.language_mask(profile.languages))
        for offer in OFFERS:
            trade = INDEX.trade(offer.trade)
            signature = signature_of(offer, trade, INDEX.language_mask(offer.languages))
            context = RuleContext(field.TODAY, trade, 1.0)
            for rule in screened:
                judged_on = signature.access if rule.access else signature
                admitted = rule.screen(seeker, judged_on)
                blocked = rule.check(profile, offer, context) is not None
                judged += 1
                if rule.check is literacy_below_minimum:
                    assert admitted == (offer.min_literacy.rank <= reach)
                    assert admitted or blocked
                else:
                    assert admitted == (not blocked), (rule.check.__name__, offer.id)
    assert judged > 10_000
