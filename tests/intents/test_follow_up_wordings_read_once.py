"""A follow-up's wording ("who's in it?", "and season 2?") is asked in channel after channel: what is read of
its words alone (never of the conversation) is read once per wording and snapshot, and the answers stay those
of a first reading."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from intents import engine as engine_module
from intents import message_reading
from intents.catalog import link
from intents.dialogue import Conversation
from intents.engine import QuestionEngine
from intents.understand import guard_readings, reader_gates, value_slots
from intents.understand.followup_readers import READERS
from tests.helpers import replies
from tests.intents.followup_world import TODAY

_FIRST = "who created copper lanterns?"


def _counting(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[object]:
    """Replace `owner.name` by itself, noting the first argument of each call."""
    calls: list[object] = []
    original: Callable[..., Any] = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0] if args else None)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


async def _asked_in_two_channels(world: QuestionEngine, follow_up: str, calls: list[object]) -> list[int]:
    """The follow-up asked after the first question in one channel, then in another: its answers must be
    alike, and the calls counted after each channel are returned."""
    counted = []
    answers = []
    for _channel in range(2):
        answers.append((await replies(world, _FIRST, follow_up, now=TODAY))[1].text)
        counted.append(len(calls))
    assert answers[0] == answers[1]
    return counted


async def test_a_message_worded_as_before_is_read_for_its_question_once(
    world: QuestionEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch, message_reading, "question_part")
    follow_up = "so who's in it?"
    await _asked_in_two_channels(world, follow_up, calls)
    assert calls.count(follow_up) == 1


async def test_the_last_check_reads_a_wording_it_has_read_before_once(
    world: QuestionEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch, guard_readings, "checked_someone")
    first_channel, second_channel = await _asked_in_two_channels(world, "ok who is in it?", calls)
    assert first_channel >= 1
    assert second_channel == first_channel


def test_the_words_around_a_question_are_read_once_per_wording(
    world: QuestionEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch, engine_module, "normalize")
    said = "my sister loves copper lanterns"
    assert world.words(said) == world.words(said)
    assert len(calls) == 1


def test_a_question_of_question_words_only_is_fitted_to_the_phrasings_once(
    world: QuestionEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch, link, "_by_frame")
    tokens = "what else has he done".split()
    frames = ("what else has xpersonx done", "who directed xshowx")  # their words: none is a name's
    words = frozenset(w for frame in frames for w in frame.split())
    found = [link.find(world.index, tokens, ("person", "show"), frames, words) for _ in range(2)]
    assert found[0] == found[1]
    assert len(calls) == 1


def test_the_readers_a_set_of_words_opens_are_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    gates = reader_gates._Gates(READERS)
    calls = _counting(monkeypatch, gates, "_opened_by")
    words = frozenset("and who else is in the other one".split())
    expected = sorted(
        n for n, reader in enumerate(READERS) if not reader.needs or not reader.needs.isdisjoint(words)
    )
    assert gates.open_after(words, -1) == expected
    assert gates.open_after(words, 10) == [n for n in expected if n > 10]
    assert len(calls) == 1


def test_the_values_a_fragment_names_are_read_once_per_wording(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch, value_slots, "network_span")
    fragment = "and on apple tv plus then".split()
    spans = value_slots.value_spans(fragment)
    assert spans == [("network", 2, 5)]
    spans.clear()  # a caller's own list: what is kept is not changed
    assert value_slots.value_spans(fragment) == [("network", 2, 5)]
    assert len(calls) == 1


async def test_a_follow_up_asked_again_in_another_channel_is_answered_alike(world: QuestionEngine) -> None:
    asked = [_FIRST, "who's in it?", "and season 2?", "how long until it comes out?"]
    first = [a.text for a in await replies(world, *asked, now=TODAY)]
    again = [a.text for a in await replies(world, *asked, now=TODAY, conversation=Conversation())]
    assert first == again
