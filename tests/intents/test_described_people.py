"""People described, not named: by a title and a role, or as someone's co-lead (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_shows_actor_in_another_named_show_is_the_one_on_both(engine: QuestionEngine) -> None:
    answer = await engine.answer("what character does the agatha all along actor play in heartstopper")
    assert "Charlie Spring" in answer.text


async def test_a_shows_actor_alone_is_left_to_the_cast_list(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is the agatha all along actor")
    assert "Kathryn Hahn" in answer.text


async def test_a_work_titles_director_is_the_person_whose_work_lists_it(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "on what platform do i watch the show whose season 3 is directed by the hidden director"
    )
    assert "Netflix" in answer.text


async def test_the_one_someone_plays_opposite_is_their_co_lead(engine: QuestionEngine) -> None:
    answer = await engine.answer("what's the name of the guy kit connor plays opposite")
    assert answer.text.startswith("Joe Locke")


async def test_a_show_described_by_a_clause_with_a_network_is_their_show_there(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("who does joe locke star opposite in the thing he does for disney+")
    assert "Kathryn Hahn" in answer.text


async def test_the_season_a_one_role_crew_member_worked_on_is_the_one_in_that_role(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("which season of heartstopper did the shetland director work on?")
    assert "season 3" in answer.text


async def test_a_person_described_by_a_show_and_a_described_show_is_read_after_it(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("what character does the heartstopper actor in the marvel show play there")
    assert "Mystery Teen" in answer.text


async def test_a_pronoun_after_a_described_person_opening_the_question_is_that_person(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("the guy kit connor plays opposite, what's his character")
    assert answer.text.startswith("Joe Locke plays Charlie Spring")


async def test_only_the_name_asked_of_a_fronted_description_is_who_they_are(engine: QuestionEngine) -> None:
    answer = await engine.answer("the heartstopper kid in the disney+ show, what's his name again")
    assert answer.text.startswith("Joe Locke plays Charlie Spring")


async def test_whoever_plays_a_character_fronted_before_a_question_is_that_actor(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("the boy playing nick, what is his real name?")
    assert answer.text.startswith("Kit Connor plays Nick Nelson")


async def test_his_franchise_show_narrows_a_described_actor(engine: QuestionEngine) -> None:
    answer = await engine.answer("who acts with the heartstopper lead in his superhero show")
    assert "Kathryn Hahn" in answer.text
    assert "Kit Connor" not in answer.text
