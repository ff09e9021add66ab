"""Follow-ups that keep the show talked about: a name nobody knows asked in a character's place ("and
tamsin?") is someone unknown, not a show called Tamsin; another show's character keeps the fan's show the
subject; everyday talk in a title's place ("monday or whatever", "tv wise", "every episode so far") is no
title; "the next batch" is the next season; "back to X, is P in the cast" checks X's cast."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.seasons import find_season
from intents.title_evidence import Talk, talk_in_title_place
from tests.helpers import chat, reply_texts


async def test_an_unknown_name_after_a_character_question_is_said_unknown(world: QuestionEngine) -> None:
    texts = await reply_texts(world, "who plays wren in copper lanterns", "and tamsin?")
    assert "I don't have" in texts[-1] and "Nadia Ferris" not in texts[-1]


async def test_an_unknown_word_set_off_before_a_question_is_a_title_not_a_name(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays wren in copper lanterns", "and bridgerton, is it on hulu")
    assert "I don't have facts about Bridgerton" in answer.text and "Copper Lanterns" not in answer.text


async def test_a_check_set_off_after_a_new_title_asks_of_that_title(world: QuestionEngine) -> None:
    texts = await reply_texts(
        world, "when does copper lanterns come out", "and bridgerton, is it getting a season 2"
    )
    assert "I don't have facts about Bridgerton" in texts[-1] and "Copper Lanterns" not in texts[-1]


async def test_a_filler_before_a_set_off_title_leaves_it_the_title(world: QuestionEngine) -> None:
    texts = await reply_texts(
        world, "when does copper lanterns come out", "ok and bridgerton, is that getting a s2"
    )
    assert "I don't have facts about Bridgerton" in texts[-1] and "Copper Lanterns" not in texts[-1]


async def test_the_show_stays_the_subject_after_an_unknown_character(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays wren in copper lanterns", "and tamsin?", "and who created it?")
    assert "Mara Quillon" in answer.text


async def test_an_unknown_character_asked_of_no_named_show_leaves_its_show(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays wren hale", "what about tamsin?", "where can i watch it")
    assert answer.answers[:1] == ("Hulu",)


async def test_a_name_before_herself_is_the_character_asked_of(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays jasper in copper lanterns", "and wren herself?")
    assert "Nadia Ferris" in answer.text


async def test_another_shows_character_keeps_the_fans_show_the_subject(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays wren in copper lanterns", "and captain vey?", "who created it?")
    assert "Mara Quillon" in answer.text and "Lise Armitage" not in answer.text


async def test_a_hedged_guess_after_a_date_is_no_title(world: QuestionEngine) -> None:
    answer = await chat(
        world, "when does copper lanterns season 2 come out", "what day is that, a monday or whatever"
    )
    assert answer.kind == "answer" and "Thursday" in answer.text


def test_a_guess_hedged_with_or_whatever_is_talk() -> None:
    assert talk_in_title_place(["monday", "or", "whatever"]) is Talk.HEDGE


def test_the_side_a_fan_speaks_of_is_talk() -> None:
    assert talk_in_title_place(["tv", "wise"]) is Talk.HEDGE


def test_every_episode_so_far_is_how_far_a_credit_reaches() -> None:
    assert talk_in_title_place(["every", "episode", "so", "far"]) is Talk.EXTENT


def test_a_title_opening_with_every_keeps_a_word_of_its_own() -> None:
    assert talk_in_title_place(["every", "witch", "way"]) is None


def test_the_names_of_the_categories_are_the_fact_asked_for() -> None:
    assert talk_in_title_place(["names", "of", "the", "categories"]) is Talk.RELATION


def test_the_next_batch_is_the_next_season() -> None:
    season = find_season("whos doing the next batch then".split())
    assert season is not None and season.latest


def test_a_lot_alone_is_no_season() -> None:
    assert find_season("i like it a lot".split()) is None


async def test_back_to_a_show_then_a_cast_check_is_checked_in_that_show(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who created harbor nine", "ok anyway, back to copper lanterns, is callum otieno in the cast"
    )
    assert answer.text.startswith("Yes") and "Copper Lanterns" in answer.text
