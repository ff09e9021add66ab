"""A run of emoji ends a fan's remark the way a full stop does: the question after it is what is asked, and a
remark ending in emoji is still talk. Invented world beside the seed facts (tests/intents/fan_world.py)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.asking import question_part
from intents.understand.talk import talk_only


async def test_a_question_after_a_remark_ended_by_emoji_is_asked(fans: QuestionEngine) -> None:
    answer = await fans.answer(
        "in a different timezone so everything drops at weird hours for me 😩 ember s2 out yet"
    )
    assert answer.text.startswith("No")
    assert "June 10, 2025" in answer.text


async def test_a_laugh_then_a_remark_ended_by_emoji_leaves_the_question(fans: QuestionEngine) -> None:
    answer = await fans.answer("me again lol sorry for spamming the channel today 😅 quiet orchard creator")
    assert "Wendell Harp" in answer.text


def test_a_remark_ending_in_emoji_is_talk() -> None:
    assert talk_only("my dog is my official watch buddy 🐶")
    assert talk_only("sorry for spamming the channel today 😅")


def test_the_question_after_an_emoji_is_split_from_the_talk() -> None:
    asked, said = question_part("just came over from another fandom lol hi 🖤 ember crossing s2 episodes")
    assert asked == "ember crossing s2 episodes"
    assert "another fandom" in said
