"""'the guy before him': whoever held the same credit on the show's seasons just before (or after) the person
the conversation is about ("who's directing hs3" ... "and the guy before him?": the seasons 1-2 director)."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.query import parse_seasons
from intents.text import fold

_SOMEONE = frozenset("guy actor person one director dude man woman lady writer producer showrunner".split())
_SIDES = {"before": -1, "after": 1}
_POINTED = frozenset("him her them".split())
_LEAD_INS = frozenset("and so ok okay what about".split())


def neighbour_named(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the guy before him" replaced by that person's name ("who is <name>" when nothing
    else is asked); unchanged when no such person is held."""
    for i in range(len(tokens) - 3):
        the, someone, side, pointed = tokens[i : i + 4]
        if (
            the not in ("the", "that")
            or someone not in _SOMEONE
            or side not in _SIDES
            or pointed not in _POINTED
        ):
            continue
        name = _neighbour(conv, kb, _SIDES[side])
        if name is None:
            return tokens
        rest = [*tokens[:i], *tokens[i + 4 :]]
        if all(w in _LEAD_INS for w in rest):
            return ["who", "is", *name]  # "and the guy before him?": who that is
        return [*tokens[:i], *name, *tokens[i + 4 :]]
    return tokens


def _neighbour(conv: Conversation, kb: Knowledge, side: int) -> list[str] | None:
    """The name of whoever has the same credit on the nearest seasons on `side` of the current person's."""
    if not conv.people or conv.people[0] not in kb.people:
        return None
    person = kb.people[conv.people[0]]
    credits = [c for c in person.credits if c.show_id == conv.last_show_id] or person.credits
    found: list[tuple[int, int]] = []  # (distance in seasons, person id)
    for credit in credits:
        own = parse_seasons(credit.seasons)
        if not own or credit.show_id not in kb.shows:
            continue
        for other in kb.shows[credit.show_id].credits:
            theirs = parse_seasons(other.seasons)
            if other.role != credit.role or other.person_id == person.id or not theirs:
                continue
            gap = min(own) - max(theirs) if side < 0 else min(theirs) - max(own)
            if gap > 0:
                found.append((gap, other.person_id))
    if not found:
        return None
    nearest = min(found)[1]
    return fold(kb.people[nearest].name).split() if nearest in kb.people else None
