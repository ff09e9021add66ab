"""Warm-up builds the lazily made tables without changing answers; a conversation's bounded lists."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.recent import Recent
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.short_names import _Names, _people_named, first_names

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


def test_a_short_name_is_read_from_the_snapshot_asked_of_not_an_earlier_one(
    world_knowledge: Knowledge,
) -> None:
    show = next(
        s for s in world_knowledge.shows.values() if any(c.character == "Wren Hale" for c in s.credits)
    )
    renamed = [
        dataclasses.replace(c, character="Wren Tolliver") if c.character == "Wren Hale" else c
        for c in show.credits
    ]
    reloaded = dataclasses.replace(
        world_knowledge, shows={**world_knowledge.shows, show.id: dataclasses.replace(show, credits=renamed)}
    )
    conversation = Conversation()
    conversation.mention_show(show.id)

    def links_nothing(words: list[str]) -> Resolution:
        return Resolution(words, None, [])

    before = first_names(["and", "wren"], conversation, world_knowledge, links_nothing)
    after = first_names(["and", "wren"], conversation, reloaded, links_nothing)
    assert before == ["and", "wren", "hale"] and after == ["and", "wren", "tolliver"]


def test_the_names_a_conversation_talked_about_are_read_once_and_follow_what_it_names(
    world_knowledge: Knowledge,
) -> None:
    first, second = [p for p in world_knowledge.people.values() if len(p.name.split()) == 2][:2]
    conversation = Conversation()
    conversation.mention_person(first.id)
    assert _people_named(conversation, world_knowledge) is _people_named(
        Conversation(people=Recent(4, [first.id])), world_knowledge
    )

    def links_nothing(words: list[str]) -> Resolution:
        return Resolution(words, None, [])

    given = fold(second.name).split()
    assert first_names(["and", given[0]], conversation, world_knowledge, links_nothing) == ["and", given[0]]
    conversation.mention_person(second.id)  # another person named: their name is among the conversation's now
    assert first_names(["and", given[0]], conversation, world_knowledge, links_nothing) == ["and", *given]
