"""'What's his other show?' asked while a show is the subject: the person's show besides that one ("did
agatha all along come out" ... "who's in it" ... "what's his other show again, the netflix one" is Joe
Locke's show besides Agatha All Along), never the conversation's show again."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold
from intents.understand.pronouns import person_for

_OWNERS = frozenset({"his", "her", "their"})
_SHOW_NOUNS = frozenset({"show", "series", "one", "thing", "project"})


def other_show_of(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """The question as "what else is <person> in besides <show>", or None when it asks no such thing."""
    at = next(
        (
            i
            for i in range(len(tokens) - 2)
            if tokens[i] in _OWNERS and tokens[i + 1] == "other" and tokens[i + 2] in _SHOW_NOUNS
        ),
        None,
    )
    show = kb.shows.get(conv.last_show_id) if conv.last_show_id is not None else None
    if at is None or show is None or conv.unknown:
        return None
    person_id = person_for(tokens[at], conv, conv.people[0] if conv.people else None, None, kb)
    if person_id is None or person_id not in kb.people:
        return None
    person = fold(kb.people[person_id].name).split()
    return ["what", "else", "is", *person, "in", "besides", *fold(show.title).split()]
