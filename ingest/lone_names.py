"""The capitalised words an article uses on their own, as a surname said alone ("Goldblum appears as ..."):
what tells an actor named before their other work in brackets ("Jeff Goldblum (Jurassic Park)") from a
character named before their actor ("Cassie Bowden (Kaley Cuoco)")."""

from __future__ import annotations

import re

from ingest.names import HONORIFICS

_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w-]+)(['’]s)?(?![\w'’-])")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def lone_words(text: str) -> frozenset[str]:
    """The capitalised words of `text` that stand alone somewhere: no capitalised word just before (in the
    same clause) nor, unless possessive, just after. A sentence may open with one ("Vale stars as ...")."""
    found: set[str] = set()
    for match in _WORD.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if _CAPITAL_BEFORE.search(before) and not re.search(r"[.!?:;,\"“”]\s*$", before):
            continue
        if not match.group(2) and _CAPITAL_AFTER.match(text, match.end()):
            continue
        found.add(match.group(1))
    return frozenset(found)


def actor_before_work(outside: str, bracket: str, alone: frozenset[str]) -> bool:
    """Is "Outside Name (Bracket Name)" an actor and their other work? So when the article later calls the
    first by surname alone ("Goldblum appears") but never the second, and never the first by first name
    (characters go by first names: "Randall McCoy (Bill Paxton)" ... "Anse and Randall"). A rank opens a
    character's name ("Dr. Chris Turk (Donald Faison)")."""
    words = outside.split()
    if len(words) < 2 or " " not in bracket or words[0] in HONORIFICS or words[0].endswith("."):
        return False
    return words[-1] in alone and bracket.split()[-1] not in alone and words[0] not in alone
