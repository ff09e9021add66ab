"""A follow-up that puts one slot right: a season named in a correction before the question ("no wait s3 i
mean. when does it drop"), and a person by first name with a show ("and joe in agatha?")."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.corrected_tags import corrected_question
from tests.helpers import chat


def test_a_season_named_in_a_correction_before_the_question_is_asked_of() -> None:
    asked = corrected_question("no wait s3 i mean.", "no wait s3 i mean".split(), "when does it drop".split())
    assert asked == "when does it drop s3".split()


def test_a_question_naming_its_own_season_keeps_it() -> None:
    asked = corrected_question("no wait s3 i mean.", "no wait s3 i mean".split(), "when does s2 drop".split())
    assert asked is None


async def test_a_season_corrected_before_the_question_is_answered(world: QuestionEngine) -> None:
    answer = await chat(
        world, "when did copper lanterns season 1 come out", "no wait s2 i mean. when does it drop"
    )
    assert "June 5, 2025" in answer.text


async def test_a_first_name_with_a_show_replaces_both_slots(world: QuestionEngine) -> None:
    answer = await chat(world, "who does joe locke play in heartstopper", "and kit?", "and joe in agatha?")
    assert "Mystery Teen" in answer.text


async def test_a_show_the_fragment_names_is_kept_for_someone_not_in_it(world: QuestionEngine) -> None:
    answer = await chat(world, "who does joe locke play in heartstopper", "and kit in agatha?")
    assert answer.text.startswith("No") and "Nick Nelson" not in answer.text
