"""A choice of who worked on what, between named people or named titles: "which one is actually in agatha,
kathryn hahn or olivia colman", "doctor who and torchwood, was that euros lyn or andy newberry", "which of
these did andy newberry direct: torchwood, hidden, or doctor who". The titles are held shows or the work
the people's facts list; the answer says who (or which titles) fit, and only when the facts set the
choices apart (when every choice fits, or none does, the other readers answer)."""

from __future__ import annotations

from itertools import pairwise

from db.knowledge import Knowledge, PersonFacts
from intents.answer import Answer
from intents.names import Mention
from intents.query import join_names
from intents.text import fold
from intents.understand.context import Composing

_PICK_WORDS = frozenset({"which", "these", "those"})
_YES_NO_OPENERS = frozenset("is are was were does do did has have".split())
# Words that ask for an order or a measure: a choice by them is a comparison, not of credits.
_ORDER_WORDS = frozenset(
    "first earlier sooner later newer older higher lower better worse more fewer longer shorter".split()
)


def _titles_of(person: PersonFacts, kb: Knowledge) -> dict[str, tuple[str, bool]]:
    """The person's titles, folded -> (as written, acted in it)."""
    titles = {fold(w.title): (w.title, False) for w in person.work}
    for credit in person.credits:
        if credit.show_id in kb.shows:
            title = kb.shows[credit.show_id].title
            acted = credit.role == "actor" or titles.get(fold(title), ("", False))[1]
            titles[fold(title)] = (title, acted)
    return titles


def _found(tokens: list[str], folded: str) -> int:
    """Where the folded title's words start in the tokens; -1 when they are not there."""
    words = folded.split()
    return next((i for i in range(len(tokens) - len(words) + 1) if tokens[i : i + len(words)] == words), -1)


def _people(c: Composing) -> list[tuple[Mention, PersonFacts]]:
    return [
        (m, c.kb.people[m.refs[0].id])
        for m in c.res.mentions
        if m.refs[0].kind == "person" and m.refs[0].id in c.kb.people
    ]


def _person_choice(c: Composing, named: list[tuple[Mention, PersonFacts]]) -> Answer | None:
    """ "X or Y" between people, about titles the question names: the ones whose facts hold every title."""
    paired = any(c.tokens[a.end : b.start] == ["or"] for (a, _), (b, _) in pairwise(named))
    if not paired:
        return None
    people = list({p.id: p for _, p in named}.values())
    spans = [(m.start, m.end) for m, _ in named]
    held = {fold(s.title): s.title for s in c.res.shows}
    titles: dict[str, str] = {}
    for person in people:
        for key, (title, _) in _titles_of(person, c.kb).items():
            at = _found(c.tokens, key)
            if at >= 0 and not any(s <= at < e for s, e in spans) and (key in held or key not in titles):
                titles[key] = title
    titles |= held
    if not titles:
        return None
    fits = [p for p in people if set(titles) <= set(_titles_of(p, c.kb))]
    if not fits or len(fits) == len(people):
        return None
    acted = any(_titles_of(p, c.kb)[k][1] for p in fits for k in titles)
    said = join_names(list(titles.values()))
    rest = join_names([p.name for p in people if p not in fits])
    yes, no = ("is in", "isn't") if acted else ("worked on", "didn't")
    verb = yes if len(fits) == 1 or not acted else "are in"
    text = f"{join_names([p.name for p in fits])} {verb} {said}; {rest} {no}, as far as my facts go."
    if c.tokens[:1] and c.tokens[0] in _YES_NO_OPENERS and "either" in c.tokens:
        text = f"Yes: {text}"  # "is either adam scott or diego luna in severance": one fits, so yes
    return Answer(
        text=text, kind="answer", intent="other_work", confidence=0.9, answers=tuple(p.name for p in fits)
    )


def _title_choice(c: Composing, named: list[tuple[Mention, PersonFacts]]) -> Answer | None:
    """One person and "which of A, B or C": the titles among the choices the person's facts hold."""
    people = {p.id: p for _, p in named}
    if len(people) != 1 or not _PICK_WORDS & set(c.tokens) or c.res.characters:
        return None
    if not _ORDER_WORDS.isdisjoint(c.tokens):
        return None  # "which comes first, joe locke's marvel debut or hs s3" orders premieres: no credit
    person = next(iter(people.values()))
    last_or = len(c.tokens) - 1 - c.tokens[::-1].index("or")
    after = [m for m in c.res.mentions if m.start == last_or + 1 and m.refs[0].kind != "show"]
    if after:
        return None  # "which one, joe locke or kit connor": a choice of people, not of titles
    mine = _titles_of(person, c.kb)
    unknown = {w for run in (c.res.unknown_title, *c.res.leftovers, *c.res.named_runs) for w in run}
    after_or = c.tokens[last_or + 1 : last_or + 2]
    # Held shows named as choices, however the fan wrote them ("agatha" for Agatha All Along).
    shows_named = {
        fold(c.kb.shows[m.refs[0].id].title): m.start for m in c.res.mentions if m.refs[0].kind == "show"
    }
    choice_held = last_or + 1 in shows_named.values()
    if not after_or or not (
        set(after_or) <= unknown or choice_held or any(k.split()[0] == after_or[0] for k in mine)
    ):
        return None  # "episodes euros lyn directed or bafta noms": the choice after "or" is no title
    at_of = {key: shows_named.get(key, _found(c.tokens, key)) for key in mine}
    found = sorted((at, title) for key, (title, _) in mine.items() if (at := at_of[key]) >= 0)
    if not found or found[-1][0] < last_or - 4:
        return None  # the choices follow the question; a title of theirs before it is no choice
    acted = all(mine[fold(t)][1] for _, t in found)
    text = f"Of those, {person.name} {'is in' if acted else 'worked on'} {join_names([t for _, t in found])}."
    return Answer(
        text=text, kind="answer", intent="other_work", confidence=0.9, answers=tuple(t for _, t in found)
    )


async def credit_pick(c: Composing) -> Answer | None:
    """Who of the people named, or which of the titles named, the facts credit; None for any other
    question."""
    if "or" not in c.tokens:
        return None
    named = _people(c)
    return _person_choice(c, named) or _title_choice(c, named) if named else None
