"""The info box news sites append about the show: "Release Date April 22, 2022 Cast Joe Locke , Kit Connor".

Pasted from a page it arrives inline (one long line) or as alternating key and value lines; either way its
values are structured, so they yield the main show's release date, network, cast and crew.
"""

from __future__ import annotations

import datetime as dt
import re

from ingest.dates import find_dates
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import NETWORKS, is_person_name, network_names

# Box key -> what its value holds.
_KEYS = {
    "release date": "release",
    "premiere date": "release",
    "premiere": "release",
    "premieres": "release",
    # The show's first episode: the first season's release.
    "pilot episode": "first",
    "pilot": "first",
    "first aired": "first",
    "first episode": "first",
    "series premiere": "first",
    "cast": "actor",
    "starring": "actor",
    "stars": "actor",
    "creator": "creator",
    "creators": "creator",
    "created by": "creator",
    "showrunner": "showrunner",
    "showrunners": "showrunner",
    "director": "director",
    "directors": "director",
    "directed by": "director",
    "writer": "writer",
    "writers": "writer",
    "written by": "writer",
    "network": "network",
    "original network": "network",
    "channel": "network",
    "tv channel": "network",
    "tv-channel": "network",
    "streaming service": "network",
    "streaming service(s)": "network",
    "where to watch": "network",
    # A review's box of questions: "What's it rated? TV-MA", "When? 2024", "Where's it showing? Hulu".
    "where's it showing?": "network",
    "where's it streaming?": "network",
    "where to stream?": "network",
    "what's it rated?": "skip",
    # A review's box: "Cast: ...", "Airs: The series premieres Sunday on HBO." (a sentence, read as prose).
    "airs": "skip",
    "when?": "skip",
    "seasons": "skip",
    "episodes": "skip",
    "main genre": "skip",
    "genre": "skip",
    "rating": "skip",
    "franchise": "skip",
    "studio": "skip",
    "expand": "skip",
}
_KEY = "|".join(re.escape(k) for k in sorted(_KEYS, key=len, reverse=True))
_INLINE = re.compile(rf"(?:^|(?<=[\s.]))((?i:{_KEY})):?\s+(?=\S)")


def _pairs(text: str) -> list[tuple[str, str]]:
    """(key, value) pairs of the box, in order, from either layout."""
    pairs: list[tuple[str, str]] = []
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for i, line in enumerate(lines[:-1]):
        key = line.rstrip(":").lower()
        if key in _KEYS and not _KEYS.get(lines[i + 1].rstrip(":").lower()):
            pairs.append((key, lines[i + 1]))
    # One "Key: value" per line, two or more such lines: "Network: Hulu" / "Created by: Dan Fogelman".
    keyed = [re.match(rf"((?i:{_KEY}))(?:(?<=\?)|:)\s*(\S.*)$", line) for line in lines]
    keys = [m.group(1).lower() for m in keyed if m]
    # A key given twice ("Starring: ..." under each title of a lineup) is a lineup, not one show's box.
    if len(keys) >= 2 and len(set(keys)) == len(keys):
        pairs.extend((m.group(1).lower(), m.group(2).strip()) for m in keyed if m)
    for line in lines:
        # Inline boxes hold two or more keys on one line: "Release Date ... Cast ...".
        matches = [m for m in _INLINE.finditer(line) if m.group(1)[0].isupper()]
        if len(matches) < 2:
            continue
        for this, following in zip(matches, [*matches[1:], None], strict=True):
            end = following.start() if following else len(line)
            pairs.append((this.group(1).lower(), line[this.end() : end].strip()))
    return pairs


def infobox_facts(text: str, main: str | None, published: dt.date | None) -> list[ExtractedFact]:
    """Facts about the main show from an appended info box (none when there is no box or no main show)."""
    if main is None:
        return []
    out: list[ExtractedFact] = []
    for key, value in _pairs(text):
        kind = _KEYS[key]
        quote = f"{key.title()}: {value}"[:200]
        if kind in ("release", "first"):
            dates = find_dates(value, published)
            if dates and dates[0].start == 0 and dates[0].day is not None:
                season = 1 if kind == "first" else None
                out.append(fact(FactKind.RELEASE, quote, 0.75, show=main, season=season,
                                date=dates[0].day.isoformat()))  # fmt: skip
        elif kind == "network":
            # A box's value is the network's name alone, so an ambiguous name ("Fox", "FOX") counts too.
            names = network_names(value) or [n for n, _p in NETWORKS if n.casefold() == value.casefold()]
            if len(names) == 1:
                out.append(fact(FactKind.SHOW, quote, 0.75, title=main, kind="series", network=names[0]))
        elif kind != "skip":
            # ("Kate Vale (“Titanic”), Jo Marr (“The Outsider”)": each name's bracket holds other work.)
            for name in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", re.sub(r"\s*\([^()]*\)", "", value)):
                if is_person_name(name.strip()):
                    out.append(fact(FactKind.CREDIT, quote, 0.75, show=main, person=name.strip(), role=kind))
    return out
