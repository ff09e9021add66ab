"""A casting deal told through its owner: "Dara Holm's deal to join Brine Street has closed", or "a source in
Holm's camp confirms that her deal to join Brine Street has closed". The deal's owner is the one person the
sentence names before it (a second name would make "her" unclear); a deal "to join X as showrunner" is a crew
post, never an acting credit."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.credit_record import actor_credit
from ingest.model import ExtractedFact
from ingest.names import CAPW, is_person_name
from ingest.sentences import Sentence

_OWNER = rf"({CAPW}(?:\s+{CAPW}){{0,2}})['’]s"
# The owner's own deal, or the owner's camp/reps and then "her/his deal", within one clause.
_DEAL = re.compile(
    rf"{_OWNER}(?:\s+(?:new\s+)?|\s+[^.;:]{{0,60}}?\b(?:her|his|their)\s+)deal\s+to\s+"
    r"(?:join the cast of|(?:co-)?star in|join)\s+"
)


def deal_credits(sentences: list[Sentence], ctx: Context) -> list[ExtractedFact]:
    """Actor credits for a person's deal to join a covered show."""
    out: list[ExtractedFact] = []
    for sentence in sentences:
        if sentence.heading or "deal to" not in sentence.text:
            continue
        for match in _DEAL.finditer(sentence.text):
            person = ctx.person(match.group(1)) or _full_name(match.group(1), sentences)
            after = sentence.text[match.end() :]
            show = next((t for t in sorted(ctx.shows, key=len, reverse=True) if after.startswith(t)), None)
            if not person or not show or person == show:
                continue
            if re.match(r"[^.;]{0,60}\bas\b", after[len(show) :]):
                continue  # "to join X as showrunner": the deal names a post, maybe a crew one
            before = sentence.text[: match.start(1)]
            if any(p != person and p in before for p in ctx.people):
                continue  # two people named: whose deal is it?
            out.append(actor_credit(show, person, sentence, 0.7, None))
    return out


def _full_name(owner: str, sentences: list[Sentence]) -> str | None:
    """The full name an owner is known by: itself when a person's name, or for a surname alone ("Graham's
    camp") the one full name ending with it anywhere in the article ("GILMORE GIRLS Lauren Graham")."""
    if " " in owner:
        return owner if is_person_name(owner) else None
    text = " ".join(s.text for s in sentences)
    found = {m.group(0) for m in re.finditer(rf"\b{CAPW}\s+{re.escape(owner)}\b(?!['’]?\w)", text)}
    full = {name for name in found if is_person_name(name)}
    return next(iter(full)) if len(full) == 1 else None
