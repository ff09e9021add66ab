"""A show named by someone in it: "joe locke's other show", "kit connor's show", "the show with aubrey plaza"
left aside, a possessive person and a show noun. It is read as that show's title when the person's credits
leave exactly one show (the shows the question names itself are the ones "other" leaves out), so "is
heartstopper on the same service as joe locke's other show" compares Heartstopper with Agatha All Along
instead of taking "the same service as" for a title nobody knows."""

from __future__ import annotations

from db.knowledge import Knowledge, PersonFacts
from intents.resolve import Resolution
from intents.text import fold

_SHOW_NOUNS = frozenset("show series project film movie".split())
_FILM_NOUNS = frozenset({"film", "movie"})
_OTHER = frozenset({"other", "another", "second", "new", "next"})
_BESIDES_THE_ONE = frozenset({"other", "another", "second"})  # never the one show someone has


def their_shows(person: PersonFacts) -> list[int]:
    """The shows the person is credited on or known for, in the order their facts give them."""
    shows = [c.show_id for c in person.credits]
    shows += [w.show_id for w in person.work if w.show_id is not None]
    return list(dict.fromkeys(shows))


def show_by_person(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """The tokens with "X's (other) show" replaced by the show's title; None when the question holds no such
    description or the person's facts leave no single show."""
    named = {m.refs[0].id for m in res.mentions if m.refs[0].kind == "show"}
    for mention in res.mentions:
        ref = mention.refs[0]
        if ref.kind != "person" or ref.id not in kb.people:
            continue
        at = mention.end + (mention.end < len(tokens) and tokens[mention.end] == "s")
        other = at < len(tokens) and tokens[at] in _OTHER
        at += other
        # "joe locke's non-heartstopper show" (a fuzzy match may take "non" into the title): the other one.
        set_aside = next(
            (m.end for m in res.mentions if m.start in (at, at + 1) and m.refs[0].kind == "show"), 0
        )
        if set_aside and "non" in tokens[at:set_aside]:
            other, at = True, set_aside
        if at >= len(tokens) or tokens[at] not in _SHOW_NOUNS:
            continue
        if not other and mention.start == 0 and at + 1 == len(tokens) and tokens[at] not in _FILM_NOUNS:
            # "mazin's show", "turturro show" and nothing else: which show is theirs, never its synopsis
            return ["what", "show", "is", *tokens[mention.start : mention.end], "in"]
        shows = [s for s in their_shows(kb.people[ref.id]) if s in kb.shows]
        if tokens[at] in _FILM_NOUNS:  # "kit connor's new film" is never his series
            shows = [s for s in shows if kb.shows[s].kind != "series"]
        left = [s for s in shows if s not in named] if other or named else shows
        besides = other and tokens[at - 1] in _BESIDES_THE_ONE
        if besides and len(shows) == 1 and left == shows:
            # "kit connor's other show" of someone with one show: there is none, never that one show
            return ["what", "else", "is", *tokens[mention.start : mention.end], "in"]
        if len(left) != 1:
            return None
        start = mention.start - (mention.start > 0 and tokens[mention.start - 1] == "the")
        return [*tokens[:start], *fold(kb.shows[left[0]].title).split(), *tokens[at + 1 :]]
    return None
