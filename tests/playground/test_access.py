"""Keyboard-only use, visible focus, 200% zoom, and nothing loaded from anywhere but the playground."""

from __future__ import annotations

from urllib.parse import urlparse

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from .page import PlaygroundPage


def _tab_stops(page: PlaygroundPage, count: int) -> list[str]:
    """A description of each element Tab reaches, from the top of a freshly loaded page."""
    stops = []
    for _ in range(count):
        ActionChains(page.driver).send_keys(Keys.TAB).perform()
        active = page.driver.switch_to.active_element
        stops.append(active.get_attribute("aria-label") or active.get_attribute("id") or active.text)
    return stops


def test_tab_reaches_channels_admin_toggle_message_box_and_send_in_order(page: PlaygroundPage) -> None:
    stops = _tab_stops(page, 10)
    order = [
        stops.index(s) for s in ("# ask-marquee", "# general", "@ Marquee (DM)", "admin", "Message", "Send")
    ]
    assert order == sorted(order), stops


def test_keyboard_alone_asks_and_presses_a_suggestion(page: PlaygroundPage) -> None:
    stops = _tab_stops(page, 4)
    assert stops == ["Skip to the message box", "# ask-marquee", "# general", "@ Marquee (DM)"]
    ActionChains(page.driver).send_keys(Keys.ENTER).perform()  # choosing a channel moves focus to the box
    assert page.driver.switch_to.active_element.get_attribute("aria-label") == "Message"
    page.wait_for_history()
    before = len(page.bot_messages())
    ActionChains(page.driver).send_keys("!ask nick heartstopper", Keys.ENTER).perform()
    prompt = page.next_bot_message(before)
    ActionChains(page.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    for _ in range(6):  # back through the log to the prompt's last button
        if page.driver.switch_to.active_element.tag_name == "button":
            break
        ActionChains(page.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    assert page.driver.switch_to.active_element.text == "!cast Heartstopper"
    ActionChains(page.driver).send_keys(Keys.ENTER).perform()
    page.wait_for(lambda: "Joe Locke" in prompt.text)


def test_focused_controls_show_a_visible_outline(page: PlaygroundPage) -> None:
    _tab_stops(page, 2)
    outline = page.driver.execute_script(
        "const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth];"
    )
    assert outline[0] != "none" and outline[1] != "0px", outline


def test_page_reflows_without_sideways_scrolling_at_200_percent_zoom(page: PlaygroundPage) -> None:
    size = page.driver.get_window_size()
    try:
        page.driver.set_window_size(640, 900)  # a 1280-pixel window at 200%: half the CSS pixels
        page.channel("#ask-marquee")
        page.send("who plays nick nelson")
        overflow = page.driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"
        )
        assert overflow <= 0
        assert page.box.is_displayed()
    finally:
        page.driver.set_window_size(size["width"], size["height"])


def test_page_loads_nothing_from_other_hosts(page: PlaygroundPage) -> None:
    resources = page.driver.execute_script(
        "return performance.getEntriesByType('resource').map((e) => e.name);"
    )
    page_host = urlparse(page.url).netloc
    assert resources and all(urlparse(name).netloc == page_host for name in resources), resources
