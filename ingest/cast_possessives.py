"""An actor's possessive before a role in a sentence about the cast ("Orlando Bloom's Rycroft Philostrate"),
told from a title's possessive before its actor ("Downton Abbey's Dan Stevens", "American Pie's Jason Biggs
as the fiance"): the first gives a role, the second names the actor through other work."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.cast_guards import through_work
from ingest.cast_patterns import ACTOR_SLOT, CAST_WORDS, CREW_WORDS, JOINING, NOT_AFTER_POSSESSIVE
from ingest.character_names import _is_character
from ingest.context import Context
from ingest.names import CAPW, PERSON, is_person_name

_POSSESSIVE = re.compile(rf"({PERSON})(?:['’]s|(?<=s)['’]) ({CAPW}(?:\s+{CAPW}){{0,2}})")


def possessive_roles(text: str, ctx: Context, add: Callable[[str, str | None, float], None]) -> None:
    """Give `add` each (actor, role) a possessive names in `text`, a sentence about the cast (never before a
    noun)."""
    for match in _POSSESSIVE.finditer(text):
        who, character = ctx.person(match.group(1)), match.group(2)
        if CREW_WORDS.search(text[: match.start()]) and not CAST_WORDS.search(text[: match.start()]):
            continue  # "executive produce with ..., as well as Banijay Americas’ Howard T. Owens"
        # "alongside Downton Abbey’s Tuppence Middleton": after a cast word the show owns its actor.
        joining = JOINING.search(text)
        if ACTOR_SLOT.search(text[: match.start()]) or (joining and joining.start() >= match.end()):
            continue
        # ("and American Pie's Jason Biggs as the fiance": a name then cast "as" someone is the actor.)
        cast_as = re.match(r"\s+as\s", text[match.end() :]) is not None and is_person_name(character)
        if cast_as or (
            who not in ctx.people and is_person_name(character) and through_work(match, text, ctx)
        ):
            # "Arrested Development's Michael Cera and Gossip Girl's Jessica Szohr, along with Tim Roth": a
            # full name after an owner not known as a person is the actor, named through other work.
            actor = ctx.person(character)
            if actor and actor not in ctx.titles and NOT_AFTER_POSSESSIVE.match(text[match.end() :]):
                add(actor, None, 0.6)
            continue
        if who and NOT_AFTER_POSSESSIVE.match(text[match.end() :]) and _is_character(character, ctx):
            add(who, character, 0.6)
