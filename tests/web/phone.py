"""A 360 x 780 phone in the browser of tests/web/browser.py, and what every page must pass on it:
no sideways scrolling, and every control at least 24x24 CSS px."""
from __future__ import annotations

from contextlib import contextmanager

PHONE = {"width": 360, "height": 780}

SMALL_CONTROLS = """() => [...document.querySelectorAll(
    'button, input:not([type=hidden]), select, textarea, a.button')]
  .filter(e => e.offsetParent !== null)
  .map(e => [e.outerHTML.slice(0, 80),
             (e.type === 'checkbox' || e.type === 'radio') && e.closest('label')
               ? e.closest('label').getBoundingClientRect() : e.getBoundingClientRect()])
  .filter(([_, r]) => r.width < 24 || r.height < 24).map(([html]) => html)"""


def fits_a_phone(page) -> None:
    """No sideways scrolling at 360 px, and every control at least 24x24 CSS px (a checkbox's
    target is its label, which a tap on the words ticks too)."""
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 360, f"{page.url} is {width} px wide"
    assert page.evaluate(SMALL_CONTROLS) == [], page.url


@contextmanager
def phone_page(browser, live_server):
    """A page of a fresh browser context (its own cookies) the size of a small phone."""
    context = browser.new_context(base_url=live_server, viewport=PHONE)
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()
