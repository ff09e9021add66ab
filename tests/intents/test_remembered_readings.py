"""A message read twice (by the pipeline, then by the last check on its answer) is read once: the second
reading is the first one remembered, handed out as a copy the caller may change."""

from __future__ import annotations

from intents.engine import QuestionEngine


def test_a_remembered_reading_is_a_copy_of_its_own(world: QuestionEngine) -> None:
    first = world.understand("who directed heartstopper season 3")
    first.append("changed")
    assert world.understand("who directed heartstopper season 3") == first[:-1]


def test_a_remembered_spelling_is_the_spelling_worked_out(world: QuestionEngine) -> None:
    text = "wher is heartstopper streaming"
    assert world.typed_words.spell(text) == world.typed_words.spell(text) != text
