"""Where known titles occur in a text: whole phrases, the longest title winning where two overlap."""

from __future__ import annotations

import functools
import re

from ingest.memo import per_article


@functools.lru_cache(maxsize=4096)
def _phrase(title: str) -> re.Pattern[str]:
    # Not inside a word, nor after a word's apostrophe ("Grey's"); a quote before it is fine ("'Moon Pier'").
    # The checks on what comes before are written after the title: a pattern opening with its literal lets the
    # regex engine jump between occurrences instead of trying every position (twenty times faster on a long
    # article).
    escaped = re.escape(title)
    return re.compile(rf"{escaped}(?<!\w{escaped})(?<!\w['’]{escaped})(?![\w])")


@per_article  # pure, and asked again for the same title and text by several steps
def count_mentions(title: str, text: str, longer: frozenset[str] = frozenset()) -> int:
    """How often `title` appears as a whole phrase (a possessive counts), not counting `longer` titles.

    "Daredevil" inside "Daredevil: Born Again" is the longer title's mention, not its own.
    """
    if title not in text:
        return 0
    if longer:
        return sum(1 for _s, _e, t in title_spans(text, {title, *longer}) if t == title)
    return len(_phrase(title).findall(text))


def title_spans(text: str, titles: set[str]) -> list[tuple[int, int, str]]:
    """Where known titles occur in `text`; the longest wins ("Rogue One: A Star Wars Story" over "Rogue")."""
    spans: list[tuple[int, int, str]] = []
    # Longest first; equal lengths in a fixed order, so the outcome never depends on the set's order.
    for title in sorted((t for t in titles if t in text), key=lambda t: (-len(t), t)):
        for match in _phrase(title).finditer(text):
            if re.match(r"\s+(?:Part\s+)?(?:II|III|IV|2|3|4)\b", text[match.end() :]):
                continue  # "The Batman Part II" is a sequel, not "The Batman"
            if match.start() > 0 and re.match(r":\s+[A-Z]", text[match.end() :]):
                continue  # "Squid Game: The Challenge" mid-sentence is another title
            if all(match.end() <= s or match.start() >= e for s, e, _ in spans):
                spans.append((match.start(), match.end(), title))
    return sorted(spans)
