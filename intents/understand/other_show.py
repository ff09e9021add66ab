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
    named = _named_other_show(tokens, conv, kb)
    if named is not None:
        return named
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
    others = list(dict.fromkeys(cr.show_id for cr in kb.people[person_id].credits if cr.show_id != show.id))
    if len(others) == 1 and others[0] in kb.shows and _ASKS_OTHER_THINGS.intersection(tokens):
        return _asked_of(tokens, at, fold(kb.shows[others[0]].title).split())
    person = fold(kb.people[person_id].name).split()
    return ["what", "else", "is", *person, "in", "besides", *fold(show.title).split()]


# Question words that ask something of the other show rather than which it is ("when is his other show back").
_ASKS_OTHER_THINGS = frozenset("when whens where wheres who whos how hows".split())
_BACK_POINTERS = frozenset({"that", "it", "its"})


def _asked_of(tokens: list[str], at: int, title: list[str]) -> list[str]:
    """The question with the other show's title for "his other show"; a show put first and pointed back to
    ("and his other show, when is that back") asks the question after it about that show."""
    rest = tokens[at + 3 :]
    back = next((i for i, t in enumerate(rest) if t in _BACK_POINTERS), None)
    if back is not None and rest[:1] and rest[0] in _ASKS_OTHER_THINGS:
        return [*rest[:back], *title, *rest[back + 1 :]]
    return [*tokens[:at], *title, *rest]


# "the other show joe locke is in", "the other series kit connor does": a show described by a person's part.
_BEING_IN = (("is", "in"), ("s", "in"), ("was", "in"), ("stars", "in"), ("does",), ("did",), ("plays", "in"))


def _named_other_show(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """ "the other show <person> is in, is its new season out" while one of the person's shows is the
    subject: the question after the description asked of their one other show ("is <title> new season out");
    None when no question pointing back follows, or they have several other shows."""
    show = kb.shows.get(conv.last_show_id) if conv.last_show_id is not None else None
    if show is None or conv.unknown:
        return None
    for at in range(len(tokens) - 3):
        if tokens[at] != "the" or tokens[at + 1] != "other" or tokens[at + 2] not in _SHOW_NOUNS:
            continue
        for person in kb.people.values():
            name = fold(person.name).split()
            start = at + 3
            if tokens[start : start + len(name)] != name:
                continue
            verb = next((v for v in _BEING_IN if tuple(tokens[start + len(name) :][: len(v)]) == v), None)
            if verb is None:
                continue
            others = list(dict.fromkeys(cr.show_id for cr in person.credits if cr.show_id != show.id))
            rest = tokens[start + len(name) + len(verb) :]
            back = next((i for i, t in enumerate(rest) if t in _BACK_POINTERS), None)
            if len(others) != 1 or others[0] not in kb.shows or back is None:
                return None  # "what about the other show X is in" alone: the ellipsis readers carry on
            title = fold(kb.shows[others[0]].title).split()
            return [*rest[:back], *title, *rest[back + 1 :]]
    return None
