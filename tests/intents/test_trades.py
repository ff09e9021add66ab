"""A credit that says only "worked on" answers a yes/no about the person's own trade ("did euros lyn direct
torchwood?": a director who worked on it) with a yes that says what it rests on, and any other role as
unknown; flat claims ending in a title's question word ("... doctor who") are checked; seasons asked out
together say where they stream."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.flat_claims import as_check

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


async def test_a_role_less_credit_in_the_persons_trade_is_a_qualified_yes(engine: QuestionEngine) -> None:
    answer = await engine.answer("did euros lyn direct torchwood?", now=BEFORE)
    assert answer.text.startswith("Yes, as far as my facts go: Euros Lyn worked on Torchwood")
    assert "doesn't say in which role" in answer.text and "a director of Heartstopper" in answer.text
    assert answer.answers[:1] == ("Yes",)


async def test_a_role_less_credit_outside_the_persons_trade_stays_unknown(engine: QuestionEngine) -> None:
    answer = await engine.answer("did euros lyn write torchwood?", now=BEFORE)
    assert answer.text.startswith("I only know Euros Lyn worked on Torchwood, not in which role.")


async def test_acting_is_never_inferred_from_a_trade(engine: QuestionEngine) -> None:
    answer = await engine.answer("did euros lyn act in torchwood?", now=BEFORE)
    assert not answer.text.startswith("Yes")


def test_a_titles_question_word_leaves_a_flat_claim_a_claim() -> None:
    claim = "euros lyn has worked on doctor who"
    assert as_check(claim, lambda key: key == "doctor who") == f"{claim}, right?"
    assert as_check(claim) == claim  # without the title known, "who" asks


def test_a_question_word_ending_no_title_still_asks() -> None:
    question = "heartstopper was directed by who"
    assert as_check(question, lambda key: key == "doctor who") == question


async def test_a_flat_claim_of_directing_work_is_checked(engine: QuestionEngine) -> None:
    answer = await engine.answer("euros lyn has directed doctor who", now=BEFORE)
    assert answer.text.startswith("Yes"), answer.text


async def test_seasons_out_together_say_where_they_stream(engine: QuestionEngine) -> None:
    answer = await engine.answer("can i stream seasons 1 and 2 yet?", now=BEFORE)
    assert answer.text.startswith("Yes, Heartstopper seasons 1 and 2 are out, on Netflix.")
