"""The trained relation reader: read only where the rules are undecided, with a clear margin, never
inventing a subject; its shipped weights are what the project's files train."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import relation_reading
from intents.answer import Answer
from intents.engine import QuestionEngine
from intents.query import Conversation, Query
from intents.ranking import ANSWER_THRESHOLD
from intents.relation_model import WEIGHTS, shipped_model
from intents.relation_reading import read_undecided, undecided
from intents.relation_training import trained_model
from intents.replies import NOT_UNDERSTOOD


def test_retraining_reproduces_the_shipped_weights() -> None:
    assert trained_model().to_json() == WEIGHTS.read_text(encoding="utf-8")


async def test_a_relation_word_the_rules_miss_is_read_by_the_model(engine: QuestionEngine) -> None:
    answer = await engine.answer("did reviewers like heartstopper", Conversation())
    assert answer.kind == "answer"
    assert answer.intent == "ratings"
    assert "98%" in answer.text
    assert answer.confidence == ANSWER_THRESHOLD / 100  # the model's reading, not a match of the rules


async def test_a_follow_up_takes_the_show_from_the_dialogue_and_the_relation_from_the_model(
    engine: QuestionEngine,
) -> None:
    conversation = Conversation()
    first = await engine.answer("tell me about heartstopper", conversation)
    assert "schoolboys" in first.text
    answer = await engine.answer("did reviewers like it", conversation)
    assert answer.intent == "ratings"
    assert "98%" in answer.text
    assert answer.confidence == ANSWER_THRESHOLD / 100


async def test_a_low_margin_guess_keeps_the_old_reply(
    engine: QuestionEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "did reviewers like heartstopper"
    reading = shipped_model().read("did reviewers like xshowx")  # the question as the matcher reads it
    assert reading.intent == "ratings"
    # The same reading, with a margin just short of the one required: the engine's own reply stays.
    monkeypatch.setattr(relation_reading, "MARGIN", reading.margin + 0.01)
    answer = await engine.answer(question, Conversation())
    assert answer.text == NOT_UNDERSTOOD


async def test_a_guess_the_words_do_not_support_keeps_the_old_reply(engine: QuestionEngine) -> None:
    # "merch": a word no training question holds; the slot word alone would lean to "about".
    answer = await engine.answer("heartstopper merch?", Conversation())
    assert answer.kind == "clarify"
    assert "schoolboys" not in answer.text


async def test_an_unknown_show_still_gets_no_facts(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("is heartstopper on netflix", conversation)
    answer = await engine.answer("did critics like the bear", conversation)
    assert answer.kind == "unknown"
    assert "The Bear" in answer.text
    assert "98%" not in answer.text


async def test_an_unknown_show_in_the_conversation_gets_no_facts_on_a_follow_up(
    engine: QuestionEngine,
) -> None:
    conversation = Conversation()
    await engine.answer("when does the bear season 3 drop", conversation)
    answer = await engine.answer("did reviewers like it", conversation)
    assert answer.kind == "unknown"
    assert "98%" not in answer.text


async def test_a_decided_answer_never_reaches_the_model(engine: QuestionEngine) -> None:
    decided = Answer(text="Heartstopper is on Netflix.", kind="answer", intent="where_to_watch")
    assert not undecided(decided)
    question = "where is heartstopper streaming"
    res = engine.link(question.split())
    query = Query(question, res.tokens, engine.kb, dt.date(2024, 9, 3))
    again = await read_undecided(engine, decided, res, query, Conversation(), None, 0)
    assert again is decided


async def test_a_title_said_around_a_first_question_is_not_replaced_by_a_known_show(
    engine: QuestionEngine,
) -> None:
    question = "my daughter loves alice oseman's other book solitaire, is there a tv show of it?"
    answer = await engine.answer(question, Conversation())
    assert "schoolboys" not in answer.text
    assert answer.kind != "answer"


async def test_behind_the_scenes_after_a_show_is_read_as_its_crew(engine: QuestionEngine) -> None:
    answer = await engine.answer("hs bts", Conversation())
    assert answer.intent == "crew"
    assert "Lauren James" in answer.text


async def test_an_episode_tally_is_read_as_the_episode_count(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopper episode tally?", Conversation())
    assert answer.intent == "seasons"
    assert "16 episodes" in answer.text
