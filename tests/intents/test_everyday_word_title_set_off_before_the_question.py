"""A title of everyday words set off by a colon or a dash before the question ("how i met your mother: who's
the showrunner"): it is what the question asks about, so the reply says there are no facts about it, not
that Heartstopper has no showrunner; a label or a reaction set off so ("quick question:", "omg i'm
literally dying -") is no title."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_an_everyday_word_title_before_a_colon_gets_no_facts(engine: QuestionEngine) -> None:
    answer = await chat(engine, "how i met your mother: who's the showrunner")
    assert answer.text == "I don't have facts about How I Met Your Mother.", answer.text


async def test_a_reaction_before_a_dash_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "omg i'm literally dying - who plays nick in heartstopper")
    assert "Kit Connor" in answer.text, answer.text


async def test_a_title_set_off_holding_an_unknown_run_and_everyday_words_gets_no_facts(
    engine: QuestionEngine,
) -> None:
    # "call saul" is a run nobody knows; "better" beside it is still the title's.
    answer = await chat(engine, "better call saul: how many episodes did the main director do")
    assert answer.text == "I don't have facts about Better Call Saul.", answer.text


async def test_the_fans_own_words_around_an_unknown_run_are_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "omg i love fleabag: who's in it")
    assert answer.text.startswith("I don't have facts about Fleabag"), answer.text
