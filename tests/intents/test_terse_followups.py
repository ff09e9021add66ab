"""Follow-ups of a word or two ("what else?", "filmography?", "lead?", "final season?", "baftas?", "books?"):
they ask of the conversation's person or show, and a fact missing for it is said first."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_what_else_after_a_person_answer_asks_for_their_other_work(world: QuestionEngine) -> None:
    answer = await chat(world, "who directed copper lanterns season 2", "what else?")
    assert answer.intent == "other_work" and "Northern Tide" in answer.text


async def test_filmography_alone_is_the_persons_filmography(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays wren hale", "filmography?")
    assert answer.intent == "other_work" and "Nadia Ferris" in answer.text


async def test_what_else_after_a_show_answer_names_nobody(world: QuestionEngine) -> None:
    answer = await chat(world, "when is harbor nine out", "what else?")
    assert answer.intent != "other_work"


async def test_the_other_guy_alone_is_not_the_person_just_answered(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays wren hale", "and the other guy?")
    assert "Glass Orchard" not in answer.text and answer.intent != "other_work"


async def test_lead_alone_asks_who_stars(world: QuestionEngine) -> None:
    answer = await chat(world, "when is harbor nine out", "who created copper lanterns", "lead?")
    assert answer.intent == "cast" and answer.answers[:1] == ("Nadia Ferris",)


async def test_final_season_alone_asks_whether_it_is_the_final_season(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who created heartstopper", "final season?")
    assert answer.intent == "renewal"


async def test_an_award_body_the_show_has_no_facts_of_is_said_missing_first(world: QuestionEngine) -> None:
    answer = await chat(world, "who created copper lanterns", "baftas?")
    assert answer.text.startswith("I don't have any BAFTA nominations") and "Emmy" in answer.text


async def test_emmys_alone_puts_the_emmy_facts_first(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who created heartstopper", "emmys?")
    assert answer.text.startswith("Heartstopper has not been nominated for any Emmy")


async def test_books_of_a_show_no_fact_says_adapts_books_is_said_missing_first(world: QuestionEngine) -> None:
    answer = await chat(world, "when is harbor nine out", "books?")
    assert answer.text.startswith("I don't know of any books Harbor Nine is based on")
    assert "Lise Armitage" in answer.text


async def test_an_unclear_question_about_an_unknown_show_names_it(world: QuestionEngine) -> None:
    answer = await chat(world, "when does the velvet quarry come out", "is it a comedy?")
    assert answer.kind == "unknown" and "The Velvet Quarry" in answer.text


async def test_it_after_an_opening_not_understood_is_no_default_show(world: QuestionEngine) -> None:
    answer = await chat(world, "anyone seen brackwater yet?", "who's in it")
    assert answer.kind != "answer" and "Nadia Ferris" not in answer.text and "Joe Locke" not in answer.text


async def test_a_show_named_after_an_opening_not_understood_is_the_subject(world: QuestionEngine) -> None:
    answer = await chat(world, "anyone seen brackwater yet?", "ok who's in copper lanterns", "who created it")
    assert "Mara Quillon" in answer.text


async def test_a_clause_about_the_fans_life_before_the_question_names_its_show(world: QuestionEngine) -> None:
    answer = await chat(world, "my bf won't stop talking about harbor nine, when's it out")
    assert answer.intent == "premiere" and "Harbor Nine" in answer.text


async def test_a_show_nobody_knows_in_the_clause_before_the_question_stays_the_subject(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "my sister just started brackwater, is it good?", "who plays the lead")
    assert answer.kind == "unknown" and "Brackwater" in answer.text


async def test_how_do_you_know_asks_for_the_source(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when does heartstopper season 3 come out", "how do you know")
    assert answer.intent == "source"
