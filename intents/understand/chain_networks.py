"""A person's show described by a network they have no show on ("when does the hbo show joe locke is in come
out", "kit connor's apple tv+ show"): the facts hold no such show, so the answer says so and names the shows
the person is in, never another show of theirs (nor the network's show without them) passed off as it."""

from __future__ import annotations

from dataclasses import dataclass

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.linking import Mention
from intents.networks import NETWORK_NAMES, network_span
from intents.query import join_names, sources_for
from intents.text import fold
from intents.understand.context import Composing
from intents.understand.described_shows import first_year
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


_POINTING = frozenset({"the", "that", "this"})
_YEAR_DIGITS = 4


async def no_show_on_network(c: Composing) -> Answer | None:
    """'I don't have a show on N' when the question points at "the N show" (or "the 2019 N series") and no
    held show is on N (from that year), naming no one and no show besides: never another show's facts passed
    off as it. None for any other question."""
    # (a network the facts hold no show on is never linked: the words are read for it)
    if _SHOW_NOUNS.isdisjoint(c.tokens) or any(m.refs[0].kind != "network" for m in c.res.mentions):
        return None  # a person or show named: the other readers say which show, or that none fits
    networks = _networks(c.tokens)
    if len(networks) != 1:
        return None
    network = networks[0]
    if c.tokens[network.end : network.end + 1] == [] or c.tokens[network.end] not in _SHOW_NOUNS:
        return None
    at, year = network.start, None
    if at and c.tokens[at - 1].isdigit() and len(c.tokens[at - 1]) == _YEAR_DIGITS:
        at, year = at - 1, int(c.tokens[at - 1])  # "the 2019 netflix series": the year it first came out
    if not at or c.tokens[at - 1] not in _POINTING:
        return None  # "is it a netflix show" says what a show is; only "the netflix show" points at one
    held = _shows_on_family(c, network.name)
    if year is not None:
        held = [s for s in held if first_year(s) == year] or held
        if any(first_year(s) == year for s in held):
            return None
    elif held:
        return None
    noun = c.tokens[network.end]
    described = f"a {year} {network.name} {noun}" if year is not None else f"a {noun} on {network.name}"
    text = f"I don't have {described} in my facts."
    if held:
        text += f" On {network.name} I have {join_names([_with_year(s) for s in held])}."
    return Answer(text=text, kind="answer", intent="missing", confidence=0.9)


def _with_year(show: ShowFacts) -> str:
    year = first_year(show)
    return f"{show.title} ({year})" if year is not None else show.title


def _shows_on_family(c: Composing, network: str) -> list[ShowFacts]:
    """The held shows on the network, or on one of its channels ("the bbc show": BBC One's too)."""
    family = f"{fold(network)} "
    return shows_on(c.kb, network) or [
        s for s in c.kb.shows.values() if fold(s.network or "").startswith(family)
    ]
