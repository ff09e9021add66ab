"""First paint of the playground page in headless Chromium, and (with --screenshots) the README's pictures.

Run: .venv/bin/python benchmarks/playground_page.py [--loads N] [--screenshots docs]
Starts `marquee playground --port 0` on a fresh SQLite database and Debian's chromium/chromedriver.
Target (issue 10): first paint under one second. Paint figures come from the browser's Performance API; the
time from pressing Enter to the answer on screen is measured from Selenium (50 ms polling).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from selenium.webdriver.remote.webdriver import WebDriver

from tests.playground.browser import browser_problem, headless_chromium, playground_process
from tests.playground.page import PlaygroundPage

QUESTIONS = ("when does heartstopper season 3 come out?", "who plays nick nelson", "who directed season 3?")
PAINT_TIMES = """
const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
const nav = performance.getEntriesByType('navigation')[0];
return [paint['first-paint'], paint['first-contentful-paint'], nav.domContentLoadedEventEnd];
"""


def measure(driver: WebDriver, url: str, loads: int) -> list[tuple[float, float, float]]:
    """(first paint, first contentful paint, DOMContentLoaded) in ms for ``loads`` fresh page loads."""
    figures = []
    for _ in range(loads):
        driver.get("about:blank")
        driver.get(url)
        # Paint entries are recorded a frame after the load event; wait for them, never for long.
        PlaygroundPage(driver, url).wait_for(lambda: None not in driver.execute_script(PAINT_TIMES), 5.0)
        figures.append(tuple(float(x) for x in driver.execute_script(PAINT_TIMES)))
    return figures  # type: ignore[return-value]


def answer_round_trips(page: PlaygroundPage, rounds: int) -> list[float]:
    """Seconds from pressing Enter to the answer on screen (Selenium polls every 50 ms: a coarse figure)."""
    page.open()
    page.channel("#ask-marquee")
    times = []
    for i in range(rounds):
        question = QUESTIONS[i % len(QUESTIONS)]
        start = time.perf_counter()
        page.send(question)
        times.append(time.perf_counter() - start)
    return times


def screenshots(page: PlaygroundPage, out: Path, article: Path) -> None:
    """The question channel with answers, a slash command's autocomplete, and an ingest review."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    out.mkdir(parents=True, exist_ok=True)
    page.open()
    page.channel("#ask-marquee")
    page.send("when does heartstopper season 3 come out?")
    reply = page.send("who plays nick nelson")
    reply.find_element(By.CSS_SELECTOR, "[data-sources]").click()
    page.wait_for(page.driver.find_element(By.ID, "sources").is_displayed)
    page.driver.save_screenshot(str(out / "playground.png"))
    page.driver.find_element(By.ID, "sources-close").click()
    page.channel("#general")
    page.type("/premiere ")
    page.type("heart")
    page.wait_for_suggestion("Heartstopper")
    page.driver.save_screenshot(str(out / "playground-slash.png"))
    page.box.send_keys(Keys.ESCAPE)
    page.box.clear()
    page.act_as_admin()
    page.attach(article)
    page.send("!ingest published: 2024-09-01 outlet: Playground Test News")
    page.driver.save_screenshot(str(out / "playground-ingest.png"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=10)
    parser.add_argument("--screenshots", type=Path, metavar="DIR", help="also save the README's screenshots")
    args = parser.parse_args()
    problem = browser_problem()
    if problem is not None:
        print(f"skipped: {problem}")
        return 0
    with (
        tempfile.TemporaryDirectory() as tmp,
        playground_process(Path(tmp)) as url,
        headless_chromium() as driver,
    ):
        measure(driver, url, 1)  # warm-up: the first load also starts the browser's caches
        figures = measure(driver, url, args.loads)
        for name, values in zip(
            ("first paint", "first contentful paint", "DOMContentLoaded"),
            zip(*figures, strict=True),
            strict=True,
        ):
            print(f"{name:24} median {statistics.median(values):6.1f} ms   max {max(values):6.1f} ms")
        trips = [t * 1000 for t in answer_round_trips(PlaygroundPage(driver, url), args.loads)]
        median, worst = statistics.median(trips), max(trips)
        print(f"{'Enter to answer shown':24} median {median:6.1f} ms   max {worst:6.1f} ms")
        if args.screenshots:
            from tests.playground.test_admin import LANTERN_KEEPERS

            article = Path(tmp) / "lantern-keepers.txt"
            article.write_text(LANTERN_KEEPERS, encoding="utf-8")
            screenshots(PlaygroundPage(driver, url), args.screenshots, article)
            print(f"screenshots saved in {args.screenshots}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
