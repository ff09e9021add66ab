"""Who plays opposite someone: "who plays opposite kit connor", "who is pedro pascal acting opposite". The
other of the two top-billed actors of their show, said with both roles; None when the facts bill no pair."""

from __future__ import annotations

from db.knowledge import CreditFact, PersonFacts, ShowFacts
from intents.answer import Answer
from intents.query import join_names, sources_for
from intents.understand.context import Composing
from intents.understand.walked_descriptions import show_leads

_ASKING = frozenset({"who", "whos"})
# "which actress plays opposite ...": a person asked for by the noun after "which".
_PERSON_NOUNS = frozenset("actor actors actress actresses star stars person people one ones guy girl".split())
# A co-star or co-lead, however it is written ("co-star" folds to "co star"); "co-stars" asks for more than
# the lead.
_CO_STARS = (("co", "star"), ("costar",), ("co", "lead"), ("colead",))
# The cast billed after the pair, named too: "opposite" often lists a few ("opposite A, B, ...").
_NEXT_BILLED = 2
_MOST_SHOWS = 3  # a co-lead named in each of a few shows when none is asked about
_SHOW_WORDS = frozenset("show shows series one thing project drama programme".split())


def _co_star_at(tokens: list[str], at: int) -> bool:
    return any(tuple(tokens[at : at + len(words)]) == words for words in _CO_STARS)


def _asks_which_person(tokens: list[str]) -> bool:
    """ "which actress ...", "which of the actors ...": a person asked for without "who"."""
    return tokens[:1] == ["which"] and bool(_PERSON_NOUNS & set(tokens[1:4]))


async def co_lead_of(c: Composing) -> Answer | None:
    """The co-lead of the one person named beside "opposite" in a "who" question, or whose "co-star" is
    asked for ("who is kit connor's co-star", "joe locke costar?"); None otherwise."""
    if len(c.res.people) != 1:
        return None
    person = c.res.people[0]
    # The person may come from a mention read first as something else (a title that is also their name).
    mention = next((m for m in c.res.mentions if any(r.kind == "person" for r in m.refs)), None)
    if mention is None:
        return None
    co_star = next((i for i in range(len(c.tokens)) if _co_star_at(c.tokens, i)), None)
    if co_star is not None:
        if mention.end != co_star:
            return None  # the co-star must be theirs: "X's co-star"
    elif "opposite" not in c.tokens or not (_ASKING & set(c.tokens[:2]) or _asks_which_person(c.tokens)):
        return None
    elif not (mention.start == c.tokens.index("opposite") + 1 or mention.end <= c.tokens.index("opposite")):
        return None  # "opposite" must be said of them ("opposite X", "X ... acting opposite")
    named = {show.id for show in c.res.shows}
    pairs = [
        (theirs, other)
        for theirs in person.credits
        if theirs.role == "actor"
        and theirs.id in (lead_ids := show_leads(c.kb.shows[theirs.show_id]))
        and (not named or theirs.show_id in named)
        for other in c.kb.shows[theirs.show_id].credits
        if other.role == "actor" and other.id in lead_ids and other.person_id != person.id
    ]
    if (
        co_star is not None
        and 1 < len(pairs) <= _MOST_SHOWS
        and len({theirs.show_id for theirs, _ in pairs}) == len(pairs)
        and _SHOW_WORDS.isdisjoint(c.tokens)  # "... in his marvel series" says which: the chains read it
    ):
        return _each_show(c, person, pairs)  # "who is joe locke's co-star": one in each of his shows
    if len(pairs) != 1 or (lead := c.kb.people.get(pairs[0][1].person_id)) is None:
        return None  # no billed pair
    theirs, leads = pairs[0]
    show = c.kb.shows[theirs.show_id]
    roles = (
        f": {lead.name} plays {leads.character} and {person.name} plays {theirs.character}"
        if leads.character and theirs.character
        else ""
    )
    also = _billed_after(c, show, {person.id, lead.id})
    with_them = f", with {join_names(also)} also in the cast" if also else ""
    return Answer(
        text=f"{lead.name} plays opposite {person.name} in {show.title}{roles}{with_them}.",
        kind="answer",
        intent="cast",
        confidence=1.0,
        answers=(lead.name,),
        sources=sources_for(c.kb, [theirs.article_id, leads.article_id]),
        show_id=show.id,
    )


def _each_show(
    c: Composing, person: PersonFacts, pairs: list[tuple[CreditFact, CreditFact]]
) -> Answer | None:
    """The co-lead of the person in each of their shows, no show named: one sentence a show."""
    said: list[str] = []
    for theirs, leads in pairs:
        lead = c.kb.people.get(leads.person_id)
        if lead is None:
            return None
        show = c.kb.shows[theirs.show_id].title
        roles = f" ({lead.name} as {leads.character})" if leads.character else ""
        said.append(f"{lead.name} in {show}{roles}")
    return Answer(
        text=f"{person.name} plays opposite {join_names(said)}.",
        kind="answer",
        intent="cast",
        confidence=1.0,
        answers=tuple(name for name in (c.kb.people[leads.person_id].name for _, leads in pairs)),
        sources=sources_for(c.kb, [cr.article_id for pair in pairs for cr in pair]),
    )


def _billed_after(c: Composing, show: ShowFacts, pair: set[int]) -> list[str]:
    """The names of the first actors billed after the pair: an article's "stars opposite A, B and C" names
    more than one co-star, and the fan asking who is opposite them may mean any."""
    billed = sorted(
        (cr for cr in show.credits if cr.role == "actor" and cr.billing and cr.person_id not in pair),
        key=lambda cr: (cr.billing or 0, cr.id),
    )
    people = (c.kb.people.get(cr.person_id) for cr in billed)
    return [p.name for p in people if p is not None][:_NEXT_BILLED]
