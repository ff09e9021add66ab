"""The part someone from one show plays in another: "what does the actor from heartstopper play in agatha all
along", "which character is the guy from X playing in Y", "the Y actor's role in X". Two hops: the people
credited in both named shows, then each one's part in the show the question asks about."""

from __future__ import annotations

import re

from intents.answer import Answer
from intents.query import sources_for
from intents.understand.context import Composing

_PART_WORDS = frozenset(
    "play plays playing played portray portrays character characters role roles part".split()
)
_PERSON_WORDS = "actor|actress|actors|star|lead|person|one|cast member"
# The show that describes the person: "the actor from xshowx", "the star of xshowx", "the xshowx actor".
_DESCRIBED_BY = re.compile(
    rf"\b(?:{_PERSON_WORDS}) (?:from|of|in|on) (?:the )?(?:\w+ )?xshowx\b"
    rf"|\bxshowx (?:s )?(?:{_PERSON_WORDS})\b"
)


async def part_in_other_show(c: Composing) -> Answer | None:
    """The part in one named show of the people credited in the other, which describes them; None when the
    question is not of that form."""
    shows = list({s.id: s for s in c.res.shows}.values())
    if len(shows) != 2 or c.res.people or c.res.characters or _PART_WORDS.isdisjoint(c.tokens):
        return None
    described = _DESCRIBED_BY.search(c.res.slotted)
    if described is None:
        return None
    order = [m.refs[0].id for m in sorted(c.res.mentions, key=lambda m: m.start) if m.refs[0].kind == "show"]
    nth = c.res.slotted[: described.end()].count("xshowx") - 1
    if len(order) != c.res.slotted.count("xshowx") or not 0 <= nth < len(order):
        return None  # the slots and the linked shows do not line up: leave it to the other readers
    source = next(s for s in shows if s.id == order[nth])
    asked = next(s for s in shows if s.id != source.id)
    theirs = {cr.person_id for cr in source.credits if cr.role == "actor"}
    parts = [cr for cr in asked.credits if cr.role == "actor" and cr.person_id in theirs]
    named = [(cr, c.kb.people[cr.person_id]) for cr in parts if cr.person_id in c.kb.people]
    if not named:
        return Answer(
            text=f"I don't have anyone from {source.title} credited in {asked.title}.",
            kind="answer",
            intent="plays_whom",
            confidence=0.8,
        )
    said = []
    for credit, person in named:
        note = f" ({credit.note})" if credit.note else ""
        role = f"plays {credit.character}" if credit.character else "is in it, in a part I don't have"
        said.append(f"{person.name}, from {source.title}, {role} in {asked.title}{note}.")
    return Answer(
        text=" ".join(said),
        kind="answer",
        intent="plays_whom",
        confidence=0.9,
        answers=tuple(cr.character or person.name for cr, person in named),
        sources=sources_for(c.kb, [cr.article_id for cr, _ in named]),
        show_id=asked.id,
    )
