"""Shows described by where they are set and whom they are about, and everyday words that are part of a
character's name (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_british_teen_show_is_the_one_show_whose_synopsis_fits(engine: QuestionEngine) -> None:
    answer = await engine.answer("who stars in that british teen show")
    assert answer.text.startswith("Heartstopper stars")


async def test_a_description_with_a_name_nobody_knows_is_not_read_as_a_held_show(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("when is the netflix show wednesday back")
    assert answer.kind == "unknown" and "Wednesday" in answer.text


async def test_an_everyday_word_of_a_characters_name_alone_is_no_mention_of_them(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer(
        "my mom asked why i'm so into that teen show and i showed her the reviews. what's the rotten "
        "tomatoes score again, critics i mean"
    )
    assert answer.text.startswith("Heartstopper scores 98%")


async def test_i_mean_after_a_score_asks_for_no_average(engine: QuestionEngine) -> None:
    answer = await engine.answer("what's heartstopper's rotten tomatoes score, critics i mean")
    assert "average" not in answer.text and "98%" in answer.text
