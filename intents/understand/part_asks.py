"""Whom someone plays, asked in a word or two after a question about them and a show: "is joe locke in
agatha all along" ... "is it on netflix?" ... "ok and as who, joe i mean" asks who Joe Locke plays there."""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.named_subjects import person_alone
from intents.understand.openers import strip_lead

Link = Callable[[list[str]], Resolution]

# The short forms of "whom do they play there", after the openers are gone.
_PART_ASKS = (
    ("as", "which", "character"), ("as", "what", "character"), ("playing", "which", "character"),
    ("as", "who"), ("as", "whom"), ("as", "what"), ("playing", "who"), ("playing", "what"),
)  # fmt: skip
PART_WORDS = frozenset(ask[0] for ask in _PART_ASKS)


def part_asked(tokens: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str] | None:
    """ "who does <person> play in <show>" for a short part ask, of the person it names after it ("as who,
    joe i mean") or else of the person talked about last, in the show talked about last; None for any other
    words, or without such a person and show."""
    fragment, _marked = strip_lead(tokens)
    ask = next((a for a in _PART_ASKS if tuple(fragment[: len(a)]) == a), None)
    if ask is None or conv.last is None or conv.last_show_id not in kb.shows:
        return None
    rest = fragment[len(ask) :]
    if rest:
        named = person_alone(rest, link)
        if named is None:
            return None  # more than a name after the ask: a question of its own
        person_id: int | None = named.id
    else:
        person_id = conv.people[0] if conv.people else None
    person = kb.people.get(person_id) if person_id is not None else None
    show = kb.shows[conv.last_show_id]
    if person is None or all(cr.show_id != show.id for cr in person.credits):
        return None
    return ["who", "does", *fold(person.name).split(), "play", "in", *fold(show.title).split()]


_OWNERS = frozenset({"his", "her", "their"})
_PART_NOUNS = frozenset("role roles character characters part parts".split())
_WHERE = frozenset({"in", "on"})


def owned_part(tokens: list[str]) -> list[str] | None:
    """ "what is his role in agatha" for the fragment "and his role in agatha?" / "her character?" (no
    question word: the fan asks for the part as a noun), or None for any other words."""
    fragment, _marked = strip_lead(tokens)
    if len(fragment) < 2 or fragment[0] not in _OWNERS or fragment[1] not in _PART_NOUNS:
        return None
    if len(fragment) > 2 and fragment[2] not in _WHERE:
        return None  # "his role was cut": a sentence of its own
    return ["what", "is", *fragment]
