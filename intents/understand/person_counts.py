"""Two people compared by the episodes they have on one show ("who directed more episodes, lyn or newberry",
"did newberry direct more eps than lyn"): each person's credits there, summed when every credit gives its
count. A count missing is said first, never guessed from the other."""

from __future__ import annotations

from db.knowledge import PersonFacts, ShowFacts
from intents.answer import Answer
from intents.query import parse_seasons, sources_for
from intents.understand.context import Composing

_EPISODE_WORDS = ("episodes", "episode", "eps", "ep")
_MORE_WORDS = ("more", "most")
_FEWER_WORDS = ("fewer", "less", "fewest", "least")
_DIRECTING_WORDS = ("directed", "direct", "directing", "director", "directors", "helmed")


def _shared_show(c: Composing, people: list[PersonFacts]) -> ShowFacts | None:
    """The show named, or the one show both people have credits on."""
    if len({s.id for s in c.res.shows}) == 1:
        return c.res.shows[0]
    shared = {cr.show_id for cr in people[0].credits} & {cr.show_id for cr in people[1].credits}
    return c.kb.shows.get(shared.pop()) if len(shared) == 1 else None


def _episodes(c: Composing, person: PersonFacts, show: ShowFacts) -> tuple[int | None, str, list[int]]:
    """The person's episode count on the show (None when a credit lacks one), the seasons said, articles."""
    directing = c.has(*_DIRECTING_WORDS)
    credits = [
        cr for cr in person.credits if cr.show_id == show.id and (cr.role == "director" or not directing)
    ]
    counts = [cr.episodes for cr in credits]
    total = sum(n for n in counts if n is not None) if credits and None not in counts else None
    seasons = ", ".join(cr.seasons for cr in credits if cr.seasons)
    said = (
        f"{show.title} season{'s' if '-' in seasons or ',' in seasons else ''} {seasons}"
        if seasons
        else show.title
    )
    return total, said.replace("-", "–"), [cr.article_id for cr in credits]


def people_episode_counts(c: Composing) -> Answer | None:
    """Which of two people named has more (or fewer) episodes on a show, or whether the first named has; None
    when the question is no such comparison."""
    people = c.res.people
    more, fewer = c.has(*_MORE_WORDS), c.has(*_FEWER_WORDS)
    if len(people) != 2 or more == fewer:
        return None
    show = _shared_show(c, people)
    own = [show, show] if show is not None else _own_shows(c, people)
    if show is None and (own is None or not c.has(*_EPISODE_WORDS)):
        return None
    if show is not None and not c.has(*_EPISODE_WORDS):
        return _seasons_directed(c, people, show, fewer) if c.has(*_DIRECTING_WORDS) else None
    assert own is not None
    (na, said_a, ids_a), (nb, said_b, ids_b) = (_episodes(c, p, s) for p, s in zip(people, own, strict=True))
    a, b = people
    known = [f"{p.name}: {n} episodes of {said}" for p, n, said in ((a, na, said_a), (b, nb, said_b)) if n]
    if na is None or nb is None:
        lacking = " or ".join(
            f"{p.name} ({said})" for p, n, said in ((a, na, said_a), (b, nb, said_b)) if n is None
        )
        asked = "fewer" if fewer else "more"
        text = f"I don't have an episode count for {lacking}, so I can't say who has {asked}."
        text += f" {'; '.join(known)}." if known else ""
    else:
        top, low = (a, b) if na > nb else (b, a)
        pick = low if fewer else top
        both = "; ".join(known)
        if na == nb:
            text = f"The same number: {both}."
        elif c.is_yes_no:
            text = f"{'Yes' if (pick is a) else 'No'}. {both}."
        else:
            text = f"{pick.name} has {'fewer' if fewer else 'more'}: {both}."
    return Answer(
        text=text,
        kind="answer",
        intent="directors",
        confidence=0.9,
        answers=tuple(str(n) for n in (na, nb) if n is not None),
        sources=sources_for(c.kb, [*ids_a, *ids_b]),
        show_id=own[0].id,
    )


def _own_shows(c: Composing, people: list[PersonFacts]) -> list[ShowFacts] | None:
    """Each person's own show among those named ("euros lyn on heartstopper or ben stiller on severance"):
    the one named show each has credits on; None unless each has exactly one."""
    named = {s.id: s for s in c.res.shows}
    own = [[named[i] for i in dict.fromkeys(cr.show_id for cr in p.credits) if i in named] for p in people]
    return [shows[0] for shows in own] if all(len(shows) == 1 for shows in own) else None


def _seasons_directed(c: Composing, people: list[PersonFacts], show: ShowFacts, fewer: bool) -> Answer | None:
    """'who directed more heartstopper, lyn or newberry': the seasons each is credited with directing."""
    seasons = [
        {
            n
            for cr in p.credits
            if cr.show_id == show.id and cr.role == "director"
            for n in parse_seasons(cr.seasons)
        }
        for p in people
    ]
    if not all(seasons) or len(seasons[0]) == len(seasons[1]):
        return None  # no season credit to count, or as many: the episodes decide, or nothing does
    (a, sa), (b, sb) = zip(people, seasons, strict=True)
    top, low = (a, b) if len(sa) > len(sb) else (b, a)
    pick = low if fewer else top

    def said(person: PersonFacts, numbers: set[int]) -> str:
        ordered = sorted(numbers)
        seasons = f"seasons {ordered[0]}–{ordered[-1]}" if len(ordered) > 1 else f"season {ordered[0]}"
        counts = [cr.episodes for cr in person.credits if cr.show_id == show.id and cr.role == "director"]
        known = sum(n for n in counts if n is not None) if None not in counts else 0
        return f"{seasons} ({known} episodes)" if known else seasons

    both = f"{a.name} directed {show.title} {said(a, sa)}; {b.name} directed {said(b, sb)}"
    if c.is_yes_no:
        text = f"{'Yes' if pick is a else 'No'}, counted in seasons: {both}."
    else:
        text = f"{pick.name} directed {'fewer' if fewer else 'more'} seasons: {both}."
    ids = [
        cr.article_id for p in people for cr in p.credits if cr.show_id == show.id and cr.role == "director"
    ]
    return Answer(
        text=text,
        kind="answer",
        intent="directors",
        confidence=0.9,
        answers=(pick.name,),
        sources=sources_for(c.kb, ids),
        show_id=show.id,
    )


# Words that count a person's other work ("who has more other shows", "more credits to his name").
_WORK_WORDS = ("other", "shows", "series", "work", "credits", "projects", "titles", "stuff", "things")


def _titles(person: PersonFacts, shared: set[int]) -> list[str]:
    """The person's work on record, each title once, without the show the two people share."""
    titles = [w.title for w in person.work if w.show_id not in shared]
    return list(dict.fromkeys(titles))


def people_work_counts(c: Composing) -> Answer | None:
    """Which of two people named has more (or less) other work on record ("who has more other shows to
    their name, lyn or newberry"); None when the question counts no such thing."""
    people = c.res.people
    more, fewer = c.has(*_MORE_WORDS), c.has(*_FEWER_WORDS)
    if len(people) != 2 or more == fewer or c.has(*_EPISODE_WORDS) or not c.has(*_WORK_WORDS):
        return None
    if c.res.shows:
        return None  # "who has more directing credits on heartstopper": their credits on that show
    a, b = people
    shared = {cr.show_id for cr in a.credits} & {cr.show_id for cr in b.credits}
    ta, tb = _titles(a, shared), _titles(b, shared)
    if not ta and not tb:
        return None
    both = "; ".join(
        f"{p.name}: {len(t)} ({', '.join(t)})" if t else f"{p.name}: none" for p, t in ((a, ta), (b, tb))
    )
    if len(ta) == len(tb):
        text = f"The same number of other titles on record: {both}."
    else:
        top, low = (a, b) if len(ta) > len(tb) else (b, a)
        pick = low if fewer else top
        gap = abs(len(ta) - len(tb))
        if c.is_yes_no:
            lead = f"{'Yes' if pick is a else 'No'}."
        elif c.has("how many more", "how many fewer", "how many less", "difference", "by how many"):
            lead = f"{top.name} has {gap} more."
        else:
            lead = f"{pick.name} has {'less' if fewer else 'more'}."
        text = f"{lead} Other titles on record: {both}."
    ids = [w.article_id for p in people for w in p.work]
    return Answer(
        text=text,
        kind="answer",
        intent="other_work",
        confidence=0.9,
        answers=(str(len(ta)), str(len(tb))),
        sources=sources_for(c.kb, ids),
    )
