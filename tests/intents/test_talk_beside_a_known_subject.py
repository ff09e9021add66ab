"""Everyday talk beside a known subject is no second title: "who's at the helm of Heartstopper", "behind the
camera", "anybody else credited on the storytelling side" never get "I don't have facts about X"; a real
unknown show typed in lower case still does."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.name_evidence import forget, note_message
from intents.query import Conversation
from intents.title_evidence import aspect_of_work
from intents.unknown_name_evidence import talk_beside_a_subject
from tests.helpers import last_text

UNKNOWN = "I don't have facts about"


def test_everyday_words_shaped_like_a_title_are_talk_beside_a_subject() -> None:
    assert talk_beside_a_subject(["the", "helm"])


def test_rare_words_in_a_message_marking_no_names_are_no_talk() -> None:
    assert not talk_beside_a_subject(["the", "crown"])


def test_lower_case_words_in_a_message_capitalising_a_name_are_talk() -> None:
    noted = note_message("so who's in the crown and Heartstopper")
    try:
        assert talk_beside_a_subject(["the", "crown"])
    finally:
        forget(noted)


def test_words_the_fan_capitalised_are_no_talk() -> None:
    noted = note_message("is Heartstopper better than The Crown")
    try:
        assert not talk_beside_a_subject(["the", "crown"])
    finally:
        forget(noted)


def test_a_run_beside_a_named_show_in_lower_case_names_nothing(engine: QuestionEngine) -> None:
    question = "so who's at the rudder of Heartstopper season 3?"
    noted = note_message(question)
    try:
        assert engine.link(engine.words(question)).named_runs == []
    finally:
        forget(noted)


def test_someone_unnamed_opening_a_question_names_nothing(engine: QuestionEngine) -> None:
    assert engine.link("someone else credited on it".split()).named_runs == []


def test_the_storytelling_side_is_a_side_of_the_work() -> None:
    assert aspect_of_work(["the", "storytelling", "side"])


async def test_at_the_helm_asks_who_directed(engine: QuestionEngine) -> None:
    reply = await last_text(engine, "so who's at the helm of Heartstopper season 3?")
    assert UNKNOWN not in reply and "Newberry" in reply


async def test_behind_the_camera_asks_who_directed(engine: QuestionEngine) -> None:
    reply = await last_text(engine, "Heartstopper: who is behind the camera for the third season?")
    assert UNKNOWN not in reply and "Newberry" in reply


async def test_anybody_else_credited_follows_the_conversation(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await last_text(engine, "Who wrote Heartstopper?", conversation=conversation)
    reply = await last_text(
        engine, "anybody else credited on the storytelling side?", conversation=conversation
    )
    assert UNKNOWN not in reply


async def test_a_lower_case_unknown_show_after_a_known_one_is_still_unknown(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await last_text(engine, "Who plays Nick in Heartstopper?", conversation=conversation)
    reply = await last_text(engine, "who's in the crown", conversation=conversation)
    assert reply.startswith(f"{UNKNOWN} The Crown")
