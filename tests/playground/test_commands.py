"""Slash commands through the bot's own autocomplete, and "Did you mean" buttons, in the page."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from .page import PlaygroundPage


def test_typing_a_slash_lists_the_bots_registered_commands(page: PlaygroundPage) -> None:
    page.channel("#general")
    page.type("/")
    page.wait_for_suggestion("/premiere")
    assert {"/premiere", "/who", "/ingest", "/config prefix"} <= set(page.suggestions())


def test_slash_command_through_its_autocomplete(page: PlaygroundPage) -> None:
    page.channel("#general")
    page.type("/prem")
    page.wait_for_suggestion("/premiere")
    page.press(Keys.ENTER)  # picks the highlighted command
    page.wait_for(lambda: page.value == "/premiere ")
    page.type("heartst")
    page.wait_for_suggestion("Heartstopper")  # the bot's answer to an autocomplete interaction
    assert page.suggestions()[0] == "Heartstopper"
    page.press(Keys.ENTER)
    page.wait_for(lambda: page.value == "/premiere Heartstopper")
    before = len(page.bot_messages())
    page.press(Keys.ENTER)
    reply = page.next_bot_message(before)
    assert "used /premiere" in reply.text
    assert "October 3, 2024" in reply.text


def test_autocomplete_choices_come_from_the_bots_knowledge(page: PlaygroundPage) -> None:
    page.channel("#general")
    page.type("/who ")
    page.type("kit")
    page.wait_for_suggestion("Kit Connor")
    assert "Heartstopper" not in page.suggestions()  # /who completes people, not shows


def test_did_you_mean_button_answers_the_suggested_question(page: PlaygroundPage) -> None:
    page.channel("#general")
    prompt = page.send("!ask nick heartstopper")
    labels = [b.text for b in page.buttons(prompt)]
    assert "Did you mean" in prompt.text and labels == ["!cast Heartstopper"]
    page.buttons(prompt)[0].click()
    page.wait_for(lambda: "Did you mean" not in prompt.text)
    assert prompt.find_elements(By.CSS_SELECTOR, ".embed") and not page.buttons(prompt)
    assert "Joe Locke" in prompt.text  # the answer to "!cast Heartstopper"


def test_shift_enter_makes_a_new_line_instead_of_sending(page: PlaygroundPage) -> None:
    page.channel("#general")
    before = len(page.driver.find_elements(By.CSS_SELECTOR, "#log article"))
    page.type("first line")
    page.press(Keys.SHIFT + Keys.ENTER)
    page.type("second line")
    assert page.value == "first line\nsecond line"
    assert len(page.driver.find_elements(By.CSS_SELECTOR, "#log article")) == before


def test_server_only_commands_are_not_offered_in_the_dm(page: PlaygroundPage) -> None:
    page.channel("@Marquee")
    page.type("/")
    page.wait_for_suggestion("/premiere")
    offered = set(page.suggestions())
    assert "/who" in offered
    assert "/ingest" not in offered and "/config prefix" not in offered
