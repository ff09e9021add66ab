"""Whom someone stars opposite, asked with "star" as the subject's verb ("who does X star opposite in
his marvel series"): the person is asked about, not read as a show whose lead is named."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.people_rephrase import opposite
from tests.helpers import BEFORE_PREMIERE


def test_star_as_the_subjects_verb_is_no_leads_role() -> None:
    asked = "who did kit connor star opposite in heartstopper".split()
    assert opposite(asked) == asked
    assert opposite("who is agatha all along lead opposite joe locke".split())[:3] == [
        "who",
        "stars",
        "opposite",
    ]


async def test_who_someone_stars_opposite_in_their_franchise_show(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "who will the charlie spring actor star opposite in his superhero show", now=BEFORE_PREMIERE
    )
    assert "Kathryn Hahn" in answer.text
