"""A person's show described by a network they have no show on ("when does the hbo show joe locke is in come
out", "kit connor's apple tv+ show"): the facts hold no such show, so the answer says so and names the shows
the person is in, never another show of theirs (nor the network's show without them) passed off as it."""

from __future__ import annotations

from dataclasses import dataclass

from intents.answer import Answer
from intents.linking import Mention
from intents.networks import NETWORK_NAMES, network_span
from intents.query import join_names, sources_for
from intents.understand.context import Composing
from intents.understand.network_lists import shows_on
from intents.understand.person_shows import their_shows

# Nouns a network describes a show with: "the hbo show", "the apple tv+ one", "a disney+ series".
_SHOW_NOUNS = frozenset("show shows series programme program one thing project drama".split())
# Words between the show noun and the person of a clause describing it: "the hbo show with joe locke",
# "the netflix series that kit connor is in".
_CLAUSE_LEADS = frozenset("with starring featuring that which where".split())
_MAX_LEADS = 2


@dataclass(frozen=True, slots=True)
class _Network:
    """A network the question names: the facts' name for it and the tokens it spans."""

    name: str
    start: int
    end: int


_CANONICAL = {alias: name for aliases, name in NETWORK_NAMES for alias in aliases}


def _networks(tokens: list[str]) -> list[_Network]:
    """The networks the tokens name, in order (read from the words: the linker leaves some unmarked)."""
    found: list[_Network] = []
    i = 0
    while i < len(tokens):
        span = network_span(tokens[i : i + 3])
        if span is None or span[0] != 0:
            i += 1
            continue
        words = " ".join(tokens[i : i + span[1]])
        if words in _CANONICAL:
            found.append(_Network(_CANONICAL[words], i, i + span[1]))
        i += span[1]
    return found


def network_named(tokens: list[str]) -> tuple[str, int] | None:
    """The one network the tokens name (the facts' name for it) and where it starts; None for none or
    several."""
    found = _networks(tokens)
    return (found[0].name, found[0].start) if len(found) == 1 else None


def _described_person(c: Composing, network: _Network) -> Mention | None:
    """The person a network-described show is described by: before the network ("kit connor's hbo show", the
    possessive dropped) or in a clause after the show noun; None when no person describes it."""
    people = [m for m in c.res.mentions if m.refs[0].kind == "person" and m.refs[0].id in c.kb.people]
    noun_end = network.end + 1
    for person in people:
        between = c.tokens[person.end : network.start]
        if between in ([], ["s"]):
            return person
        leads = c.tokens[noun_end : person.start]
        if person.start >= noun_end and len(leads) <= _MAX_LEADS and all(w in _CLAUSE_LEADS for w in leads):
            return person
    return None


async def network_not_theirs(c: Composing) -> Answer | None:
    """'I don't have a show with X on N' when the question describes X's show by a network N none of X's
    shows is on; None for any other question (X has a show there, or no show is described so)."""
    networks = _networks(c.tokens)
    if len(networks) != 1:
        return None
    network = networks[0]
    if c.tokens[network.end : network.end + 1] == [] or c.tokens[network.end] not in _SHOW_NOUNS:
        return None  # "is the show with joe locke on hbo" checks the network: the yes/no readers answer
    person = _described_person(c, network)
    if person is None:
        return None
    facts = c.kb.people[person.refs[0].id]
    theirs = [c.kb.shows[i] for i in their_shows(facts) if i in c.kb.shows]
    on_network = {s.id for s in shows_on(c.kb, network.name)}
    if not theirs or any(s.id in on_network for s in theirs):
        return None
    held = join_names([f"{s.title} ({s.network})" if s.network else s.title for s in theirs])
    text = f"I don't have a show with {facts.name} on {network.name}. {facts.name} is in {held}."
    return Answer(
        text=text,
        kind="answer",
        intent="missing",
        confidence=0.9,
        sources=sources_for(c.kb, [cr.article_id for cr in facts.credits]),
    )
