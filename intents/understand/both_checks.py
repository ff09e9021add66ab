"""Checks of several people or shows at once: "are kit connor and joe locke both in heartstopper?", "is joe
locke in both X and Y?", "is either of them in a marvel show?"."""

from __future__ import annotations

from intents.answer import Answer
from intents.query import parse_seasons, sources_for
from intents.understand.checked_roles import ROLE_FAMILY, ROLE_INTENTS, ROLE_WORDS
from intents.understand.context import Composing
from intents.understand.credit_checks import asked_role


async def both_check(c: Composing) -> Answer | None:
    """'are kit connor and joe locke both in heartstopper?', 'is joe locke in both X and Y?': every person
    named against every show named, for the asserted role."""
    people = list({p.id: p for p in c.res.people}.values())
    shows = list({s.id: s for s in c.res.shows}.values()) or ([c.show] if c.show is not None else [])
    if len(people) * len(shows) < 2 or not people or not c.has("both", "and", "all", "neither", "either"):
        return None
    role, _question = asked_role(c)
    wanted = ROLE_FAMILY.get(role, {role})
    what = ROLE_WORDS[role]
    # "did they direct season 1 too": each credit for that season (a credit naming no seasons holds for all).
    season = c.res.season.number if c.res.season is not None else None
    said: list[str] = []
    held = True
    oks: list[bool] = []
    for person in people:
        for show in shows:
            ok = any(
                cr.show_id == show.id
                and (cr.role in wanted or role == "any")
                and (season is None or not cr.seasons or season in parse_seasons(cr.seasons))
                for cr in person.credits
            )
            held = held and ok
            oks.append(ok)
            label = show.title if season is None else f"{show.title} season {season}"
            said.append(f"{person.name} {'is' if ok else 'is not'} {what} {label}")
    if c.has("either", "any of", "one of") and len(people) > 1:
        held = any(oks)  # "is either of them in a marvel show": one is enough
    if c.has("neither") and c.has("nor"):
        held = not any(oks)  # "neither kit connor nor william gao is in agatha, right": none may be
    text = f"{'Yes' if held else 'No'}: {'; '.join(said)}."
    return Answer(
        text=text,
        kind="answer",
        intent=ROLE_INTENTS[role],
        confidence=1.0,
        answers=("Yes" if held else "No",),
        sources=sources_for(c.kb, [cr.article_id for p in people for cr in p.credits]),
        show_id=shows[0].id,
    )
