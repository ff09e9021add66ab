"""Dialogue state: follow-ups by kind and recency, corrections, the last answer's date, a bounded store."""

from __future__ import annotations

import datetime as dt

from intents.dialogue import ConversationStore
from intents.engine import QuestionEngine
from tests.helpers import reply_texts

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


async def test_he_means_the_person_the_last_answer_named(engine: QuestionEngine) -> None:
    *_, reply = await reply_texts(
        engine, "who directed heartstopper season 3?", "what else has he done?", now=NOW
    )
    assert "Andy Newberry" in reply and "Shetland" in reply


async def test_a_new_season_alone_repeats_the_last_question(engine: QuestionEngine) -> None:
    *_, reply = await reply_texts(
        engine, "who directed heartstopper season 3?", "and seasons 1 and 2?", now=NOW
    )
    assert "Euros Lyn" in reply


async def test_a_correction_replaces_one_slot(engine: QuestionEngine) -> None:
    *_, reply = await reply_texts(
        engine, "who plays charlie in heartstopper?", "sorry, i meant nick", now=NOW
    )
    assert reply.startswith("Kit Connor plays Nick Nelson")


async def test_a_new_show_alone_asks_the_same_question_about_it(engine: QuestionEngine) -> None:
    *_, reply = await reply_texts(
        engine, "where can i watch heartstopper?", "ok what about agatha all along", now=NOW
    )
    assert "Disney+" in reply


async def test_it_after_an_unknown_show_stays_unknown(engine: QuestionEngine) -> None:
    first, *rest = await reply_texts(
        engine,
        "when does the bear come back?",
        "who's in it?",
        "who directed it?",
        "what's its rating?",
        now=NOW,
    )
    assert first.startswith("I don't have facts about The Bear")
    for reply in rest:
        assert reply.startswith("I don't have facts about The Bear"), reply


async def test_how_long_ago_was_that_uses_the_last_answers_date(engine: QuestionEngine) -> None:
    *_, reply = await reply_texts(
        engine, "when did heartstopper first come out?", "how long ago was that?", now=NOW
    )
    assert "April 22, 2022" in reply and "865 days" in reply


def test_an_idle_conversation_is_fresh_again() -> None:
    clock = [0.0]
    store = ConversationStore(idle_seconds=600, clock=lambda: clock[0])
    store.get("general").mention_show(1)
    clock[0] = 601.0
    assert store.get("general").last_show_id is None


def test_the_least_recently_used_conversation_is_dropped_first() -> None:
    store = ConversationStore(idle_seconds=0, max_conversations=2)
    store.get("a").mention_show(1)
    store.get("b").mention_show(2)
    store.get("a")
    store.get("c")
    assert len(store) == 2
    assert store.get("b").last_show_id is None
    assert store.get("a").last_show_id is None  # "b" coming back pushed out "a", the oldest then


async def test_which_is_higher_compares_the_scores_just_asked_about(engine: QuestionEngine) -> None:
    *_, reply = await reply_texts(
        engine, "what's heartstopper's critics score?", "and the audience score?", "which is higher?", now=NOW
    )
    assert "critics score is higher" in reply


async def test_a_comparison_can_point_back_at_the_shows_asked_about(engine: QuestionEngine) -> None:
    *_, reply = await reply_texts(
        engine,
        "when does agatha all along come out?",
        "and heartstopper season 3?",
        "which of those comes first?",
        now=NOW,
    )
    assert reply.startswith("Agatha All Along comes first")
