"""Checks and asks about what is confirmed or speculated, a topic put first, a season started on a network and
a described co-star: each answered as the question it is, yes or no first where it checks."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.confirmed_roles import confirmed_role
from tests.helpers import last_text

SEPT_20 = dt.datetime(2024, 9, 20, 12, tzinfo=dt.UTC)


def test_a_confirmation_frame_checks_the_claim_after_that() -> None:
    said = "has it been officially confirmed that joe locke plays wiccan".split()
    assert confirmed_role(said) == "joe locke plays wiccan right".split()
    assert (
        confirmed_role("has anyone confirmed that kit plays nick".split()) == "kit plays nick right".split()
    )
    unchanged = "has it been renewed that quickly".split()
    assert confirmed_role(unchanged) == unchanged


async def test_a_speculated_part_is_not_confirmed(engine: QuestionEngine) -> None:
    reply = await last_text(engine, "has it been confirmed that joe locke is playing wiccan?")
    assert reply.startswith("No") and "Mystery Teen" in reply
    assert (await last_text(engine, "has it been confirmed that kit connor plays nick?")).startswith("Yes")


async def test_a_topic_put_first_names_the_show_of_a_check(engine: QuestionEngine) -> None:
    reply = await last_text(
        engine, "For Heartstopper in particular, is Andy Newberry the only confirmed season 3 director?"
    )
    assert reply.startswith("Yes")
    assert (await last_text(engine, "Regarding the third season, is it out yet?")).startswith("No")


async def test_a_season_started_on_a_network_is_whether_it_is_out(engine: QuestionEngine) -> None:
    for question in ("Has season three started on Netflix?", "Has the new season begun on Netflix?"):
        reply = await last_text(engine, question, now=SEPT_20)
        assert reply.startswith("No") and "October 3" in reply, question
    reply = await last_text(
        engine, "has the third season started streaming on netflix? my son says yes", now=SEPT_20
    )
    assert reply.startswith("No")


async def test_a_first_question_about_a_speculated_part(engine: QuestionEngine) -> None:
    for question in (
        "whose child is the character joe locke is rumoured to be playing",
        "Of Wanda's children, which one might Joe Locke be playing?",
        "I read rumours about Joe Locke. Who are people speculating he's playing in the new show?",
    ):
        assert "Wiccan" in await last_text(engine, question), question


async def test_a_plain_part_question_still_lists_every_part(engine: QuestionEngine) -> None:
    assert "Charlie Spring" in await last_text(engine, "who does joe locke play?")


async def test_a_described_co_star_is_whom_he_means(engine: QuestionEngine) -> None:
    reply = await last_text(
        engine, "Kathryn Hahn's young co-star in Agatha All Along, who does he play in Heartstopper?"
    )
    assert "Joe Locke plays Charlie Spring" in reply
