"""A premiere told as the day's news before the show is named: "Tonight's big premiere is the quirky comedy
'Pushing Daisies,' which premieres at 8 p.m. on ABC", "Tonight ABC launches 'Gull Island'". The day is the
article's own, so the article's date gives it."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.dates import find_dates
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import airing_networks
from ingest.sentences import Sentence
from ingest.title_patterns import GENRE, NET

_TONIGHT = re.compile(
    r"^(?:Tonight|Today)(?:['’]s\s+(?:[\w-]+\s+){0,2}(?:premiere|debut|launch)\s+is\s+"
    rf"|,?\s+(?:{NET})\s+(?:launches|premieres|debuts|unveils|kicks off)\s+)"
)
# What may stand between the opening and the title: "the quirky comedy ", "its new drama “".
_TO_TITLE = re.compile(rf"(?:(?:the|its|a|an) (?:[\w-]+ ){{0,3}}?(?:{GENRE} )?)?[“\"‘']?$", re.IGNORECASE)


def tonight_releases(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """The article's day as the premiere of the show the sentence names right after "Tonight's premiere is"
    or "Tonight <network> launches"."""
    text = sentence.text
    opening = _TONIGHT.match(text)
    if opening is None or ctx.published is None or not sentence.states:
        return []
    days = [m.day for m in find_dates(text[: opening.end()], ctx.published) if m.day is not None]
    rest = text[opening.end() :]
    named = ctx.titles_in(rest[:80])
    if not days or not named or named[0][2] not in ctx.shows or not _TO_TITLE.fullmatch(rest[: named[0][0]]):
        return []
    networks = [name for _s, _e, name in airing_networks(text)]
    network = networks[0] if len(set(networks)) == 1 else None
    return [fact(FactKind.RELEASE, text, 0.7, show=named[0][2], date=days[0].isoformat(), network=network)]
