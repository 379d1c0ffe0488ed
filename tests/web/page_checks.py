"""What every page must pass on a cheap phone, measured in the browser: it fits the screen, its
controls are big enough to tap, it asks nothing of another server, it is light, and axe-core
finds no serious or critical accessibility violation.

axe-core comes from the npm registry (package.json, `make axe`); it is read from node_modules and
evaluated in the page by Playwright (a test-only context that bypasses the page's CSP for it)."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 360, "height": 780}
MIN_TARGET_PX = 24  # WCAG 2.2 target size (minimum), in CSS pixels
MAX_PAGE_BYTES = 100 * 1024  # the page and everything it loads, as sent

# Elements wider than the screen, the deepest first (a long word that does not wrap).
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1) continue;
    let clipped = false;
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX !== 'visible' && up.getBoundingClientRect().right <= width + 1) {
        clipped = true; break;
      }
    }
    if (!clipped) wide.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')
                            + ' ' + Math.round(box.right) + 'px');
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(-5)};
}"""

# Controls smaller than the minimum target; links inside running text are exempt (WCAG 2.5.8).
TARGETS_JS = """(min) => {
  const small = [];
  const controls = document.querySelectorAll(
    'button, input:not([type=hidden]), select, textarea, summary, [role=button], a.button, ' +
    'nav a, .actions a');
  for (const el of controls) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;  // not shown
    if (getComputedStyle(el).visibility === 'hidden') continue;
    if (box.width < min - 0.5 || box.height < min - 0.5) {
      small.push(el.tagName.toLowerCase() + (el.type ? '[' + el.type + ']' : '') +
                 (el.name ? ' ' + el.name : '') + ' ' + Math.round(box.width) + 'x' +
                 Math.round(box.height));
    }
  }
  return small;
}"""

WEIGHT_JS = """() => {
  const entries = performance.getEntriesByType('navigation')
    .concat(performance.getEntriesByType('resource'));
  return entries.reduce((sum, e) => sum + (e.encodedBodySize || 0), 0);
}"""

AXE_RUN_JS = """async () => {
  const result = await axe.run(document, {
    resultTypes: ['violations'],
    rules: {'target-size': {enabled: true}},
  });
  return result.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
}"""


def axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


def foreign(urls: list[str], origin: str) -> list[str]:
    """The requests that left the server (data: and about: URLs stay in the page)."""
    home = urlsplit(origin).netloc
    return [url for url in urls
            if urlsplit(url).scheme in ("http", "https", "ws", "wss")
            and urlsplit(url).netloc != home]


def problems_of(page, axe: str) -> list[str]:
    """Every check on the page as it stands; an empty list when it passes."""
    found = []
    overflow = page.evaluate(OVERFLOW_JS)
    if overflow["scrollWidth"] > overflow["width"] + 1:
        found.append(f"wider than the screen: {overflow['scrollWidth']}px > "
                     f"{overflow['width']}px ({', '.join(overflow['wide'])})")
    small = page.evaluate(TARGETS_JS, MIN_TARGET_PX)
    if small:
        found.append(f"targets under {MIN_TARGET_PX}px: {', '.join(small[:6])}")
    weight = page.evaluate(WEIGHT_JS)
    if weight > MAX_PAGE_BYTES:
        found.append(f"{weight} bytes transferred, over {MAX_PAGE_BYTES}")
    page.evaluate(axe)
    violations = page.evaluate(AXE_RUN_JS)
    if violations:
        found.append("axe-core: " + json.dumps(violations, ensure_ascii=False))
    return found


def fits_the_phone(page) -> None:
    """The page, once loaded, scrolls no wider than the phone and has no control under 24 px."""
    page.wait_for_load_state("load")
    overflow = page.evaluate(OVERFLOW_JS)
    assert overflow["scrollWidth"] <= overflow["width"] + 1, (page.url, overflow["wide"])
    small = page.evaluate(TARGETS_JS, MIN_TARGET_PX)
    assert small == [], (page.url, small)
