"""Comparisons read from their parts: a pick by place ("the later of the two"), a count difference between
two award bodies, the people behind two credit counts, and the two score sides in fans' words (branch
cmp2)."""

from __future__ import annotations

import datetime as dt

from db.knowledge import Knowledge
from intents.engine import QuestionEngine


def _on(knowledge: Knowledge, day: str) -> QuestionEngine:
    at = dt.datetime.fromisoformat(f"{day}T12:00:00+00:00")
    return QuestionEngine(knowledge, clock=lambda: at)


async def test_a_later_pick_between_two_shows_is_a_comparison(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("which date is later, hs3 or agatha?")
    assert answer.text.startswith("Heartstopper season 3 comes later")


async def test_the_later_of_two_is_a_pick_not_a_yes_no(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("the newer of the two, hs3 or agatha all along?")
    assert answer.text.startswith("Heartstopper season 3 comes later")


async def test_how_many_more_between_award_bodies_gives_the_difference(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer(
        "how many more baftas than emmys did hs get noms for"
    )
    assert answer.text.startswith("3 more BAFTA nominations than Emmy")


async def test_fewer_between_award_bodies_names_the_smaller(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("hs: fewer baftas or emmys?")
    assert answer.text.startswith("Fewer Emmy nominations")


async def test_credits_of_two_seasons_compared_name_the_people(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("heartstopper directors: s1 vs s3")
    assert "(Euros Lyn)" in answer.text and "(Andy Newberry)" in answer.text


async def test_popcorn_names_the_audience_score(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("hs tomatometer vs popcorn score, how far apart")
    assert "2 points" in answer.text


async def test_networks_stand_for_their_one_dated_show(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("netflix one vs disney+ one, which drops first")
    assert answer.text.startswith("Agatha All Along comes first")


async def test_a_missing_episode_count_is_said_before_the_known_one(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer(
        "did newberry direct more eps of hs than euros lyn"
    )
    assert answer.text.startswith("I don't have an episode count for Andy Newberry")


async def test_yes_no_more_between_award_bodies_gives_the_verdict_then_the_difference(
    seed_knowledge: Knowledge,
) -> None:
    asked = "did it get more baftas than emmys for hs, by how many"
    answer = await _on(seed_knowledge, "2024-09-03").answer(asked)
    assert answer.text.startswith("Yes, 3 more BAFTA nominations than Emmy")
