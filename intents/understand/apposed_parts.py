"""Someone named by their part before the question about them, in a follow-up: "and his co-star, the one
playing Charlie, what's his next thing?", "the actor playing charlie, is he in anything else?", "and his
co-star who plays charlie, what's he doing next?". The pronoun in the question is the actor of that part,
not the person the conversation talked of last (Kit Connor, whose co-star is asked about)."""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.text import fold

Link = Callable[[list[str]], Resolution]

# Who is described by the part they play: "the one playing", "his co-star who plays", "the actor as".
_HEADS = frozenset("one actor actress guy girl boy lad bloke dude man woman person costar star lead".split())
_PLAYING = (("playing",), ("who", "plays"), ("that", "plays"), ("who", "is", "playing"), ("as",), ("for",))
_ASKS = frozenset(
    "what whats when whens where wheres who whos which how is are was were did does do has have can".split()
)
_PRONOUNS = frozenset("he she him her his hers".split())
APPOSED_PART_WORDS = frozenset({"playing", "plays", "as", "for"})  # the reader's gate


def apposed_part(tokens: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str] | None:
    """The question after a description by a part, its pronoun replaced by that part's actor; None when the
    words hold no such description or the question has no pronoun for it."""
    for at in range(1, len(tokens)):
        playing = next((p for p in _PLAYING if tuple(tokens[at : at + len(p)]) == p), None)
        if playing is None or tokens[at - 1] not in _HEADS:
            continue
        start = at + len(playing)
        ask = next((k for k in range(start + 1, len(tokens)) if tokens[k] in _ASKS), None)
        if ask is None:
            return None
        rest = tokens[ask:]
        pronoun = next((i for i, w in enumerate(rest) if w in _PRONOUNS), None)
        actor = _actor_of(tokens[start:ask], conv, kb, link)
        if pronoun is None or actor is None:
            return None
        return [*rest[:pronoun], *fold(actor).split(), *rest[pronoun + 1 :]]
    return None


def _actor_of(words: list[str], conv: Conversation, kb: Knowledge, link: Link) -> str | None:
    """The actor of the part the words name alone (in the conversation's show when several shows have it)."""
    res = link(words)
    if (
        not res.characters
        or len(res.mentions) != 1
        or res.mentions[0].end - res.mentions[0].start != len(words)
    ):
        return None
    in_show = [c for c in res.characters if c.show_id == conv.last_show_id]
    credit = (in_show or res.characters)[0]
    person = kb.people.get(credit.person_id)
    return person.name if person is not None else None
