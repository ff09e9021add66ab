"""A title worded as a question ("How I Met Your Mother") put before the fact asked leads the question when
the question's own asking word follows the fact ("how i met your mother season 2 when"): Marquee has no facts
about it, so it says so, never the default show's season; a question that asks by itself stays one."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.question_worded_titles import worded_as_a_question
from tests.helpers import BEFORE_PREMIERE, replies


def test_a_title_worded_as_a_question_leads_the_question_asked_after_its_fact() -> None:
    assert worded_as_a_question("how i met your mother".split(), "season 2 when".split())
    assert worded_as_a_question("what we do in the shadows".split(), "cast whos in it".split())


def test_a_question_that_asks_by_itself_is_no_title() -> None:
    assert not worded_as_a_question("how many".split(), "seasons does it have".split())
    assert not worded_as_a_question("who directed the".split(), "season 2 when".split())
    assert not worded_as_a_question("how i met your mother".split(), "season 2".split())


async def test_a_title_worded_as_a_question_gets_no_facts_then_stays_the_subject(
    engine: QuestionEngine,
) -> None:
    asked = ("how we met the sea season 2 when", "who's in it")
    for answer in await replies(engine, *asked, now=BEFORE_PREMIERE):
        assert answer.text.startswith("I don't have facts about How We Met the Sea"), answer.text
