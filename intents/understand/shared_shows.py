"""Shows two people share: "in which show is Aubrey Plaza playing together with Joe Locke?", "what is Kathryn
Hahn in with one of the Heartstopper boys?", "is Paul Adelstein in the same show as Joe Locke?". Each
person's credits are one-hop facts; the answer is the shows credited to both (for "one of the X boys": to
the person and to anyone in X's cast, X itself left out)."""

from __future__ import annotations

import itertools

from db.fact_records import PersonFacts, ShowFacts
from db.knowledge import Knowledge
from intents.answer import Answer
from intents.query import join_names, sources_for
from intents.understand.context import Composing

# What says two people are in something together.
_TOGETHER = ("together", "with", "alongside", "opposite", "both", "same show", "same series")
_ASKS_WHICH = frozenset("which what whats".split())
_SHOW_WORDS = frozenset("show shows series in".split())
# Words of a crew credit: two people's shared credit is then asked of that role, not of a show they are in.
_CREW_WORDS = frozenset(
    """direct directs directed director directors write writes wrote writer created create creator
    produced""".split()
)
# "one of the heartstopper boys", "a heartstopper actor": someone of that show's cast.
_CAST_WORDS = frozenset("boys girls guys lads actors actresses actor actress cast stars star people".split())


async def shared_show(c: Composing) -> Answer | None:
    """The shows the two people (or the person and a show's cast) are both in; None for other questions."""
    if not (c.has(*_TOGETHER) or _joined(c)) or c.has("the show", "the shows", "the series"):
        # "what network is the show with X and Y on": a show described, then another fact asked (a chain)
        return None
    asks_which = not _ASKS_WHICH.isdisjoint(c.tokens) and not _SHOW_WORDS.isdisjoint(c.tokens)
    yes_no = c.is_yes_no or (c.has("same show", "same series") and not asks_which)
    if not (asks_which or yes_no):
        return None
    # "not paul adelstein, kit connor": whom the fan takes back is none of the two
    taken_back = {m.refs[0].id for m in c.res.mentions if m.start > 0 and c.tokens[m.start - 1] == "not"}
    people = list({p.id: p for p in c.res.people if p.id not in taken_back}.values())
    cast_of = _cast_show(c)
    if len(people) >= 2 and cast_of is None and not c.res.shows:  # "are they both in X": each checked in X
        # "kathryn hahn and aubrey plaza are in what with joe locke": the shows all of them are in
        first, others = people[0], people[1:]
        whom = join_names([other.name for other in others])
        partners = {
            s: whom for s in _show_ids(first) if all(s in _show_ids(o) for o in others) and s in c.kb.shows
        }
    elif len(people) == 1 and cast_of is not None:
        first = people[0]
        partners = _partners_in_cast(first, cast_of, c.kb)
        whom = f"anyone from {cast_of.title}"
    else:
        return None
    if not partners:
        both = (
            f"both {first.name} and {whom}"
            if len(people) <= 2
            else f"all of {join_names([p.name for p in people])}"
        )
        text = f"{'No: ' if yes_no else ''}I don't have a show with {both}."
        return Answer(
            text=text, kind="answer", intent="cast", confidence=0.8, answers=("No",) if yes_no else ()
        )
    shared = list(partners)
    titles = [c.kb.shows[s].title for s in shared]
    if cast_of is None:
        each = "both" if len(people) == 2 else "all"
        said = f"{join_names([p.name for p in people])} are {each} in {join_names(titles)}."
    else:
        said = " ".join(f"{first.name} is in {c.kb.shows[s].title} with {partners[s]}." for s in shared)
    articles = [cr.article_id for p in people for cr in p.credits if cr.show_id in partners]
    return Answer(
        text=f"Yes. {said}" if yes_no else said,
        kind="answer",
        intent="cast",
        confidence=0.9,
        answers=("Yes", *titles) if yes_no else tuple(titles),
        sources=sources_for(c.kb, articles),
        show_id=shared[0],
    )


def _joined(c: Composing) -> bool:
    """Whether two people are named joined by "and" ("which show were joe locke and kit connor shooting"):
    the show asked is one they are in together."""
    people = [m for m in c.res.mentions if m.refs[0].kind == "person"]
    if c.tokens[:1] not in (["which"], ["what"]) or c.tokens[1:2] not in (["show"], ["shows"], ["series"]):
        return (
            False  # "which of A's and B's shows ...", "have A and B made anything else": not a show of both
        )
    if not _CREW_WORDS.isdisjoint(c.tokens):
        return False  # "which show did euros lyn and andy newberry direct": the crew's credit is asked
    tokens = c.res.tokens or c.tokens  # the mentions' places ("joe" is written "joe locke" there)
    return any(
        a.end + 1 == b.start and tokens[a.end : b.start] == ["and"] for a, b in itertools.pairwise(people)
    )


def _cast_show(c: Composing) -> ShowFacts | None:
    """The show whose cast the question names by a word for its people ("one of the heartstopper boys")."""
    for mention in c.res.mentions:
        after = c.tokens[mention.end : mention.end + 1]
        if mention.refs[0].kind == "show" and after and after[0] in _CAST_WORDS:
            return c.kb.shows.get(mention.refs[0].id)
    return None


def _show_ids(person: PersonFacts) -> list[int]:
    """The shows a person is credited on or has worked on, each once, in the order the facts give them."""
    ids = [cr.show_id for cr in person.credits] + [w.show_id for w in person.work if w.show_id]
    return list(dict.fromkeys(ids))


def _partners_in_cast(person: PersonFacts, show: ShowFacts, kb: Knowledge) -> dict[int, str]:
    """Each other show of the person's that someone of `show`'s cast is in too, with their names."""
    cast = [
        kb.people[cr.person_id] for cr in show.credits if cr.role == "actor" and cr.person_id in kb.people
    ]
    partners: dict[int, str] = {}
    for show_id in _show_ids(person):
        if show_id == show.id or show_id not in kb.shows:
            continue
        names = [p.name for p in cast if p.id != person.id and show_id in _show_ids(p)]
        if names:
            partners[show_id] = join_names(names)
    return partners
