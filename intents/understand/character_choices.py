"""A choice between two characters for one person ("charlie or nick, which one is kit connor", "kit connor:
nick or charlie?") or between two people for one character ("which one is nick, kit or joe"): the credit
that joins them decides, and the answer names the chosen one first."""

from __future__ import annotations

from db.knowledge import CreditFact, PersonFacts
from intents.answer import Answer
from intents.query import sources_for
from intents.understand.choice_first import offered_pair
from intents.understand.context import Composing


def _plays(c: Composing, person: PersonFacts, credit: CreditFact) -> str:
    show = c.kb.shows.get(credit.show_id)
    where = f" in {show.title}" if show is not None else ""
    return f"{person.name} plays {credit.character}{where}"


async def character_choice(c: Composing) -> Answer | None:
    """The offered character the one person plays, or the offered person who plays the one character; None
    when the question offers no such choice or the facts join neither (or both) of the offered ones."""
    pair = offered_pair(c.res)
    if pair is None or pair[0].refs[0].kind not in ("character", "person"):
        return None
    offered = {m.refs[0].id for m in pair}
    people = {p.id: p for p in c.res.people}
    if pair[0].refs[0].kind == "character":
        asked = c.res.people  # (a character's id is its credit's, no person's)
        if len(asked) != 1:
            return None
        person = asked[0]
        held = [cr for cr in person.credits if cr.id in offered]
        if len(held) != 1:
            return None
        credit = held[0]
        text = f"{credit.character}: {_plays(c, person, credit)}."
        chosen = credit.character or ""
    else:
        if len(c.res.characters) != 1 or not all(i in people for i in offered):
            return None
        credit = c.res.characters[0]
        if credit.person_id not in offered:
            return None  # neither offered person plays it: the plain reading says who does
        person = people[credit.person_id]
        other = next(people[i] for i in offered if i != person.id)
        others = [cr for cr in other.credits if cr.character and cr.show_id == credit.show_id]
        also = f"; {_plays(c, other, others[0])}" if others else ""
        text = f"{_plays(c, person, credit)}{also}."  # it names the chosen one first
        chosen = person.name
    return Answer(
        text=text,
        kind="answer",
        intent="who_plays",
        confidence=0.9,
        answers=(chosen,),
        sources=sources_for(c.kb, [credit.article_id]),
    )
