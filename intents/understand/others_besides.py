"""Who else held a credit besides the person named: "who else directed s3 besides andy newberry", "did anyone
other than X create it". The show's credits of that person's role (in the season asked), without them; when
there is nobody else, that is said first, never the named person passed off as the answer."""

from __future__ import annotations

from db.knowledge import CreditFact, PersonFacts, ShowFacts
from intents.answer import Answer
from intents.query import join_names, parse_seasons, sources_for
from intents.title_words import ASIDE_WORDS
from intents.understand.context import Composing

# The words that ask for each role, as data (folded); a role none of them names is the person's only one.
_ROLE_ASKED: dict[str, tuple[str, ...]] = {
    "director": ("direct", "directs", "directed", "directing", "director", "directors"),
    "creator": ("create", "creates", "created", "creating", "creator", "creators"),
    "writer": ("write", "writes", "wrote", "writing", "writer", "writers"),
    "novelist": ("novels", "books", "author"),
    "story_consultant": ("consultant", "consultants", "consulted", "consulting"),
    "showrunner": ("showrunner", "showrunners"),
    "producer": ("producer", "producers", "produced"),
    "actor": ("cast", "star", "stars", "starring", "actor", "actors", "actress", "plays", "acts", "in"),
}
_LABELS = {"story_consultant": "story consultant", "actor": "cast member", "novelist": "author of the novels"}
# Words that ask who: a who-word, or the co-stars asked for ("castmates" is read as "costars", fanwords)
_CO_STARS = frozenset("costar costars".split())
_ASKING = frozenset("who whos anyone anybody someone somebody else".split()) | _CO_STARS


async def others_besides(c: Composing) -> Answer | None:
    """The others credited with the set-aside people's role, or that nobody else is; None when the question
    does not set people aside."""
    aside = _set_aside_people(c)
    if not aside or _ASKING.isdisjoint(c.tokens):
        return None
    show = c.show if c.show is not None and not c.show_guessed else _only_show(c, aside)
    if show is None:
        return None
    ids = {person.id for person in aside}
    role = _role(c, [cr for cr in show.credits if cr.person_id == aside[0].id])
    if role is None or not all(any(cr.role == role for cr in show.credits if cr.person_id == i) for i in ids):
        return None
    season = c.res.season.number if c.res.season is not None else None
    holders = [cr for cr in show.credits if cr.role == role and _in_season(cr, season)]
    others = list(dict.fromkeys(c.kb.people[cr.person_id].name for cr in holders if cr.person_id not in ids))
    said = [_with_seasons(name, holders, c, season) for name in others]
    label = _LABELS.get(role, role.replace("_", " "))
    where = f"{show.title} season {season}" if season is not None else show.title
    names = join_names([person.name for person in aside])
    if others:
        as_what = f"a {label}" if len(others) == 1 else f"{label}s"
        text = f"Besides {names}, I have {join_names(said)} as {as_what} of {where}."
    else:
        own = next((cr for cr in show.credits if cr.person_id in ids and cr.role == role), None)
        note = f" ({own.note})" if own is not None and own.note and len(aside) == 1 else ""
        lead = "Not that I know of: " if c.is_yes_no else ""
        text = f"{lead}I don't have any other {label} of {where} besides {names}{note}."
    return Answer(
        text=text,
        kind="answer",
        intent="crew" if role != "actor" else "cast",
        confidence=0.9,
        answers=tuple(others),
        sources=sources_for(c.kb, [cr.article_id for cr in holders]),
        show_id=show.id,
    )


_ASIDE_FIRSTS = frozenset(phrase[0] for phrase in ASIDE_WORDS)  # "besides", "apart", "other" ...


def _set_aside_people(c: Composing) -> list[PersonFacts]:
    """The people named after "besides", "apart from", "other than" ..., when every person named is one."""
    if _ASIDE_FIRSTS.isdisjoint(c.tokens):
        return []  # no phrase setting anyone aside (most questions)
    ends = [
        at + len(phrase)
        for at in range(len(c.tokens))
        for phrase in ASIDE_WORDS
        if tuple(c.tokens[at : at + len(phrase)]) == phrase
    ]
    people = [m for m in c.res.mentions if m.refs[0].kind == "person"]
    # "who's in agatha with joe locke besides kathryn hahn": someone the asker is "with" is set aside too
    # as is the one whose co-stars are asked ("joe locke's agatha castmates besides kathryn hahn")
    co_stars = not _CO_STARS.isdisjoint(c.tokens)
    before = [
        m
        for m in people
        if ends and m.start < ends[0] and c.tokens[m.start - 1 : m.start] != ["with"] and not co_stars
    ]
    if not ends or not people or before or all(m.start < ends[0] for m in people):
        return []
    found = [c.kb.people.get(m.refs[0].id) for m in people]
    return list({p.id: p for p in found if p is not None}.values())


def _only_show(c: Composing, people: list[PersonFacts]) -> ShowFacts | None:
    """The one show all the people are credited on, when the question names none."""
    shows = set.intersection(*({cr.show_id for cr in person.credits} for person in people))
    return c.kb.shows.get(shows.pop()) if len(shows) == 1 else None


def _role(c: Composing, mine: list[CreditFact]) -> str | None:
    """The person's role on the show the question asks about: the one its words name, else their only one."""
    roles = list(dict.fromkeys(cr.role for cr in mine))
    named = [role for role in roles if c.has(*_ROLE_ASKED.get(role, ()))]
    if named:
        return named[0]
    return roles[0] if len(roles) == 1 else None


def _with_seasons(name: str, holders: list[CreditFact], c: Composing, season: int | None) -> str:
    """A name with the seasons of their credit, when no season was asked ("Andy Newberry (season 3)")."""
    seasons = [cr.seasons for cr in holders if cr.seasons and c.kb.people[cr.person_id].name == name]
    if season is not None or not seasons:
        return name
    return f"{name} (season{'s' if '-' in seasons[0] or ',' in seasons[0] else ''} {seasons[0]})"


def _in_season(credit: CreditFact, season: int | None) -> bool:
    """Whether a credit covers the season asked (a credit without seasons covers every one)."""
    return season is None or not credit.seasons or season in parse_seasons(credit.seasons)
