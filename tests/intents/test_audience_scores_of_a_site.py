"""An audience score asked of one review site is that site's, never another site's users' (invented world:
The Quiet Orchard holds a Rotten Tomatoes critics score and an IMDb users' score)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.intents.fan_world import TODAY


async def test_a_sites_audience_score_not_held_is_said_missing_first(fans: QuestionEngine) -> None:
    # fanq45: "whats the rt audience score for slow horses" was answered with IMDb's users' 8.2/10.
    answer = await fans.answer("whats the rt audience score for the quiet orchard", now=TODAY)
    assert answer.text.startswith("I don't have a Rotten Tomatoes audience score for The Quiet Orchard")


async def test_an_audience_score_of_no_site_is_any_sites_users(fans: QuestionEngine) -> None:
    answer = await fans.answer("the quiet orchard audience score", now=TODAY)
    assert answer.text.startswith("The Quiet Orchard scores 8.4/10 from users on IMDb")
