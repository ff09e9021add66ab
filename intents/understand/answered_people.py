"""Whom "he"/"she" means after an answer that named people the question didn't: the actor of a part answered
("who does kit connor's co-star play?" -> Charlie Spring, so Joe Locke), and the person an "anyone else"
answer adds to those talked about."""

from __future__ import annotations

from collections.abc import Iterable

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.dialogue import Conversation
from intents.resolve import Resolution

# Words asking for people besides those talked about ("who else", "anyone besides her", "alongside him").
_OTHERS_ASKED = frozenset("else besides alongside except apart".split())


def actors_of_parts_answered(
    conv: Conversation, credit_ids: Iterable[int], res: Resolution, answer: Answer, kb: Knowledge
) -> None:
    """The actor of each part an answer gave whom the question didn't name becomes whom "his" means next
    ("who does kit connor's co-star play?" -> Charlie Spring: Joe Locke, not the co-star's Kit Connor)."""
    if answer.kind != "answer":
        return
    for credit_id in reversed(list(credit_ids)):
        credit = kb.credits.get(credit_id)
        if credit is not None and all(p.id != credit.person_id for p in res.people):
            conv.mention_person(credit.person_id)


def new_people_first(
    conv: Conversation, tokens: list[str], answer: Answer, answered: Iterable[int], talked_of: frozenset[int]
) -> None:
    """After "anyone else credited on the story?" -> "Alice Osman (...) and Lauren James (...)", the one
    person the fan didn't know of is whom the next "her" means, not the one talked about already."""
    if answer.kind != "answer" or _OTHERS_ASKED.isdisjoint(tokens):
        return
    new = [p for p in answered if p not in talked_of]
    if len(new) == 1:  # several new ("who else is in it?" -> a cast): "he" stays the one talked about
        conv.mention_person(new[0])
