"""Which seasons and how many episodes a director's credit covers, read from the clause that gives it."""

from __future__ import annotations

import re

from ingest.context import CLAUSE_SPLIT, Context
from ingest.crew_patterns import NUM, NUMBERS
from ingest.season_refs import ORDINALS, SEASON_REF, parse_season_number


def _scope(clause: str, ctx: Context, inherited: str | None) -> tuple[str | None, int | None]:
    """Which seasons and how many episodes a director's clause covers."""
    episodes = None
    match = re.search(rf"(?<![Ss]eason )(?<![Ss]eries )(?<![Pp]art )\b(?:all |the first |the last |the final "
                      rf"|the other |directed |direct )?({NUM})"
                      rf"(?: more)?(?: of the (?:\w+ season['’]s )?{NUM})? episodes\b"
                      rf"|\bthe (?:other|first|last|final) ({NUM})\b(?! (?:seasons|years))"
                      rf"|\b({NUM}) more\b", clause)  # fmt: skip
    if match:
        word = (match.group(1) or match.group(2) or match.group(3)).lower()
        episodes = int(word) if word.isdigit() else NUMBERS.get(word)
    elif re.search(r"\bthe (?:first|opening|premiere|pilot) episode\b|\bthe pilot\b", clause):
        episodes = 1  # "to direct the first episode": a single episode, the first
    span = re.search(r"\bfirst (two|three|four|five) seasons\b", clause)
    if span:
        return f"1-{NUMBERS[span.group(1)]}", episodes
    ref = SEASON_REF.search(clause)
    if ref:
        number = parse_season_number(ref.group("num") or ref.group("ord"))
        return (str(number) if number else inherited), episodes
    if (
        re.search(
            r"\b(?:the new|this|the upcoming|the next|the latest) (?:season|series|run)\b", clause, re.I
        )
        and ctx.focus_season
    ):
        return str(ctx.focus_season), episodes
    ordinal = re.search(r"\b(" + "|".join(ORDINALS) + r") season['’]s\b", clause)
    if ordinal:
        return str(ORDINALS[ordinal.group(1)]), episodes
    return inherited, episodes


def _clause_at(text: str, position: int) -> str:
    """The clause of `text` that contains `position`."""
    start = 0
    for match in CLAUSE_SPLIT.finditer(text):
        if match.start() > position:
            return text[start : match.start()]
        start = match.end()
    return text[start:]


# "the Season 6 premiere, written by A and directed by B": the episode the participles describe names its
# season.
_DESCRIBED_EPISODE = re.compile(
    rf"\bthe (?:{SEASON_REF.pattern}) (?:premiere|finale|opener|episode)\b[^;.()]{{0,120}}$"
)


def described_episode_season(before: str) -> str | None:
    """The season of the episode named right before a crew participle ("the Season 6 premiere, ... directed
    by"), else None."""
    match = _DESCRIBED_EPISODE.search(before)
    if match is None:
        return None
    number = parse_season_number(match.group("num") or match.group("ord"))
    return str(number) if number else None
