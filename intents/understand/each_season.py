"""A question asked of two seasons of one show at once ("who directed s2 and s3", "when did seasons 1 and 3
come out"): each season's question is asked alone and the answers joined, instead of answering the first
season named and leaving the other out. Comparisons between the two ("how many days between s1 and s3") are
answered before this reader is tried."""

from __future__ import annotations

import re

from intents.answer import Answer
from intents.text import fold
from intents.understand.asked_of_each import ask_of_each, joined_in_turn
from intents.understand.context import Composing

# "s2 and s3", "seasons 2 and 3", "season 1 & season 3" (folded words joined by spaces). Kept apart from
# seasons_out's pair, which also reads runs ("seasons 1 to 3"), "or" and numbers in words: two seasons asked
# of each here are two digits joined by "and", and never "s1 and 3 weeks".
_TWO_SEASONS = re.compile(
    r"\b(?:seasons? |s ?)(?P<a>\d{1,2}) (?:and|n|&) (?:season |s ?)?(?P<b>\d{1,2})\b"
    r"(?! (?:days|weeks|months))"
)
# Words that ask about the two seasons together, which the comparison readers answer.
_TOGETHER = ("between", "apart", "gap", "both", "same", "difference", "total", "combined", "altogether")


async def each_season(c: Composing) -> Answer | None:
    """The question asked of each of two seasons named together, or None when it names no such pair."""
    show = c.res.shows[0] if len({s.id for s in c.res.shows}) == 1 else None if c.res.shows else c.show
    if show is None or c.is_yes_no or c.has(*_TOGETHER):
        return None
    joined = " ".join(c.tokens)
    match = _TWO_SEASONS.search(joined)
    if match is None or match.group("a") == match.group("b"):
        return None
    start = len(joined[: match.start()].split())
    end = start + len(match.group(0).split())
    named = {i for m in c.res.mentions for i in range(m.start, m.end)}
    title = "" if named else f"{fold(show.title)} "  # the show named elsewhere stays where it is
    names = [f"{title}season {match.group('a')}", f"{title}season {match.group('b')}"]
    answers = await ask_of_each(c, start, end, names)
    if not any(a.kind == "answer" for a in answers) or answers[0].text == answers[1].text:
        return None  # one answer for both (a show-wide fact): the plain question gives it once
    return joined_in_turn(answers)
