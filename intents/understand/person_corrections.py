"""A person in the last question replaced by a description of someone on the show: "what else has euros lyn
directed" ... "sorry wrong guy, i meant the season 3 director" asks what else Andy Newberry directed; "the guy
who did the first two seasons", "the creator", "the story consultant" likewise. The description is read
against the credits of the show the conversation is about, and only when exactly one person fits it."""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.query import parse_seasons
from intents.resolve import Resolution
from intents.seasons import find_season
from intents.text import fold
from intents.understand.openers import strip_lead

Link = Callable[[list[str]], Resolution]

# The credit role each word of a description says ("the guy who did season 1" directed it).
_ROLE_WORDS = {
    **dict.fromkeys(("director", "directors", "dir", "directed", "did", "helmed", "handled"), "director"),
    **dict.fromkeys(("creator", "created", "made"), "creator"),
    **dict.fromkeys(("writer", "wrote", "author", "novelist"), "novelist"),
    **dict.fromkeys(("consultant", "consulted"), "story_consultant"),
    **dict.fromkeys(("showrunner", "ran"), "showrunner"),
    **dict.fromkeys(("producer", "produced"), "producer"),
}
# Other words a description may hold: "the guy who did ...", "the one that directed ...", "story consultant".
_FILLER = frozenset(
    """the that guy person one woman man dude lady girl actor who which on of for story books novels
    show it""".split()
)
_LONGEST = 9


def person_replaced(tokens: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str] | None:
    """The last question with its person replaced by the one the follow-up describes in the same role, or
    None when the follow-up is no description of one person, or the last question named nobody of that
    role."""
    fragment, _marked = strip_lead(tokens)
    fragment = _role_carried(tokens, fragment)
    last = conv.last_understood
    if last is None or not fragment or fragment[0] not in ("the", "that"):
        return None
    span = next(((s, e) for kind, s, e in last.slots if kind == "person"), None)
    if span is None:
        return None
    found = _described_person(fragment, conv, kb, link, last.person_id)
    replaced = kb.people.get(last.person_id) if last.person_id is not None else None
    if found is None or replaced is None or found[0] == replaced.id:
        return None
    person, role = found
    if all(credit.role != role for credit in replaced.credits):
        return None  # "wrong guy": one director for another; "the creator?" after an actor asks who that is
    return [*last.tokens[: span[0]], *fold(kb.people[person].name).split(), *last.tokens[span[1] :]]


def _role_carried(tokens: list[str], fragment: list[str]) -> list[str]:
    """ "wrong director, the season 3 one": the role said wrong is the one meant ("the season 3 director")
    when the description after it names none."""
    at = next(
        (i for i in range(len(tokens) - 1) if tokens[i] == "wrong" and tokens[i + 1] in _ROLE_WORDS), None
    )
    if at is None or any(w in _ROLE_WORDS for w in fragment):
        return fragment
    role = tokens[at + 1]
    return [role if w == "one" else w for w in fragment] if "one" in fragment else [*fragment, role]


def _described_person(
    fragment: list[str], conv: Conversation, kb: Knowledge, link: Link, replaced: int | None
) -> tuple[int, str] | None:
    """The one person the description fits on the conversation's show, else on the one show of the person
    it replaces, with the role it names; or None."""
    if len(fragment) > _LONGEST or conv.unknown:
        return None
    res = link(fragment)
    if res.people or res.characters or res.unknown_title or res.shows:
        return None  # "and the creator of hs?" asks who that is, in place of no one
    theirs = {c.show_id for c in kb.people[replaced].credits} if replaced in kb.people else set()
    only = theirs.pop() if len(theirs) == 1 else None
    show = kb.shows.get(conv.last_show_id or only or -1)
    roles = {_ROLE_WORDS[w] for w in fragment if w in _ROLE_WORDS}
    if show is None or len(roles) != 1:
        return None
    season = find_season(fragment)
    said = {i for m in res.mentions for i in range(m.start, m.end)}
    if season is not None:
        said.update(range(season.start, season.end))
    if not all(w in _ROLE_WORDS or w in _FILLER for at, w in enumerate(fragment) if at not in said):
        return None
    role = roles.pop()
    number = season.number if season is not None else None
    people = {
        c.person_id
        for c in show.credits
        if c.role == role and (number is None or not c.seasons or number in parse_seasons(c.seasons))
    }
    if len(people) != 1:
        return None
    found = people.pop()
    return (found, role) if found in kb.people else None
