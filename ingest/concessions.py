"""Where a piece of news stops: ", even though its second season won't arrive until June" is a concessive
clause after the news, with its own negation that does not take the news back."""

from __future__ import annotations

import re

_CONCESSION = re.compile(r",\s+(?:even though|although|though|even as|even if|whereas)\b")


def before_concession(text: str, news_end: int) -> str:
    """`text` up to the first concessive clause opening after `news_end` (the whole text when none does)."""
    concession = _CONCESSION.search(text, news_end)
    return text[: concession.start()] if concession else text
