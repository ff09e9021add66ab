"""A show described by a franchise word, its network or "the spin-off" instead of its title, read as that
show only when one held show fits (seed facts: Agatha All Along and WandaVision are both Marvel shows on
Disney+, and only Agatha All Along has a cast)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_the_marvel_show_is_the_one_marvel_show_with_a_cast(engine: QuestionEngine) -> None:
    answer = await engine.answer("when does the marvel show come out?")
    assert "September 18" in answer.text
    assert "October 3" not in answer.text


async def test_a_network_describes_the_show_on_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("when is the disney+ series out?")
    assert "Agatha All Along" in answer.text


async def test_the_spin_off_alone_names_the_show_described_as_one(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's in the spinoff")
    assert "Kathryn Hahn" in answer.text


async def test_a_clause_naming_the_person_is_read_past(engine: QuestionEngine) -> None:
    answer = await engine.answer("when does the disney+ show joe locke is in premiere?")
    assert "September 18" in answer.text


async def test_a_described_show_compares_with_a_named_one(engine: QuestionEngine) -> None:
    answer = await engine.answer("is the marvel show out before heartstopper season 3?")
    assert answer.text.startswith("Yes")


async def test_a_description_saying_what_a_show_is_names_no_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("is it a netflix show")
    assert "Agatha" not in answer.text


async def test_fame_before_a_person_noun_asks_who_not_for_a_ranking(engine: QuestionEngine) -> None:
    answer = await engine.answer("which famous actress is joe locke acting opposite in agatha all along")
    assert "Kathryn Hahn" in answer.text


async def test_a_description_beside_a_name_nobody_knows_goes_with_that_name(engine: QuestionEngine) -> None:
    answer = await engine.answer("when does the netflix show wednesday come back")
    assert answer.text.startswith("I don't have facts about Wednesday")


async def test_any_marvel_show_is_checked_against_the_one_marvel_show_held(engine: QuestionEngine) -> None:
    answer = await engine.answer("is kit connor in any marvel show")
    assert answer.text.startswith("No") and "Agatha All Along" in answer.text


async def test_a_description_beside_a_held_title_goes_with_that_title(engine: QuestionEngine) -> None:
    # "the disney+ series" alone would be Agatha All Along; followed by a held title it describes that title.
    answer = await engine.answer("when did the disney+ series wandavision come out")
    assert "WandaVision" in answer.text
    assert "Agatha" not in answer.text


async def test_a_held_title_describing_a_person_leaves_the_description_to_another_show(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer(
        "what's the premiere date of the marvel show heartstopper's joe locke stars in?"
    )
    assert "September 18" in answer.text
