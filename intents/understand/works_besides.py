"""Someone's work with some of it set aside: "besides shetland what else has andy newberry done", "apart from
hidden, what has andy newberry directed", "other than doctor who, what did euros lyn work on". The titles
after the setting-aside words are left out of the person's shows and listed work."""

from __future__ import annotations

from db.knowledge import PersonFacts
from intents.answer import Answer
from intents.query import join_names
from intents.text import fold
from intents.title_words import ASIDE_WORDS
from intents.understand.context import Composing

_ASKS_FOR_WORK = frozenset("what which else other done directed worked work made been shows credits".split())


def _set_aside(tokens: list[str], titles: dict[str, str]) -> set[str]:
    """The folded titles right after a setting-aside phrase ("besides shetland and hidden")."""
    aside: set[str] = set()
    for at in range(len(tokens)):
        phrase = next((p for p in ASIDE_WORDS if tuple(tokens[at : at + len(p)]) == p), None)
        if phrase is None:
            continue
        i = at + len(phrase)
        while i < len(tokens):
            title = next((t for t in titles if tokens[i : i + len(t.split())] == t.split()), None)
            if title is None:
                break
            aside.add(title)
            i += len(title.split())
            i += tokens[i : i + 1] in (["and"], ["or"], ["n"])
    return aside


def _titles(c: Composing, person: PersonFacts) -> dict[str, tuple[str, str]]:
    """The person's titles, folded -> (as written, what they did on it)."""
    # A work's role that is a character's name ("Mystery Teen") says they acted in it.
    out = {fold(w.title): (w.title, _work_verb(w.role)) for w in person.work}
    for credit in person.credits:
        show = c.kb.shows.get(credit.show_id)
        if show is not None and fold(show.title) not in out:
            out[fold(show.title)] = (show.title, _CREDIT_VERBS.get(credit.role, "worked on"))
    return out


def _work_verb(role: str | None) -> str:
    """What a listed work's role says they did: its own words ("directed episodes"), or "starred in" for a
    character's name ("Mystery Teen")."""
    if not role:
        return "worked on"
    return role if role[0].islower() else "starred in"


_CREDIT_VERBS = {"actor": "starred in", "director": "directed", "creator": "created", "writer": "wrote"}


async def works_besides(c: Composing) -> Answer | None:
    """The named person's other work, without the titles set aside; None for any other question."""
    people = {p.id: p for p in c.res.people}
    if len(people) != 1 or "who" in c.tokens[:2] or not _ASKS_FOR_WORK & set(c.tokens):
        return None
    person = next(iter(people.values()))
    titles = _titles(c, person)
    aside = _set_aside(c.tokens, {k: v[0] for k, v in titles.items()})
    rest = {k: v for k, v in titles.items() if k not in aside}
    if not aside or not rest:
        return None
    grouped: dict[str, list[str]] = {}
    for title, did in rest.values():
        grouped.setdefault(did, []).append(title)
    said = "; ".join(
        f"{did}{' of' if did.endswith('episodes') else ''} {join_names(names)}"
        for did, names in grouped.items()
    )
    left_out = join_names([titles[k][0] for k in aside])
    return Answer(
        text=f"Besides {left_out}, {person.name} {said}.",
        kind="answer",
        intent="other_work",
        confidence=0.9,
        answers=tuple(t for t, _ in rest.values()),
    )
