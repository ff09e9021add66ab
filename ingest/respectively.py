"""Roles paired with people by "respectively": "Anya Chalotra and Freya Allan (who play Yennefer and Ciri,
respectively)", "A and B ... for their performances as X and Y, respectively".

The people may stand far from the roles, each with describing words ("Korean superstar A and past Emmy
nominee B"): the pairing is claimed only when the sentence names exactly as many people before the roles as
there are roles, so no role can go to the wrong person.
"""

from __future__ import annotations

import re

from ingest.character_names import _is_character
from ingest.context import Context
from ingest.credit_record import actor_credit
from ingest.model import ExtractedFact
from ingest.names import CAPW, PERSON
from ingest.sentences import Sentence

_NAMES = rf"{CAPW}(?:\s+(?:of\s+|the\s+)?{CAPW}){{0,3}}"
# "play X and Y, respectively", "for their performances as X, Y and Z, respectively".
_ROLES = re.compile(
    r"\b(?:play|plays|played|playing|portray|portrays|portrayed|voice|voices|voiced|as)\s+"
    r"(?:the roles of\s+)?"
    rf"({_NAMES}(?:\s*,\s*{_NAMES})*,?\s+and\s+{_NAMES}),?\s+respectively\b"
)
_PERSON_AT = re.compile(rf"(?<![\w'’-]){PERSON}")


def _split(names: str) -> list[str]:
    return [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names) if n.strip()]


def _people_before(text: str, ctx: Context) -> list[str]:
    """The known people `text` names, in order, each once."""
    found: list[str] = []
    for match in _PERSON_AT.finditer(text):
        person = ctx.person(match.group())
        if person and person not in ctx.titles and person not in found:
            found.append(person)
    return found


def respectively_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Actor credits from a list of roles given "respectively" to the people named before it."""
    text = sentence.text
    if "respectively" not in text or not sentence.states:
        return []
    show = ctx.show_for(sentence)
    if show is None:
        return []
    out: list[ExtractedFact] = []
    for match in _ROLES.finditer(text):
        roles = _split(match.group(1))
        people = _people_before(text[: match.start()], ctx)
        if len(people) != len(roles) or not all(_is_character(r, ctx) for r in roles):
            continue  # a person too many (or too few) would shift every role onto the wrong actor
        out += [actor_credit(show, p, sentence, 0.75, r) for p, r in zip(people, roles, strict=True)]
    return out
