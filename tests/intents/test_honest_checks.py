"""Checks answered from the fact that decides them, and nothing passed off as another: a work credit decides
only the role it names, a season still to come decides "is it out yet", a comparison compares what was
asked, and chatter or a show's short name never becomes a subject nobody asked about. Every name is made up.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
PREMIERE_DAY = dt.datetime(2025, 6, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-honest-checks", "outlet": "Test Wire", "title": "Copper Harbour returns",
     "published": "2025-02-01"},
    {"type": "show", "title": "Copper Harbour", "kind": "series", "network": "Hulu", "aliases": ["Copper"]},
    {"type": "release", "show": "Copper Harbour", "season": 1, "date": "2022-03-01", "network": "Hulu"},
    {"type": "release", "show": "Copper Harbour", "season": 2, "date": "2023-04-01", "network": "Hulu"},
    {"type": "release", "show": "Copper Harbour", "season": 3, "date": "2025-06-01", "network": "Hulu"},
    {"type": "credit", "show": "Copper Harbour", "person": "Marta Quell", "role": "director",
     "seasons": "1-3"},
    {"type": "credit", "show": "Copper Harbour", "person": "Ivo Brandt", "role": "actor",
     "character": "Dessa Vane", "billing": 1},
    {"type": "work", "person": "Marta Quell", "title": "The Grey Estuary", "role": "worked on"},
    {"type": "credit", "show": "Copper Harbour", "person": "Osric Fenn", "role": "director", "seasons": "2"},
    {"type": "work", "person": "Osric Fenn", "title": "Salt Roads", "role": "directed episodes"},
    {"type": "show", "title": "Lantern Bay", "kind": "series", "network": "BBC One"},
    {"type": "release", "show": "Lantern Bay", "date": "2024-01-10", "network": "BBC One"},
    {"type": "award", "show": "Lantern Bay", "body": "BAFTA", "category": "Drama", "outcome": "nominated"},
    {"type": "show", "title": "Quill Street", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Quill Street", "season": 1, "date": "2021-02-01", "network": "Hulu"},
]  # fmt: skip


@pytest.fixture(scope="module")
def checks_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(load_invented(tmp_path_factory.mktemp("honest_checks"), FACTS))


@pytest.fixture
def engine(checks_knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(checks_knowledge, clock=lambda: TODAY)


async def test_a_work_credit_without_a_role_confirms_no_role(engine: QuestionEngine) -> None:
    # Writing is not Marta Quell's trade (a director's "worked on" is a qualified yes: test_trades.py).
    answer = await engine.answer("is marta quell the writer of the grey estuary")
    assert answer.text.startswith("I only know Marta Quell worked on The Grey Estuary, not in which role.")
    assert "Yes" not in answer.answers


async def test_a_work_credit_confirms_the_role_it_names(engine: QuestionEngine) -> None:
    answer = await engine.answer("did osric fenn direct salt roads?")
    assert answer.text.startswith("Yes, Osric Fenn directed episodes of Salt Roads.")


async def test_a_work_credit_denies_a_role_it_does_not_name(engine: QuestionEngine) -> None:
    answer = await engine.answer("did osric fenn create salt roads?")
    assert answer.text.startswith("No, Osric Fenn isn't a creator of Salt Roads")


async def test_being_in_a_title_asks_only_whether_it_is_among_the_credits(engine: QuestionEngine) -> None:
    answer = await engine.answer("is osric fenn in salt roads")
    assert answer.text.startswith("Yes, Salt Roads is among Osric Fenn's credits.")


async def test_acting_in_a_title_is_not_confirmed_by_a_credit_without_a_role(engine: QuestionEngine) -> None:
    answer = await engine.answer("did marta quell act in the grey estuary")
    assert answer.text.startswith("I only know Marta Quell worked on The Grey Estuary")


async def test_out_yet_leads_with_a_season_still_to_come(engine: QuestionEngine) -> None:
    answer = await engine.answer("is copper harbour out yet")
    assert answer.text.startswith("Not yet: Copper Harbour season 3 premieres")
    assert "Seasons 1–2 are already out." in answer.text


async def test_out_yet_on_the_premiere_day_is_out_today(engine: QuestionEngine) -> None:
    answer = await engine.answer("can i watch copper harbour yet", now=PREMIERE_DAY)
    assert answer.text.startswith("Yes, it's out today. Copper Harbour season 3")


async def test_more_seasons_compares_season_counts(engine: QuestionEngine) -> None:
    answer = await engine.answer("does copper harbour have more seasons than quill street")
    assert answer.text.startswith("Yes. Copper Harbour has 3 seasons")
    assert answer.answers == ("3", "1")


async def test_a_side_without_a_season_count_is_said_to_lack_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("which has more seasons, lantern bay or copper harbour?")
    assert answer.text.startswith("I don't have a season count for Lantern Bay")


async def test_a_dated_season_answers_whether_there_will_be_one(engine: QuestionEngine) -> None:
    answer = await engine.answer("will there be a season 3 of copper harbour?")
    assert answer.text.startswith("Yes. Copper Harbour season 3 premieres on Hulu on Sunday, June 1, 2025")


async def test_a_season_past_the_last_on_record_names_the_last(engine: QuestionEngine) -> None:
    answer = await engine.answer("is there going to be a season 4 of copper harbour")
    assert answer.text.startswith("I don't have news of a season 4 of Copper Harbour.")
    assert "season 3" in answer.text


async def test_how_long_ago_gives_the_distance_back(engine: QuestionEngine) -> None:
    answer = await engine.answer("how long ago did copper harbour season 2 come out")
    assert answer.text.startswith("Copper Harbour season 2 premiered on Hulu on Saturday, April 1, 2023")
    assert answer.text.endswith("ago.")


async def test_a_countdown_is_given_in_the_unit_asked(engine: QuestionEngine) -> None:
    answer = await engine.answer("how many weeks until copper harbour season 3")
    assert "in 13 weeks and 1 day" in answer.text


async def test_the_hour_of_a_release_is_said_unknown_before_its_day(engine: QuestionEngine) -> None:
    answer = await engine.answer("what time does copper harbour s3 drop on hulu")
    assert answer.text.startswith("I don't have the time of day Copper Harbour season 3 comes out")
    assert "June 1, 2025" in answer.text


async def test_a_show_short_name_asked_as_a_part_is_not_asked_back(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays copper")
    assert answer.text.startswith("I don't have a part called Copper")
    assert "Ivo Brandt" in answer.text


async def test_chatter_before_a_season_is_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("ok so i just finished season 2 and im crying, who directed it")
    assert "I don't have facts about" not in answer.text
    assert answer.kind == "answer"


async def test_one_nomination_is_said_in_the_singular(engine: QuestionEngine) -> None:
    answer = await engine.answer("did lantern bay win a bafta?")
    assert answer.text.endswith("Lantern Bay has been nominated for one BAFTA award (Drama).")


async def test_a_win_never_reported_is_not_known_before_the_nominations(engine: QuestionEngine) -> None:
    answer = await engine.answer("did lantern bay win a bafta?")
    assert answer.text.startswith("No win I know of: my facts don't report one.")
