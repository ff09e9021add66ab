"""Warm-up builds the lazily made tables without changing answers; a conversation's bounded lists."""

from __future__ import annotations

import copy
import datetime as dt

from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.recent import Recent
from intents.understand.short_names import _Names

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


def test_appending_to_a_full_list_drops_the_oldest() -> None:
    recent = Recent[int](3, [1, 2, 3])
    recent.append(4)
    assert recent == [2, 3, 4]


def test_appending_at_the_front_of_a_full_list_drops_the_last() -> None:
    recent = Recent[int](3, [1, 2, 3])
    recent.appendleft(0)
    assert recent == [0, 1, 2]


def test_a_copied_conversation_keeps_its_bounds() -> None:
    conversation = Conversation()
    for show_id in range(10):
        conversation.mention_show(show_id)
    copied = copy.deepcopy(conversation)
    copied.mention_show(99)
    assert len(copied.shows) == len(conversation.shows) == 4 and copied.shows[0] == 99


def test_a_word_starting_a_longer_name_word_is_found_among_sorted_words() -> None:
    names = _Names([["philostrate", "jones"], ["kit", "connor"]])
    assert names.started_by("philo") and not names.started_by("conor") and not names.started_by("jones")


async def test_answers_are_the_same_after_warm_up(engine: QuestionEngine) -> None:
    questions = ("who plays nik nelsen?", "what is the hitchhikers guide about", "who directed hs3")
    before = [(await engine.answer(q, Conversation(), now=NOW)).text for q in questions]
    engine.warm_up()
    assert [(await engine.answer(q, Conversation(), now=NOW)).text for q in questions] == before
