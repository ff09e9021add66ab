"""The name of the person talked about, asked again: "what's his name again", "sorry what was her name",
"what's he called again". Read as "who is X" about the person the pronoun means, whose answer names them."""

from __future__ import annotations

import re

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold
from intents.understand.pronouns import person_for

_NAME_ASKED = re.compile(
    r"^(?:(?:so|sorry|wait|ok|okay|and|remind me|um|uh)\s+)*"
    r"(?:what|whats)\s+(?:(?:is|was|s)\s+)?"
    r"(?:(?P<owner>his|her|their)\s+(?:full\s+)?names?|(?P<subject>he|she|they)\s+(?:is\s+|are\s+)?called)"
    r"(?:\s+(?:is|was))?(?:\s+again)?$"
)
_SUBJECT_TO_OWNER = {"he": "his", "she": "her", "they": "their"}


def name_asked_again(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """ "who is X" for a question asking again the name of the person a pronoun means, or None."""
    found = _NAME_ASKED.match(" ".join(tokens))
    if found is None or not conv.people:
        return None
    pronoun = found.group("owner") or _SUBJECT_TO_OWNER[found.group("subject")]
    person = person_for(pronoun, conv, conv.people[0], None, kb)
    if person is None or person not in kb.people:
        return None
    return ["who", "is", *fold(kb.people[person].name).split()]
