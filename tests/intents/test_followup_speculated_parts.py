"""What fans say a part really is, asked after that part: "ppl think hes actually who", "whose kid is that",
"is that confirmed tho"; and the first question "people think X is secretly playing someone in Y, who"."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_what_fans_think_he_is_gives_the_speculated_part(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who does joe locke play in agatha", "ppl think hes actually who")
    assert answer.kind == "answer" and "Wiccan" in answer.text


async def test_whose_kid_is_that_after_the_speculated_part(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who does joe locke play in agatha", "whose kid is that")
    assert answer.kind == "answer" and "Wanda" in answer.text


async def test_whose_kid_after_a_part_with_no_speculation_is_not_read_so(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", "whose kid is that")
    assert "Wanda" not in answer.text


async def test_is_that_confirmed_checks_the_speculated_part(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who does joe locke play in agatha", "is that confirmed tho")
    assert answer.text.startswith("No, that isn't confirmed")


async def test_people_think_he_is_playing_someone_who_as_a_first_question(engine: QuestionEngine) -> None:
    answer = await chat(engine, "people think joe locke is secretly playing someone in agatha, who")
    assert answer.kind == "answer" and "Wiccan" in answer.text


async def test_rumoured_after_every_part_asks_the_part_in_the_show_talked_about(
    engine: QuestionEngine,
) -> None:
    answer = await chat(
        engine,
        "who plays nick nelson",
        "and in agatha all along, who is joe locke there",
        "who is he rumoured to be",
    )
    assert "Wiccan" in answer.text
