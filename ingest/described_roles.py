"""An actor named first with the role described in brackets after: "Vale (commander Imperator Rook) is seen
crossing the dunes", "Ada Brisk (the ruthless Queen Mab) returns". The bracket opens with lower-case words
describing the role, so it is no "Character (Actor)" pair read the other way round."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import CAPW, NOT_NAME, PERSON, network_names
from ingest.sentences import Sentence

_DESCRIBED_ROLE = re.compile(
    rf"(?<![\w'’])({PERSON}|{CAPW})\s+\((?:the\s+|a\s+|an\s+)?((?:[a-z][\w-]*\s+){{1,3}})"
    rf"({CAPW}(?:\s+{CAPW}){{0,2}})\)\s+(?:is|was|will|has|returns|appears|plays|can|also|gets)\b"
)
# Lower-case words that make the bracket a job or a relation to a real person, not a role.
_NOT_A_ROLE = re.compile(
    r"\b(?:director|writer|producer|creator|showrunner|author|composer|host|president|executive|ceo"
    r"|reporter|critic|spokesperson|editor|filmmaker|star|actor|actress|wife|husband|son|daughter|partner"
    # "Vale (seen here with Tom Lee)", "Vale (pictured with ...)": a caption's words, not a role.
    r"|with|alongside|and|pictured|seen|photographed|former|formerly|then|now|once"
    # "Cody (real name Brook Busey)", "Vale (born Ada Brisk)": the person's own other name, not a role.
    r"|real|birth|born|legal|maiden|stage|pen|formerly|aka)\b"
)


def described_role_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Actor credits where a known actor's bracket describes and names the role they play."""
    text = sentence.text
    if "(" not in text:
        return []
    show = ctx.show_for(sentence)
    if show is None:
        return []
    out: list[ExtractedFact] = []
    for match in _DESCRIBED_ROLE.finditer(text):
        actor, words, role = ctx.person(match.group(1)), match.group(2), match.group(3)
        if actor is None or " " not in actor or _NOT_A_ROLE.search(words):
            continue
        if role.isupper() or role in ctx.titles or role in ctx.people or role in NOT_NAME:
            continue
        if network_names(role):
            continue
        out.append(fact(FactKind.CREDIT, text, 0.7, show=show, person=actor, role="actor", character=role))
    return out
