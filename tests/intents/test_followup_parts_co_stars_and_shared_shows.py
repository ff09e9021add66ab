"""Conversations of conv30 over the seed facts: thanks that are no title, a part left open, the rest of a
cast, the one watching, a co-star named by their part, seasons described then numbered, two people's show, a
credit checked by "one of his", a question that only points after a story."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_thanks_with_an_unknown_word_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "which actor portrays charlie spring?", "Thank you kindly. Has he any other roles coming up?"
    )
    assert "Agatha All Along" in answer.text and "Kindly" not in answer.text


async def test_praise_set_off_before_the_question_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when is heartstopper season 3 out?", "Splendid. Where will it stream?")
    assert "Netflix" in answer.text and "Splendid" not in answer.text


async def test_a_part_left_open_asks_whom_he_plays(engine: QuestionEngine) -> None:
    answer = await chat(engine, "which marvel show has joe locke joined", "and he plays?")
    assert "Mystery Teen" in answer.text and not answer.text.startswith("Yes")


async def test_whom_will_he_be_playing_asks_his_part(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is joe locke in agatha all along?", "and whom will he be playing in it?")
    assert "Mystery Teen" in answer.text


async def test_the_person_who_described_a_show_is_the_next_he(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "when does heartstopper season 3 come out",
        "what about that marvel show joe locke's in",
        "and he plays?",
    )
    assert "Mystery Teen" in answer.text


async def test_who_else_after_a_part_is_the_rest_of_the_cast(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", "and nick", "AND WHO ELSE")
    assert answer.intent == "cast" and "Yasmin Finney" in answer.text


async def test_who_else_after_a_director_is_still_his_other_work(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed heartstopper season 3", "who else?")
    assert answer.intent == "other_work"


async def test_the_one_watching_is_the_fans_own_person(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "My daughter keeps talking about Heartstopper. What is it about?", "Where can she watch it?"
    )
    assert "Netflix" in answer.text


async def test_a_co_star_named_by_the_part_is_that_parts_actor(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "who plays nick in heartstopper",
        "Fair enough. And his co-star, the one playing Charlie, what's his next thing?",
    )
    assert "Joe Locke" in answer.text and "Agatha All Along" in answer.text


async def test_seasons_described_then_numbered_correct_the_season(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "Who directed Heartstopper season 3?", "Ah sorry, I mean the first seasons, season 1 and 2."
    )
    assert answer.text.startswith("Euros Lyn")


async def test_i_meant_to_ask_about_corrects_the_show(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "has agatha all along premiered yet?",
        "Oh dear, I meant to ask about the third series of Heartstopper.",
    )
    assert answer.intent == "premiere" and "October 3, 2024" in answer.text


async def test_the_show_two_people_share(engine: QuestionEngine) -> None:
    answer = await chat(engine, "In which show Aubrey Plaza is playing together with Joe Locke?")
    assert answer.text == "Aubrey Plaza and Joe Locke are both in Agatha All Along."


async def test_a_show_shared_with_one_of_a_casts_people(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "what is kathryn hahn in with one of the heartstopper boys?", "when does that come out?"
    )
    assert "September 18, 2024" in answer.text


async def test_two_people_with_no_show_in_common(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is kit connor in the same show as paul adelstein?")
    assert answer.text.startswith("No")


async def test_same_show_after_a_person_put_right(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "In which show is Aubrey Plaza playing together with Joe Locke?",
        "Sorry, not Aubrey Plaza, I meant Paul Adelstein. Same show?",
    )
    assert answer.text.startswith("Yes") and "Paul Adelstein" in answer.text


async def test_one_of_his_checks_his_credits(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "what has euros lyn worked on", "and whether The Library Suicides is one of his too"
    )
    assert answer.text.startswith("Yes")


async def test_another_persons_title_after_a_credit_check_is_checked_too(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what has andy newberry directed", "is Hidden one of his?", "and Torchwood?")
    assert answer.text.startswith("No") and "Euros Lyn" in answer.text


async def test_a_question_that_only_points_after_a_story(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "I'm rewatching Heartstopper for the fifth time and I can never remember the actor's name for Nick"
        " — who is that again?",
    )
    assert answer.text.startswith("Kit Connor")


async def test_how_many_days_between_em(engine: QuestionEngine) -> None:
    answer = await chat(engine, "hs3 release date", "and agatha", "how many days between em")
    assert "15 days" in answer.text


async def test_a_distance_typed_with_slips(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when does agatha come out", "ok how mnay days is taht")
    assert "15 days" in answer.text


async def test_years_ago_of_this(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "when did heartstopper season 1 come out", "how many years ago is this from now?"
    )
    assert "April 22, 2022" in answer.text and "years" in answer.text


async def test_a_show_described_twice_is_named_once(engine: QuestionEngine) -> None:
    answer = await chat(engine, "What's the 2021 Disney+ series that Agatha All Along spins off from?")
    assert answer.kind == "answer" and "WandaVision" in answer.text


async def test_the_name_of_a_rumoured_part(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's the name of the character joe locke is rumoured to be in agatha?")
    assert "Wiccan" in answer.text
