"""'the second guy', 'the third actor': a person by the place they were first asked about in the conversation
("who plays charlie" ... "who plays nick" ... "is the second guy in agatha" means Kit Connor). "The first
guy" and "the other guy" are read in understand/references.py; "the other director?" alone asks who that
is."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold
from intents.understand.openers import strip_lead, without_taken_back
from intents.understand.references import persons_first

_PLACES = {"second": 1, "third": 2, "fourth": 3}
_LEADS = frozenset({"lead", "main", "leading"})
_PLAYERS = frozenset("actor actress star guy girl woman man one".split())
_PERSON_NOUNS = frozenset("guy person actor actress woman man girl lady dude chap fella gal".split())
# What "the other ..." names when it is no role: a show or season, or a person by a plain noun ("the other
# guy" repeats the last question about that person, understand/references.py).
_OTHER_THINGS = frozenset(
    """one ones show shows series season seasons film movie thing guy guys person actor actress woman man girl
    lady dude chap fella gal""".split()
)


def person_by_place(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the second guy" replaced by the name of the second person the conversation asked
    about; unchanged when there is no such phrase or person ("the second one" after a season question is a
    season, so "one" counts only when the talk is about people)."""
    for at in range(len(tokens) - 2):
        if tokens[at] != "the" or tokens[at + 1] not in _PLACES:
            continue
        noun = tokens[at + 2]
        if noun not in _PERSON_NOUNS and not (noun == "one" and persons_first(conv)):
            continue
        asked = list(dict.fromkeys(t.person_id for t in conv.turns if t.person_id is not None))
        place = _PLACES[tokens[at + 1]]
        if place < len(asked) and asked[place] in kb.people:
            return [*tokens[:at], *fold(kb.people[asked[place]].name).split(), *tokens[at + 3 :]]
    return tokens


def other_lead(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the other lead" / "the other main guy" replaced by the first-billed actor of the
    conversation's show who is not the person just talked about; unchanged when there is none."""
    at = next(
        (
            i
            for i in range(len(tokens) - 2)
            if tokens[i : i + 2] == ["the", "other"] and tokens[i + 2] in _LEADS
        ),
        None,
    )
    show = kb.shows.get(conv.show_in_talk) if conv.show_in_talk is not None else None
    if at is None or show is None or conv.unknown:
        return tokens
    end = at + 3
    while end < len(tokens) and tokens[end] in _PLAYERS:
        end += 1
    talked = set(conv.people[:1]) | {c.person_id for c in show.credits if c.id in conv.characters[:1]}
    if (listed := _other_listed(conv, talked)) in kb.people:
        # "who are the leads" -> "which of those is in agatha": the other lead is the other one listed, not
        # the second-billed actor of the show the pick moved to.
        return [*tokens[:at], *fold(kb.people[listed].name).split(), *tokens[end:]]
    actors = sorted(
        (
            c
            for c in show.credits
            if c.role == "actor" and c.person_id in kb.people and c.person_id not in talked
        ),
        key=lambda c: c.billing if c.billing > 0 else 1_000,
    )
    if not actors:
        return tokens
    return [*tokens[:at], *fold(kb.people[actors[0].person_id].name).split(), *tokens[end:]]


def _other_listed(conv: Conversation, talked: set[int]) -> int | None:
    """The first person, besides those `talked` about, of the latest answer that listed the one talked about
    among others; None when no answer did."""
    for turn in reversed(conv.turns):
        if len(turn.answered) >= 2 and not talked.isdisjoint(turn.answered):
            return next((p for p in turn.answered if p not in talked), None)
    return None


def other_person_asked(tokens: list[str]) -> list[str]:
    """'the other director?' alone asks who the other one with that role is; other questions unchanged."""
    fragment = without_taken_back(strip_lead(tokens)[0])
    if fragment[:2] != ["the", "other"] or not 3 <= len(fragment) <= 4 or fragment[2] in _OTHER_THINGS:
        return tokens
    return ["who", "is", *fragment]
