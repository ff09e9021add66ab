"""Cast lists that belong to some other work than the show at hand, though the sentence sits in its
paragraph: "a new comedy starring A and B" (an unnamed show), "an adaptation of the 1980s drama starring
C" (the original the show adapts), and a press photo's caption naming its own show in capitals."""

from __future__ import annotations

import re

from ingest.context import COREFERENCE, Context
from ingest.names import PERSON
from ingest.title_patterns import GENRE

# "ordered a new comedy starring ...", "another drama, starring ...": a show the sentence does not name.
_UNNAMED = re.compile(
    rf"\b(?:a|an|another)\s+(?:[\w-]+\s+){{0,3}}?(?:{GENRE}|series|show|project|pilot)\s*,?\s*$", re.I
)
# "this adaptation of the 1990s television drama starring ...": the adapted work's cast.
_EARLIER_WORK = re.compile(
    r"\b(?:adaptation|remake|reboot|revival|reimagining|version|update) of (?:the|a|an) "
    r"(?:[a-z0-9][\w'’-]*\s+){0,5}$"
    # "the original 1980 miniseries with A as B": the earlier work's cast.
    r"|\bthe (?:original|earlier|previous|classic) (?:\d{4}s? )?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:films?|movies?|series|show|miniseries|versions?|adaptation)\s+(?:with|starring|featuring)?\s*$"
)
# "REVOLUTION — “Chained Heat” Episode 102 — Pictured: A as X": a caption opens with its show in capitals.
_CAPTION = re.compile(r"^[“\"‘']?([A-Z][A-Z0-9'’&:!. -]{2,60}?)[”\"’']?\s+[—–-]\s")


def other_works_cast(before: str, ctx: Context) -> bool:
    """Does the cast list after `before` belong to another work: an unnamed show or an adapted original?"""
    clause = re.split(r"[;:]\s+|,\s+(?:and|but|while)\s+", before)[-1]
    if _EARLIER_WORK.search(clause):
        return True
    # ("The series, a new drama starring ..." and "Iron Tide is a new drama starring ..." name the show.)
    return bool(_UNNAMED.search(clause)) and not ctx.titles_in(clause) and not COREFERENCE.search(clause)


def caption_show(text: str, ctx: Context) -> tuple[bool, str | None]:
    """Is `text` a press photo's caption naming its show in capitals ("REVOLUTION — ... Pictured: ...")?
    And the known title it spells (None when it names none we know: its cast then belongs to no show)."""
    caption = _CAPTION.match(text)
    if not caption or not re.search(r"\b(?:Pictured|Photo(?:graph)?(?: by| credit)?)\s*:", text, re.I):
        return False, None
    spelt = caption.group(1).strip().casefold()
    return True, next((t for t in ctx.titles if t.casefold() == spelt), None)


def through_work(match: re.Match[str], text: str, ctx: Context) -> bool:
    """Is the owner in "Owner's Full Name" a work, not an actor owning a character? Only when the owner is a
    known title, is led by "the" ("the Walking Dead's"), or the names go on into plain people ("..., along
    with Tim Roth"): "Maya Pruitt's Nora Vance" stays an actor's character."""
    owner = match.group(1)
    if owner in ctx.titles or re.search(r"\bthe\s+$", text[: match.start()]):
        return True
    return bool(re.search(rf",?\s+(?:along with|alongside|as well as)\s+{PERSON}", text[match.end() :]))


# After "Name (Bracket)": a role or an acting verb says the name was the actor, the bracket other work.
ACTOR_THEN_WORK = re.compile(
    r"\s+(?:as\s+(?:the\s+)?[“\"‘]?[A-Z]|(?:will (?:also )?)?(?:play|plays|voice|voices|portray|portrays)\b"
    r"|stars as\b)"
)
