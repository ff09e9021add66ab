"""One message's reading does each piece of work once: what the turns say is worked out once and never kept
past the message, the readers' gates open by the words alone, and a described person is read once per
wording."""

from __future__ import annotations

import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.dialogue import Conversation, Turn
from intents.engine import QuestionEngine
from intents.resolve import Resolution
from intents.understand.described_people import person_by_description
from intents.understand.reader_gates import Reader, Reading, read_in_order

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
DAY = dt.date(2024, 10, 3)


def _turn(words: str, date: dt.date | None = None, aside: bool = False) -> Turn:
    return Turn(tuple(words.split()), (), "premiere", "answer", date, aside=aside)


def test_a_turn_added_while_a_message_is_read_is_seen() -> None:
    conversation = Conversation()
    conversation.add_turn(_turn("who created it"))
    with conversation.reading_message():
        before = conversation.last
        assert conversation.last_date is None and not conversation.dated
        conversation.add_turn(_turn("when is it out", DAY))
        after = conversation.last
        assert conversation.last_date == DAY and conversation.dated
    assert before is not None and before.tokens == ("who", "created", "it")
    assert after is not None and after.tokens == ("when", "is", "it", "out")


def test_nothing_worked_out_is_kept_between_messages() -> None:
    conversation = Conversation()
    with conversation.reading_message():
        assert conversation.last is None
    conversation.turns.append(_turn("when is it out", DAY))  # a turn remembered the plain way
    assert conversation.last is not None and conversation.last_date == DAY


def test_a_date_given_only_by_a_question_about_dates_still_counts_as_dated() -> None:
    conversation = Conversation()
    conversation.add_turn(_turn("is that before hs3", DAY, aside=True))
    with conversation.reading_message():
        assert conversation.dated and conversation.last is None and conversation.last_date is None


def _reading(words: str, kb: Knowledge) -> Reading:
    def no_link(tokens: list[str]) -> Resolution:
        raise AssertionError("these readers link nothing")

    return Reading(words.split(), Conversation(), kb, no_link)


def test_a_gate_opened_by_a_rewrite_runs_only_the_readers_after_it(world_knowledge: Knowledge) -> None:
    calls: list[str] = []

    def recording(name: str, needs: str, gives: list[str] | None = None) -> Reader:
        def read(reading: Reading) -> list[str] | None:
            calls.append(name)
            return gives

        return Reader(read, frozenset(needs.split()))

    readers = [
        recording("before", "creator"),
        recording("rewrite", "showrunner", ["who", "is", "the", "creator"]),
        recording("after", "creator"),
        recording("gone", "showrunner"),
    ]
    reading = _reading("and the showrunner", world_knowledge)
    read_in_order(readers, reading)
    # "before" needs the word the rewrite wrote, but it comes first: it never runs; "gone" lost its word.
    assert calls == ["rewrite", "after"]


async def test_a_described_person_is_read_once_per_message(
    engine: QuestionEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[tuple[str, ...]] = []

    def counted(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
        read.append(tuple(tokens))
        return person_by_description(tokens, res, kb)

    monkeypatch.setattr("intents.understand.described_subjects.person_by_description", counted)
    conversation = Conversation()
    await engine.answer("who directed heartstopper season 3?", conversation, now=NOW)
    read.clear()
    reply = await engine.answer("what else has he done?", conversation, now=NOW)
    assert "Andy Newberry" in reply.text
    assert read and len(read) == len(set(read)), read
