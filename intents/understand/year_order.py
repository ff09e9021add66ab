"""A premiere placed against a year: "did s1 come out before or after 2023", "is hs3 out after 2023?". The
year is no season nor a show: the subject's premiere is read and its year set beside the one named."""

from __future__ import annotations

import datetime as dt
import itertools

from intents.answer import Answer
from intents.understand.context import Composing, lead_with, verdict

_BEFORE = frozenset({"before", "earlier", "prior"})
_AFTER = frozenset({"after", "later", "since"})


def _year_placed(tokens: list[str]) -> tuple[str, int] | None:
    """ "before 2023" -> ("before", 2023): an order word right before a year."""
    for word, nxt in itertools.pairwise(tokens):
        a_year = len(nxt) == 4 and nxt.isdigit() and nxt[:2] in ("19", "20")
        if a_year and (word in _BEFORE or word in _AFTER):
            return ("before" if word in _BEFORE else "after"), int(nxt)
    return None


async def year_order(c: Composing) -> Answer | None:
    """Before, after or in the year named, with the premiere that decides; None for other questions."""
    placed = _year_placed(c.tokens)
    if placed is None or len(c.res.shows) > 1 or (c.show is None and not c.res.shows):
        return None
    order, year = placed
    premiere = await c.ask(f"when did {c.subject_words()} premiere")
    if premiere.kind != "answer" or not premiere.answers:
        return None
    said = premiere.answers[0]
    if said.isdigit() and len(said) == 4:
        premiered = int(said)  # a premiere held only by its year places as well against another year
    else:
        try:
            premiered = dt.date.fromisoformat(said).year
        except ValueError:
            return None
    either = c.has("before or after", "after or before")
    if premiered == year:
        lead = f"{'Neither' if either else 'No'}: it was in {year}."
    elif either:
        lead = "Before." if premiered < year else "After."
    else:
        yes = premiered < year if order == "before" else premiered > year
        return verdict(yes, "Yes." if yes else "No.", premiere, "premiere")
    return lead_with(lead, premiere, intent="premiere")
