"""A show's first release named by "first" rather than a season number ("the first heartstopper release",
"heartstopper's first premiere"): read as its season 1, so a span or an order between it and another season
compares the two seasons, not the show with itself."""

from __future__ import annotations

from collections.abc import Callable

from intents.seasons import SEASON_TAG_WORD

# The words for a show's coming out whose first is season 1's ("the first heartstopper release").
_RELEASES = frozenset("release premiere debut drop launch".split())
_TITLE_REACH = 5  # words a title may have


def first_as_season(words: list[str], is_name: Callable[[str], bool]) -> list[str]:
    """The words with "first <title> <release>" and "<title> first <release>" read as "<title> season 1
    <release>"."""
    # Only beside another season: "when did heartstopper first release" asks the show's own first date, and
    # a follow-up on it ("was that before s3") is about the show, not a season 1 the fan never named.
    if "first" not in words or not any(
        w in ("season", "seasons") or SEASON_TAG_WORD.fullmatch(w) for w in words
    ):
        return words
    for at, word in enumerate(words):
        if word != "first":
            continue
        # "the first heartstopper release": the title after "first", then the release
        for end in range(at + 2, min(len(words), at + 2 + _TITLE_REACH)):
            title = " ".join(words[at + 1 : end])
            if words[end] in _RELEASES and is_name(title) and not is_name(f"first {title}"):
                return [*words[:at], *words[at + 1 : end], "season", "1", *words[end:]]
        # "heartstopper first release": the title before "first"
        after = words[at + 1 : at + 2]
        for start in range(max(0, at - _TITLE_REACH), at):
            title = " ".join(words[start:at])
            if after and after[0] in _RELEASES and is_name(title) and not is_name(f"{title} first"):
                return [*words[:at], "season", "1", *words[at + 1 :]]
    return words
