"""A show described by the people in a clause after it: "the director of the show joe locke plays charlie in"
is the director of the one show those people (and characters) share."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.described_shows import CLAUSE_OPENERS, SHOW_NOUNS, clause_end
from intents.understand.person_shows import their_shows

_BEFORE_A_SHOW = frozenset("of for on in from about".split())
# Words before the description that may lean on its person ("the other lead in the show kit connor is in"
# means someone besides him): the person must stay in the question, so the clause is not read as the title.
_LEANS_ON_THE_PERSON = frozenset("other others else besides he she him her his hers they them their".split())


def show_by_cast_clause(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """The tokens with "the show joe locke plays charlie in" (after a preposition: "the director of ...")
    replaced by the one show the clause's people (and characters) share; None when none or several fit."""
    for at in range(1, len(tokens) - 2):
        if tokens[at - 1] not in _BEFORE_A_SHOW or tokens[at] != "the" or tokens[at + 1] not in SHOW_NOUNS:
            continue
        opener = at + 2 + (tokens[at + 2] in CLAUSE_OPENERS)
        after = _with_joined_people(tokens, clause_end(tokens, opener, res), res)
        clause = [m for m in res.mentions if opener <= m.start < after]
        people = [
            kb.people[m.refs[0].id]
            for m in clause
            if m.refs[0].kind == "person" and m.refs[0].id in kb.people
        ]
        if not people or not _LEANS_ON_THE_PERSON.isdisjoint(tokens[:at]):
            continue
        shows = set.intersection(*(set(their_shows(p)) for p in people))
        played = {
            kb.credits[m.refs[0].id].show_id
            for m in clause
            if m.refs[0].kind == "character" and m.refs[0].id in kb.credits
        }
        shows = (shows & played if played else shows) & set(kb.shows)
        if len(shows) != 1:
            return None
        return [*tokens[:at], *fold(kb.shows[shows.pop()].title).split(), *tokens[after:]]
    return None


def _with_joined_people(tokens: list[str], end: int, res: Resolution) -> int:
    """The clause's end past people joined to it by "and" ("the show with joe locke and kit connor"): the
    show is the one they all share."""
    while end + 1 < len(tokens) and tokens[end] == "and":
        joined = next((m for m in res.mentions if m.start == end + 1 and m.refs[0].kind == "person"), None)
        if joined is None:
            break
        end = joined.end
    return end
