"""Descriptions resolved by walking relations over the knowledge snapshot: the phrase that stands for a
person or a show ("kit connor's co-star who plays charlie", "the guy who directed episodes of shetland", "the
show that won outstanding drama series") and the entity it denotes, with the fact that found it.

Each walker reads one relation path: a person's co-lead (person -> credit -> show -> other lead), a person
by their other work (work title -> person), a show by an award it won (award category -> show). The reader
in `description_walk.py` puts the name found in the description's place and asks the question again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from db.knowledge import AwardFact, Knowledge, PersonFacts, ShowFacts
from intents.answer import Answer
from intents.query import sources_for
from intents.text import fold
from intents.understand.context import Composing


class Denotes(Enum):
    """What a description stands for."""

    PERSON = "person"
    SHOW = "show"


@dataclass(frozen=True)
class Walked:
    """A description found in the question's words, the name it denotes and the fact that says so."""

    start: int  # character offsets of the description in the joined tokens
    end: int
    name: str
    denotes: Denotes
    bridge: Answer


_LEADS = (1, 2)  # the billing of a show's two leads
# "kit connor's co-star who plays charlie" ("co-star" folds to "co star"; the possessive is dropped).
_CO_STAR = re.compile(
    r"\b(?:s )?(?:co star|costar)s?(?: (?:who|that) (?:plays|played|is) (?P<char>[a-z]+))?\b"
)
# "the guy who directed episodes of shetland", "the man that did doctor who and torchwood".
_BY_WORK = re.compile(
    r"\b(?:the|that) (?:guy|man|woman|lady|person|bloke|dude|one|director|actor|actress|writer|someone)"
    r" (?:who|that|wh)(?: s)? (?:directed|did|made|wrote|worked on|was in|starred in|directs|directing|"
    r"has directed|has done|has worked on|had directed)(?: (?:some |a few |an |the |a couple of )?"
    r"(?:episodes?|eps) of| stuff like| shows like)? (?P<titles>.+)$"
)
# "the show that won outstanding drama series (at the emmys)", "the series which took home the bafta".
_BY_AWARD = re.compile(
    r"\bthe (?:show|series|one|drama|programme|program) (?:that |which )?(?:won|took home|bagged|picked up)"
    r" (?:the |an |a )?(?P<what>[a-z ]+?)(?: (?:award|prize))?(?: at the (?P<body>[a-z]+))?"
    r"(?= ,|,| who| what| when| where| which| how| is| was| did| does| has|$)"
)


def _co_star(c: Composing, text: str) -> Walked | None:
    """A person's co-lead, or the co-star of theirs who plays the character named after "who plays"."""
    match = _CO_STAR.search(text)
    if match is None or (match.group().endswith("s") and "are" in c.tokens):
        return None  # "who are kit connor's costars" asks for them all
    before = text[: match.start()].rstrip()
    person = next(
        (
            c.kb.people[m.refs[0].id]
            for m in c.res.mentions
            if m.refs[0].kind == "person"
            and m.refs[0].id in c.kb.people
            and before.endswith(" ".join(c.tokens[m.start : m.end]))
        ),
        None,
    )
    if person is None:
        return None
    char = match.group("char")
    pairs = [
        (theirs, other)
        for theirs in person.credits
        if theirs.role == "actor"
        for other in c.kb.shows[theirs.show_id].credits
        if other.role == "actor" and other.person_id != person.id
        and (
            fold(other.character or "").split()[:1] == [char]
            if char
            else show_leads(c.kb.shows[theirs.show_id]) >= {theirs.id, other.id}
        )
    ]  # fmt: skip
    if len(pairs) != 1 or (found := c.kb.people.get(pairs[0][1].person_id)) is None:
        return None
    theirs, other = pairs[0]
    show = c.kb.shows[theirs.show_id]
    plays = f", who plays {other.character}" if other.character else ""
    text_said = f"{person.name}'s co-star in {show.title} is {found.name}{plays}."
    bridge = Answer(
        text=text_said,
        kind="answer",
        answers=(found.name,),
        sources=sources_for(c.kb, [theirs.article_id, other.article_id]),
        show_id=show.id,
    )
    start = _name_start(c, before)
    return Walked(start, match.end(), found.name, Denotes.PERSON, bridge)


def show_leads(show: ShowFacts) -> set[int]:
    """The credit ids of a show's two leads: the two billed first, or, when no actor is billed (an article
    that lists its cast without billing), the first two actors it names."""
    actors = [cr for cr in show.credits if cr.role == "actor"]
    billed = [cr for cr in actors if cr.billing in _LEADS]
    return {cr.id for cr in (billed if billed else sorted(actors, key=lambda cr: cr.id)[:2])}


def _name_start(c: Composing, before: str) -> int:
    """Where the person name that ends `before` starts."""
    for m in c.res.mentions:
        said = " ".join(c.tokens[m.start : m.end])
        if before.endswith(said):
            return len(before) - len(said)
    return len(before)


def _work_titles(kb: Knowledge) -> list[tuple[str, PersonFacts]]:
    """Every folded other-work title with the person whose work it is."""
    # Only work Marquee holds no show for: a known show's people are found by its credits instead.
    return [
        (fold(w.title), p)
        for p in kb.people.values()
        for w in p.work
        if w.show_id is None and len(fold(w.title)) >= 4
    ]


def _by_work(c: Composing, text: str) -> Walked | None:
    """The one person whose other work holds every title named after "the guy who directed ..."."""
    match = _BY_WORK.search(text)
    if match is None:
        return None
    rest = match.group("titles")
    named: list[tuple[int, int, str, PersonFacts]] = []
    for title, person in _work_titles(c.kb):
        found = re.search(rf"(?:^| ){re.escape(title)}(?= |$)", rest)
        if found is not None:
            named.append((found.start(), found.end(), title, person))
    if not named:
        return None
    people = {p.id: p for *_, p in named}
    titles = {t for _, _, t, _ in named}
    fits = [p for p in people.values() if titles <= {fold(w.title) for w in p.work}]
    if len(fits) != 1:
        return None
    person = fits[0]
    # The description ends after the last title named, joined by "and", "&" or commas.
    end_in_rest = max(e for _, e, _, _ in named)
    works = [w for w in person.work if fold(w.title) in titles]
    said = " and ".join(w.title for w in works)
    how = works[0].role or "worked on"
    how = f"{how} of" if how.endswith(("episodes", "episode")) else how  # "directed episodes of shetland"
    bridge = Answer(
        text=f"{person.name} {how} {said}.",
        kind="answer",
        answers=(person.name,),
        sources=sources_for(c.kb, [w.article_id for w in works]),
    )
    return Walked(match.start(), match.start("titles") + end_in_rest, person.name, Denotes.PERSON, bridge)


def _by_award(c: Composing, text: str) -> Walked | None:
    """The one show that won an award whose category (and body, when named) the description says."""
    match = _BY_AWARD.search(text)
    if match is None:
        return None
    what = set(match.group("what").split()) - _NOT_CATEGORY_WORDS
    body = match.group("body") or next((b for b in ("emmy", "bafta") if b in match.group("what")), None)
    fits: list[tuple[ShowFacts, list[AwardFact]]] = []
    for show in c.kb.shows.values():
        won = [
            a
            for a in show.awards
            if a.outcome == "won" and (not body or fold(a.body).startswith(body.rstrip("s")))
        ]
        # "the emmy for main title design and music": the categories it won say every word between them.
        covered = {w for a in won for w in fold(a.category or "").split()}
        if won and (not what or what <= covered):
            fits.append((show, [a for a in won if not what or what & set(fold(a.category or "").split())]))
    if len(fits) != 1:
        return None
    show, awards = fits[0]
    said = " and ".join(a.category or a.body for a in awards)
    bridge = Answer(
        text=f"{show.title} won {awards[0].body}: {said}.",
        kind="answer",
        answers=(show.title,),
        sources=sources_for(c.kb, [a.article_id for a in awards]),
        show_id=show.id,
    )
    return Walked(match.start(), match.end(), show.title, Denotes.SHOW, bridge)


_NOT_CATEGORY_WORDS = frozenset("best the an a for and emmy emmys bafta baftas award awards".split())


# Each walker with the words it needs (its cue), so a question with none of them costs nothing.
WALKERS: tuple[tuple[tuple[str, ...], Callable[[Composing, str], Walked | None]], ...] = (
    (("co star", "costar"), _co_star),
    ((" who ", " that "), _by_work),
    (("won", "took home", "bagged", "picked up"), _by_award),
)


def walk_description(c: Composing, text: str) -> Walked | None:
    """The first description in the joined words that a walker resolves to one entity."""
    for cues, walker in WALKERS:
        if any(cue in f" {text} " for cue in cues) and (walked := walker(c, text)) is not None:
            return walked
    return None
