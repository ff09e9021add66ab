"""A wording is linked once per snapshot and the fan's marked names: a follow-up's filled-in words reuse the
reading a first question made, each caller gets a copy of its own, and a new snapshot reads afresh."""

from __future__ import annotations

import copy

import pytest

import intents.remembered_links as remembered_links
from intents.engine import QuestionEngine
from intents.name_evidence import forget, note_message
from intents.resolve import Resolution, resolve

_WORDS = "who does nadia ferris play in copper lanterns".split()


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The wordings `resolve` itself is asked to read."""
    read: list[tuple[str, ...]] = []

    def counting(tokens: list[str], *args: object, **kwargs: bool) -> Resolution:  # resolve, counted
        read.append(tuple(tokens))
        return resolve(tokens, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(remembered_links, "resolve", counting)
    return read


def test_a_wording_linked_again_is_read_once_and_gives_the_same_reading(
    world: QuestionEngine, reads: list[tuple[str, ...]]
) -> None:
    first = world.link(list(_WORDS))
    again = world.link(list(_WORDS))
    assert len(reads) == 1
    assert [p.name for p in again.people] == ["Nadia Ferris"] == [p.name for p in first.people]
    assert [s.title for s in again.shows] == ["Copper Lanterns"]
    assert again.slotted == first.slotted and again.mentions == first.mentions


def test_each_caller_gets_a_copy_of_its_own(world: QuestionEngine, reads: list[tuple[str, ...]]) -> None:
    words = list(_WORDS)
    first = world.link(words)
    assert first.tokens is words  # the caller's own words, as a fresh reading keeps them
    first.shows.clear()
    first.unknown_title = ["amended"]
    again = world.link(list(_WORDS))
    assert [s.title for s in again.shows] == ["Copper Lanterns"] and again.unknown_title == []
    assert len(reads) == 1


def test_whole_names_only_is_a_reading_of_its_own(
    world: QuestionEngine, reads: list[tuple[str, ...]]
) -> None:
    world.link(["and", "nadia"])
    whole = world.link_whole(["and", "nadia"])
    assert len(reads) == 2
    assert whole.people == []  # a first name alone names nobody when only whole names count


def test_a_new_snapshot_is_read_afresh(world: QuestionEngine, reads: list[tuple[str, ...]]) -> None:
    world.link(list(_WORDS))
    world.kb = copy.copy(world.kb)  # another snapshot object, as a reload installs
    world.link(list(_WORDS))
    assert len(reads) == 2


def test_names_the_message_marks_are_part_of_the_wording(
    world: QuestionEngine, reads: list[tuple[str, ...]]
) -> None:
    plain = note_message("who does nadia ferris play in copper lanterns")
    try:
        world.link(list(_WORDS))
    finally:
        forget(plain)
    marked = note_message("who does Nadia Ferris play in copper lanterns")
    try:
        world.link(list(_WORDS))
    finally:
        forget(marked)
    assert len(reads) == 2


def test_a_copy_equals_the_reading_and_shares_no_list_with_it(world: QuestionEngine) -> None:
    words = "who plays nick in copper lanterns and zzyzx qwerty".split()
    first = world.link(list(words))
    again = world.link(list(words))
    assert again == first and type(again) is Resolution
    for name, value in vars(first).items():
        if isinstance(value, list):
            assert getattr(again, name) is not value, name
            for inner, other in zip(value, getattr(again, name), strict=True):
                assert not isinstance(inner, list) or inner is not other, name
    assert first.leftovers  # the nested runs above were checked, not an empty list
