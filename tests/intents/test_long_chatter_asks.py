"""Long chatter messages whose question leans on the talk around it (issue 8, fanq48): a vague ask ("what
are the actual numbers?") asks about the clause before it that names its topic; "can someone list them?"
asks nothing itself, so the question held in the sentence before it is the one asked; a closing "should i?"
asks the fan's own choice, not the fact asked before it; "beyond the leads" sets the leads aside; a first
name said with its show in the talk ("joe from hs") is that show's cast member."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.clause_evidence import topic_clause
from intents.understand.sentences import asks_nothing_itself, asks_own_choice


def test_the_clause_naming_the_topic_is_picked_from_a_sentence_of_talk() -> None:
    topic, around = topic_clause("we argued about it: he says the critics score is great, i said meh.")
    assert topic == "he says the critics score is great"
    assert "we argued about it" in around
    assert topic_clause("i had a long day at work, honestly.") == ("i had a long day at work, honestly.", "")
    # a claim and the fan's other claim are checked together: neither clause alone is the topic
    claims = "we argued, she says it is on netflix but i think it's on disney?"
    assert topic_clause(claims) == (claims, "")


def test_a_request_to_list_them_or_for_the_actual_numbers_asks_nothing_itself() -> None:
    assert asks_nothing_itself("Can anyone list them?")
    assert asks_nothing_itself("what are the actual numbers?")
    assert not asks_nothing_itself("can you list the cast?")


def test_wondering_whether_to_watch_is_the_fans_own_choice() -> None:
    assert asks_own_choice("should i?")
    assert asks_own_choice("so should we watch it first lol")
    assert not asks_own_choice("should i watch wandavision or loki first?")


async def test_a_vague_ask_after_a_reported_claim_asks_about_its_topic(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "Long time lurker but my dad and I disagree: he claims Heartstopper has amazing Rotten Tomatoes "
        "scores, I think it's overhyped. What are the real numbers?"
    )
    assert "98%" in answer.text


async def test_who_is_right_checks_both_claims_before_it(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "my brother and i had a fight yesterday, he says severance is on apple tv but i think it's on "
        "netflix? who's right"
    )
    assert answer.kind == "unknown"
    assert "Severance" in answer.text


async def test_a_request_to_list_them_asks_the_question_held_before_it(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "Hello everyone, librarian here. My book club has started a series called Heartstopper and I want "
        "to find out who the other actors are beyond the two leads. Can anyone list them?"
    )
    assert "Yasmin Finney" in answer.text


async def test_a_closing_should_i_leaves_the_fact_asked_before_it(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "the mcu show joe locke is joining is a spinoff of what exactly? i never saw the first one 😬 should "
        "i watch it?"
    )
    assert "WandaVision" in answer.text


async def test_a_first_name_with_its_show_in_the_talk_is_whom_he_means(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "cannot wait for the new marvel series, hope it doesn't steal kit from heartstopper lol. "
        "is he in agatha all along too?"
    )
    assert "Kit Connor" in answer.text


def test_a_first_name_after_talk_words_and_before_its_show_is_its_cast_member(engine: QuestionEngine) -> None:
    for talk in ("i really love joe from hs", "scared it'll distract joe from heartstopper"):
        linked = engine.link(engine.words(talk))
        assert [person.name for person in linked.people] == ["Joe Locke"]
    assert engine.link(engine.words("is michael gao from heartstopper")).people == []  # someone else
    assert engine.link(engine.words("i really love kit from agatha all along")).people == []  # not its cast
