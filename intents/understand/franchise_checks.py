"""Whether a show belongs to a franchise: "is agatha all along a marvel show?", "is that a Marvel show?" after
an answer named it. The facts say so in the show's synopsis ("A Marvel Cinematic Universe spin-off ..."): yes
when it does, no as far as the facts go when the show has a synopsis that does not."""

from __future__ import annotations

from intents.answer import Answer
from intents.query import sources_for
from intents.text import fold
from intents.title_words import FRANCHISES
from intents.understand.context import Composing

_POINTERS = frozenset({"it", "that", "this"})
_SHOW_NOUNS = frozenset("show series thing one project".split())


async def franchise_check(c: Composing) -> Answer | None:
    """Yes or no to a show being of the franchise the question names, or None when that is not asked."""
    if not c.is_yes_no or c.res.people or c.res.characters:
        return None
    at = next((i for i, t in enumerate(c.tokens) if t in FRANCHISES), None)
    if at is None:
        return None
    # "is agatha all along part of marvel", "agatha all along mcu or nah": the franchise word closing the
    # question (or a choice) after a named show; "is it marvel" is left to the rest.
    closing = c.tokens[at + 1 : at + 2] in ([], ["or"]) and bool(c.res.shows)
    if not closing and c.tokens[at + 1 : at + 2] not in ([n] for n in _SHOW_NOUNS):
        return None  # "is joe locke in a marvel show" names someone
    shows = list({s.id: s for s in c.res.shows}.values())
    show = shows[0] if len(shows) == 1 else c.show if not shows and _POINTERS & set(c.tokens) else None
    if show is None or not show.synopsis:
        return None
    synopsis = f" {fold(show.synopsis)} "
    belongs = any(f" {word} " in synopsis for word in FRANCHISES[c.tokens[at]])
    lead = "Yes" if belongs else "No, not as far as my facts go"
    return Answer(
        text=f"{lead}: {show.title}: {show.synopsis}",
        intent="about",
        confidence=0.9,
        answers=(show.title,),
        sources=sources_for(c.kb, [show.article_id]),
        show_id=show.id,
    )
