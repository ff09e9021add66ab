"""A surname the fan does not know, said as a hedge after a given name ("Kathryn someone?", "kathryn
whatshername"): the given name alone is what they name, so it is read as a partial name."""

from __future__ import annotations

from intents.given_name_table import is_given_name

# Words standing in for a surname the fan cannot recall.
_SURNAME_HEDGES = frozenset(
    "someone somebody something somethin whatever whatshername whatshisname whatsername "
    "whatsit whatsisname".split()
)


def without_hedged_surname(words: list[str]) -> list[str]:
    """The words without a hedge that ends them right after a given name ("kathryn someone" -> "kathryn")."""
    if len(words) >= 2 and words[-1] in _SURNAME_HEDGES and is_given_name(words[-2]):
        return words[:-1]
    return words
