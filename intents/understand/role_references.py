"""A role named without its show ("what else has the director done?", "is the creator in anything else") means
that role on the show the conversation is about: "the director of heartstopper season 3". The chains then
answer it as if the fan had named the show. "The lead actress" is the show's first-billed actor."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.seasons import find_season
from intents.text import fold
from intents.understand.people_words import RELATIVES

Link = Callable[[list[str]], Resolution]
_ROLES = frozenset(
    """director creator showrunner writer author novelist producer directors creators writers
    showrunners""".split()
)
# Roles whose people change from season to season: the season the conversation is on goes with them.
_BY_SEASON = frozenset({"director", "directors", "writer", "writers"})
# Words after the role that already say whose role it is ("the director of season 3", "the creator on it").
_OWNERS = frozenset({"of", "for", "on", "in", "from"})
_SHORTEST = 4  # "who's the director" asks who it is: the usual question, nothing to fill in


def role_of_subject(fragment: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str] | None:
    """The question with the conversation's show (and season) after a role it names without one, or None."""
    at = next(
        (i for i in range(len(fragment) - 1) if fragment[i] == "the" and fragment[i + 1] in _ROLES), None
    )
    if at is None or len(fragment) < _SHORTEST or (fragment[at + 2 : at + 3] and fragment[at + 2] in _OWNERS):
        return None
    res = link(fragment)
    if res.shows or res.people or res.unknown_title or find_season(fragment) is not None:
        return None
    subject = subject_words(conv, kb)
    if not subject:
        return None
    role = fragment[at + 1]
    last = conv.last
    on_season = last is not None and last.season is not None and last.show_id == conv.last_show_id
    if role in _BY_SEASON and on_season and last is not None:
        subject = [*subject, "season", str(last.season)]
    return [*fragment[: at + 2], "of", *subject, *fragment[at + 2 :]]


def subject_words(conv: Conversation, kb: Knowledge) -> list[str]:
    """The words of the conversation's subject: the show nobody knows, or the last show named."""
    if conv.unknown:
        return list(conv.unknown)
    if conv.last_show_id is not None and conv.last_show_id in kb.shows:
        return fold(kb.shows[conv.last_show_id].title).split()
    return []


_LEADS = frozenset({"lead", "main", "leading"})
_PLAYERS = frozenset({"actor", "actress", "star", "guy", "girl", "woman", "man", "cast", "member"})


def lead_of_subject(fragment: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str] | None:
    """The question with "the lead actress" / "the main actor" replaced by the name of the first-billed actor
    of the conversation's show, or None."""
    at = next(
        (i for i in range(len(fragment) - 1) if fragment[i] == "the" and fragment[i + 1] in _LEADS), None
    )
    if at is None or len(fragment) < _SHORTEST or conv.unknown or conv.last_show_id not in kb.shows:
        return None
    end = at + 2
    while end < len(fragment) and fragment[end] in _PLAYERS:
        end += 1
    if end == len(fragment):
        return None  # "is he the lead?", "who's the main actor": who the lead is, not something of theirs
    res = link(fragment)
    if res.shows or res.unknown_title:
        return None  # "the lead actor of andor", "the lead in the bear": the show is named
    show = kb.shows[conv.last_show_id]
    actors = sorted(
        (c for c in show.credits if c.role == "actor" and c.person_id in kb.people),
        key=lambda c: c.billing if c.billing > 0 else 1_000,
    )
    if not actors:
        return None
    return [*fragment[:at], *fold(kb.people[actors[0].person_id].name).split(), *fragment[end:]]


# Words that alone ask something of a person ("what else?", "other shows?", "filmography?", "age?").
_PERSON_CUES = frozenset(
    """else other work shows filmography known famous role roles character part age old bio birthday born
    nationality career credits""".split()
)
_TERSE = 3  # words a fragment that names nobody may have
_SOMEONE = frozenset("guy guys person actor actress woman man girl lady dude one costar co star".split())


def person_asked(fragment: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str] | None:
    """A terse question about a person that names none ("what else?", "filmography?") after an answer about
    a person: the question with that person's name, or None."""
    last = conv.last
    if len(fragment) > _TERSE or not _PERSON_CUES.intersection(fragment) or last is None:
        return None
    if _SOMEONE.intersection(fragment):
        return None  # "and the other guy?": someone else than the person just answered
    if (last.person_id is None and not last.answered) or not conv.people or conv.people[0] not in kb.people:
        return None
    if conv.unknown and not conv.person_after_unknown:
        return None
    res = link(fragment)
    if res.mentions or res.unknown_title:
        return None
    return [*fragment, *fold(kb.people[conv.people[0]].name).split()]


_RELATION_WORDS = RELATIVES | {
    "costar",
    "co",
    "star",
    "partner",
    "wife",
    "husband",
    "rival",
    "bf",
    "gf",
    "love",
}


def after_relation(tokens: list[str], link: Link) -> list[str]:
    """A name, a relation and a second name ("the actress for ellie's girlfriend dina") ask about the second:
    the first name and the relation are left out."""
    named = [m for m in link(tokens).mentions if m.refs[0].kind in ("person", "character")]
    for first, second in itertools.pairwise(named):
        between = tokens[first.end : second.start]
        if between and all(w in _RELATION_WORDS for w in between):
            return [*tokens[: first.start], *tokens[second.start :]]
    return tokens


def show_of_named(res: Resolution, kb: Knowledge, besides: int | None) -> list[str] | None:
    """The title of the one show the fragment's character or person is credited on, when it is another
    show than `besides`."""
    if res.characters:
        shows = {c.show_id for c in res.characters}
    else:
        shows = {c.show_id for p in res.people for c in p.credits}
    if len(shows) != 1 or besides in shows:
        return None
    show = kb.shows.get(next(iter(shows)))
    return fold(show.title).split() if show is not None else None
