"""How many seasons a show will have in all is no fact held unless a final season is on record
(intents/handlers/overview.py): the answer says so first, then the seasons known."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_seasons_to_come_in_all_are_not_known(fans: QuestionEngine) -> None:
    answer = await fans.answer("how many seasons of the quiet orchard are there gonna be overall")
    assert answer.text.startswith("I don't know how many seasons there will be in all.")


async def test_a_final_season_on_record_gives_the_total(fans: QuestionEngine) -> None:
    answer = await fans.answer("how many seasons is ember crossing going to have in the end")
    assert answer.text.startswith("Ember Crossing will have 2 seasons in all")
