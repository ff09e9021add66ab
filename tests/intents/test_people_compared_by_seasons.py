"""Two directors of one show compared with no episodes asked ("who directed more of X, A or B") count the
seasons each is credited with (intents/understand/person_counts.py)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.intents.fitting_world import fitting, fitting_knowledge

__all__ = ["fitting", "fitting_knowledge"]


async def test_the_director_of_more_seasons_directed_more(fitting: QuestionEngine) -> None:
    answer = await fitting.answer("who has directed more copper fields, juno pike or mara quill?")
    assert answer.text.startswith("Mara Quill directed more seasons")


async def test_a_check_of_more_seasons_is_said_yes_or_no(fitting: QuestionEngine) -> None:
    answer = await fitting.answer("did juno pike direct more of copper fields than mara quill")
    assert answer.text.startswith("No, counted in seasons")
