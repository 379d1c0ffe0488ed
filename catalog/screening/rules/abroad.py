"""Work abroad outside a lawful route: `overseas_travel`, and what makes a route lawful."""
from __future__ import annotations

from .codes import OVERSEAS_TRAVEL, flag
from .fees import fee_charged
from .papers import documents_retained
from .reading import Reading


def lawful_abroad(reading: Reading) -> bool:
    """The opening names a lawful route abroad (a registered recruiting agent, eMigrate,
    BMET) and shows none of the marks of an unlawful one: a fee asked of her, her papers
    kept, a visit visa, a border crossed without papers."""
    return reading.once("lawful_abroad", lambda: bool(
        reading.live("lawful_route", warnings=False)) and not (
        reading.hits.get("visit_visa") or reading.hits.get("no_papers")
        or fee_charged(reading) or documents_retained(reading)))


def overseas_travel(reading: Reading) -> dict | None:
    """Work abroad (a foreign place named as where she will work, not as the market her work goes
    to or where the customers are), travel arranged by the employer or an agent, or a border
    crossed without the papers a lawful route needs."""
    abroad = [hit for hit in reading.live("overseas", ordinary="overseas", warnings=False)
              if not reading.in_clause(hit, "market")]
    journeys = [hit for hit in reading.live("travel", ordinary="travel", warnings=False)
                + reading.live("ticket", ordinary="ticket", warnings=False)
                if not reading.in_sentence(hit, "training")]  # to a course: the centre's own
    arranged = reading.live("arrange", warnings=False)
    by_agent = reading.live("agent_arranges", warnings=False)
    no_papers = reading.hits.get("no_papers", [])
    found = reading.pairs(journeys, arranged, 3) or reading.pairs(journeys, by_agent, 6)
    if (abroad or found) and not no_papers and lawful_abroad(reading):
        return None
    if abroad or no_papers or found:
        evidence = reading.quote(*(abroad[:1] or no_papers[:1] or found[0]))
        return flag(OVERSEAS_TRAVEL, evidence)
    return None
