"""The words of a chatty message that ask, chosen by evidence: run-on tails and leads that carry nothing set
aside, a bare question tag or a vague question passed over for the sentence that asks
(intents.understand.clause_choice)."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.asking import question_part
from intents.understand.clause_choice import chosen_clause
from intents.understand.clause_evidence import carries

BEFORE = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


def test_a_run_on_tail_of_the_fans_own_talk_is_set_aside() -> None:
    asked, rest = chosen_clause("WHEN DOES THE NEW SEASON START WE ARE ALL SO READY", "")
    assert asked == "WHEN DOES THE NEW SEASON START"
    assert "READY" in rest


def test_a_tail_holding_a_name_a_number_or_an_alternative_stays() -> None:
    names = {"bregus": ["Bregus"]}
    kept = "who directed it before the man from bregus stepped in"
    assert chosen_clause(kept, "", lambda key: names.get(key, []))[0] == kept
    assert chosen_clause("is the new season out before or after my birthday", "")[0].endswith("birthday")
    assert chosen_clause("how many episodes are there i counted 16", "")[0].endswith("16")


def test_a_purpose_or_a_reason_after_the_question_is_talk() -> None:
    assert chosen_clause("how many episodes did the first season have for a pub quiz tonight", "")[0] == (
        "how many episodes did the first season have"
    )
    assert chosen_clause("who the story consultant is before i go insane", "")[0] == (
        "who the story consultant is"
    )


def test_a_question_that_goes_on_is_not_cut() -> None:
    # "which season should" would end on its verb: the words after it are the question's
    message = "which season should i start with if i only have a weekend"
    assert chosen_clause(message, "")[0] == message


def test_a_lead_that_carries_nothing_goes_before_a_question_word() -> None:
    assert chosen_clause("mate who is the director of the third season", "")[0].startswith("who is")
    label = "this is off topic sorry but anyway: who created the show about nick and charlie"
    assert chosen_clause(label, "")[0].startswith("who created")


def test_a_lead_that_says_how_exact_stays() -> None:
    assert chosen_clause("roughly how many weeks between the two premieres", "")[0].startswith("roughly")


def test_a_bare_tag_gives_way_to_the_sentence_that_asks() -> None:
    said = "my uncle reckons olivia colman plays nick. who does she play"
    asked, rest = chosen_clause("she isn't, is she?", said)
    assert asked == "who does she play"
    assert "uncle" in rest


def test_a_vague_question_gives_way_to_a_request_that_names_and_cues() -> None:
    names = {"kit connor": ["Kit Connor"]}
    said = "silly thought but i keep wondering who Kit Connor plays in the show."
    asked, _ = chosen_clause("What do fans think?", said, lambda key: names.get(key, []))
    assert asked.startswith("who Kit Connor plays")


def test_a_claim_seen_online_is_checked() -> None:
    asked, _ = question_part("read on reddit that the third season drops on october 3, is that true?")
    assert asked == "the third season drops on october 3?"


def test_words_carry_a_question_by_evidence() -> None:
    assert not carries("i cannot wait any longer")
    assert carries("for season 3")
    assert carries("the director")


async def test_a_statement_that_needs_a_date_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("i need the season three date today my calendar is a mess", now=BEFORE)
    assert "October 3" in answer.text


async def test_a_question_shouted_with_a_tail_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("WHO PLAYS CHARLIE IN HEARTSTOPPER I NEED TO KNOW NOW", now=BEFORE)
    assert "Joe Locke" in answer.text


async def test_a_forgotten_name_with_a_remark_after_a_comma_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "i keep forgetting the name of the actor who plays nick nelson, it drives me mad", now=BEFORE
    )
    assert "Kit Connor" in answer.text


def test_a_lead_that_begins_a_name_is_kept() -> None:
    names = {"doctor who": ["Doctor Who"]}
    asked = "doctor who - was that the first director or the third"
    assert chosen_clause(asked, "", lambda key: names.get(key, []))[0] == asked
    assert chosen_clause("doctor who - was that the first director or not", "")[0].startswith("doctor who")


def test_a_question_about_the_fan_gives_way_to_one_that_carries() -> None:
    asked, rest = chosen_clause("why do i do this to myself??", "rewatching s1 again. who directed it again")
    assert asked == "who directed it again"
    assert "myself" in rest


def test_a_question_about_the_fan_alone_stays() -> None:
    asked, _ = chosen_clause("why do i do this to myself??", "rewatching s1 again. who knows")
    assert asked == "why do i do this to myself??"


def test_statements_before_the_question_are_set_aside() -> None:
    asked, rest = question_part("the way i screamed when they announced it 💀 who directed s3")
    assert asked == "who directed s3"
    assert "screamed" in rest
    asked, rest = question_part("hot take: s2 was better than s1. who directed s2 tho")
    assert asked == "who directed s2 tho"


def test_a_question_pointing_at_a_person_named_before_keeps_the_statement() -> None:
    message = "my cousin met kit connor at a signing. what else has he been in"
    assert chosen_clause(message, "")[0] == message


def test_a_question_that_only_points_at_the_statements_keeps_them() -> None:
    message = "whoever made heartstopper deserves the world. who was it again?"
    assert question_part(message)[0] == message


def test_it_in_a_bare_question_is_the_relation_the_talk_before_names() -> None:
    asked, _rest = question_part(
        "I'm honestly skeptical that the audience score is as high as people keep saying. What is it really?"
    )
    assert asked == "What is the audience score really?"
    # "it" is the show when the talk names no relation: nothing is put in its place.
    assert question_part("i love this show so much. what is it about")[0] == "what is it about"


async def test_a_relation_pointed_at_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "I'm honestly skeptical that the audience score is as high as people keep saying. What is it really?",
        now=BEFORE,
    )
    assert "96%" in answer.text, answer.text
