"""The day the fan says it is, after asking whether something is out: "is heartstopper s3 out yet its
october 10", "has it premiered yet, today is the 5th". The date tells when they ask (the reply already reads
the clock), and is no date to check the premiere against: the question is asked without it."""

from __future__ import annotations

import re

# A question of whether something is out, then "it's <a day>" or "today is <a day>".
_OUT_THEN_TODAY = re.compile(
    r"^(?P<asked>.*\b(?:out|released|premiered|available|streaming|back|started|dropped)\b(?:\s+yet)?)"
    r"\s*[,.;!?-]*\s+(?:it'?s|it\s+is|today\s+is|today'?s|we'?re\s+on)\s+(?:the\s+)?"
    r"(?P<day>[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[a-z]+)?)"
    r"(?:\s+(?:already|now|here))?\s*(?P<end>[?!.]*)\s*$",
    re.IGNORECASE,
)
_ASKS_OUT = re.compile(r"^\W*(?:is|has|have|did|was|are)\b", re.IGNORECASE)


def without_todays_date(asked: str) -> tuple[str, str] | None:
    """The question without the day the fan says it is, and that day said; None when no such day closes a
    question of whether something is out."""
    found = _OUT_THEN_TODAY.match(asked.strip())
    if found is None or _ASKS_OUT.match(found["asked"]) is None:
        return None
    return f"{found['asked']}{found['end'] or '?'}", found.group(0)[len(found["asked"]) :].strip(" ,.;!?-")
