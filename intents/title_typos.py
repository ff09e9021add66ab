"""A news show's title typed with one slip: "the lsat of us", "wheel of tim", "the lastof us".

The linker fuzzes names word by word and leaves spans that start or end with a small word ("... of us") alone,
so such a title is read as one nobody knows and gets "I don't have facts about The Lsat of Us. Did you mean
The Last of Us?". When the words in the title's place are one keystroke (a wrong, missing, extra or swapped
letter, or a lost space) from exactly one news show's title, and that title is long enough that one slip
cannot turn it into another real title, they name that show. Short titles ("The Boys" vs "The Boss") and
catalog films are never corrected: an unknown show must get "I don't have facts about X".
"""

from __future__ import annotations

from rapidfuzz.distance import DamerauLevenshtein

from intents.linking import EntityIndex
from intents.snapshot_memo import PerSnapshot

# One slip is allowed in a title at least this long (letters and spaces, "the" left out); two slips only in
# a much longer one.
ONE_SLIP_LENGTH = 9
TWO_SLIPS_LENGTH = 18
_SHOW_KEYS: PerSnapshot[EntityIndex, tuple[tuple[str, str], ...]] = PerSnapshot()


def misspelt_show_key(words: list[str], index: EntityIndex) -> str | None:
    """The folded name of the one news show whose title `words` misspell, or None."""
    typed = " ".join(_without_the(words))
    if len(typed) < ONE_SLIP_LENGTH:
        return None
    allowed = 2 if len(typed) >= TWO_SLIPS_LENGTH else 1
    close: set[str] = set()
    for key, bare in _news_show_keys(index):
        if abs(len(bare) - len(typed)) > allowed or len(bare) < ONE_SLIP_LENGTH or bare[0] != typed[0]:
            continue  # a first letter is rarely the slip; and it keeps short titles out
        if DamerauLevenshtein.distance(typed, bare, score_cutoff=allowed) <= allowed:
            close.add(key)
    shows = {ref.id for key in close for ref in index.names[key] if ref.kind == "show"}
    return min(close, key=len) if len(shows) == 1 else None


def _without_the(words: list[str]) -> list[str]:
    return words[1:] if len(words) > 1 and words[0] == "the" else words


def warm_news_show_keys(index: EntityIndex) -> None:
    """Build the index's news-show keys now (a warm-up), not on the first question with a slip."""
    _news_show_keys(index)


def _news_show_keys(index: EntityIndex) -> tuple[tuple[str, str], ...]:
    # Once per index: a snapshot's names never change.
    return _SHOW_KEYS.get(index, lambda: _built_news_show_keys(index))


def _built_news_show_keys(index: EntityIndex) -> tuple[tuple[str, str], ...]:
    # The keys naming a news show in full, with and
    # without their "the".
    keys = []
    for key, refs in index.names.items():
        if any(r.kind == "show" and not r.weak and ("show", r.id) not in index.catalog_only for r in refs):
            keys.append((key, " ".join(_without_the(key.split()))))
    return tuple(keys)
