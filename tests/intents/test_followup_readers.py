"""The follow-up readers' registry: a reader runs only when the words hold one it needs, in order, a settling
reader ends the reading, and the shipped gates never hide a reading (every gate open reads the same)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.engine import QuestionEngine
from intents.resolve import Resolution
from intents.understand import followup
from intents.understand.described_ellipsis import described_show_ellipsis
from intents.understand.followup_readers import READERS
from intents.understand.reader_gates import Reader, Reading, read_in_order
from tests.helpers import replies
from tests.intents.followup_world import TODAY


def _reading(words: str, kb: Knowledge) -> Reading:
    def no_link(tokens: list[str]) -> Resolution:
        raise AssertionError("these readers link nothing")

    return Reading(words.split(), Conversation(), kb, no_link)


def _recording(calls: list[str], name: str, gives: list[str] | None = None) -> Reader:
    def read(reading: Reading) -> list[str] | None:
        calls.append(name)
        return gives

    return Reader(read, frozenset({name}))


def test_a_reader_whose_words_are_missing_is_not_called(world_knowledge: Knowledge) -> None:
    calls: list[str] = []
    read_in_order([_recording(calls, "sister")], _reading("who plays the lead", world_knowledge))
    assert calls == []


def test_a_reader_whose_word_is_there_is_called(world_knowledge: Knowledge) -> None:
    calls: list[str] = []
    read_in_order([_recording(calls, "lead")], _reading("who plays the lead", world_knowledge))
    assert calls == ["lead"]


def test_a_reader_needing_nothing_always_runs(world_knowledge: Knowledge) -> None:
    calls: list[str] = []

    def read(reading: Reading) -> None:
        calls.append("always")

    always = Reader(read)
    read_in_order([always], _reading("and season two", world_knowledge))
    assert calls == ["always"]


def test_the_next_gate_reads_the_words_the_reader_before_wrote(world_knowledge: Knowledge) -> None:
    calls: list[str] = []
    rewrite = Reader(lambda reading: ["who", "is", "the", "creator"])
    reading = _reading("and the showrunner", world_knowledge)
    read_in_order([rewrite, _recording(calls, "creator"), _recording(calls, "showrunner")], reading)
    assert calls == ["creator"] and reading.tokens == ["who", "is", "the", "creator"]


def test_a_settling_reader_ends_the_reading(world_knowledge: Knowledge) -> None:
    calls: list[str] = []
    settle = Reader(lambda reading: ["who", "is", "mara", "quillon"], settles=True)
    reading = _reading("whats her name again", world_knowledge)
    found = read_in_order([settle, _recording(calls, "her")], reading)
    assert found == ["who", "is", "mara", "quillon"] and calls == []


CONVERSATIONS = [
    (
        "who created copper lanterns",
        "who is in harbor nine",
        "going back to the creator, what else did she do",
    ),
    ("who created copper lanterns", "what else has the latter done"),
    ("what else has mara quillon done", "when did that come out"),
    ("what else has mara quillon done", "and glass orchard is hers too?"),
    ("harbor nine critics score?", "and the other one"),
    ("who created copper lanterns", "what else has the other creator done"),
    ("who plays wren hale in copper lanterns", "and the other lead?"),
    ("who directs copper lanterns season 2", "what's her name again"),
    ("who created copper lanterns", "the second one, what else did they make"),
    ("when is copper lanterns season 2 out", "how many episodes did the earlier season have"),
    ("who created harbor nine", "is she in copper lanterns too right?"),
    ("who is in copper lanterns", "which one plays wren"),
    ("is nadia ferris in copper lanterns", "ok with who?"),
    ("when is harbor nine out", "and copper lanterns?", "are both on hulu"),
    ("who created harbor nine", "where can i watch copper lanterns", "the other show, harbor nine, rated?"),
    ("is nadia ferris in copper lanterns", "is it on hulu", "and as who, nadia i mean"),
    ("did copper lanterns get any awards", "so only the emmys then? how many"),
    ("harbor nine cast?", "plus callum otieno, yeah?"),
    ("when is copper lanterns season 1 out", "and the season after that?"),
    ("is nadia ferris in copper lanterns", "and her other show?"),
    ("who created harbor nine", "when is his other series out"),
    ("who plays wren hale in copper lanterns", "and the showrunner in harbor nine?"),
    ("who plays wren hale in copper lanterns", "who else?"),
    (
        "who plays wren hale in copper lanterns",
        "and her co-star, the one playing jasper hale, what else is he in?",
    ),
    ("is nadia ferris in copper lanterns", "not nadia ferris, i meant callum otieno. same show?"),
    ("what's joe locke doing in the mcu", "release date?", "and the fan theory?"),
]


@pytest.mark.parametrize("turns", CONVERSATIONS)
async def test_every_gate_open_gives_the_same_answer(
    world: QuestionEngine, monkeypatch: pytest.MonkeyPatch, turns: tuple[str, ...]
) -> None:
    async def last_answer() -> str:
        conversation = Conversation()
        text = ""
        for question in turns:
            text = (await world.answer(question, conversation, now=TODAY)).text
        return text

    gated = await last_answer()
    open_gates = tuple(dataclasses.replace(reader, needs=frozenset()) for reader in READERS)
    monkeypatch.setattr(followup, "READERS", open_gates)
    assert await last_answer() == gated


async def _described_ellipsis_calls(
    world: QuestionEngine, monkeypatch: pytest.MonkeyPatch, turns: tuple[str, ...]
) -> int:
    calls: list[list[str]] = []
    reader = described_show_ellipsis

    def recorded(tokens: list[str], *rest: Any) -> list[str] | None:
        calls.append(tokens)
        return reader(tokens, *rest)

    monkeypatch.setattr("intents.understand.followup_readers.described_show_ellipsis", recorded)
    await replies(world, *turns, now=TODAY)
    return len(calls)


async def test_a_described_show_ellipsis_is_read_only_with_a_show_noun_possessive_or_in(
    world: QuestionEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "and season 2?" holds none of the words any description of a show holds: the reader is not opened.
    asked = ("who directs copper lanterns season 1", "and season 2?")
    assert await _described_ellipsis_calls(world, monkeypatch, asked) == 0
    described = ("who created harbor nine", "when is his show out")
    assert await _described_ellipsis_calls(world, monkeypatch, described) > 0
