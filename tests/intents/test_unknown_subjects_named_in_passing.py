"""A subject Marquee has no facts about, named in passing, stays the subject: a title set off before "with"
and whom it stars ("succession w brian cox, ..."), a show nobody knows asked about in one sentence of a
message whose other sentence names nothing, and a person nobody knows whom a later "she"/"he" means. None
of them is answered with another show's facts."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_title_before_with_and_its_star_is_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(engine, "succession w brian cox, who created it")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Succession")


async def test_a_title_set_off_before_a_yes_no_question_is_the_subject(engine: QuestionEngine) -> None:
    # The yes/no question is read as a check ("..., right?"): the tag sets off no title of its own.
    answer = await chat(engine, "who directed heartstopper", "and yellowjackets, is it on netflix")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Yellowjackets.")


async def test_an_everyday_title_asked_about_in_one_sentence_gets_no_default_show(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "do you know anything about lost? who's in the cast")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Lost")


async def test_she_after_a_person_nobody_knows_is_that_person_beside_a_known_show(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "what has emma corrin been in", "is she in the agatha cast")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Emma Corrin")


async def test_he_after_a_person_nobody_knows_gets_no_clarify(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what has tom hollander been in", "is he in heartstopper")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Tom Hollander")


async def test_a_pronoun_of_the_other_gender_is_not_the_person_nobody_knows(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what has emma corrin been in", "is he in the agatha cast")
    assert "Emma Corrin" not in answer.text


async def test_a_known_person_named_since_is_whom_the_pronoun_means(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "what has emma corrin been in",
        "who plays charlie in heartstopper",
        "is he in agatha all along",
    )
    assert "Emma Corrin" not in answer.text and answer.kind == "answer"
