"""A pick among the shows the last answer listed ("which of them came out first?", "which one is on
netflix?"), and the other lead after a pick among a listed cast: the one listed beside the pick."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.intents.test_followups import chat


async def test_the_first_to_come_out_among_listed_shows_is_the_earliest_premiere(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "what shows are on disney+", "which of them came out first")
    assert answer.text.startswith("WandaVision") and "Agatha" not in answer.text


async def test_the_latest_among_listed_shows_is_the_last_to_premiere(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what shows are on disney+", "ok which one is the latest")
    assert answer.text.startswith("Agatha All Along") and "2024-09-18" in answer.answers


async def test_a_network_pick_among_listed_shows_says_where_the_one_that_fits_streams(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "what has joe locke been in", "which of these is on netflix")
    assert "Heartstopper" in answer.text and "Netflix" in answer.text and "Agatha" not in answer.text


async def test_a_pick_that_fits_every_listed_show_picks_none_of_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what shows are on disney+", "which one is in the mcu")
    assert not answer.text.startswith(("Agatha", "WandaVision"))


async def test_the_other_lead_after_a_pick_among_a_listed_cast_is_the_other_one_listed(
    engine: QuestionEngine,
) -> None:
    answer = await chat(
        engine,
        "heartstopper cast?",
        "which one of them is in the mcu",
        "what about the other lead, is he in it",
    )
    assert answer.text.startswith("No, Kit Connor")
