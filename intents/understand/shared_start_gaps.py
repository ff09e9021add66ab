"""Two waits from the same moment held against each other: "is the gap between today and agatha shorter than
the gap to hs3?". Both gaps start now (today, the article's date), so the shorter wait is to the premiere that
comes first: the question is asked as the order of the two premieres, yes or no first."""

from __future__ import annotations

import datetime as dt
import re

from intents.answer import Answer
from intents.understand.context import Composing

# Words naming the moment both waits start from: the present, or the article the fan is reading.
_NOW_WORDS = frozenset({"today", "now", "article"})
_GAP = r"(?:gap|wait|time|distance|stretch)"
_UNTIL = r"(?:and|to|till|til|until|before)"
_SHARED_START_GAPS = re.compile(
    rf"^(?:is|was|isnt) the {_GAP} (?:between|from) (?P<start>.+?) {_UNTIL} (?P<first>.+?) "
    r"(?P<side>shorter|longer|less|more|smaller|bigger) than (?:the )?"
    rf"(?:(?:{_GAP}|one) )?(?:to|till|til|until|for|before) (?P<second>.+)$"
)
_SHORTER = frozenset({"shorter", "less", "smaller"})
# Words after a title that only say it is the premiere meant ("agatha premiere", "hs3 release").
_PREMIERE_WORDS = frozenset("premiere premieres release release date drop s the".split())


def _subject(words: str) -> str:
    kept = words.split()
    while kept and kept[-1] in _PREMIERE_WORDS:
        kept.pop()
    return " ".join(kept)


async def shared_start_gap(c: Composing) -> Answer | None:
    """Whether the wait until one premiere is shorter (or longer) than the wait until another, both counted
    from now; None for any other question, or when either premiere is already past."""
    matched = _SHARED_START_GAPS.match(" ".join(c.tokens).rstrip(" ?"))
    if matched is None or _NOW_WORDS.isdisjoint(matched["start"].split()):
        return None
    first, second = _subject(matched["first"]), _subject(matched["second"])
    if not first or not second:
        return None
    order = "before" if matched["side"] in _SHORTER else "after"
    answer = await c.ask_composed(f"does {first} come out {order} {second}")
    if not answer.text.startswith(("Yes", "No")):
        return None
    dates = [dt.date.fromisoformat(a) for a in answer.answers if re.fullmatch(r"\d{4}-\d{2}-\d{2}", a)]
    if len(dates) < 2 or min(dates) < c.today:
        return None  # a wait to a premiere already past is no wait: the order says nothing of it
    return answer
