"""Someone's work asked by the job done on it ("what did he write on"), named or described (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_the_shows_someone_directed_on_are_their_work(engine: QuestionEngine) -> None:
    # fanq45: "what show did the slow horses showrunner write on" named only the showrunner.
    answer = await engine.answer("what show did andy newberry direct on")
    assert answer.intent == "other_work"
    assert "Shetland" in answer.text and "Bregus" in answer.text


async def test_the_job_done_after_a_described_person_asks_their_work(engine: QuestionEngine) -> None:
    answer = await engine.answer("what show did the season 3 director direct on")
    assert "Andy Newberry" in answer.text and "Shetland" in answer.text


async def test_a_crew_role_said_by_its_abbreviation_is_asked_of_the_crew(engine: QuestionEngine) -> None:
    # fanq45 (own check): "severance dop" was "Did you mean: !about Severance?".
    answer = await engine.answer("heartstopper dop")
    assert answer.text.startswith("I don't have a cinematographer for Heartstopper")
