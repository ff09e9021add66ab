"""Where a piece of news stops: ", even though its second season won't arrive until June" is a concessive
clause after the news, with its own negation that does not take the news back; so is a clause a colon or a
semicolon closes before it ("The cancellation isn't a sign the network is done: it handed X a second-season
order")."""

from __future__ import annotations

import re

_CONCESSION = re.compile(r",\s+(?:even though|although|though|even as|even if|whereas)\b")


def before_concession(text: str, news_end: int) -> str:
    """`text` up to the first concessive clause opening after `news_end` (the whole text when none does)."""
    concession = _CONCESSION.search(text, news_end)
    return text[: concession.start()] if concession else text


# Where a clause before the news ends: a colon, a semicolon or a dash.
_CLAUSE_END = re.compile(r"[:;]\s+|\s+[—–]\s+")


def news_clause(text: str, news_start: int, news_end: int) -> str:
    """`text` from the last clause break before `news_start` up to the first concessive clause after
    `news_end`: the words that may take the news back."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, news_start)), default=0)
    return before_concession(text, news_end)[start:]
