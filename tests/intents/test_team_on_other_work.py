"""Someone of a show's team on a title known only as someone's other work (conv33): named in the question,
pointed at after the fan named it, or named in the talk before; the cast alone when the fan says cast."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_who_from_a_show_worked_on_a_title_of_other_work(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who from heartstopper worked on doctor who")
    assert answer.text == "From Heartstopper: Euros Lyn worked on Doctor Who."


async def test_the_title_named_before_the_question_in_its_own_clause(engine: QuestionEngine) -> None:
    answer = await chat(engine, "switching topics: shetland. anyone from the heartstopper crew involved?")
    assert "Andy Newberry directed episodes of Shetland" in answer.text


async def test_it_points_at_the_title_named_in_the_talk_before(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "OK, now other question, about Doctor Who. Who from the Heartstopper team work on it?"
    )
    assert "Euros Lyn worked on Doctor Who" in answer.text


async def test_it_points_at_the_title_asked_about_before(engine: QuestionEngine) -> None:
    answer = await chat(engine, "moving on, what about torchwood", "did anyone from heartstopper work on it")
    assert answer.text.startswith("Yes.") and "Euros Lyn worked on Torchwood" in answer.text


async def test_the_cast_asked_leaves_the_crew_out(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is anyone from the heartstopper cast in torchwood?")
    assert answer.text.startswith("No:") and "Euros Lyn" not in answer.text


async def test_a_longer_title_is_not_the_work_it_starts_with(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who from heartstopper worked on hidden figures")
    assert "Andy Newberry" not in answer.text


async def test_he_after_the_answer_is_the_one_it_named(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who from heartstopper worked on bregus", "did he also work on hidden?")
    assert answer.text.startswith("Yes") and "Andy Newberry" in answer.text


async def test_a_title_the_person_is_from_is_no_team_question(engine: QuestionEngine) -> None:
    answer = await chat(engine, "the guy from doctor who, who does he play in heartstopper")
    assert not answer.text.startswith("From Heartstopper")


async def test_the_director_of_a_season_is_no_team_question(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did the director of heartstopper season 3 also direct doctor who")
    assert answer.text.startswith("No")
