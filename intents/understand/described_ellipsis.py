"""A show described by someone in it, said as an ellipsis: "and joe's marvel show?", "and the other one joe's
in?", "and his netflix show?", "what about the show joe locke plays mystery teen in?". The description is
read as the show's title, so the last question is asked again about that show. It is read only when the
fragment is nothing but the description and the person's shows leave exactly one that fits it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from db.knowledge import Knowledge, ShowFacts
from intents.dialogue import Conversation
from intents.networks import network_aliases, network_span
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.described_shows import DESCRIPTION_WORDS
from intents.understand.openers import strip_lead
from intents.understand.person_shows import their_shows
from intents.understand.pronouns import person_for

Link = Callable[[list[str]], Resolution]

# Nouns that make the words a description of a show ("his netflix show", "the other one he's in").
_SHOW_NOUNS = frozenset("show shows series programme program one thing".split())
_OTHER = frozenset({"other", "another", "second"})
_POSSESSIVES = frozenset({"his", "her", "their"})
_IN = frozenset({"in", "on", "from"})
_JOINING = frozenset({"joining", "joins", "join"})
# Words one of which every follow-up this reads holds: a show noun (a description), a possessive ("his
# marvel show") or the "in" of "the mystery teen in agatha". Its gate among the follow-up readers.
DESCRIBED_ELLIPSIS_WORDS = _SHOW_NOUNS | _POSSESSIVES | _IN
# Words a description may hold beside the person, a character, a network and its description words.
_FILLER = frozenset(
    """the a that which where s is was does do in on with stars starring star plays play playing played
    he she they his her their new latest also""".split()
)


def described_show_ellipsis(
    tokens: list[str], conv: Conversation, kb: Knowledge, link: Link
) -> list[str] | None:
    """The follow-up with the show it describes by someone in it named instead ("and agatha all along"), or
    None when it is no such ellipsis (a name alone, "and joe locke?", stays a question about that person)."""
    fragment, marked = strip_lead(tokens)
    if conv.last is None or not fragment or tokens[-len(fragment) :] != fragment:
        return None
    lead = tokens[: len(tokens) - len(fragment)]
    if marked and _asks_of_owner(fragment):
        return fragment  # "and what's his marvel role": a question of its own about him, not the last again
    last = conv.last_understood
    named_show = last is not None and any(kind == "show" for kind, _s, _e in last.slots)
    if not named_show and (character := _character_alone(fragment, kb, link)) is not None:
        return [*lead, *character]  # "the mystery teen in agatha?" after "who plays nick": that character
    title = _described_title(fragment, conv, kb, link) if marked else None
    return _owned_show_inside(tokens, conv, kb, link) if title is None else [*lead, *title]


_BETWEEN = 2  # description words between "his" and the show noun: "his new marvel show"


def _owned_show_inside(tokens: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str] | None:
    """The question with "his marvel show" / "her netflix series" inside it named by the show's title
    ("when does his marvel show start"), or None when it holds no such description of one show."""
    for at, word in enumerate(tokens):
        if word not in _POSSESSIVES:
            continue
        end = next(
            (k for k in range(at + 1, min(len(tokens), at + 2 + _BETWEEN)) if tokens[k] in _SHOW_NOUNS), None
        )
        if end is None or (tokens[end] == "one" and end == at + 1):
            continue  # "his one" names nothing
        title = _described_title(tokens[at : end + 1], conv, kb, link)
        if title is not None:
            return [*tokens[:at], *title, *tokens[end + 1 :]]
    return None


_WH = frozenset("what whats who whos where wheres when whens which how".split())
_AUX = frozenset("is was are were does did do has".split())


def _asks_of_owner(fragment: list[str]) -> bool:
    """Whether the fragment is a whole question about someone's thing ("what is his marvel role")."""
    return (
        len(fragment) >= 4
        and fragment[0] in _WH
        and fragment[1] in _AUX
        and not _POSSESSIVES.isdisjoint(fragment[2:])
    )


def _character_alone(fragment: list[str], kb: Knowledge, link: Link) -> list[str] | None:
    """ "[the] X in Y" for a character X of show Y: the character alone (its show says nothing more), so
    the fragment is the last question asked of that character; None for any other fragment."""
    res = link(fragment)
    if len(res.mentions) != 2 or res.unknown_title or res.leftovers:
        return None
    character, show = res.mentions
    if character.refs[0].kind != "character" or show.refs[0].kind != "show":
        return None
    between = fragment[character.end : show.start]
    credit = kb.credits.get(character.refs[0].id)
    if len(between) != 1 or between[0] not in _IN or credit is None or credit.show_id != show.refs[0].id:
        return None
    if show.end != len(fragment) or any(w != "the" for w in fragment[: character.start]):
        return None
    return fragment[character.start : character.end]


def _described_title(fragment: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str] | None:
    if len(fragment) > 9 or _SHOW_NOUNS.isdisjoint(fragment):
        return None
    words, person = _with_owner(fragment, conv, kb)
    res = link(words)
    if res.shows or res.unknown_title:
        return None
    people = [m for m in res.mentions if m.refs[0].kind == "person" and m.refs[0].id in kb.people]
    if person is None and len(people) != 1:
        return None
    person_id = people[0].refs[0].id if people else person
    if person_id is None:
        return None
    shows = [kb.shows[s] for s in their_shows(kb.people[person_id]) if s in kb.shows]
    used = {i for m in res.mentions for i in range(m.start, m.end)}
    network = network_span(words)
    if network is not None:
        used.update(range(network[0], network[1]))
        named = " ".join(words[network[0] : network[1]])
        shows = [s for s in shows if s.network is not None and named in network_aliases(s.network)]
    played = {kb.credits[m.refs[0].id].show_id for m in res.mentions if m.refs[0].kind == "character"}
    if played:
        shows = [s for s in shows if s.id in played]
    for at, word in enumerate(words):
        if word in DESCRIPTION_WORDS:
            used.add(at)
            shows = [s for s in shows if _described(s, DESCRIPTION_WORDS[word])]
    if not _OTHER.isdisjoint(words) and len(shows) > 1:
        shows = [s for s in shows if s.id != conv.last_show_id]
    joined = [at for at, w in enumerate(words) if w in _JOINING]
    if joined and len(shows) > 1:
        # "and the show joe locke is joining?": a show someone joins is the one that started last
        used.update(joined)
        shows = [max(shows, key=_first_release)]
    rest = [w for at, w in enumerate(words) if at not in used]
    if len(shows) != 1 or not all(w in _FILLER or w in _SHOW_NOUNS or w in _OTHER for w in rest):
        return None
    return fold(shows[0].title).split()


def _first_release(show: ShowFacts) -> dt.date:
    return min((r.on for r in show.releases if r.on), default=dt.date.min)


def _with_owner(fragment: list[str], conv: Conversation, kb: Knowledge) -> tuple[list[str], int | None]:
    """The fragment without a leading "his"/"her"/"their" and the person it means ("his netflix show")."""
    if fragment[0] not in _POSSESSIVES or not conv.people:
        return fragment, None
    person = person_for(fragment[0], conv, conv.people[0], None, kb)
    return (fragment[1:], person) if person in kb.people else (fragment, None)


def _described(show: ShowFacts, choices: tuple[str, ...]) -> bool:
    """True when the show's title, synopsis or aliases hold one of the description word's meanings."""
    about = f" {fold(' '.join([show.title, show.synopsis or '', *show.aliases]))} "
    return any(f" {w} " in about for w in choices)
