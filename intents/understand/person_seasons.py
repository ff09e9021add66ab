"""A season named by someone credited on it: "andy newberry's heartstopper season", "the euros lyn season",
"the season newberry directed". It is read as the show's season by number ("heartstopper season 3"), so a
comparison, a date or a streaming question about it is about that season, not the show's first one nor the
person."""

from __future__ import annotations

from db.knowledge import Knowledge, PersonFacts, ShowFacts
from intents.query import parse_seasons
from intents.resolve import Resolution
from intents.text import fold

_SEASON_WORDS = frozenset({"season", "series"})
# "the season (that) X directed": the words that may join the season to its person, and the verbs of a credit.
_JOINS = frozenset({"that", "which", "who", "where"})
_CREDIT_VERBS = frozenset(
    "directed did directs made helmed wrote led shot directing was is worked works on".split()
)


def season_by_person(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """The tokens with a season described by someone credited on it replaced by the show's season by number;
    None when the question names no such season (a numbered season, or a person on no one season)."""
    if res.season is not None:
        return None
    for at, word in enumerate(tokens):
        if word not in _SEASON_WORDS:
            continue
        step = 0
        span = _person_before(tokens, res, kb, at) or _person_after(tokens, res, kb, at)
        if span is None and (neighbour := _person_beside(tokens, res, kb, at)) is not None:
            span, step = neighbour[:3], neighbour[3]  # "the season after the ones euros lyn did"
        if span is None:
            continue
        start, end, person = span
        named = _seasons_of(person, _shows_named(res, start, end), kb)
        if named is None:
            return None
        show, numbers = named
        number = max(numbers) + 1 if step > 0 else min(numbers) - 1 if step < 0 else min(numbers)
        if number < 1:
            return None
        return [*tokens[:start], *fold(show.title).split(), "season", str(number), *tokens[end:]]
    return None


# "the season after/before the ones X did": the season next to those someone is credited on.
_SIDES = {"after": 1, "following": 1, "before": -1}
_POINTED = (["the", "ones"], ["the", "seasons"], ["the", "season"], ["the", "series"], ["those"], ["ones"])


def _person_beside(
    tokens: list[str], res: Resolution, kb: Knowledge, at: int
) -> tuple[int, int, PersonFacts, int] | None:
    """ "the season after the ones euros lyn did", "the series before newberry's": the person, and +1 for
    the season after theirs or -1 for the one before."""
    step = _SIDES.get(tokens[at + 1]) if at + 1 < len(tokens) else None
    if step is None:
        return None
    begin = at + 2
    pointed = next((p for p in _POINTED if tokens[begin : begin + len(p)] == p), [])
    begin += len(pointed)
    begin += begin < len(tokens) and tokens[begin] in _JOINS
    for mention in res.mentions:
        ref = mention.refs[0]
        if ref.kind != "person" or mention.start != begin or ref.id not in kb.people:
            continue
        end = mention.end  # the verb of the credit or the seasons word after the name go with it
        while end < len(tokens) and (
            tokens[end] in _CREDIT_VERBS or tokens[end] in _SEASON_WORDS | {"seasons"}
        ):
            end += 1
        start = at - 1 if at > 0 and tokens[at - 1] == "the" else at
        return start, end, kb.people[ref.id], step
    return None


def _person_before(
    tokens: list[str], res: Resolution, kb: Knowledge, at: int
) -> tuple[int, int, PersonFacts] | None:
    """ "[the] X ['s] [show] season": a person's mention ending just before the season word, or before a show
    mention that does."""
    ends = {at}
    ends.update(m.start for m in res.mentions if m.end == at and m.refs[0].kind == "show")
    for mention in res.mentions:
        ref = mention.refs[0]
        if ref.kind == "person" and mention.end in ends and ref.id in kb.people:
            start = mention.start - (mention.start > 0 and tokens[mention.start - 1] == "the")
            return start, at + 1, kb.people[ref.id]
    return None


def _person_after(
    tokens: list[str], res: Resolution, kb: Knowledge, at: int
) -> tuple[int, int, PersonFacts] | None:
    """ "the season [that] X directed": a person's mention after the season word, then a verb of credit."""
    begin = at + 1 + (at + 1 < len(tokens) and tokens[at + 1] in _JOINS)
    for mention in res.mentions:
        ref = mention.refs[0]
        if ref.kind != "person" or mention.start != begin or ref.id not in kb.people:
            continue
        end = mention.end
        if end >= len(tokens) or tokens[end] not in _CREDIT_VERBS:
            return None
        while end < len(tokens) and tokens[end] in _CREDIT_VERBS:
            end += 1
        start = at - 1 if at > 0 and tokens[at - 1] == "the" else at
        return start, end, kb.people[ref.id]
    return None


def _shows_named(res: Resolution, start: int, end: int) -> set[int]:
    return {m.refs[0].id for m in res.mentions if m.refs[0].kind == "show" and start <= m.start < end}


def _seasons_of(person: PersonFacts, shows: set[int], kb: Knowledge) -> tuple[ShowFacts, set[int]] | None:
    """The show and seasons the person is credited on, when their credits name seasons of one show."""
    seasons: dict[int, set[int]] = {}
    for credit in person.credits:
        numbers = parse_seasons(credit.seasons)
        if numbers and (not shows or credit.show_id in shows):
            seasons.setdefault(credit.show_id, set()).update(numbers)
    if len(seasons) != 1:
        return None
    show_id, numbers = next(iter(seasons.items()))
    show = kb.shows.get(show_id)
    return (show, numbers) if show is not None else None
