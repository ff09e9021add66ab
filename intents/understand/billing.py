"""Billing order: "who's billed second in agatha all along", "the actress billed 4th in heartstopper, is she
in agatha all along too", "who got top billing, joe locke or kit connor", "is kit connor billed above joe
locke". A show's billing is the order of the cast list its article gives, kept as each actor credit's
`billing` (1 first); an article that lists its cast without that order leaves every credit unbilled, and then
the answer says the facts hold no billing order rather than guess one from the order facts were stored."""

from __future__ import annotations

import re

from db.knowledge import CreditFact, ShowFacts
from intents.answer import Answer
from intents.linking import Mention
from intents.query import sources_for
from intents.understand.context import Composing, lead_with, verdict
from intents.understand.person_shows import their_shows

_UNBILLED = 100  # the billing a credit gets when its article gives no cast order
_PLACES = {"first": 1, "1st": 1, "top": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
           "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "eighth": 8}  # fmt: skip
_BILLED = frozenset({"billed", "billing"})
# Words that ask only who the described person is: "what's her name", "who is she".
_NAME_ASKED = frozenset("what whats is s her his their name names who whos she he they called".split())
# "is A billed above B": A is billed higher; "is A billed below B": lower.
_HIGHER = frozenset("above higher before ahead over first top".split())
_LOWER = frozenset("below lower after behind under beneath".split())
_PEOPLE_NOUNS = r"(?:actor|actress|person|guy|girl|woman|man|star|cast member|one)"
_ORDINAL = "|".join([*sorted(_PLACES, key=len, reverse=True), r"\d{1,2}(?:st|nd|rd|th)"])
# "the actress billed 4th (in X)", "the first billed actor (in X)", "the top billed star", "whoever is billed
# second": one place in the cast list, said as a description of the person there.
_DESCRIBED = re.compile(
    rf"\b(?:the |whoever is |whoevers )(?:(?P<p1>{_ORDINAL}) billed {_PEOPLE_NOUNS}"
    rf"|{_PEOPLE_NOUNS} (?:who s |who is |thats |that is )?billed (?P<p2>{_ORDINAL})"
    rf"|(?P<p3>{_ORDINAL}) billed)(?: (?:in|on|of) (?P<show><show>))?"
)
# "who is billed second (in X)", "who got top billing (in X)", "who s 4th billed": the person asked for alone.
_WHO_AT = re.compile(
    rf"^(?:who|whos)(?: is| s| was| got| gets| has| had)?(?: the)? (?:billed (?P<p1>{_ORDINAL})"
    rf"|(?P<p2>{_ORDINAL}) (?:billed|billing)(?: {_PEOPLE_NOUNS})?)(?: (?:in|on|of) (?P<show><show>))?$"
)


def _billed(show: ShowFacts) -> list[CreditFact]:
    """The show's actor credits in billing order, only those the facts give a place; one per person."""
    seen: set[int] = set()
    out = []
    for cr in sorted(show.credits, key=lambda cr: (cr.billing, cr.id)):
        if cr.role == "actor" and 0 < cr.billing < _UNBILLED and cr.person_id not in seen:
            seen.add(cr.person_id)
            out.append(cr)
    return out


def _show(c: Composing, people: list[Mention]) -> ShowFacts | None:
    """The show the billing is asked of: the one named, else the one the people named share, else the
    conversation's."""
    if c.res.shows:
        return c.res.shows[0]
    if people:
        shared = set.intersection(*(set(their_shows(c.kb.people[m.refs[0].id])) for m in people))
        acted = [
            s for s in shared if s in c.kb.shows and any(cr.role == "actor" for cr in c.kb.shows[s].credits)
        ]
        if acted:
            return c.kb.shows[acted[0]]
    return c.show


def _no_order(show: ShowFacts) -> Answer:
    """What to say when the facts keep no billing order for the show: that they don't, never a guess."""
    text = f"I don't have the billing order of the cast of {show.title} in my facts."
    return Answer(text=text, kind="answer", intent="billing", confidence=0.9, show_id=show.id)


def _place(word: str) -> int:
    """The place an ordinal says: "second" 2, "top" 1, "9th" 9."""
    return _PLACES.get(word) or int(word.rstrip("stndrh"))


def _place_text(place: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(place, f"{place}th")


async def billing(c: Composing) -> Answer | None:
    """The answer to a question about a show's billing order, or None when it asks none."""
    if _BILLED.isdisjoint(c.tokens):
        return None
    people = [m for m in c.res.mentions if m.refs[0].kind == "person" and m.refs[0].id in c.kb.people]
    show = _show(c, people)
    if show is None:
        return None
    billed = _billed(show)
    marked = _marked(c)
    if len(people) >= 2:
        return _pair(c, show, billed, people[:2])
    found = _WHO_AT.search(marked) or _DESCRIBED.search(marked)
    if found is None:
        return None
    place = _place(next(g for g in (found["p1"], found["p2"], found.groupdict().get("p3")) if g))
    if not billed:
        return _no_order(show)
    at = next((cr for i, cr in enumerate(billed, 1) if i == place), None)
    if at is None:
        text = f"I don't have a {_place_text(place)}-billed actor in the cast of {show.title} in my facts."
        return Answer(text=text, kind="answer", intent="billing", confidence=0.9, show_id=show.id)
    name = c.kb.people[at.person_id].name
    bridge = Answer(
        text=f"{name} is billed {_place_text(place)} in the cast of {show.title}.",
        kind="answer",
        intent="billing",
        confidence=0.9,
        answers=(name,),
        sources=sources_for(c.kb, [at.article_id]),
        show_id=show.id,
    )
    if found.re is _WHO_AT:
        return bridge
    before, after = marked[: found.start()].strip(), marked[found.end() :].strip()
    if not (before or after) or before in ("who is", "whos", "who s") or set(after.split()) <= _NAME_ASKED:
        return bridge  # "the actress billed 4th in X, what's her name": who it is is all that is asked
    if found["show"] is not None and after.split()[-1:] in (["play"], ["plays"], ["played"]):
        after = f"{after} in {show.title.lower()}"  # "what character does the first billed actor in X play"
    outer = await c.ask_composed(f"{before} {name.lower()} {after}".strip())
    if outer.kind != "answer":
        return None
    if outer.answers[:1] in (("Yes",), ("No",)):
        return Answer(
            text=f"{outer.text} ({bridge.text})",
            kind="answer",
            intent=outer.intent,
            confidence=outer.confidence,
            answers=outer.answers,
            sources=(*outer.sources, *bridge.sources),
            show_id=outer.show_id,
        )
    return lead_with(bridge.text, outer, extra_sources=bridge.sources)


def _marked(c: Composing) -> str:
    """The question's words with the named show as <show> (its season kept), people as they are."""
    words = list(c.tokens)
    shows = [m for m in c.res.mentions if m.refs[0].kind == "show"]
    for m in reversed(shows[:1]):
        words[m.start : m.end] = ["<show>"]
    return " ".join(words)


def _pair(c: Composing, show: ShowFacts, billed: list[CreditFact], people: list[Mention]) -> Answer | None:
    """Which of two people is billed higher: a yes/no when the question asks it of one ("is A billed above
    B"), else the one billed higher."""
    if not billed:
        return _no_order(show)
    places = {cr.person_id: i for i, cr in enumerate(billed, 1)}
    first, second = (m.refs[0] for m in people)
    if first.id not in places or second.id not in places:
        missing = first if first.id not in places else second
        text = f"I don't have {missing.name} in the billed cast of {show.title}."
        return Answer(text=text, kind="answer", intent="billing", confidence=0.9, show_id=show.id)
    higher, lower = (first, second) if places[first.id] < places[second.id] else (second, first)
    lead = (
        f"{higher.name} is billed above {lower.name} in the cast of {show.title} "
        f"({_place_text(places[higher.id])} and {_place_text(places[lower.id])})."
    )
    stated = Answer(
        text=lead,
        kind="answer",
        intent="billing",
        confidence=0.9,
        answers=(higher.name,),
        sources=sources_for(c.kb, [cr.article_id for cr in billed if cr.person_id in (first.id, second.id)]),
        show_id=show.id,
    )
    if not c.is_yes_no:
        return stated
    between = set(c.tokens[people[0].end : people[1].start])
    if between & _LOWER:
        claims_first_higher = False
    elif between & _HIGHER:
        claims_first_higher = True
    else:
        return stated
    yes = claims_first_higher == (higher.id == first.id)
    return verdict(yes, "Yes." if yes else "No.", stated, "billing")
