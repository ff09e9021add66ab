"""A title the facts hold only as someone's work (Torchwood, Euros Lyn's) asked of in a follow-up becomes the
thread's subject: "who plays nick" ... "and in torchwood?" ... "when's it back", or "is kit connor in
heartstopper" ... "what about torchwood" ... "who's in it" say what little is known of Torchwood, never
Heartstopper's facts."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, replies

SEED_FACTS = ("Joe Locke", "Kit Connor plays", "October 3", "April 22", "William Gao")


async def test_a_work_title_asked_in_a_parts_place_is_the_subject_after(engine: QuestionEngine) -> None:
    asked = ("who plays nick", "and in torchwood?", "when's it back")
    answers = await replies(engine, *asked, now=BEFORE_PREMIERE)
    for answer in answers[1:]:
        assert answer.text.startswith("I don't have facts about Torchwood"), answer.text
        assert not any(fact in answer.text for fact in SEED_FACTS), answer.text


async def test_a_work_title_checked_of_a_known_person_is_the_subject_after(engine: QuestionEngine) -> None:
    asked = ("is kit connor in heartstopper", "what about torchwood", "who's in it")
    answers = await replies(engine, *asked, now=BEFORE_PREMIERE)
    assert "Torchwood" in answers[1].text, answers[1].text
    assert "Torchwood" in answers[2].text, answers[2].text  # "Euros Lyn worked on Torchwood ..."
    assert not any(fact in answers[2].text for fact in SEED_FACTS), answers[2].text
