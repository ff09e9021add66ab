"""A title in a title's place, however everyday its words, is a show Marquee doesn't know: never the default
show's facts. Words that point at a show, the fan's own words and chatter are no title."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from bot.cli_ask import ask_batch
from intents.engine import QuestionEngine
from intents.seasons import find_season
from intents.title_question import Frame, Question
from intents.title_slot import title_slots, unknown_title
from tests.helpers import reply_texts

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
# Facts of the seed (default) show no reply about another show may hold.
SEED_FACTS = ("Heartstopper", "Netflix", "Kit Connor", "Joe Locke", "Alice Os", "October 3")


def _read(question: str) -> list[str]:
    tokens = question.split()
    title = unknown_title(Question(tokens, find_season(tokens), [], [False] * len(tokens)))
    return title.words if title is not None else []


def test_the_subject_of_a_predicate_is_read_back_from_what_is_said_of_it() -> None:
    assert _read("is one day on netflix") == ["one", "day"]
    assert _read("when does the way back come back") == ["the", "way", "back"]
    assert _read("how many seasons does one day have") == ["one", "day"]


def test_how_exactly_a_question_asks_is_no_word_of_the_title() -> None:
    assert _read("when exactly it premieres") == []
    assert _read("when exactly the bear premieres") == ["the", "bear"]


def test_a_release_verb_in_ing_after_the_subject_is_no_word_of_the_title() -> None:
    # "is the bear dropping on hulu" is read with the verb's stem: "is the bear drop on hulu"
    assert _read("is the bear drop on hulu") == ["the", "bear"]
    assert _read("is it drop on netflix") == []
    assert _read("is the drop on netflix") == ["the", "drop"]


def test_the_auxiliary_decides_which_verb_form_ends_the_title() -> None:
    # "is X start" is no English, so "start" belongs to the title; "does X start" asks when it starts.
    assert _read("is fresh start on netflix") == ["fresh", "start"]
    assert _read("when does fresh start start") == ["fresh", "start"]


def test_a_leading_title_ends_at_the_fact_asked_for() -> None:
    assert _read("normal people season 2 when") == ["normal", "people"]
    assert _read("one day rotten tomatoes score") == ["one", "day"]


def test_a_frame_names_where_the_title_stood() -> None:
    tokens = "who created one day".split()
    (slot,) = title_slots(Question(tokens, None, [], [False] * len(tokens)))
    assert (slot.frame, tokens[slot.start : slot.end]) == (Frame.CREDIT, ["one", "day"])


def test_pointing_words_in_a_title_place_are_no_title() -> None:
    for question in (
        "is it on netflix",
        "who's in the show",
        "when does the new season come out",
        "who made it",
    ):
        assert _read(question.replace("'", "")) == [], question


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("is one day on netflix", "One Day"),
        ("who's in one day", "One Day"),
        ("who plays in dark", "Dark"),
        ("this is us cast", "This Is Us"),
        ("is this is us renewed", "This Is Us"),
        ("who's in this is us", "This Is Us"),
        ("is you on netflix", "You"),
        ("normal people season 2 when", "Normal People"),
        ("who's in the boys", "The Boys"),
        ("is old friends renewed", "Old Friends"),
        ("is fresh start on netflix", "Fresh Start"),
        ("what is lost about", "Lost"),
        ("the office season 2 when", "The Office"),
        ("has one day been renewed for season 2", "One Day"),
        ("whats the rt score for one day", "One Day"),
        ("is one day on tv tonight", "One Day"),
        ("how many episodes of line of duty are there", "Line of Duty"),
    ],
)
async def test_an_everyday_word_title_gets_no_facts_and_no_other_shows(
    engine: QuestionEngine, question: str, title: str
) -> None:
    (reply,) = await reply_texts(engine, question, now=NOW)
    assert reply.startswith(f"I don't have facts about {title}."), reply
    assert not [fact for fact in SEED_FACTS if fact in reply], reply


async def test_a_person_checked_against_an_unknown_title_is_not_checked_against_their_show(
    engine: QuestionEngine,
) -> None:
    for question, title in (
        ("is kit connor in friends", "Friends"),
        ("did alice oseman write one day", "One Day"),
    ):
        (reply,) = await reply_texts(engine, question, now=NOW)
        assert reply.startswith(f"I don't have facts about {title}."), reply


async def test_an_unclear_question_about_an_unknown_title_says_it_has_no_facts(
    engine: QuestionEngine,
) -> None:
    (reply,) = await reply_texts(engine, "is one day worth watching", now=NOW)
    assert reply.startswith("I don't have facts about One Day."), reply


async def test_the_fan_speaking_of_themselves_is_no_title(engine: QuestionEngine) -> None:
    for question in ("are you on netflix", "where did you get this information", "how do you know that"):
        (reply,) = await reply_texts(engine, question, now=NOW)
        assert "I don't have facts about" not in reply, (question, reply)


async def test_questions_naming_no_title_still_use_the_only_show(engine: QuestionEngine) -> None:
    questions = ("when's the premiere?", "hs3 when", "szn 3 when", "is it on netflix", "who's in the show")
    for question in questions:
        (reply,) = await reply_texts(engine, question, now=NOW)
        assert "Heartstopper" in reply, (question, reply)


async def test_a_show_described_by_its_franchise_is_no_unknown_title(engine: QuestionEngine) -> None:
    (reply,) = await reply_texts(engine, "is joe locke in the marvel show", now=NOW)
    assert "Agatha All Along" in reply, reply


async def test_chatter_and_greetings_are_no_title(engine: QuestionEngine) -> None:
    chatter = (
        "hi",
        "thanks!",
        "lol ok",
        "any wins? like any emmys",
        "so excited for the premiere",
        "loved the finale",
    )
    for question in chatter:
        (reply,) = await reply_texts(engine, question, now=NOW)
        assert "I don't have facts about" not in reply, (question, reply)


async def test_an_unknown_title_stays_the_conversation_subject(engine: QuestionEngine) -> None:
    replies = await reply_texts(
        engine, "when does one day come back", "who's in it", "is it on netflix", now=NOW
    )
    assert all(r.startswith("I don't have facts about One Day.") for r in replies), replies


async def test_a_batch_conversation_keeps_an_unknown_title_as_its_subject(sqlite_url: str) -> None:
    turns = ("normal people cast", "and season 2?", "where can i watch it")
    lines = [json.dumps({"question": q, "conversation": "c1", "now": "2024-09-03"}) for q in turns]
    out = io.StringIO()
    await ask_batch(sqlite_url, lines, True, None, None, "UTC", out=out)
    texts = [json.loads(line)["text"] for line in out.getvalue().splitlines()]
    assert all(t.startswith("I don't have facts about Normal People.") for t in texts), texts


async def test_a_title_after_a_described_show_noun_is_the_title(engine: QuestionEngine) -> None:
    reply = await engine.answer("who's in the new netflix show one day", now=NOW)
    assert reply.text.startswith("I don't have facts about One Day"), reply.text


async def test_a_title_before_its_season_is_the_subject_whatever_follows(engine: QuestionEngine) -> None:
    reply = await engine.answer("is you season 5 the last one", now=NOW)
    assert reply.text.startswith("I don't have facts about You"), reply.text


async def test_up_and_episode_counts_are_no_titles(engine: QuestionEngine) -> None:
    up = await engine.answer("is s3 up on netflix", now=NOW)
    assert "don't have facts about" not in up.text, up.text
    count = await engine.answer("episode count s3", now=NOW)
    assert "don't have facts about" not in count.text, count.text


async def test_people_set_aside_after_it_are_no_title(engine: QuestionEngine) -> None:
    # "it besides the two main boys": the title slot holds "it"; what is set aside (people) is no title.
    for question in ("who's in it besides the two main boys?", "who's in it other than the leads"):
        reply = await engine.answer(question, now=NOW)
        assert "don't have facts about" not in reply.text and "Joe Locke" in reply.text, reply.text


def test_a_title_read_forward_stops_where_something_is_set_aside() -> None:
    assert _read("who is in one day besides the leads") == ["one", "day"]


async def test_never_mind_before_a_determiner_starts_a_title(engine: QuestionEngine) -> None:
    reply = await engine.answer("never mind the buzzcocks cast", now=NOW)
    assert reply.text.startswith("I don't have facts about Never Mind the Buzzcocks"), reply.text


def test_a_rate_after_a_credit_verb_is_no_title() -> None:
    assert _read("how many episodes did he direct per season") == []
    assert _read("who directed one day") == ["one", "day"]
