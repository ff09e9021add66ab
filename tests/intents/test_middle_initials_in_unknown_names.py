"""A middle initial between words nobody knows is part of one name ("william h macy", "samuel l jackson"):
that person is someone nobody knows, never the known person who shares the first name (William Gao)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_name_with_a_middle_initial_is_someone_unknown(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what other shows has william h macy been in")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about William H Macy")
    assert "Gao" not in answer.text


async def test_the_whole_name_with_its_initial_is_said_back(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who is samuel l jackson")
    assert answer.text.startswith("I don't have facts about Samuel L Jackson")


async def test_the_known_first_name_alone_is_still_its_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what else is william gao in")
    assert "William Gao" in answer.text


async def test_a_letter_typed_as_a_word_is_no_initial(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "is nick frost joining heartstopper season 3??", "who are they playing", "is it a big role"
    )
    assert answer.text.startswith("I don't have facts about Nick Frost.")
