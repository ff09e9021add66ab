"""Someone's work with some of it set aside, and a role called new in talk naming the show (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_title_set_aside_is_left_out_of_the_persons_work(engine: QuestionEngine) -> None:
    answer = await engine.answer("apart from hidden, what has andy newberry directed")
    assert "Shetland" in answer.text and "Bregus" in answer.text
    assert answer.text.count("Hidden") == 1  # only where it is set aside


async def test_a_person_set_aside_is_no_title_set_aside(engine: QuestionEngine) -> None:
    answer = await engine.answer("who else is in heartstopper besides joe locke")
    assert answer.intent == "cast"


async def test_the_new_director_is_of_the_show_the_talk_around_names(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "someone brought up heartstopper s3. besides shetland what else has the new director done?"
    )
    assert "Andy Newberry" in answer.text and "Bregus" in answer.text


async def test_its_season_is_a_season_of_the_one_show_named(engine: QuestionEngine) -> None:
    # fanq45 (dev writers): "besides heartstopper, what has the director of all 16 of its first episodes
    # worked on" named only the director.
    answer = await engine.answer("besides heartstopper, what has the director of its first season worked on")
    assert "Euros Lyn" in answer.text and "Torchwood" in answer.text
