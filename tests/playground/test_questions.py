"""Asking in the page: the card's questions, a follow-up, prefix commands, embeds and the sources panel."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from .page import PlaygroundPage


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when does heartstopper season 3 come out?", "October 3, 2024"),
        ("who plays nick nelson", "Kit Connor"),
        ("who directed season 3?", "Andy Newberry"),
    ],
)
def test_card_questions_are_answered_in_the_question_channel(
    page: PlaygroundPage, question: str, expected: str
) -> None:
    page.channel("#ask-marquee")
    reply = page.send(question)
    assert expected in reply.text


def test_follow_up_question_uses_the_show_just_asked_about(page: PlaygroundPage) -> None:
    page.channel("@Marquee")
    first = page.send("when does heartstopper season 3 come out?")
    follow_up = page.send("who directed it?")
    assert "Heartstopper" in first.text
    assert "Andy Newberry" in follow_up.text and "Heartstopper" in follow_up.text


def test_prefix_command_is_answered_in_a_plain_channel(page: PlaygroundPage) -> None:
    page.channel("#general")
    reply = page.send("!premiere heartstopper")
    assert "October 3, 2024" in reply.text
    assert "replying to you" in reply.text


def test_mentioning_the_bot_in_a_plain_channel_gets_an_answer(page: PlaygroundPage) -> None:
    page.channel("#general")
    reply = page.send("@Marquee who plays nick nelson")
    assert "Kit Connor" in reply.text
    assert "replying to you: “@Marquee who plays nick nelson”" in reply.text


def test_answer_embed_shows_title_fields_and_source_footer(page: PlaygroundPage) -> None:
    page.channel("#ask-marquee")
    reply = page.send("who plays nick nelson")
    embed = reply.find_element(By.CSS_SELECTOR, ".embed")
    fields = {
        f.find_element(By.TAG_NAME, "dt").text: f.find_element(By.TAG_NAME, "dd").text
        for f in embed.find_elements(By.CSS_SELECTOR, ".embed-field")
    }
    assert embed.find_element(By.CSS_SELECTOR, ".embed-title").text
    assert fields.get("Played by") == "Kit Connor"
    assert embed.find_element(By.CSS_SELECTOR, ".embed-footer").text.startswith("Source: ")


def test_sources_panel_lists_the_article_and_marks_the_facts_in_the_answer(page: PlaygroundPage) -> None:
    page.channel("#ask-marquee")
    reply = page.send("who plays nick nelson")
    reply.find_element(By.CSS_SELECTOR, "[data-sources]").click()
    panel = page.driver.find_element(By.ID, "sources")
    page.wait_for(panel.is_displayed)
    used = [li.text for li in panel.find_elements(By.CSS_SELECTOR, "li.used")]
    assert "Heartstopper season 3" in panel.text
    assert any("Kit Connor" in text and "Nick Nelson" in text for text in used), used
    assert page.driver.switch_to.active_element.get_attribute("id") == "sources-title"


def test_unknown_show_gets_no_other_shows_facts(page: PlaygroundPage) -> None:
    page.channel("@Marquee")
    reply = page.send("when does the bear season 4 come out?")
    assert "I don't have facts about" in reply.text
    assert "Heartstopper" not in reply.text
