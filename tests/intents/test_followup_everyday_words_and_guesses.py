"""Follow-ups of conv32: everyday words in a follow-up ("or sumn else", "the bafta tally", "she meant season
3", "Understood.", "the critics or the punters") are no title, and a guess put for confirming ("let me guess,
... is like 98%", "and audiences, 100% obviously") is checked with a yes or no first."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.ordinary_words import everyday, name_shaped
from intents.query import Conversation
from intents.understand.context import asks_to_check
from intents.understand.season_asked_back import season_asked_back
from tests.helpers import last_text

SEPTEMBER = dt.datetime(2024, 9, 20, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize("word", ["sumn", "summat", "tally", "dozens", "surely", "meant", "punters", "noted"])
def test_chat_spellings_amounts_and_raters_are_everyday(word: str) -> None:
    assert everyday(word)


def test_who_gives_a_score_heads_no_title() -> None:
    assert not name_shaped("the critics or the punters".split())
    assert name_shaped("the office".split())


@pytest.mark.parametrize(
    "text",
    [
        "let me guess, heartstopper's critics score is like 98%",
        "and audiences, 100% obviously",
        "heartstopper critics score, 80% i reckon",
        "audiences, 96% i'd say",
    ],
)
def test_a_guess_is_a_claim_to_check(text: str) -> None:
    assert asks_to_check(text)


def test_a_question_word_keeps_a_guess_tail_a_question() -> None:
    assert not asks_to_check("who directed it, probably")


@pytest.mark.parametrize("follow_up", ["is it netflix or sumn else", "on netflix or summat else?"])
async def test_or_something_else_is_no_title(engine: QuestionEngine, follow_up: str) -> None:
    text = await last_text(engine, "hs3 release date?", follow_up, now=SEPTEMBER)
    assert "Netflix" in text and "don't have facts" not in text


async def test_the_tally_of_awards_counts_them(engine: QuestionEngine) -> None:
    text = await last_text(
        engine, "heartstopper bafta noms?", "So the BAFTA tally stands at how many?", now=SEPTEMBER
    )
    assert "three" in text


async def test_who_was_meant_opens_no_title(engine: QuestionEngine) -> None:
    text = await last_text(
        engine, "who directed heartstopper", "sorry, she meant season 3 specifically", now=SEPTEMBER
    )
    assert "Andy Newberry" in text and "don't have facts" not in text


@pytest.mark.parametrize("ack", ["Understood.", "Noted."])
async def test_an_acknowledgement_before_a_check_is_talk(engine: QuestionEngine, ack: str) -> None:
    text = await last_text(
        engine,
        "When does Heartstopper season 3 come out?",
        f"{ack} Will it be on Netflix then?",
        now=SEPTEMBER,
    )
    assert text.startswith("Yes")


async def test_a_guessed_score_is_confirmed_or_denied(engine: QuestionEngine) -> None:
    conversation = Conversation()
    first = await engine.answer(
        "let me guess, heartstopper's critics score is like 98%", conversation, now=SEPTEMBER
    )
    second = await engine.answer("and audiences, 100% obviously", conversation, now=SEPTEMBER)
    assert first.text.startswith("Yes") and second.text.startswith("No") and "96%" in second.text


@pytest.mark.parametrize(
    "follow_up",
    [
        "Where do those numbers come from?",
        "whats the source of those scores",
        "Which site are those figures from?",
    ],
)
async def test_where_the_scores_come_from_names_the_site(engine: QuestionEngine, follow_up: str) -> None:
    text = await last_text(engine, "heartstopper scores?", follow_up, now=SEPTEMBER)
    assert "Rotten Tomatoes" in text and "98%" in text


async def test_where_something_else_is_from_is_no_scores_source(engine: QuestionEngine) -> None:
    text = await last_text(
        engine, "heartstopper scores?", "where is the show set, which town is it from?", now=SEPTEMBER
    )
    assert "98%" not in text


@pytest.mark.parametrize("follow_up", ["What season number is that?", "which season is that one?"])
async def test_which_season_a_place_word_meant_says_its_number(
    engine: QuestionEngine, follow_up: str
) -> None:
    conversation = Conversation()
    june = dt.datetime(2024, 6, 5, 12, tzinfo=dt.UTC)
    await engine.answer("When did Heartstopper season 1 come out?", conversation, now=june)
    await engine.answer("Sorry, I meant the next season.", conversation, now=june)
    text = (await engine.answer(follow_up, conversation, now=june)).text
    assert "season 3" in text


def test_which_season_with_no_season_talked_about_is_not_asked_back() -> None:
    assert season_asked_back("which season is that one".split(), Conversation()) is None


def test_a_credit_stated_with_worked_and_a_question_mark_is_a_check() -> None:
    assert asks_to_check("He worked on Torchwood as well?")


async def test_a_worked_on_statement_asked_back_opens_with_yes(engine: QuestionEngine) -> None:
    text = await last_text(engine, "Heartstopper director?", "He worked on Torchwood as well?", now=SEPTEMBER)
    assert text.startswith("Yes")


@pytest.mark.parametrize(
    "question", ["is there a date for hs3 yet", "do we have a release date for heartstopper season 3 yet?"]
)
async def test_whether_a_date_is_known_is_yes_with_the_date(engine: QuestionEngine, question: str) -> None:
    text = (await engine.answer(question, Conversation(), now=dt.datetime(2024, 8, 25, tzinfo=dt.UTC))).text
    assert text.startswith("Yes") and "October 3" in text


async def test_out_yet_before_the_date_is_still_no(engine: QuestionEngine) -> None:
    text = (
        await engine.answer("is hs3 out yet", Conversation(), now=dt.datetime(2024, 8, 25, tzinfo=dt.UTC))
    ).text
    assert text.startswith("No")
