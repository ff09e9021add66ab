"""Room in `re`'s cache of compiled patterns for the extractor's own.

`re` keeps the last 512 patterns it compiled from strings (`re.search(r"...", text)`); the extractors use some
500 such patterns besides the titles and names each article adds, so with the default every article compiled
almost all of them again (about 530 compiles, a third of the CPU time of a 5,000-word article). A bigger cache
keeps them compiled across articles; the per-article patterns still age out, so memory stays bounded.
"""

from __future__ import annotations

import re

PATTERN_CACHE_SIZE = 2048


def widen_pattern_cache(size: int = PATTERN_CACHE_SIZE) -> None:
    """Let `re` keep at least `size` compiled patterns (never shrinks a larger setting)."""
    current = getattr(re, "_MAXCACHE", None)
    if isinstance(current, int) and current < size:
        setattr(re, "_MAXCACHE", size)  # noqa: B010 - a private setting, read by `re` on every compile
