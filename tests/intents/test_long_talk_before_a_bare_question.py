"""A long message of talk with no question mark nor question word before its end: the last sentence asks,
past the talk it opens with ("anyway i don't even know basic stuff about it, like ember crossing s2 date"),
and a sentence where the fan talks anywhere ("i searched but discord search is garbage.") is talk. Invented
world beside the seed facts (tests/intents/fan_world.py)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.question_sentence import question_sentence

_STORY = (
    "apologies in advance for the long message. i don't usually write but i've been going through a "
    "rough time lately, and honestly watching this has been my comfort every single night. it's silly "
    "but it helps. "
)


async def test_the_last_sentence_asks_past_the_talk_it_opens_with(fans: QuestionEngine) -> None:
    message = f"{_STORY}anyway i don't even know basic stuff about it, like does tobias grell play ines"
    answer = await fans.answer(message)
    assert answer.text.startswith("No")


def test_a_shorthand_after_the_talk_clause_is_the_question() -> None:
    asked, said = question_sentence(f"{_STORY}anyway i don't even know basic stuff, like ember s2 date")
    assert asked == "like ember s2 date"
    assert "comfort" in said


async def test_a_sentence_the_fan_talks_in_is_talk(fans: QuestionEngine) -> None:
    answer = await fans.answer(
        "i KNOW this has probably been answered a hundred times and i'm sorry, i searched the channel but "
        "discord search is garbage. quiet orchad creators"
    )
    assert "Wendell Harp" in answer.text
