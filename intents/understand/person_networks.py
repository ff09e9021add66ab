"""Whether someone is on a network: "is he on disney+ too?" after Joe Locke, "is kit connor in a netflix
show?". A person is on a network when one of their shows is: said yes or no first, then the shows (never the
network of the show the conversation was about, as if the person were that show)."""

from __future__ import annotations

from intents.answer import Answer
from intents.query import join_names, sources_for
from intents.understand.chain_networks import network_named
from intents.understand.context import Composing
from intents.understand.network_lists import shows_on
from intents.understand.person_shows import their_shows

# How a network is said to hold someone: "on disney+", "in a disney+ show", "appearing on netflix".
_PLACING = frozenset({"on", "in"})


async def person_on_network(c: Composing) -> Answer | None:
    """Yes or no to one person named being on one network named, or None when that is not the question."""
    people = {m.refs[0].id for m in c.res.mentions if m.refs[0].kind == "person"}
    if not c.is_yes_no or len(people) != 1 or c.res.shows or c.res.characters:
        return None
    network = network_named(c.tokens)
    if network is None:
        return None
    name, start = network
    before = [w for w in c.tokens[max(0, start - 2) : start] if w not in ("a", "an", "the")]
    if not before or before[-1] not in _PLACING:
        return None
    person = c.kb.people.get(people.pop())
    if person is None:
        return None
    theirs = [c.kb.shows[i] for i in their_shows(person) if i in c.kb.shows]
    on_network = {s.id for s in shows_on(c.kb, name)}
    there = [s for s in theirs if s.id in on_network]
    sources = sources_for(c.kb, [cr.article_id for cr in person.credits])
    if there:
        text = f"Yes: {person.name} is in {join_names([s.title for s in there])} ({name})."
        return Answer(
            text=text,
            intent="other_work",
            confidence=0.9,
            answers=tuple(s.title for s in there),
            sources=sources,
        )
    held = join_names([f"{s.title} ({s.network})" if s.network else s.title for s in theirs])
    text = f"No: I don't have a show with {person.name} on {name}." + (
        f" {person.name} is in {held}." if held else ""
    )
    return Answer(text=text, intent="other_work", confidence=0.8, sources=sources)
