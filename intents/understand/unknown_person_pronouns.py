""" "she"/"he" after a person Marquee has no facts about ("michaela coel is a genius, what has she made" ...
"is she in the agatha cast"): the pronoun means that person, so the answer is that there are no facts about
them, never the cast or awards of a show the question names beside the pronoun."""

from __future__ import annotations

from intents.answer import Answer
from intents.given_names import Gender, name_gender
from intents.linking import EntityIndex
from intents.query import Conversation
from intents.replies import no_facts_about
from intents.resolve import Resolution
from intents.text import title_case

_PRONOUN_GENDERS: dict[str, Gender] = {
    "she": "she",
    "her": "she",
    "hers": "she",
    "shes": "she",
    "he": "he",
    "him": "he",
    "his": "he",
    "hes": "he",
}
# A person's name is two or three words ("michaela coel"); one word may be a title ("victor").
_NAME_WORDS = range(2, 4)


def unknown_person_meant(
    asked: list[str], res: Resolution, conv: Conversation, index: EntityIndex
) -> Answer | None:
    """'I don't have facts about X' when the "she"/"he" of the question as typed (`asked`, its folded words)
    can only mean X, the person nobody knows the conversation is on: no one known named since, the pronoun
    fits X's given name, and the question names no person itself; None otherwise."""
    unknown = conv.unknown
    if unknown is None or len(unknown) not in _NAME_WORDS or conv.person_after_unknown:
        return None
    if conv.last is None or conv.last.kind != "unknown" or res.people:
        return None
    gender = name_gender(unknown[0])
    said = {_PRONOUN_GENDERS[t] for t in asked if t in _PRONOUN_GENDERS}
    if gender is None or said != {gender}:
        return None
    return no_facts_about(title_case(unknown), index)
