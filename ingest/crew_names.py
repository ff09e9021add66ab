"""Crew reader helpers: may a lone word be a person, and does a title own the role noun after it?"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.names import NOT_NAME, network_names


def mononym_name(name: str, ctx: Context) -> bool:
    """Can a single word after "novel by" be a person's name? Not a title, a network or a common word."""
    if name in ctx.surnames:
        return False  # "created by Lawrence, Segel and ...": the surname of someone named in full elsewhere
    return name not in ctx.titles and name not in NOT_NAME and not network_names(name) and len(name) > 2


def owned_by_title(before: str, cue: str, ctx: Context) -> bool:
    """Does a capitalised name (a title, or a job word) stand right before a role's noun ("Fear showrunner",
    "Casting Director"), making the role that title's or another job, not the show at hand's?"""
    if re.search(r"\bby\b|\bfrom\b|written|penned|directed|created|produced", cue, re.I):
        return False
    descriptor = r"(?:-winning|-nominated|acclaimed|famed|legendary|renowned|celebrated|film|movie)\s+$"
    if cue.lower().startswith("director") and re.search(descriptor, before):
        return True  # "Oscar-winning director Ana Ruiz": what she is, not what she did on this show
    last = re.search(r"([A-Z][\w'’:&-]*)[”\"’']?(?:['’]s?)?\s*$", before)
    if last is None or last.group(1) in FUNCTION_WORDS:
        return False
    # "BBC executive producer Ann Lee" works for the network on the show at hand.
    return not network_names(last.group(1))


# A role's noun right after a name: the name was a title describing whose maker follows.
ROLE_AFTER = re.compile(r"\s+(?:co-)?(?:creator|showrunner|writer|director|(?:executive )?producer|star)s?\b")
NEW_CLAUSE = re.compile(r"\s+(?:is|are|was|were|will|has|have|had|would)\b")
FUNCTION_WORDS = frozenset(
    "The A An Its Their His Her Our Your And But As Also With Meanwhile Former From By".split()
)
