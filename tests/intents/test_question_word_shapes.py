"""Question words and names as fans type them (a slip, run together, a statement's order, a question at the
end of a run-on ramble) and the guards that keep real words and unknown names as typed."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.asked_order import asked_in_order
from intents.understand.glued_names import spell_glued_names
from intents.understand.question_words import spell_question_words
from intents.understand.turned_question import turned_question

BEFORE = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
_VOCABULARY = frozenset({"play", "come", "star", "plays", "role"})


def _no_name(_: str) -> bool:
    return False


def test_a_question_word_missing_a_letter_is_spelt_out() -> None:
    assert spell_question_words("tell me wher i can watch it", _no_name) == "tell me where i can watch it"


def test_a_question_word_with_two_letters_swapped_is_spelt_out() -> None:
    assert spell_question_words("waht is it about", _no_name) == "what is it about"


def test_a_short_word_one_letter_changed_from_a_question_word_is_kept() -> None:
    assert spell_question_words("who is the hot one", _no_name) == "who is the hot one"


def test_a_known_name_near_a_question_word_is_kept() -> None:
    assert spell_question_words("is wen in it", lambda key: key == "wen") == "is wen in it"


def test_a_question_word_run_into_a_known_word_is_split() -> None:
    assert spell_question_words("whoplays nick", _no_name, _VOCABULARY.__contains__) == "who plays nick"


def test_a_word_a_question_word_grows_into_is_kept() -> None:
    assert spell_question_words("whatever works", _no_name, _VOCABULARY.__contains__) == "whatever works"


def test_a_statement_order_question_about_a_name_asks_with_does() -> None:
    words = "who joe locke plays in agatha".split()
    assert asked_in_order(words, lambda key: key == "joe locke", _VOCABULARY) == [
        "who", "does", "joe", "locke", "play", "in", "agatha"
    ]  # fmt: skip


def test_a_statement_order_without_a_known_name_is_kept() -> None:
    words = "who my friend plays with".split()
    assert asked_in_order(words, _no_name, _VOCABULARY) == words


def test_a_contracted_question_word_before_an_ing_verb_is_who_is() -> None:
    assert asked_in_order("whos playing nick".split(), _no_name, _VOCABULARY) == [
        "who",
        "is",
        "playing",
        "nick",
    ]


async def test_a_misspelt_question_word_after_a_request_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("pls tell me wher i can watch heartstopper", now=BEFORE)
    assert answer.answers == ("Netflix",)


async def test_a_statement_order_question_inside_talk_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("i need to know who joe locke plays in agatha all along", now=BEFORE)
    assert answer.answers == ("Mystery Teen",)


def test_a_long_run_on_sentence_is_asked_where_it_turns_after_a_comma() -> None:
    ramble = (
        "my dad keeps asking me who the author is because he reads everything first and he is very stubborn "
        "about it, so who actually wrote the books"
    )
    assert turned_question(ramble) == (
        "who actually wrote the books",
        ramble[: ramble.index("who actually")].strip(),
    )


def test_a_long_sentence_opening_with_its_question_has_no_turn() -> None:
    assert (
        turned_question("who wrote the books, my dad keeps asking and he is very stubborn about it") is None
    )


def test_a_known_name_typed_as_one_word_is_spelt_out() -> None:
    names = {"agatha all along"}
    spelt = spell_glued_names(
        "who is in agathaallalong", names.__contains__, frozenset({"agatha", "all", "along"})
    )
    assert spelt == "who is in agatha all along"


def test_a_token_that_only_nearly_splits_into_a_known_name_is_kept() -> None:
    names = {"heartbreak high"}
    assert spell_glued_names(
        "heartbreakhight cast", names.__contains__, frozenset({"heartbreak", "high"})
    ) == ("heartbreakhight cast")


async def test_a_glued_title_in_a_question_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is in agathaallalong with joe locke", now=BEFORE)
    assert "Kathryn Hahn" in answer.answers


def test_a_contracted_who_before_a_character_asks_who_plays_them() -> None:
    words = "whos nick in heartstopper".split()
    assert asked_in_order(words, _no_name, _VOCABULARY, lambda key: key == "nick") == [
        "who", "is", "nick", "in", "heartstopper"
    ]  # fmt: skip


async def test_whos_a_character_in_a_show_is_answered_with_the_actor(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's nick in heartstopper", now=BEFORE)
    assert answer.answers == ("Kit Connor",)


def test_a_subject_before_its_helper_verb_is_asked_in_question_order() -> None:
    assert asked_in_order("where i can see it".split(), _no_name, _VOCABULARY) == [
        "where",
        "can",
        "i",
        "see",
        "it",
    ]


def test_a_title_that_opens_like_a_question_is_kept() -> None:
    words = "what we can see cast".split()
    assert asked_in_order(words, lambda key: key == "what we can see", _VOCABULARY) == words
