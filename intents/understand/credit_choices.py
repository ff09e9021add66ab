"""A choice between two people by a title ("lyn or newberry - which one did torchwood", "shetland: lyn or
newberry?", "did lyn or newberry direct hidden"): of the two named, the one whose credits hold the title. Each
person's credits are one-hop facts; the answer names the one and says the other's credits lack it (not
naming the other again)."""

from __future__ import annotations

from db.knowledge import Knowledge, PersonFacts
from intents.answer import Answer
from intents.query import sources_for
from intents.text import fold
from intents.understand.chain_patterns import ROLE_QUESTIONS
from intents.understand.context import Composing
from intents.understand.question_openers import QUESTION_START
from intents.understand.work_checks import work_did


def _credited_titles(kb: Knowledge, person: PersonFacts) -> dict[str, tuple[str, int]]:
    """The person's titles, folded: how the credit says they took part, and its article."""
    titles: dict[str, tuple[str, int]] = {}
    for credit in person.credits:
        show = kb.shows.get(credit.show_id)
        if show is not None:
            role = credit.role.replace("_", " ")
            titles[fold(show.title)] = (f"is the {role} of {show.title}", credit.article_id)
    for work in person.work:
        titles.setdefault(fold(work.title), (f"{work_did(work)} {work.title}", work.article_id))
    return titles


def _offered_together(c: Composing) -> bool:
    """The two people named side by side as the choice ("lyn or newberry"); not one claim and another name
    ("is kit connor in it too, or just joe locke?" checks Kit Connor)."""
    named = [m for m in c.res.mentions if m.refs[0].kind == "person"]
    words = c.res.tokens  # (the words linked: a surname alone is written whole there)
    return len(named) == 2 and words[named[0].end : named[1].start] == ["or"]


async def credit_choice(c: Composing) -> Answer | None:
    """The one of two people named whose credits hold the title the question names; None when the question
    offers no such choice, names no title of theirs, or both (or neither) hold it."""
    people = c.res.people
    if len(people) != 2 or not (_offered_together(c) or c.has("which of", "who of", "which one")):
        return None
    joined = f" {' '.join(c.tokens)} "
    held = [_credited_titles(c.kb, person) for person in people]
    own_names = {fold(person.name) for person in people}
    named = {t for titles in held for t in titles if f" {t} " in joined and t not in own_names}
    if not named and c.res.season is not None and c.show is not None:
        named = {fold(c.show.title)}  # "lyn or newberry for season 1?": a season of the show talked about
    if len(named) != 1:
        return None
    title = named.pop()
    having = [i for i, titles in enumerate(held) if title in titles]
    if len(having) == 2 and c.res.season is not None and QUESTION_START.isdisjoint(c.tokens):
        return await _role_for_the_season(c, title)  # "lyn or newberry for season 3 of heartstopper?"
    if len(having) != 1:
        return None  # "who directed more of heartstopper, lyn or newberry": both hold it, a count decides
    one = people[having[0]]
    did, article_id = held[having[0]][title]
    # The other is not named again: a fan who asked "which of them" reads a second name as a second answer.
    text = f"{one.name}: {one.name} {did}; the other's credits don't include it as far as my facts go."
    return Answer(
        text=text,
        kind="answer",
        intent="other_work",
        confidence=0.9,
        answers=(one.name,),
        sources=sources_for(c.kb, [article_id]),
    )


async def _role_for_the_season(c: Composing, title: str) -> Answer | None:
    """Of two people who hold one role on a show, the one who holds it for the season the choice names:
    the question asked with that role ("who directed season 3 of heartstopper"); None when their roles on
    the show differ or the answer names neither."""
    show = next((s for s in c.kb.shows.values() if fold(s.title) == title), None)
    if show is None or c.res.season is None:
        return None
    roles = [{cr.role for cr in p.credits if cr.show_id == show.id} for p in c.res.people]
    shared = set.intersection(*roles) & set(ROLE_QUESTIONS)
    if len(shared) != 1:
        return None
    season = " ".join(c.tokens[c.res.season.start : c.res.season.end])
    answer = await c.ask(f"{ROLE_QUESTIONS[shared.pop()]} {season} of {show.title}")
    names = {fold(p.name) for p in c.res.people}
    return answer if answer.kind == "answer" and names & {fold(n) for n in answer.answers} else None
