"""Multi-turn conversations: a follow-up that names no show is about the conversation's last show."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.helpers import chat

HEARTSTOPPER_DIRECTORS = {"Euros Lyn", "Andy Newberry"}


async def test_who_directed_it_after_a_heartstopper_question(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when does heartstopper season 3 come out?", "who directed it?")
    assert answer.intent == "directors" and answer.answers
    assert set(answer.answers) <= HEARTSTOPPER_DIRECTORS


async def test_when_does_it_come_out_after_an_agatha_question(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what is agatha all along about?", "when does it come out?")
    assert answer.answers[:1] == ("2024-09-18",)


async def test_who_is_in_it_after_an_agatha_question(engine: QuestionEngine) -> None:
    answer = await chat(engine, "where can i watch agatha all along?", "who's in it?")
    assert "Kathryn Hahn" in answer.answers and "Kit Connor" not in answer.answers


async def test_where_to_watch_it_follows_the_latest_show_named(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "who is in agatha all along?",
        "when does heartstopper season 3 come out?",
        "where can i watch it?",
    )
    assert answer.answers[:1] == ("Netflix",)


async def test_who_created_it_after_a_synopsis(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's heartstopper about?", "and who created it?")
    assert answer.answers[:1] == ("Alice Osman",)


async def test_story_consultant_follow_up(engine: QuestionEngine) -> None:
    answer = await chat(engine, "heartstopper cast", "who was the story consultant on it?")
    assert answer.answers[:1] == ("Lauren James",)


async def test_countdown_follow_up_uses_the_last_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when does agatha all along premiere?", "how many days until it premieres?")
    assert "15 days" in answer.text


async def test_command_follow_up_uses_the_last_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "!cast agatha all along", "!premiere")
    assert answer.answers[:1] == ("2024-09-18",)


async def test_ratings_follow_up_never_borrows_another_shows_scores(engine: QuestionEngine) -> None:
    answer = await chat(engine, "tell me about agatha all along", "what's its rotten tomatoes score?")
    assert not [v for v in ("98%", "96%") if v in answer.text or v in answer.answers]


async def test_chatter_in_between_keeps_the_conversation_show(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "tell me about agatha all along", "haha nice, thanks", "when does it premiere?"
    )
    assert answer.answers[:1] == ("2024-09-18",)


async def test_unknown_show_question_in_a_heartstopper_conversation_stays_unknown(
    engine: QuestionEngine,
) -> None:
    answer = await chat(
        engine, "who plays nick in heartstopper?", "when does stranger things season 5 come out?"
    )
    leaked = [v for v in ("Netflix", "2024-10-03", "October 3", "Kit Connor") if v in answer.text]
    assert (answer.kind, leaked, answer.answers) == ("unknown", [], ())


async def test_with_no_context_the_default_is_the_most_covered_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed it?")
    assert answer.intent == "directors" and answer.answers
    assert set(answer.answers) <= HEARTSTOPPER_DIRECTORS


async def test_with_no_context_season_3_is_heartstoppers(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when does season 3 come out?")
    assert answer.answers[:1] == ("2024-10-03",)


async def test_a_new_conversation_does_not_inherit_another_ones_show(engine: QuestionEngine) -> None:
    await chat(engine, "where can i watch agatha all along?")
    answer = await chat(engine, "when does it come out?")
    assert "2024-09-18" not in answer.answers


async def test_the_callers_default_show_applies_without_context(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's in it?", Conversation(), default_show="Agatha All Along")
    assert "Kathryn Hahn" in answer.answers


async def test_conversation_context_beats_the_default_show(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("where can i watch heartstopper?", conversation, default_show="Agatha All Along")
    answer = await engine.answer("who's in it?", conversation, default_show="Agatha All Along")
    assert "Kit Connor" in answer.answers
