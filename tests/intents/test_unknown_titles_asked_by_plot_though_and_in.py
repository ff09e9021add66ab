"""A title nobody knows in three more of its places is the question's subject ("I don't have facts about
X", never another show's facts): after a plot noun ("what's the plot of friends"), set off before the
question with "though" ("ok but severance though, who made it"), and after someone nobody knows in "is P in
X" ("is bryan cranston in breaking bad")."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_plot_of_an_everyday_word_title_is_no_known_shows(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's the plot of friends")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Friends")


async def test_the_premise_of_an_unknown_title_is_no_known_shows(engine: QuestionEngine) -> None:
    answer = await chat(engine, "whats the premise of friends")
    assert answer.text.startswith("I don't have facts about Friends")


async def test_the_plot_of_a_known_show_is_still_its_synopsis(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what is the plot of heartstopper")
    assert answer.kind == "answer" and "Charlie and Nick" in answer.text


async def test_a_title_turned_to_with_though_is_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", "ok but severance though, who made it")
    assert answer.text.startswith("I don't have facts about Severance")


async def test_a_title_after_but_and_before_though_is_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", "but the bear though, who is in it")
    assert answer.text.startswith("I don't have facts about The Bear")


async def test_talk_before_though_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", "but honestly though, who made it")
    assert answer.kind == "answer" and "Alice Osman" in answer.text


async def test_someone_unknown_checked_in_an_unknown_title_is_no_one_name(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is bryan cranston in breaking bad")
    assert answer.text.startswith("I don't have facts about Breaking Bad")


async def test_a_title_holding_in_with_a_predicate_stays_whole(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is emily in paris renewed")
    assert answer.text.startswith("I don't have facts about Emily in Paris")
