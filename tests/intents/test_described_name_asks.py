"""The words that ask only a described person's name, read at the end of a question."""

from __future__ import annotations

from intents.understand.described_name_asks import asks_their_name


def test_a_pronouns_name_asked_again_is_read_as_the_name_asked() -> None:
    words = "joe locke in the disney show what is his name again".split()
    assert asks_their_name(words) == 5


def test_a_real_name_alone_is_read_as_the_name_asked() -> None:
    assert asks_their_name("kit connor real name".split()) == 2


def test_what_someone_is_called_in_real_life_is_read_as_the_name_asked() -> None:
    assert asks_their_name("kit connor what is he called in real life".split()) == 7


def test_another_question_after_the_description_is_not_the_name_asked() -> None:
    assert asks_their_name("joe locke what else has he been in".split()) == 0
