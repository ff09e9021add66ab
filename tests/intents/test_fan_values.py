"""Fan questions about values: a show described by a value it holds, several fact nouns after one subject,
claims asked as "please tell me", what is out so far, wins never reported, the time of day a season drops,
what someone is working on (seed facts; clock a month before the season 3 premiere)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_show_described_by_its_award_count_is_found(engine: QuestionEngine) -> None:
    answer = await engine.answer("who created the show that has three bafta nominations")
    assert "Osman" in answer.text


async def test_fact_nouns_after_one_subject_are_each_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopper season 3 director and premiere date")
    assert "Andy Newberry" in answer.text and "October 3, 2024" in answer.text


async def test_please_tell_me_a_claim_checks_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("please tell me hs3 is coming out before my exams end on october 10")
    assert answer.text.startswith("Yes")


async def test_a_season_count_says_how_many_are_out_before_the_next_premieres(engine: QuestionEngine) -> None:
    answer = await engine.answer("how many seasons of heartstopper have been released so far?")
    assert "seasons 1–2 are out so far" in answer.text


async def test_wins_asked_of_nominations_only_say_none_is_on_record(engine: QuestionEngine) -> None:
    answer = await engine.answer("how many baftas did heartstopper actually win")
    assert answer.text.startswith("I don't have any BAFTA wins on record")


async def test_the_time_of_day_is_missing_and_the_day_offered(engine: QuestionEngine) -> None:
    answer = await engine.answer("what time does hs3 drop on netflix, like what hour")
    assert answer.text.startswith("I don't have the time of day")
    assert "October 3, 2024" in answer.text


async def test_what_someone_is_working_on_lists_their_shows(engine: QuestionEngine) -> None:
    answer = await engine.answer("which show is andy newberry working on")
    assert "Heartstopper" in answer.text


async def test_the_other_show_of_a_described_person_is_their_other_work(engine: QuestionEngine) -> None:
    answer = await engine.answer("what's the other show the heartstopper season 3 director is known for")
    assert "Shetland" in answer.text


async def test_a_run_of_two_seasons_describes_their_director(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "the guy who directed all of s1 and s2 of heartstopper, what else has he done"
    )
    assert "Doctor Who" in answer.text


async def test_same_scores_of_one_show_is_a_yes_no(fans: QuestionEngine) -> None:
    answer = await fans.answer("are ember crossing's critic and audience scores the same")
    assert answer.text.startswith("No.")


async def test_out_in_two_weeks_is_checked_against_the_premiere(fans: QuestionEngine) -> None:
    answer = await fans.answer("is ember crossing s2 out in two weeks")
    assert answer.text.startswith("No.")


async def test_a_show_described_by_its_award_categories_is_found(engine: QuestionEngine) -> None:
    answer = await engine.answer("who directed the show with a bafta nomination for writing")
    assert answer.text.startswith("That's Heartstopper.")


async def test_a_question_word_asked_last_of_a_statement_is_read(engine: QuestionEngine) -> None:
    answer = await engine.answer("andy newberry is doing season 3 of what show")
    assert "Heartstopper" in answer.text


async def test_a_topic_named_before_the_question_word_is_whom_she_means(engine: QuestionEngine) -> None:
    answer = await engine.answer("lauren james heartstopper what does she do on the show")
    assert "story consultant" in answer.text


async def test_the_first_two_seasons_compared_are_counted_as_their_run(fans: QuestionEngine) -> None:
    # w25f dev: "heartstopper's first two seasons combined or andor season 2" had no count for season 1.
    answer = await fans.answer(
        "which has more episodes: heartstopper's first two seasons combined or the quiet orchard season 2?"
    )
    assert answer.text.startswith("Heartstopper seasons 1–2 have more")
    assert "have 16 episodes" in answer.text and "The Quiet Orchard season 2 has 10" in answer.text


async def test_a_final_season_compared_by_episodes_is_the_shows_last(fans: QuestionEngine) -> None:
    # w25f dev: "which has more episodes, carnival row's final season or salt marsh series 2" was answered
    # as a renewal question ("Yes. Carnival Row has been renewed for season 2").
    question = "which has more episodes, ember crossing's final season or the quiet orchard s2"
    answer = await fans.answer(question)
    assert answer.text.startswith("The Quiet Orchard season 2 has more")
    assert "Ember Crossing season 2 has 6 episodes" in answer.text
