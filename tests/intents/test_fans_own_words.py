"""What a fan says of the show ("is it the same director"), of themselves ("should we put it in the
calendar", "she texted me in all caps") or of someone else after a comma ("he's planning a party") names no
title: the question is still about the show talked about. Titles shaped like those words stay titles."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.fans_clause import in_the_fans_clause, run_in_the_fans_clause
from intents.pronoun_predicates import pronoun_with_predicate, the_fan_doing
from intents.understand.fans_things import of_the_fans_things
from intents.understand.talk import after_chatty_clause
from tests.helpers import last_text

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


def test_a_pronoun_before_a_predicate_noun_or_its_own_verb_is_no_title() -> None:
    assert pronoun_with_predicate(["that", "the", "new", "writer"])
    assert pronoun_with_predicate(["she", "a", "lead"])
    assert pronoun_with_predicate(["they", "are"])
    assert not pronoun_with_predicate(["this", "is", "us"])  # the verb goes on into a title
    assert not pronoun_with_predicate(["it"])


def test_the_fan_doing_something_is_no_title_unless_the_verb_wants_a_third_person() -> None:
    assert the_fan_doing(["i", "mark", "my", "diary"], singular_auxiliary=False)
    assert not the_fan_doing(["we", "are", "lady", "parts"], singular_auxiliary=False)
    assert not the_fan_doing(["we", "own", "this", "city"], singular_auxiliary=True)


def test_a_preposition_after_the_fan_goes_with_what_the_fan_does() -> None:
    assert in_the_fans_clause("can i set an alarm on my phone".split(), 4)
    assert in_the_fans_clause("my brother messaged me on discord".split(), 4)
    assert not in_the_fans_clause("can i watch it on crunchyroll".split(), 4)
    assert not in_the_fans_clause("who plays nick in one day".split(), 3)


@pytest.mark.parametrize(
    "question",
    [
        "is that the same writer as the first season?",
        "when should i mark it in my diary",
        "when does it come out, he's throwing a viewing party",
        "my friend messaged me in a panic about the season 3 teaser. when does it premiere",
    ],
)
async def test_the_fans_own_words_leave_the_question_about_the_show(
    engine: QuestionEngine, question: str
) -> None:
    reply = await last_text(engine, question, now=NOW)
    assert "I don't have facts about" not in reply, reply
    assert "Heartstopper" in reply, reply


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("is we are lady parts renewed", "We Are"),
        ("who's in it's always sunny", "It"),
        ("have u seen saltburn?? who directed that", ""),
    ],
)
async def test_titles_shaped_like_the_fans_words_stay_titles(
    engine: QuestionEngine, question: str, title: str
) -> None:
    assert (await last_text(engine, question, now=NOW)).startswith(f"I don't have facts about {title}"), (
        question
    )


def test_a_clause_about_the_fans_own_things_is_talk() -> None:
    assert of_the_fans_things("my laptop battery died twice today")
    assert not of_the_fans_things("my brilliant friend")  # too short to say anything: may be a title


def test_a_question_after_the_fans_own_news_is_asked_on_its_own() -> None:
    asked, before = after_chatty_clause(
        "apologies for the typos, my parrot sat on my laptop 🙃 so who plays nick?"
    )
    assert asked == "so who plays nick?", asked
    assert before.endswith("my parrot sat on my laptop"), before


def test_a_name_after_the_fans_own_people_is_still_a_name() -> None:
    assert run_in_the_fans_clause("my cat walked on the keyboard".split(), ["cat", "walked"])
    assert not run_in_the_fans_clause(
        "my cousin adores rhea seehorn".split(), ["cousin", "adores", "rhea", "seehorn"]
    )
