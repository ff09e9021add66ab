"""A role told of "he"/"she" right after a sentence naming one actor, and a role whose actor sits in brackets
after their best-known show ("(played by Salt Road's Lea Moss)"). Every text here is made up."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 5, 14)


def test_he_plays_after_a_sentence_naming_one_actor_gives_that_actor_the_role() -> None:
    text = (
        "Iron Bay is a five-part drama starring Harbor Lights actor Tom Vale. He plays Sam Reyes, a reporter "
        "who uncovers a scandal."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Iron Bay", person="Tom Vale", character="Sam Reyes")


def test_she_plays_after_a_sentence_naming_two_actors_gives_no_one_the_role() -> None:
    found = extracted_records("Iron Bay stars Tom Vale and Lea Moss. She plays Sam Reyes, a reporter.", _DAY)
    assert not has(found, type="credit", character="Sam Reyes")


def test_played_by_in_brackets_after_the_actors_known_show_gives_the_role() -> None:
    text = (
        "The series follows Chief Ada Brisk (played by Salt Road's Lea Moss) and her rival. Iron Bay "
        "premieres on FX in May."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Iron Bay", person="Lea Moss", character="Chief Ada Brisk")
