"""Question understanding: fans' shorthand and chatter, yes/no checks, chains, comparisons, missing facts."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine

BEFORE = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)  # a month before Heartstopper season 3
AFTER = dt.datetime(2024, 11, 1, 12, tzinfo=dt.UTC)


async def test_title_shorthand_with_a_season_tag_asks_about_that_season(engine: QuestionEngine) -> None:
    answer = await engine.answer("hs3 when", now=BEFORE)
    assert answer.intent == "premiere"
    assert answer.answers[0] == "2024-10-03"


async def test_fan_words_stand_for_ordinary_ones(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopper szn 3 cast rn", now=BEFORE)
    assert answer.intent == "cast"
    assert "Kit Connor" in answer.answers


async def test_a_question_wrapped_in_greetings_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "hiii sorry if this was asked already but when is heartstopper season 3 out", now=BEFORE
    )
    assert answer.kind == "answer"
    assert answer.answers[0] == "2024-10-03"


async def test_a_long_message_is_answered_from_its_question_sentence(engine: QuestionEngine) -> None:
    message = (
        "I finally binged the whole thing last weekend with my sister and we cried a lot. "
        "Honestly it is the best show I have seen this year. Who plays Nick Nelson?"
    )
    answer = await engine.answer(message, now=BEFORE)
    assert answer.answers == ("Kit Connor",)


async def test_a_wrong_assertion_is_answered_no_with_the_deciding_fact(engine: QuestionEngine) -> None:
    answer = await engine.answer("did alice oseman direct heartstopper?", now=BEFORE)
    assert answer.text.startswith("No")
    assert answer.answers[0] == "No"
    assert "Andy Newberry" in answer.text


async def test_a_true_assertion_is_answered_yes(engine: QuestionEngine) -> None:
    answer = await engine.answer("is joe locke in heartstopper?", now=BEFORE)
    assert answer.text.startswith("Yes")
    assert "Charlie Spring" in answer.text


async def test_a_network_check_names_the_real_network(engine: QuestionEngine) -> None:
    answer = await engine.answer("is heartstopper on hulu?", now=BEFORE)
    assert answer.text.startswith("No")
    assert "Netflix" in answer.text


async def test_out_yet_depends_on_the_clock(engine: QuestionEngine) -> None:
    before = await engine.answer("is heartstopper season 3 out yet?", now=BEFORE)
    after = await engine.answer("is heartstopper season 3 out yet?", now=AFTER)
    assert before.text.startswith("No, not yet")
    assert after.text.startswith("Yes")


async def test_a_subject_described_by_its_role_is_found_first(engine: QuestionEngine) -> None:
    answer = await engine.answer("what else has the director of heartstopper season 3 done", now=BEFORE)
    assert answer.text.startswith("Andy Newberry directed")
    assert "Shetland" in answer.answers


async def test_a_show_described_by_its_character_is_found_first(engine: QuestionEngine) -> None:
    answer = await engine.answer("when does the show with nick nelson come back", now=BEFORE)
    assert answer.answers[0] == "2024-10-03"


async def test_a_choice_between_two_premieres_names_the_earlier(engine: QuestionEngine) -> None:
    question = "which premiered first, agatha all along or heartstopper season 3?"
    answer = await engine.answer(question, now=AFTER)
    assert answer.text.startswith("Agatha All Along came first")
    assert "15 days" in answer.text


async def test_critics_and_audience_scores_are_compared(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "is the critics score higher than the audience score for heartstopper?", now=BEFORE
    )
    assert answer.text.startswith("Yes")
    assert "98%" in answer.text and "96%" in answer.text


async def test_a_rating_site_it_lacks_is_said_before_the_scores_it_has(engine: QuestionEngine) -> None:
    answer = await engine.answer("what's heartstopper's metacritic score?", now=BEFORE)
    assert answer.text.startswith("I don't have a Metacritic score for Heartstopper.")


async def test_a_kind_of_fact_never_reported_is_said_to_be_missing(engine: QuestionEngine) -> None:
    answer = await engine.answer("how old is kit connor", now=BEFORE)
    assert answer.text.startswith("I don't have Kit Connor's age")
    assert answer.kind == "unknown"


async def test_two_questions_in_one_message_get_two_answers(engine: QuestionEngine) -> None:
    answer = await engine.answer("where can i watch heartstopper and when does season 3 come out", now=BEFORE)
    assert "Netflix" in answer.text
    assert "October 3, 2024" in answer.text


async def test_an_unknown_title_never_falls_back_to_the_default_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("what language is the bear in", now=BEFORE)
    assert answer.kind == "unknown"
    assert "Heartstopper" not in answer.text


async def test_a_misspelt_relation_word_is_read_as_the_word(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is the creater of heartstopper", now=BEFORE)
    assert answer.intent == "creator"


async def test_the_first_two_seasons_are_not_the_third(engine: QuestionEngine) -> None:
    answer = await engine.answer("who directed the first two seasons of heartstopper", now=BEFORE)
    assert "Euros Lyn" in answer.text and "Andy Newberry" not in answer.text


async def test_a_wrong_casting_check_says_whom_the_actor_plays(engine: QuestionEngine) -> None:
    answer = await engine.answer("does joe locke play nick?", now=BEFORE)
    assert answer.text.startswith("No.")
    assert "(Joe Locke plays Charlie Spring.)" in answer.text


async def test_a_network_no_fact_names_is_not_an_unknown_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("is heartstopper on bbc?", now=BEFORE)
    assert answer.text.startswith("No.") and "Netflix" in answer.text
