"""Which season of a show someone's credit covers: "which heartstopper season is andy newberry's", "the hidden
director - which hs season is his" (the description walked to its name first), "which season of heartstopper
is andy newberry doing". The seasons the person's credits there name, with the role; None when no credit
names one. (The seasons an actor talked about is in, asked as a follow-up, are
intents.understand.season_asks_of_people's.)"""

from __future__ import annotations

from db.knowledge import CreditFact, PersonFacts, ShowFacts
from intents.answer import Answer
from intents.query import parse_seasons, sources_for
from intents.understand.context import Composing

_SEASON_WORDS = frozenset({"season", "seasons"})
_WHICH = frozenset({"which", "what", "whats"})
# Words asking about a season's date or a part played: other readers' questions.
_OTHER_ASKS = frozenset(
    "when whens premiere premieres premiered out come comes coming release released play plays playing "
    "character part role episodes episode eps how many known else other".split()
)
# How each role's credit is said.
_ROLE_VERBS = {"director": "directed", "writer": "wrote", "creator": "created", "showrunner": "ran"}


async def person_season(c: Composing) -> Answer | None:
    """The seasons of the show the one person named is credited on, when the question asks which season is
    theirs; None otherwise."""
    words = set(c.tokens)
    if _SEASON_WORDS.isdisjoint(words) or not _OTHER_ASKS.isdisjoint(words):
        return None
    if not _asks_which_season(c.tokens):
        return None
    if len(c.res.people) != 1 or c.res.characters or len({s.id for s in c.res.shows}) > 1:
        return None
    person = c.res.people[0]
    credits = [cr for cr in person.credits if parse_seasons(cr.seasons) and cr.show_id in c.kb.shows]
    if c.res.shows:
        credits = [cr for cr in credits if cr.show_id == c.res.shows[0].id]
    if not credits or len({cr.show_id for cr in credits}) > 1:
        return None
    show = c.kb.shows[credits[0].show_id]
    said = "; ".join(_credit_said(person, show, cr) for cr in credits)
    return Answer(
        text=f"{said}.",
        kind="answer",
        intent="directors" if all(cr.role == "director" for cr in credits) else "crew",
        confidence=0.9,
        answers=tuple(str(n) for cr in credits for n in sorted(parse_seasons(cr.seasons))),
        sources=sources_for(c.kb, [cr.article_id for cr in credits]),
        show_id=show.id,
    )


def _asks_which_season(tokens: list[str]) -> bool:
    """ "which season", "what hs season": a season asked for right after the question word (a "does" the
    learner frames put in may stand between: "which does heartstopper season")."""
    for i, word in enumerate(tokens):
        if word not in _WHICH:
            continue
        at = next((j for j in range(i + 1, min(i + 4, len(tokens))) if tokens[j] in _SEASON_WORDS), None)
        if at is not None and not _numbered(tokens, at):
            return True
    return False


def _numbered(tokens: list[str], at: int) -> bool:
    """ "what hs season 3 ...": a season named by its number is no season asked for."""
    return at + 1 < len(tokens) and tokens[at + 1].isdigit()


def _credit_said(person: PersonFacts, show: ShowFacts, credit: CreditFact) -> str:
    """ "Andy Newberry directed Heartstopper season 3 (the only confirmed ...)"."""
    numbers = sorted(parse_seasons(credit.seasons))
    seasons = f"seasons {numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else f"season {numbers[0]}"
    verb = _ROLE_VERBS.get(credit.role, f"is credited ({credit.role.replace('_', ' ')}) on")
    note = f" ({credit.note})" if credit.note else ""
    return f"{person.name} {verb} {show.title} {seasons}{note}"
