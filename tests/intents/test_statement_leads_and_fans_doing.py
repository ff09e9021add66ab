"""A fan's question among their own talk: a statement set off by a comma before it ("planning a binge this
weekend, what's ..."), the fan's own doing inside it ("which date should i write down", "what date should
we put in the calendar"), a closing "please", and "the episode count" asked for: none is a title nobody
knows, and each is answered from the seed facts."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.understand.statement_leads import without_statement_lead
from tests.helpers import BEFORE_PREMIERE, reply_texts


async def _answer(engine: QuestionEngine, question: str) -> str:
    (text,) = await reply_texts(engine, question, now=BEFORE_PREMIERE)
    return text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("planning a binge this weekend, what's the episode count so far?", "16 episodes"),
        ("we're doing a watch party for season 3, which date should i write down", "October 3"),
        ("my flatmate got me hooked on it, who plays nick", "Kit Connor"),
        ("a coworker said alice osman made her books into a tv series, what service streams it?", "Netflix"),
    ],
)
async def test_a_statement_before_a_comma_is_set_aside(
    engine: QuestionEngine, question: str, expected: str
) -> None:
    assert expected in await _answer(engine, question)


@pytest.mark.parametrize(
    ("asked", "kept"),
    [
        ("heartstopper season 3, when is it out", None),  # the lead names what is asked about
        ("so who directed it, was it lyn", None),  # the lead asks
        ("i love it, and who plays nick", None),  # what follows is no whole question
        ("and the earlier season, how many episodes did it have", None),  # a topic put first, no statement
    ],
)
def test_a_lead_that_asks_or_names_stays_with_the_question(
    engine: QuestionEngine, asked: str, kept: None
) -> None:
    assert without_statement_lead(asked, "", engine.names_of) is kept


@pytest.mark.parametrize(
    "question",
    [
        "which date should i write down for season 3",
        "me and my gf are planning a watch party for heartstopper s3, what date do we put in the calendar",
    ],
)
async def test_the_fans_own_doing_is_no_title(engine: QuestionEngine, question: str) -> None:
    text = await _answer(engine, question)
    assert "October 3" in text
    assert "don't have facts" not in text


@pytest.mark.parametrize(
    "question",
    [
        "who is director of the new season 3 please?",
        "who directed season 3 pls",
        "who directed season 3, thanks",
    ],
)
async def test_a_closing_please_is_no_part_of_the_question(engine: QuestionEngine, question: str) -> None:
    assert "Andy Newberry" in await _answer(engine, question)


@pytest.mark.parametrize(
    "question", ["what's the ep count for s1+s2", "what is the episode count for s1 and s2"]
)
async def test_the_episode_count_is_asked_not_titled(engine: QuestionEngine, question: str) -> None:
    assert "16 episodes" in await _answer(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when does season 3 start, i'm not sure what time zone either but whatever", "October 3"),
        ("who plays nick, i keep forgetting what his name is", "Kit Connor"),
    ],
)
async def test_a_doubt_of_the_fans_own_after_the_question_is_set_aside(
    engine: QuestionEngine, question: str, expected: str
) -> None:
    text = await _answer(engine, question)
    assert expected in text
    assert "don't have facts" not in text


@pytest.mark.parametrize(
    "question",
    [
        "who is the man that play the nick in heartstopper",
        "who is the man that play the nick in heartstopper please",
    ],
)
async def test_a_learners_the_before_the_character_played_is_read_past(
    engine: QuestionEngine, question: str
) -> None:
    assert "Kit Connor" in await _answer(engine, question)
