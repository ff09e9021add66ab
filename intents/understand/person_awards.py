"""A person's awards ("did anna sawai win an emmy", "has kit connor won any awards"): Marquee keeps awards for
shows, never for the people in them, so that is said first, then the awards of the person's show (a show's
win is never passed off as theirs)."""

from __future__ import annotations

from intents.answer import Answer
from intents.awards import AWARD_BODIES
from intents.understand.context import Composing
from intents.understand.described_shows import SHOW_NOUNS

_FOR_A_SHOW = frozenset({"for", "in", "on"})  # "did anna sawai win an emmy for shogun"
_AWARD_WORDS = (*AWARD_BODIES, "award", "awards", "nominated", "nomination", "nominations", "nom", "noms")


async def person_award(c: Composing) -> Answer | None:
    """'I don't have awards for <person> in my facts', then their show's awards; None unless a question's
    subject is one person and it asks about awards."""
    if (
        len(c.res.people) != 1
        or c.res.characters
        or not c.has(*_AWARD_WORDS)
        or not SHOW_NOUNS.isdisjoint(c.tokens)
    ):
        return None
    shown = [m.start for m in c.res.mentions if m.refs[0].kind == "show"]
    if any(start == 0 or c.tokens[start - 1] not in _FOR_A_SHOW for start in shown):
        # "bafta noms heartstopper got" asks the show's awards; "an emmy for shogun" asks the person's
        return None
    person = c.res.people[0]
    lead = (
        f"I don't have awards for {person.name} in my facts: I keep them for shows, not the people in them."
    )
    shows = [c.kb.shows[cr.show_id] for cr in person.credits if cr.show_id in c.kb.shows]
    named = c.res.shows[0] if c.res.shows else None
    show = named or next((s for s in shows if s.awards), None)
    if show is None:
        return Answer(text=lead, kind="unknown", intent="awards", confidence=0.8)
    theirs = await c.ask(f"what awards has {show.title} been nominated for")
    if theirs.kind != "answer":
        return Answer(text=lead, kind="unknown", intent="awards", confidence=0.8, show_id=show.id)
    return Answer(
        text=f"{lead} What I have for {show.title}: {theirs.text}",
        kind="unknown",
        intent="awards",
        confidence=0.8,
        sources=theirs.sources,
        show_id=show.id,
    )
