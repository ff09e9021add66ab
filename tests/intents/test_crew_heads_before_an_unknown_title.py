"""Every crew noun heads a title after "of", "for" and "on" alike ("the story consultant on reacher", "who
composed the music for mad men"): a title nobody knows there gets "I don't have facts about X", never the
seed show's crew; the held show's crew is still told, and "on set" is a place, no title."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_consultant_on_an_unknown_title_is_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "Who is the story consultant on reacher?")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Reacher")


async def test_the_music_for_an_unknown_title_is_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who composed the music for mad men")
    assert answer.text.startswith("I don't have facts about Mad Men") and "Heartstopper" not in answer.text


async def test_the_consultant_on_the_held_show_is_told(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who is the story consultant on heartstopper?")
    assert answer.kind == "answer" and "Lauren James" in answer.text


async def test_the_director_on_set_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's the director on set")
    assert not answer.text.startswith("I don't have facts about")


async def test_the_score_on_an_unknown_title_is_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's the critics score on reacher")
    assert answer.kind == "unknown" and "98%" not in answer.text


async def test_the_score_on_a_review_site_is_the_held_shows(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's the score on the tomatometer")
    assert answer.kind == "answer" and "98%" in answer.text
