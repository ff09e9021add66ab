"""Who plays opposite someone: "who plays opposite kit connor", "who is pedro pascal acting opposite". The
other of the two top-billed actors of their show, said with both roles; None when the facts bill no pair."""

from __future__ import annotations

from intents.answer import Answer
from intents.query import sources_for
from intents.understand.context import Composing

_ASKING = frozenset({"who", "whos"})
_LEADS = (1, 2)  # the billing of a show's two leads


async def co_lead_of(c: Composing) -> Answer | None:
    """The co-lead of the one person named beside "opposite" in a "who" question; None otherwise."""
    if "opposite" not in c.tokens or not _ASKING & set(c.tokens[:2]) or len(c.res.people) != 1:
        return None
    person = c.res.people[0]
    mention = next(m for m in c.res.mentions if m.refs[0].kind == "person")
    at = c.tokens.index("opposite")
    if not (mention.start == at + 1 or mention.end <= at):
        return None  # "opposite" must be said of them ("opposite X", "X ... acting opposite")
    named = {show.id for show in c.res.shows}
    pairs = [
        (theirs, other)
        for theirs in person.credits
        if theirs.role == "actor" and theirs.billing in _LEADS and (not named or theirs.show_id in named)
        for other in c.kb.shows[theirs.show_id].credits
        if other.role == "actor" and other.billing in _LEADS and other.person_id != person.id
    ]
    if len(pairs) != 1 or (lead := c.kb.people.get(pairs[0][1].person_id)) is None:
        return None  # no billed pair, or one on each of several shows and none named
    theirs, leads = pairs[0]
    show = c.kb.shows[theirs.show_id]
    roles = (
        f": {lead.name} plays {leads.character} and {person.name} plays {theirs.character}"
        if leads.character and theirs.character
        else ""
    )
    return Answer(
        text=f"{lead.name} plays opposite {person.name} in {show.title}{roles}.",
        kind="answer",
        intent="cast",
        confidence=1.0,
        answers=(lead.name,),
        sources=sources_for(c.kb, [theirs.article_id, leads.article_id]),
        show_id=show.id,
    )
