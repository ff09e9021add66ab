"""Someone related to the part the person talked about plays: after "who does kit connor play", "and his
boyfriend on the show?" asks about Nick Nelson's boyfriend (understand/relatives.py answers it from the
show's synopsis), never about the actor's own life, which no article gives."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import STOPWORDS, fold
from intents.understand.people_words import RELATIVES
from intents.understand.relatives import PARTNERS

_OWNERS = frozenset({"his", "her", "their"})
_OBJECTS = frozenset({"him", "her", "them"})
_ASKING = frozenset("who whos what whats which".split())


def relation_of_part(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """ "and his boyfriend?" as "who plays <his character>s boyfriend"; None when the tokens say no such
    thing or the person talked about plays no part in the conversation's show."""
    for at in range(len(tokens) - 1):
        size = 2 if tokens[at + 1 : at + 3] == ["love", "interest"] else 1
        relation = tokens[at + 1 : at + 1 + size]
        if tokens[at] not in _OWNERS or not (size == 2 or relation[0] in RELATIVES | PARTNERS):
            continue
        rest = tokens[at + 1 + size :]
        if rest and rest[0] not in STOPWORDS | _OBJECTS | _ASKING:
            continue  # "who plays his boyfriend charlie?": the name says who (understand/references.py)
        part = _part_of(conv, kb, tokens)
        if part is None:
            return None
        said = [*part[:-1], f"{part[-1]}s", *relation]
        asks = any(t in _ASKING for t in tokens[:at]) and not (_OBJECTS & set(rest))
        return [*tokens[:at], *said, *rest] if asks else ["who", "plays", *said]
    return None


def _part_of(conv: Conversation, kb: Knowledge, tokens: list[str]) -> list[str] | None:
    """The folded name of the part the conversation's person plays in the show the question names ("and who
    plays his boyfriend in heartstopper" after talk of his Marvel part), else in the conversation's show (any
    show when it has none)."""
    person = kb.people.get(conv.people[0]) if conv.people else None
    if person is None:
        return None
    parts = [c for c in person.credits if c.character]
    said = f" {' '.join(tokens)} "
    named = [c for c in parts if c.show_id in kb.shows and f" {fold(kb.shows[c.show_id].title)} " in said]
    here = named or [c for c in parts if c.show_id == conv.last_show_id] or parts
    return fold(here[0].character or "").split() if len(here) == 1 else None
