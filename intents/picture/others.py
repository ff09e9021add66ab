"""Someone described as the other person in a reported picture ("what's the other actor in that
behind-the-scenes photo with Kit Connor up to next?"): the description is replaced by the name of the one
other person the picture shows, and the question asked of them ("what's Joe Locke up to next?")."""

from __future__ import annotations

import re

from db.knowledge import Knowledge
from intents.picture.held import pictures_held

_OTHER = re.compile(
    r"\bthe other (?:\w+ )?(?:actor|actress|one|guy|person|star|lad|boy|girl|dude|cast member|bloke|lead)"
    r"\b[^?.!]*?\b(?:photo|pic|picture|image|snap|foto)s? with (?P<rest>.*)",
    re.IGNORECASE,
)

# The name itself asked before the description: the answer is who they are.
_NAME_ASKED = re.compile(r"(?:what(?:'s| is|s) (?:the )?name of|who(?:'s| is|s))[\s,]*$", re.IGNORECASE)


def other_in_picture(text: str, kb: Knowledge) -> str | None:
    """The question with "the other actor in that photo with X" replaced by the one other person a reported
    picture shows beside X; None when it says no such thing, or X is in no picture with exactly one other."""
    found = _OTHER.search(text)
    if found is None:
        return None
    rest = found["rest"]
    for picture in pictures_held(kb):
        named = [name for name in picture.showing if rest.lower().startswith(name.lower())]
        others = [name for name in picture.showing if name not in named]
        if len(named) == 1 and len(others) == 1:
            before, after = text[: found.start()], rest[len(named[0]) :]
            if _NAME_ASKED.search(before):
                return f"who is {others[0]}?"  # "what's the name of the other lead, the one in the photo ..."
            return f"{before}{others[0]}{after}"
    return None
