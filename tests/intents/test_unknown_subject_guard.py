"""The last check on every answer (intents/understand/unknown_subject_guard.py): a question about a name
nobody knows never gets another show's facts, and a question about a known subject is still answered."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.query import Conversation

_NO_FACTS = "I don't have facts about"


async def _asked(engine: QuestionEngine, *questions: str) -> list[str]:
    conversation = Conversation()
    return [(await engine.answer(q, conversation)).text for q in questions]


async def test_a_title_set_off_before_the_question_gets_no_facts_of_the_show_before(
    engine: QuestionEngine,
) -> None:
    _, asked, follow_up = await _asked(
        engine,
        "when does heartstopper s3 drop",
        "ok and fellow travelers, is that getting a s2",
        "who's the lead in it",
    )
    assert asked.startswith(f"{_NO_FACTS} Fellow Travelers")
    assert "Heartstopper" not in asked
    assert follow_up.startswith(f"{_NO_FACTS} Fellow Travelers")


async def test_a_known_show_named_as_a_yardstick_leaves_the_unknown_show_the_subject(
    engine: QuestionEngine,
) -> None:
    asked, follow_up = await _asked(
        engine, "random q: is boy swallows universe based on a book like hs is", "who directed it"
    )
    assert asked.startswith(f"{_NO_FACTS} Boy Swallows Universe")
    assert "Alice Osman" not in asked
    assert "Euros Lyn" not in follow_up


async def test_a_reply_saying_it_has_no_facts_goes_on_with_no_other_shows_facts(
    engine: QuestionEngine,
) -> None:
    (asked,) = await _asked(engine, "who created Gentleman Jack, and when did it first air?")
    assert asked == f"{_NO_FACTS} Gentleman Jack."


async def test_a_yes_no_about_an_unknown_name_in_an_unknown_show_gets_no_facts(
    engine: QuestionEngine,
) -> None:
    _, yes_no = await _asked(
        engine,
        "who created Gentleman Jack, and when did it first air?",
        "was olly alexander the main guy in it",
    )
    assert yes_no.startswith(_NO_FACTS)
    assert "Joe Locke" not in yes_no


async def test_the_unknown_subject_said_again_in_a_check_is_what_it_asks_of(engine: QuestionEngine) -> None:
    _, check = await _asked(
        engine, "who plays kamala khan in ms marvel", "is ms marvel a wandavision spinoff too"
    )
    assert check.startswith(f"{_NO_FACTS} Ms Marvel")


async def test_a_yardstick_show_with_no_unknown_subject_is_still_answered(engine: QuestionEngine) -> None:
    (asked,) = await _asked(engine, "is agatha all along based on a book like hs is")
    assert not asked.startswith(_NO_FACTS)


async def test_a_known_show_named_after_an_unknown_one_is_answered(engine: QuestionEngine) -> None:
    _, asked = await _asked(
        engine, "any thoughts on ripper street, who was in it", "when does heartstopper s3 drop"
    )
    assert "October 3" in asked


async def test_he_after_a_known_person_named_beside_an_unknown_title_means_that_person(
    engine: QuestionEngine,
) -> None:
    _, asked = await _asked(engine, "is kit connor in rocketman", "what else is he in")
    assert "Heartstopper" in asked or "Kit Connor" in asked
    assert not asked.startswith(_NO_FACTS)


async def test_turning_back_to_an_earlier_subject_after_an_unknown_one_is_answered(
    engine: QuestionEngine,
) -> None:
    _, _, asked = await _asked(
        engine,
        "when does heartstopper s3 come out",
        "who's in wednesday?",
        "ok back to the first show, who directs it",
    )
    assert not asked.startswith(_NO_FACTS)


async def test_one_word_of_talk_set_off_before_a_question_is_no_title(engine: QuestionEngine) -> None:
    _, asked = await _asked(engine, "when does heartstopper s3 come out", "cool, and who's starring")
    assert "Joe Locke" in asked
