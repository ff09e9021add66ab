"""Display names sorted by folded form, for autocomplete's "names starting with" look-ups."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable


class PrefixList:
    """Display names sorted by folded form: the names starting with a prefix in O(log n)."""

    def __init__(self, names: Iterable[str], fold: Callable[[str], str]) -> None:
        pairs = sorted((fold(n), n) for n in names)
        self.folded = [f for f, _ in pairs]
        self.names = [n for _, n in pairs]

    def starting(self, prefix: str, limit: int) -> list[str]:
        """At most `limit` names whose folded form starts with `prefix`, in folded order."""
        start = bisect.bisect_left(self.folded, prefix)
        out: list[str] = []
        for i in range(start, min(len(self.folded), start + limit)):
            if not self.folded[i].startswith(prefix):
                break
            out.append(self.names[i])
        return out
