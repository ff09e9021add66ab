"""How many episodes a season has: "the eight-episode second season", "all 10 episodes of its first two
seasons", "the third season's six episodes"."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.model import ExtractedFact, FactKind, fact
from ingest.releases import season_before
from ingest.season_refs import parse_season_number
from ingest.sentences import Sentence

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_ALL_EPISODES = re.compile(
    r"\b(?:debuts?|drops?|releases?|premieres?|arrives?) all "
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:of its )?episodes\b"
)
_EPISODES = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:episode|part)s?\s+"
    # "directs two episodes of season 2" sizes nothing: "of" is no word describing the season.
    r"(?:(?!of\b)(\w+)\s+)?(?:season|series|run|installment|outing)\b"
    r"|\b(?:consists? of|comprises?|will have|spans?|contains?|ran for|runs for|will run for) "
    r"(\d+|one|two|three|four|five|six|seven"
    r"|eight|nine"
    r"|ten|eleven|twelve) episodes\b"
)


def season_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Episode counts, renewals and final seasons."""
    text = sentence.text
    if not sentence.states:
        return []
    show = ctx.show_for(sentence)
    if show is None:
        return []
    out: list[ExtractedFact] = []
    for match in _EPISODES.finditer(text):
        count_word = (match.group(1) or match.group(3)).lower()
        episodes = int(count_word) if count_word.isdigit() else _WORDS[count_word]
        number = parse_season_number(match.group(2)) if match.group(2) else None
        if number is None:
            number = season_before(text[: match.end()], ctx) or (
                # "its eight-episode run" in an article naming no season at all: the first (only) season.
                (ctx.focus_season or 1) if re.search(r"\b(?:season|series|run)\b", match.group()) else None
            )
        if number and episodes:
            out.append(fact(FactKind.SEASON, text, 0.75, show=show, number=number, episodes=episodes))
    span = re.search(
        r"\ball (\d+|\w+) episodes\b.{0,60}?\b(?:through|across|over|in|of) (?:its|the) first (two|three"
        r"|four)"
        r" seasons\b",
        text,
    )
    if span:
        count, last = span.group(1).lower(), _WORDS[span.group(2)]
        total = int(count) if count.isdigit() else _WORDS.get(count)
        out.append(fact(FactKind.SEASON, text, 0.75, show=show, number=1, through=last, episodes=total))
    for match in re.finditer(r"\b(first|second|third|fourth|fifth) season['’]s (\d+|\w+) episodes\b", text):
        count = match.group(2).lower()
        size = int(count) if count.isdigit() else _WORDS.get(count)
        ordinal = parse_season_number(match.group(1))
        if size and ordinal:
            out.append(fact(FactKind.SEASON, text, 0.75, show=show, number=ordinal, episodes=size))
    every = _ALL_EPISODES.search(text)
    if every and ctx.focus_season and show == ctx.main and not re.search(r"\bseasons\b", text):
        word = every.group(1).lower()
        out.append(fact(FactKind.SEASON, text, 0.7, show=show, number=ctx.focus_season,
                        episodes=int(word) if word.isdigit() else _WORDS[word]))  # fmt: skip
    return out
