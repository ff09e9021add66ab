"""Autocomplete over the entity names: prefix matches first, then fuzzy ones."""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz import fuzz, process

from intents.fuzzy import Choices, fast_fold
from intents.name_prefixes import PrefixList
from intents.names import EntityRef
from intents.text import fold

# Above this many names, fuzzy completion uses fuzz.ratio (or the candidate index) instead of WRatio.
LARGE_NAMES = 5000
NAMED_KINDS = frozenset({"show", "person", "character"})


class Autocomplete:
    """Display names per set of kinds, built on first use, answering prefix and fuzzy completions."""

    def __init__(self, names: dict[str, list[EntityRef]]) -> None:
        self.names = names
        self._display: dict[frozenset[str] | None, tuple[list[str], list[str]]] = {}
        self._prefixes: dict[frozenset[str] | None, PrefixList] = {}

    def complete(
        self,
        prefix: str,
        kinds: set[str] | None,
        limit: int,
        choices: Callable[[frozenset[str]], Choices] | None = None,
    ) -> list[str]:
        """At most `limit` names; given `choices` (a large catalog's candidate index), none scanned."""
        wanted = frozenset(kinds) if kinds is not None else None
        if choices is None:
            return self._complete_by_scan(prefix, wanted, limit)
        prefixes = self._prefixes.get(wanted)
        if prefixes is None:
            prefixes = self._prefixes[wanted] = PrefixList(self._display_names(wanted)[0], fast_fold)
        key = fold(prefix)
        starts = prefixes.starting(key, limit)
        if len(starts) >= limit or not key:
            return starts
        fuzzy = [
            ref.name
            for name_key, _score in choices(wanted or NAMED_KINDS).extract(key, 60.0, limit)
            for ref in self.names[name_key]
            if not ref.weak and (wanted is None or ref.kind in wanted)
        ]
        return list(dict.fromkeys(starts + fuzzy))[:limit]

    def _complete_by_scan(self, prefix: str, kinds: frozenset[str] | None, limit: int) -> list[str]:
        names, folded = self._display_names(kinds)
        key = fold(prefix)
        if not key:
            return names[:limit]
        starts = [n for n, f in zip(names, folded, strict=True) if f.startswith(key)][:limit]
        if len(starts) >= limit:
            return starts
        if len(names) <= LARGE_NAMES:
            fuzzy = [n for n, _s, _ in process.extract(key, names, scorer=fuzz.WRatio, limit=limit)]
        else:
            hits = process.extract(key, folded, scorer=fuzz.ratio, limit=limit, score_cutoff=60)
            fuzzy = [names[i] for _f, _s, i in hits]
        return (starts + [n for n in fuzzy if n not in starts])[:limit]

    def _display_names(self, kinds: frozenset[str] | None) -> tuple[list[str], list[str]]:
        cached = self._display.get(kinds)
        if cached is None:
            wanted = {
                ref.name
                for refs in self.names.values()
                for ref in refs
                if not ref.weak and ref.kind != "network" and (kinds is None or ref.kind in kinds)
            }
            names = sorted(wanted)
            cached = self._display[kinds] = (names, [fast_fold(n) for n in names])
        return cached
