"""A cast list whose entries a semicolon parts, each actor with a bracketed aside of other work and a role
described before its name: "The fresh cast also includes: Scott Porter ("All My Children") as team captain
and first-string quarterback Jason Street; Gaius Charles ("The Book of Daniel") as feared running back Brian
"Smash" Williams; ... and Minka Kelly ("What I Like About You") as Lyla Garrity, Panther cheerleader."
The general cast readers stop at the first long description and never cross a semicolon."""

from __future__ import annotations

import re

from ingest.character_names import _is_character
from ingest.context import Context
from ingest.credit_record import actor_credit
from ingest.model import ExtractedFact
from ingest.names import CAPW, NICKNAME, PERSON
from ingest.sentences import Sentence

_CUE = re.compile(
    r"\b(?:cast|ensemble)(?: also)? (?:includes?|features?)\s*:?\s+|\b(?:[Ss]tarring|[Ss]tars)\s*:\s+"
)
# One entry: the actor, an aside, "as", up to eight words describing the role, then its name (which a comma
# and more description may follow).
_ENTRY = re.compile(
    rf"(?:and\s+)?(?P<person>{PERSON})\s*(?:\([^()]{{1,80}}\)\s*)?\s+as\s+"
    rf"(?:(?:the|a|an|his|her|their|{CAPW}['’]s)\s+)?(?:(?:[a-z][\w'’-]*|and),?\s+){{0,8}}?"
    rf"(?P<char>{CAPW}(?:\s+(?:{NICKNAME}|{CAPW})){{0,4}})\s*(?:,[^;]*)?$"
)


_PARTS = re.compile(r";|,\s+and\s+(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s*(?:\(|as\s))")


def semicolon_casts(sentences: list[Sentence], ctx: Context) -> list[ExtractedFact]:
    """Actor credits from every semicolon-parted cast list of the article. (Read on whole sentences: the
    sentence extractors see a sentence naming titles cut at its semicolons, one part at a time.)"""
    return [credit for sentence in sentences if not sentence.heading for credit in _listed(sentence, ctx)]


def _listed(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Actor credits, with their roles, from a semicolon-parted cast list after "cast includes:"."""
    text = sentence.text
    if ";" not in text or not sentence.states:
        return []
    cue = _CUE.search(text)
    # (The titles in brackets are each actor's other work: the show is the one named outside them.)
    show = ctx.show_for(sentence, re.sub(r"\([^()]*\)", " ", text)) if cue else None
    if cue is None or show is None:
        return []
    out: list[ExtractedFact] = []
    # ("... as Matt Saracen, and Minka Kelly (...) as Lyla Garrity": the last entry may follow ", and".)
    entries = _PARTS.split(text[cue.end() :].rstrip(' .”"'))
    for entry in entries if len(entries) > 1 else ():
        match = _ENTRY.match(entry.strip())
        person = ctx.person(match.group("person")) if match else None
        if match is None or person is None or person in ctx.titles:
            continue
        role = match.group("char")
        out.append(actor_credit(show, person, sentence, 0.75, role if _is_character(role, ctx) else None))
    return out
