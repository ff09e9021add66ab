"""Shapes of fans' talk around a question: a remark with a question mark before the question, "what other
stuff has he made", everyday words that are a part of a name, "watching anything ...", glued season tags,
fans' words ("og", "ntflx", "programme", "people in"), and award counts written as words (seed facts)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine


async def test_a_remark_marked_as_a_question_before_a_worded_question_is_talk(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "i was expecting critics to be snobby but apparently not?? what did critics give it on rt"
    )
    assert answer.kind == "answer" and "98%" in answer.text


async def test_what_with_a_noun_phrase_before_its_verb_asks(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "the s3 director, andy something? what other stuff has he made, i wanna binge it"
    )
    assert "Shetland" in answer.text


async def test_an_everyday_word_of_a_longer_name_in_talk_names_no_show(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "i love a good teen romance show. what did critics give it on rotten tomatoes"
    )
    assert "Heartstopper scores 98%" in answer.text


async def test_watching_anything_names_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "first time watching anything like it and we loved it. how many baftas has it had?"
    )
    assert answer.kind == "answer" and "BAFTA" in answer.text


async def test_a_title_glued_to_its_season_tag_is_the_title_and_season(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopperseason3 release date")
    assert "October 3, 2024" in answer.text


async def test_a_glued_season_tag_keeps_an_unknown_title_unknown(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartlandseason3 release date")
    assert answer.kind == "unknown" and "October" not in answer.text


async def test_netflix_with_its_vowels_dropped_is_netflix(engine: QuestionEngine) -> None:
    answer = await engine.answer("hs3 on ntflx or d+?")
    assert answer.text.startswith("Netflix")


async def test_a_british_programme_is_a_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("what marvel programme is joe locke in")
    assert "Agatha All Along" in answer.text and answer.kind == "answer"


async def test_people_in_a_show_are_its_cast(engine: QuestionEngine) -> None:
    answer = await engine.answer("ppl in agatha all along?")
    assert "Kathryn Hahn" in answer.text


async def test_a_small_award_count_is_written_as_a_word(engine: QuestionEngine) -> None:
    answer = await engine.answer("how many bafta nominations does heartstopper have")
    assert "three BAFTA nominations" in answer.text


async def test_a_request_for_a_fact_without_a_question_word_is_asked(engine: QuestionEngine) -> None:
    answer = await engine.answer("i am hosting a marathon!! need the s3 date so i can plan, anyone?")
    assert "October 3, 2024" in answer.text


async def test_a_characters_actor_after_whos_is_who_plays_them(engine: QuestionEngine) -> None:
    answer = await engine.answer("whos nick nelson's actor")
    assert answer.text.startswith("Kit Connor plays Nick Nelson")


async def test_a_feeling_naming_characters_before_the_question_is_talk(engine: QuestionEngine) -> None:
    answer = await engine.answer("lowkey obsessed with nick and charlie rn, who plays charlie again")
    assert answer.text.startswith("Joe Locke plays Charlie Spring")


async def test_a_message_opening_with_we_are_holds_its_question(engine: QuestionEngine) -> None:
    answer = await engine.answer("we're doing a hs night for my niece and she wants to know who plays nick")
    assert "Kit Connor" in answer.text


async def test_what_someone_will_feel_after_the_question_is_a_remark(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays nick and charlie, she'll be so happy if i know")
    assert "Kit Connor" in answer.text and "Joe Locke" in answer.text


async def test_a_count_asked_after_a_credit_verb_is_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("euros lyn directed how many episodes")
    assert answer.kind == "answer" and "16" in answer.text


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("my mum thinks kit connor plays charlie. does he?", "Joe Locke"),
        # after a long message
        (
            "my friend from uni swears heartstopper got emmy noms at some point. "
            "did it?? feel like i would know",
            "",
        ),
    ],
)
async def test_a_bare_check_after_a_reported_claim_checks_the_claim(
    engine: QuestionEngine, message: str, fact: str
) -> None:
    answer = await engine.answer(message)
    assert answer.text.startswith("No") and fact in answer.text


@pytest.mark.parametrize(
    "message",
    [
        "not me finishing s2 in one sitting. how many eps in the first two seasons",  # in an aside
        "finished s2 in one sitting, how many episodes are in the first two seasons",  # in a clause before
    ],
)
async def test_a_season_the_fan_watched_before_the_question_is_talk(
    engine: QuestionEngine, message: str
) -> None:
    answer = await engine.answer(message)
    assert answer.kind == "answer" and "16" in answer.text


async def test_an_own_alternative_after_if_leaves_the_check(engine: QuestionEngine) -> None:
    answer = await engine.answer("want to know if olivia colman is actually in this or if i imagined it")
    assert answer.text.startswith("Yes, Olivia Colman is in Heartstopper")


async def test_again_after_a_pointing_phrase_is_no_part_of_a_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("who wrote the books again?")
    assert "Alice Osman" in answer.text


async def test_his_after_the_actor_who_plays_a_character_is_that_actor(engine: QuestionEngine) -> None:
    answer = await engine.answer("my niece told me the lad who plays nick is great. what's his name?")
    assert answer.text.startswith("Kit Connor")


async def test_what_a_show_is_called_and_his_part_in_it_are_both_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "She says the boy who plays Charlie is going to be in a Marvel programme. What is it called and what"
        " part does he play?"
    )
    assert "Agatha All Along" in answer.text and "Mystery Teen" in answer.text


async def test_a_show_missed_in_an_aside_is_the_subject_nobody_knows(engine: QuestionEngine) -> None:
    answer = await engine.answer("ugh i miss schitt's creek so much, how many seasons does it have")
    assert answer.kind == "unknown" and "Schitt" in answer.text


async def test_a_show_seen_in_a_clip_is_the_subject_nobody_knows(engine: QuestionEngine) -> None:
    answer = await engine.answer("just saw a clip of the summer i turned pretty, when does season 3 start")
    assert answer.kind == "unknown" and "October" not in answer.text


async def test_a_part_of_the_show_talked_about_is_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("the soundtrack is so good. did it get a bafta?")
    assert answer.kind == "answer" and "BAFTA" in answer.text


async def test_two_facts_asked_of_one_show_are_both_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("cast and premiere date for agatha all along?")
    assert "Kathryn Hahn" in answer.text and "September 18, 2024" in answer.text


async def test_emmies_are_emmys(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopper emmies")
    assert "not been nominated for any Emmy" in answer.text


async def test_a_title_glued_to_the_word_season_is_the_title_and_season(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopperseason 3 release")
    assert "October 3, 2024" in answer.text


async def test_what_a_site_rates_a_show_is_its_score(engine: QuestionEngine) -> None:
    answer = await engine.answer("what does rotten tomatoes rate heartstopper")
    assert "98%" in answer.text


async def test_is_that_confirmed_after_a_reported_claim_checks_the_claim(engine: QuestionEngine) -> None:
    answer = await engine.answer("a friend swears joe locke is playing wiccan in the mcu. is that confirmed?")
    assert answer.text.startswith("No, that isn't confirmed")


async def test_a_fact_asked_for_in_a_few_words_after_a_question_is_asked_too(engine: QuestionEngine) -> None:
    answer = await engine.answer("hs3 dir? other creds?")
    assert "Andy Newberry directed Heartstopper season 3" in answer.text and "Shetland" in answer.text


async def test_a_statement_asked_with_when_at_its_end_asks_when(engine: QuestionEngine) -> None:
    answer = await engine.answer("the new season is on netflix when exactly??")
    assert "October 3, 2024" in answer.text
