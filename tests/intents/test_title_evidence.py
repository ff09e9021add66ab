"""The fan's own words in a title's place are talk, never "I don't have facts about <talk>": the credit asked
for, the verb put first, someone pointed at, a question of its own, an exclamation, a span of time, a
sentence. A title of everyday words in its place is still a title nobody knows."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.seasons import find_season
from intents.title_evidence import Talk, talk_in_title_place
from intents.title_question import Question
from intents.title_slot import unknown_title
from tests.helpers import reply_texts

NOW = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)
SEED_FACTS = ("Heartstopper", "Netflix", "Kit Connor", "Joe Locke", "October 3", "98%")


def _read(question: str) -> list[str]:
    tokens = question.split()
    title = unknown_title(Question(tokens, find_season(tokens), [], [False] * len(tokens)))
    return title.words if title is not None else []


@pytest.mark.parametrize(
    ("words", "before", "kind"),
    [
        ("the directing", "made", Talk.RELATION),
        ("directing credits", None, Talk.RELATION),
        ("coming", "is", Talk.PREDICATE),
        ("doing the directing", "was", Talk.RELATION),
        ("doing it", "was", Talk.PREDICATE),
        ("that young man also appearing", "is", Talk.POINTED),
        ("he appearing", "is", Talk.POINTED),
        ("that young man", "is", Talk.POINTED),
        ("how many prizes it was nominated", None, Talk.QUESTION),
        ("whoever wrote the novels", None, Talk.QUESTION),
        ("ah yes another beloved", None, Talk.EXCLAMATION),
        ("years till", None, Talk.MEASURE),
        ("days", None, Talk.MEASURE),
        ("in my country the show is very popular now i want to tell them", None, Talk.SENTENCE),
    ],
)
def test_talk_in_a_title_place_is_told_by_its_shape(words: str, before: str | None, kind: Talk) -> None:
    assert talk_in_title_place(words.split(), before) is kind


@pytest.mark.parametrize(
    ("words", "before"),
    [
        ("the bear", "is"),
        ("killing eve", "is"),
        ("breaking bad", "is"),
        ("years and years", None),
        ("how i met your mother", None),
        ("friends", "of"),
        ("the boys", "of"),
        ("the office", "in"),
        ("yes minister", None),
    ],
)
def test_titles_of_everyday_words_are_no_talk(words: str, before: str | None) -> None:
    assert talk_in_title_place(words.split(), before) is None


def test_the_slot_reader_skips_talk_and_still_reads_a_title_after_it() -> None:
    assert _read("who made the directing of season 3") == []
    assert _read("when is coming the third season") == []
    assert _read("years till s3") == []
    assert _read("how many seasons of friends are there") == ["friends"]
    assert _read("who created the bear") == ["the", "bear"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who make the direction of season 3?", "Andy Newberry"),
        ("Newberry credits?", "Shetland"),
        ("lyn credits", "Doctor Who"),
        ("oh wow ok so like how many nominations it got at the baftas", "three"),
        ("Sorry my english is not good. When is coming the third season in Netflix?", "October 3"),
        ("For how many prizes it was nominated at BAFTA?", "three"),
    ],
)
async def test_talk_read_as_a_title_before_is_answered(
    engine: QuestionEngine, question: str, expected: str
) -> None:
    (reply,) = await reply_texts(engine, question, now=NOW)
    assert "don't have facts" not in reply
    assert expected in reply


async def test_a_person_pointed_at_with_describing_words_is_the_conversations_person(
    engine: QuestionEngine,
) -> None:
    replies = await reply_texts(
        engine, "Who plays Charlie Spring?", "Is this young fellow also acting in a Marvel series?", now=NOW
    )
    assert "Agatha All Along" in replies[1]


async def test_followups_after_talk_are_still_about_known_people(engine: QuestionEngine) -> None:
    replies = await reply_texts(engine, "Lyn credits?", "Newberry?", "Locke?", now=NOW)
    assert "Doctor Who" in replies[0] and "Shetland" in replies[1] and "Agatha" in replies[2]


@pytest.mark.parametrize(
    "question",
    [
        "is the bear worth watching",
        "years and years cast",
        "prizes won by ted lasso?",
        "how many seasons of friends are there",
    ],
)
async def test_real_unknown_titles_are_still_refused(engine: QuestionEngine, question: str) -> None:
    (reply,) = await reply_texts(engine, question, now=NOW)
    assert reply.startswith("I don't have facts about")
    assert not any(fact in reply for fact in SEED_FACTS)


@pytest.mark.parametrize("question", ["credits of the morning show?", "ah yes the traitors, who hosts it"])
async def test_relation_words_and_exclamations_before_a_title_leak_no_facts(
    engine: QuestionEngine, question: str
) -> None:
    (reply,) = await reply_texts(engine, question, now=NOW)
    assert not any(fact in reply for fact in SEED_FACTS)


async def test_someone_elses_love_of_a_show_makes_it_the_subject(engine: QuestionEngine) -> None:
    replies = await reply_texts(
        engine, "my sister loves gilmore girls, how many seasons", "who created it", now=NOW
    )
    assert all(r.startswith("I don't have facts about Gilmore Girls") for r in replies)


async def test_his_credits_after_a_credit_asks_for_that_persons_work(engine: QuestionEngine) -> None:
    replies = await reply_texts(engine, "who directed hs s3", "his credits", now=NOW)
    assert "Shetland" in replies[1]
