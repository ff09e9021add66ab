"""A credit check ending on "that" or "it" after talk naming a title of the person's other work ("curious
since i loved shetland, did andy newberry direct that?") checks that title, not the person's show."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_that_after_talk_naming_their_other_work_is_that_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("curious since i loved shetland, did andy newberry direct that?")
    assert answer.text.startswith("Yes, Andy Newberry directed episodes of Shetland")


async def test_it_after_talk_naming_their_other_work_is_that_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("i rewatched torchwood last week, did euros lyn direct it?")
    assert answer.text.startswith("Yes") and "Torchwood" in answer.text.split(".")[0]
