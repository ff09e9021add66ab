"""An episode or a season typed together with its number ("agatha ep1 drop date", "hs s3e1 title"): spelt
apart into the words the intents read ("episode 1", "season 3 episode 1")."""

from __future__ import annotations

import re

# "ep1", "epi2", "episode3", "eps4"; "s3e1", "s03e01", "s3ep1" (a season's episode).
_GLUED_EPISODE = re.compile(r"^(?:ep|epi|eps|episode)(\d{1,2})$")
_DIGIT = re.compile(r"[0-9]")  # in ASCII text, what str.isdigit finds
_SEASON_EPISODE = re.compile(r"^s(\d{1,2}) ?(?:e|ep|epi)(\d{1,2})$")


def _apart(word: str) -> tuple[str, ...] | None:
    if (episode := _GLUED_EPISODE.match(word)) is not None:
        return ("episode", str(int(episode.group(1))))
    if (both := _SEASON_EPISODE.match(word)) is not None:
        return ("season", str(int(both.group(1))), "episode", str(int(both.group(2))))
    return None


def parts_spelt_apart(words: list[str]) -> list[str]:
    """The words with each glued episode number spelt apart: "ep1" -> "episode 1"."""
    said = "".join(words)
    if said.isascii() and _DIGIT.search(said) is None:
        return words  # no number at all (most messages): nothing glued to one
    if not any(w[:1] in ("e", "s") and w[-1:].isdigit() for w in words):
        return words
    out: list[str] = []
    for word in words:
        out.extend(_apart(word) or (word,))
    return out
