"""A credit check whose "that" or "it" points at a title of the person's other work named in the talk
before it: "curious since i loved shetland, did andy newberry direct that?" checks Shetland, not their
show."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.resolve import Resolution
from intents.text import fold

_POINTING = frozenset({"that", "it", "this"})
# Verbs (and their particles) a credit is checked with, right before the pointing word.
_CREDIT_VERBS = frozenset(
    "direct directed directing write wrote written work worked on in star starred make made do did".split()
)
_YES_NO_OPENERS = frozenset({"did", "does", "do", "was", "is", "has", "had"})


def work_pointed_around(
    tokens: list[str], res: Resolution, around: Resolution, kb: Knowledge
) -> list[str] | None:
    """The question with its closing "that"/"it" replaced by the title of the one person's other work the
    words around it name; None when the question is not such a check or the talk names no such title."""
    if len(res.people) != 1 or res.shows or len(tokens) < 3 or tokens[0] not in _YES_NO_OPENERS:
        return None
    if tokens[-1] not in _POINTING or tokens[-2] not in _CREDIT_VERBS:
        return None
    said = f" {' '.join(around.tokens)} "
    person = kb.people.get(res.people[0].id)
    own = [w.title for w in (person.work if person is not None else [])]
    # Their own work first; else anyone's ("i loved hidden, did euros lyn direct that?" is checked, a no).
    for titles in (own, [w.title for p in kb.people.values() for w in p.work]):
        named = list(dict.fromkeys(fold(t) for t in titles if f" {fold(t)} " in said))
        if named:
            break
    if len(named) != 1:
        return None  # none, or several titles: which one "that" means is not told
    return [*tokens[:-1], *named[0].split()]
