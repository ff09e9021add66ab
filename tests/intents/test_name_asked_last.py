"""A name asked of what is described, said with "is called" last ("joe locke's disney+ show is called?",
"the 2021 show is called what"), is asked as "what is X called"; and "and what's the 2021 show called" after
a part question is a question of its own, not the part question about someone called "called"."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.learner_frames import plain_frames
from tests.helpers import chat


def test_is_called_what_at_the_end_asks_what_it_is_called() -> None:
    words = "and the 2021 show is called what".split()
    assert plain_frames(words) == "and what is the 2021 show called".split()


def test_a_question_word_first_is_left_as_it_is() -> None:
    assert plain_frames("what is it called".split()) == "what is it called".split()


async def test_a_described_show_is_called_asks_its_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who created heartstopper", "joe locke's disney+ show is called?")
    assert "Agatha All Along" in answer.text


async def test_and_what_is_the_show_called_after_a_part_asks_the_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays wiccan", "and what's the 2021 show called")
    assert answer.text.startswith("WandaVision")
