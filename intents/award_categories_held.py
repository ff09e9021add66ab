"""Award categories the facts hold, never a title nobody knows: "the bafta noms were music, writing and
memorable moment" names Heartstopper's categories, not a show called "Memorable Moment"."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.snapshot_memo import PerSnapshot
from intents.text import fold

# Words of awards: only a question holding one is searched for categories (the search goes over every show).
_AWARD_WORDS = frozenset(
    """award awards bafta baftas emmy emmys globe globes nominated nomination nominations nom noms nod nods
    won category categories""".split()
)


def category_places(tokens: list[str], kb: Knowledge) -> set[int]:
    """The places of the words that spell a held award category ("memorable moment"): known words."""
    places: set[int] = set()
    if _AWARD_WORDS.isdisjoint(tokens):
        return places
    for words in _CATEGORIES.get(kb, lambda: _held_categories(kb)):
        for i in range(len(tokens) - len(words) + 1):
            if tokens[i : i + len(words)] == words:
                places.update(range(i, i + len(words)))
    return places


# Made once per snapshot: the search goes over every show, tens of thousands with a catalog loaded.
_CATEGORIES: PerSnapshot[Knowledge, tuple[list[str], ...]] = PerSnapshot()


def _held_categories(kb: Knowledge) -> tuple[list[str], ...]:
    """The words of every award category the facts hold."""
    folded = {fold(a.category) for show in kb.shows.values() for a in show.awards if a.category}
    return tuple(category.split() for category in sorted(folded))
