"""Everyday words, labels, extents, tails, emoji and auxiliaries typed by ear are the fan's talk, never a
name: "did it earn?", "Pop quiz:", "across both seasons", "tryna keep track", "🤔", "dose X have"."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.title_evidence import Talk, talk_in_title_place
from intents.understand.auxiliary_slips import auxiliary_spelt
from intents.understand.question_marks import with_question_mark
from tests.helpers import last_text

UNKNOWN = "I don't have facts about"


async def test_an_everyday_verb_after_it_is_no_name(engine: QuestionEngine) -> None:
    for question in ("how many BAFTA nominations did it earn?", "which BAFTA nominations did it receive?"):
        reply = await last_text(engine, question)
        assert UNKNOWN not in reply and "three BAFTA nominations" in reply, question


async def test_a_label_before_a_colon_is_no_title(engine: QuestionEngine) -> None:
    assert "Kit Connor" in await last_text(engine, "Pop quiz: who plays Nick Nelson?")
    assert (
        await last_text(engine, "Trivia check: the Rotten Tomatoes critics score is 98%, correct?")
    ).startswith("Yes")
    assert "Andy Newberry" in await last_text(engine, "Long story short: who directed s3?")


async def test_an_unknown_title_before_a_colon_is_still_unknown(engine: QuestionEngine) -> None:
    assert (await last_text(engine, "Severance: who plays Mark?")).startswith(f"{UNKNOWN} Severance")


async def test_a_chat_remark_after_the_question_is_no_title(engine: QuestionEngine) -> None:
    assert "Andy Newberry" in await last_text(engine, "who is directing season 3? tryna keep track lol")


def test_a_span_of_extent_is_talk() -> None:
    assert talk_in_title_place(["across", "both", "seasons"]) is Talk.EXTENT
    assert talk_in_title_place(["in", "total", "across"]) is Talk.EXTENT
    assert talk_in_title_place(["across", "the", "universe"]) is None  # a title keeps a word of its own


async def test_an_episode_count_across_seasons_is_the_persons(engine: QuestionEngine) -> None:
    reply = await last_text(
        engine, "how many episodes did Euros Lyn direct in total across the first two seasons?"
    )
    assert reply.startswith("Euros Lyn directed 16 episodes")


def test_emoji_after_a_question_mark_leave_it_last() -> None:
    assert with_question_mark("hs3 dir = euros lyn again?? 🤔") == "hs3 dir = euros lyn again??"
    assert with_question_mark("s3 director = andy newberry 🤔") == "s3 director = andy newberry?"
    assert with_question_mark("joe locke plays charlie 😍") == "joe locke plays charlie 😍"  # no question


async def test_a_puzzled_emoji_asks_back_a_claim(engine: QuestionEngine) -> None:
    assert (await last_text(engine, "s3 director = andy newberry 🤔")).startswith("Yes")
    assert (await last_text(engine, "hs3 dir = euros lyn again?? 🤔")).startswith("No")


def test_an_auxiliary_typed_by_ear_is_spelt_at_a_sentence_start() -> None:
    assert auxiliary_spelt("dose heartstopper have an emmy nom") == "does heartstopper have an emmy nom"
    assert auxiliary_spelt("ok thanks. Dose kit play nick") == "ok thanks. does kit play nick"
    assert auxiliary_spelt("a dose of drama") == "a dose of drama"
    assert auxiliary_spelt("dose of drama: who directed s3") == "dose of drama: who directed s3"


async def test_a_check_with_a_misspelt_auxiliary_says_yes_or_no_first(engine: QuestionEngine) -> None:
    assert (await last_text(engine, "dose heartstopper have an emmy nomanation")).startswith("No")
    assert (await last_text(engine, "dose joe locke play charlie")).startswith("Yes")


async def test_a_person_and_a_show_both_misspelt_are_both_respelt(engine: QuestionEngine) -> None:
    assert "Tobie Donovan" in await last_text(engine, "tobey donavan heartstoper")
    # A part of a run never misspells a name alone: the whole run is still a name nobody knows.
    assert (await last_text(engine, "charlize theron heartstoper")).startswith(UNKNOWN)
