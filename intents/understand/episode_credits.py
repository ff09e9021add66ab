"""Which episodes someone directed or wrote ("which episode of hs3 did andy newberry direct", "what episode of
the last of us is kate herron directing"): the facts keep a credit by season (and a count at most), so the
answer says which episodes is not known, then what the credit does say; never the season credit passed off as
the episode asked. A credit on every episode of its seasons ("euros lyn directed all 16") is left to the
one-hop readers, which say so."""

from __future__ import annotations

from db.knowledge import CreditFact, ShowFacts
from intents.answer import Answer
from intents.query import sources_for
from intents.understand.context import Composing

_EPISODE_WORDS = frozenset({"episode", "episodes", "ep", "eps"})
_SEASON_WORDS = frozenset({"season", "seasons", "series"})
_ROLE_OF_VERB = {
    "direct": "director", "directed": "director", "directing": "director", "directs": "director",
    "helm": "director", "helmed": "director", "helming": "director",
    "write": "writer", "wrote": "writer", "writing": "writer", "written": "writer", "writes": "writer",
}  # fmt: skip
_DONE = {"director": "directed", "writer": "wrote"}


def _covers_every_episode(credit: CreditFact, show: ShowFacts) -> bool:
    """Whether the credit's episode count is every episode of the seasons it names."""
    first, _, last = (credit.seasons or "").partition("-")
    if credit.episodes is None or not first.isdigit():
        return False
    numbers = range(int(first), int(last if last.isdigit() else first) + 1)
    held = sum(s.episodes or 0 for s in show.seasons if s.number in numbers)
    return held == credit.episodes


def _said(credit: CreditFact, show: ShowFacts) -> str:
    """What the credit says: "directed Heartstopper season 3", "directed 6 episodes of Severance season 1"."""
    said = (credit.seasons or "").replace("-", "–")
    seasons = f" season{'s' if '–' in said else ''} {said}" if said else ""
    count = f"{credit.episodes} episode{'s' if credit.episodes != 1 else ''} of " if credit.episodes else ""
    return f"{_DONE[credit.role]} {count}{show.title}{seasons}"


async def episode_credit(c: Composing) -> Answer | None:
    """'I don't know which episodes X directed: my facts only say X directed S season N', or, for "how many
    episodes of S did X direct", the count X's credit on S gives; None when the question asks neither (or,
    for which episodes, the credit is on every episode)."""
    which = c.tokens[:1] in (["which"], ["what"]) and not _EPISODE_WORDS.isdisjoint(c.tokens[1:3])
    count = c.tokens[:2] == ["how", "many"] and c.tokens[2:3] != [] and c.tokens[2] in _EPISODE_WORDS
    if not (which or count) or len(c.res.people) != 1:
        return None
    role = next((_ROLE_OF_VERB[w] for w in c.tokens if w in _ROLE_OF_VERB), None)
    seasons_named = c.res.season is not None or not _SEASON_WORDS.isdisjoint(c.tokens)
    if role is None or (count and not c.res.shows and not seasons_named):
        # "how many episodes did X direct" names no show: the one-hop readers count them all; "... across
        # both seasons" names seasons, and the show's own episode count is no answer to it.
        return None
    person = c.res.people[0]
    named = {show.id for show in c.res.shows}
    credits = [
        cr
        for cr in person.credits
        if cr.role == role and cr.show_id in c.kb.shows and (not named or cr.show_id in named)
    ]
    if not credits or (which and any(_covers_every_episode(cr, c.kb.shows[cr.show_id]) for cr in credits)):
        return None
    known = "; ".join(f"{person.name} {_said(cr, c.kb.shows[cr.show_id])}" for cr in credits)
    verb = _DONE[role]
    if count and all(cr.episodes for cr in credits):
        text = f"{known[0].upper()}{known[1:]}."
    else:
        asked = "which" if which else "how many"
        text = f"I don't know {asked} episodes {person.name} {verb}: my facts only say {known}."
    return Answer(
        text=text,
        kind="answer",
        intent="missing",
        confidence=0.9,
        # The count as a value too: "is that over twenty" is set against it.
        answers=tuple(str(cr.episodes) for cr in credits if count and cr.episodes),
        sources=sources_for(c.kb, [cr.article_id for cr in credits]),
        show_id=credits[0].show_id,
    )
