"""A crew role claimed or checked of someone nobody knows ("my friend said priya harris was the story
consultant on heartstopper"): the reply says no first and names who holds the role per the facts, then that
there are no facts about them; a role asked of them in a wh-question gets the honest reply alone."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_claimed_story_consultant_gets_no_and_who_is(engine: QuestionEngine) -> None:
    said = "hiii so my friend said priya harris was the story consultant on heartstopper?? idk"
    answer = await chat(engine, said)
    assert answer.text.startswith("No"), answer.text
    assert "Lauren James" in answer.text and "I don't have facts about Priya Harris" in answer.text


async def test_a_claimed_co_creator_gets_no_not_yes_for_the_creator_named(engine: QuestionEngine) -> None:
    answer = await chat(engine, "priya harris co-created heartstopper with alice oseman yeah")
    assert answer.text.startswith("No"), answer.text
    assert "I don't have facts about Priya Harris" in answer.text


async def test_a_wh_question_about_their_part_stays_honest_alone(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who is priya harris in heartstopper")
    assert answer.text == "I don't have facts about Priya Harris.", answer.text


async def test_a_title_checked_for_its_source_claims_no_crew_role(engine: QuestionEngine) -> None:
    answer = await chat(engine, "random q: is boy swallows universe based on a book like hs is")
    assert answer.text == "I don't have facts about Boy Swallows Universe.", answer.text
