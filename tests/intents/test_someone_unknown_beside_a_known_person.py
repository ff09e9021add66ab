"""Someone nobody knows, named by full name beside a known person or show ("who's older, aaron paul or kit
connor", "did olivia colman ever act with aaron paul"), is whom the message asks of as much as the known one:
the reply says there are no facts about them instead of telling the known person's facts alone, and a slip
for a known name, or a character asked of, still gets the known facts."""

from __future__ import annotations

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.understand.someone_beside_known import known_names
from tests.helpers import chat, reply_texts


def test_the_known_names_are_read_once_per_snapshot(seed_knowledge: Knowledge) -> None:
    table = known_names(seed_knowledge)
    assert known_names(seed_knowledge) is table
    assert "kit connor" in table.by_letter["k"] and "connor" in table.surnames


async def test_a_comparison_with_a_known_person_names_the_unknown_one(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's older, Aaron Paul or kit connor")
    assert answer.text.startswith("I don't have facts about Aaron Paul"), answer.text


async def test_a_co_star_asked_of_a_known_person_is_someone_unknown(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did olivia colman ever act with aaron paul")
    assert answer.text.startswith("I don't have facts about Aaron Paul"), answer.text


async def test_everyday_words_before_the_name_are_not_part_of_it(engine: QuestionEngine) -> None:
    texts = await reply_texts(
        engine,
        "i swear i saw andy samberg in the background of that netflix bts photo with joe and kit",
        "are you sure he's not there",
    )
    assert all(t.startswith("I don't have facts about Andy Samberg") for t in texts), texts


async def test_a_claim_of_someone_unknown_beside_a_known_show(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "just saw amy poehler at a screening in london and they were talking about heartstopper?? "
        "are they involved"
    )  # fmt: skip
    assert answer.text.startswith("I don't have facts about Amy Poehler"), answer.text


async def test_a_yes_citing_an_article_is_checked_against_someone_unknown(engine: QuestionEngine) -> None:
    answer = await chat(engine, "Armando Iannucci directed shetland with andy newberry, right?")
    assert answer.text.startswith("I don't have facts about Armando Iannucci"), answer.text


async def test_a_name_spelt_almost_like_a_known_one_is_a_slip(engine: QuestionEngine) -> None:
    answer = await chat(engine, "Who plays Charlie Spring in Heartstopper? Kit Cannot or Joe Lock?")
    assert "Joe Locke" in answer.text, answer.text


async def test_a_character_asked_of_keeps_the_known_answer(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "my bf thinks nick is played by tom holland lmaooo who actually plays him in heartstopper"
    )
    assert "Kit Connor" in answer.text, answer.text


async def test_a_misspelt_known_name_beside_other_words_names_no_one_else(engine: QuestionEngine) -> None:
    answer = await chat(engine, "eurus lynn torchwod director hearstopper too?")
    assert "Euros Lyn" in answer.text, answer.text


async def test_a_co_star_asked_after_someone_unknown_keeps_them_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "how tall is jean smart lol", "ok nvm what has he starred in", "anything with kit connor"
    )
    assert answer.text.startswith("I don't have facts about Jean Smart"), answer.text


async def test_a_known_person_asked_after_someone_unknown_is_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "how tall is jean smart lol", "who does kit connor play")
    assert "Kit Connor" in answer.text, answer.text


async def test_an_everyday_surname_after_a_given_name_is_still_a_name(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is kit connor friends with jodie comer")
    assert answer.text.startswith("I don't have facts about Jodie Comer"), answer.text


async def test_a_given_name_opens_the_name_after_a_word_before_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is yasmin finney dating jean smart")
    assert answer.text.startswith("I don't have facts about Jean Smart"), answer.text


async def test_a_name_joined_to_a_known_person_needs_no_listed_given_name(engine: QuestionEngine) -> None:
    answer = await chat(engine, "kim soo-hyun and joe locke same agency?")
    assert answer.text.startswith("I don't have facts about Kim Soo Hyun"), answer.text


async def test_a_name_after_a_joining_word_read_among_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is yasmin finney dating bae suzy")
    assert answer.text.startswith("I don't have facts about Bae Suzy"), answer.text


async def test_the_fans_talk_beside_a_known_show_names_no_one(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "putting together a list of queer series for our library display. when did heartstopper premiere?",
    )
    assert "April 22, 2022" in answer.text, answer.text


async def test_a_known_surname_after_the_fans_talk_names_no_one_else(engine: QuestionEngine) -> None:
    answer = await chat(engine, "whos got more heartstopper episodes under their belt, newberry or lyn")
    assert "Euros Lyn" in answer.text, answer.text


async def test_someone_of_the_fans_own_life_is_no_one_asked_of(engine: QuestionEngine) -> None:
    said = "who directed hs season 3? my friend Priya swears she knows but she's never right"
    answer = await chat(engine, said)
    assert "Andy Newberry" in answer.text, answer.text


@pytest.mark.parametrize(
    "said",
    [
        "my aunt Rosa dozed off during the last one i picked. who directed hs season 3",
        "finished ted lasso last week, so good. who directed hs season 3",
        "who directed hs season 3? want to tell my cousin Omar once i find out",
    ],
)
async def test_the_own_person_or_watching_word_taken_into_the_unknown_words_still_names_no_one(
    engine: QuestionEngine, said: str
) -> None:
    # The words nobody knows open with "aunt", "finished" or "cousin": what follows names no one asked of.
    answer = await chat(engine, said)
    assert "Andy Newberry" in answer.text, answer.text
