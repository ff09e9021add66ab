"""Two-hop questions through someone's shows and a show's parent: a show set aside by "non" or "other", a
"his" that stands for the person named before it, a title with its own "the" in a description, and spin-off
checks and chains (seed facts; clock a month before the season 3 premiere)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_show_set_aside_by_non_is_not_the_one_meant(engine: QuestionEngine) -> None:
    answer = await engine.answer("which network has joe locke's non-heartstopper show")
    assert "Disney+" in answer.text


async def test_someones_other_show_is_not_the_show_named_beside_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("what network is joe locke's other show on, besides heartstopper")
    assert "Disney+" in answer.text


async def test_his_show_is_the_show_of_the_person_named_before(engine: QuestionEngine) -> None:
    answer = await engine.answer("who does joe locke act alongside in his disney+ show")
    assert "Kathryn Hahn" in answer.text


async def test_a_title_with_its_own_the_describes_whose_work_it_is(engine: QuestionEngine) -> None:
    answer = await engine.answer("how many heartstopper episodes did the library suicides director do")
    assert "16" in answer.text


async def test_a_spin_off_of_its_parent_is_confirmed(engine: QuestionEngine) -> None:
    answer = await engine.answer("is agatha all along a spinoff of wandavision")
    assert answer.text.startswith("Yes")


async def test_a_spin_off_of_another_show_is_denied_with_its_parent(engine: QuestionEngine) -> None:
    answer = await engine.answer("is agatha all along a spin-off of heartstopper")
    assert answer.text.startswith("No: Agatha All Along is a spin-off of WandaVision")


async def test_a_spin_off_asked_alone_is_confirmed(engine: QuestionEngine) -> None:
    answer = await engine.answer("is agatha all along a spin off")
    assert answer.text.startswith("Yes")


async def test_that_one_after_a_parent_asked_is_the_parent(engine: QuestionEngine) -> None:
    answer = await engine.answer("agatha all along spun off from what show, and when did that one come out")
    assert "WandaVision" in answer.text and "2021" in answer.text


async def test_a_fact_of_the_spinoff_is_asked_of_the_spin_off(engine: QuestionEngine) -> None:
    answer = await engine.answer("when did the spinoff of wandavision come out")
    assert "September 18" in answer.text


async def test_a_word_before_a_name_is_not_taken_into_it_by_likeness(engine: QuestionEngine) -> None:
    # "non-heartstopper" is close enough to a two-word name of the show as a whole string; the word "non"
    # spells no word of that name, so the name stays "heartstopper" and the show stays set aside.
    answer = await engine.answer("what network is joe locke's non-heartstopper show on")
    assert "Disney+" in answer.text
