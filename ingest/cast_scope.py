"""Whose cast a sentence names: a role read beside another show ("... as Mad Max in the original films",
"... on 'Ted Lasso'"), and in a sentence naming several shows only the casts a title introduces."""

from __future__ import annotations

import re

from ingest.context import Context, person_list, titled_before
from ingest.model import ExtractedFact, FactKind, fact
from ingest.person_descriptions import DESCRIBED_PERSON

# "in the original films", "in the 1980 miniseries": a work the show remakes or follows, never the show.
_EARLIER_ORIGINAL = re.compile(
    r"\s*,?\s*(?:in|on|from) (?:the|an?) (?:original|earlier|previous|first|classic|\d{4}s?) (?:\d{4} )?"
    r"(?:[\w-]+ )?(?:films?|movies?|series|show|miniseries|versions?|adaptations?|trilogy)\b"
)


def elsewhere(after: str, show: str, ctx: Context) -> bool:
    """Does the role just read belong to another show named right after it ("... on 'Ted Lasso'")?"""
    named = re.match(r"\s*,?\s*(?:in|on|from) (?:the (?:\w+ )?(?:series|show|film|movie) )?[“\"‘']?(.{1,80})",
                     after)  # fmt: skip
    if not named:
        return False
    if _EARLIER_ORIGINAL.match(after):
        return True  # "... as Mad Max in the original films": the role in the work the show remakes
    spans = ctx.titles_in(named.group(1))
    return bool(spans) and spans[0][0] == 0 and spans[0][2] != show


def titled_cast(text: str, ctx: Context) -> list[ExtractedFact]:
    """In a sentence naming several shows, only casts a title introduces: "Crisis, a drama starring A"."""
    out: list[ExtractedFact] = []
    for cue in re.finditer(r"\b(?:starring|co-starring|which stars)\s+", text):
        own = titled_before(text[: cue.start()], ctx)
        described = DESCRIBED_PERSON.match(text[cue.end() :])
        items, _end = person_list(text[cue.end() + (described.end() if described else 0) :], ctx)
        out += [fact(FactKind.CREDIT, text, 0.75, show=own, person=p, role="actor") for p, _a in items if own]
    return out
