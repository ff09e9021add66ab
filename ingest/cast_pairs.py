"""Roles given in two lists, paired in order: "A and B play X and Y", "X and Y, played by A and B", "X and Y
(A and B)".

A list of people beside a list of roles must never give one person every role (or the last role to the
first person): either both lists have the same length and pair in order, or nothing is claimed.
"""

from __future__ import annotations

import re

from ingest.cast_patterns import character_list
from ingest.context import Context, trailing_people
from ingest.cued import cued
from ingest.names import CAPW, PERSON

_NAMES = rf"{CAPW}(?:\s+{CAPW})*"
_NAME_LIST = rf"{_NAMES}(?:(?:\s*,\s*|\s+and\s+){_NAMES})+"
# "play Morticia and Gomez Addams", "will play Linda's parents, Uncle Matthew and Aunt Sadie".
_PLAY_LIST = re.compile(
    # ("will reprise their roles as FBI Agents Ada Stone and Leo Marsh": a plural rank may come first.)
    rf"\b(?:will\s+|also\s+)?(?:play|portray|(?:also )?return as|are (?:also )?back as|star as"
    rf"|reprise (?:their|the) (?:respective )?roles as)\s+"
    rf"(?:(?:{CAPW}['’]s|the|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,?\s+)?(?:(?:[A-Z]{{2,5}}\s+)?[A-Z][a-z]+s\s+(?=[A-Z]))?"
    rf"({_NAME_LIST})"
)
# "DI Jane Roe and DI Tom Doe, played by A and B", "Jane and Tom (played by A and B)".
_PLAYED_BY_LIST = cued(
    rf"({_NAME_LIST}),?\s+\(?(?:played|portrayed|voiced) by\s+({_NAME_LIST})",
    r"(?:played|portrayed|voiced) by\s",
)
# "writers Nora and Ted Fane (Lucy Halden and Mark Crewe)": two roles, their two actors in brackets.
_BRACKETED_LIST = cued(rf"({_NAME_LIST})\s+\(({_NAME_LIST})\)", r" and [^()]*\)")
_SPEAKER_NEXT = re.compile(r"\s+(?:said|says|announced|confirmed|reported|revealed)\b")
_LISTED_BEFORE = re.compile(rf"{CAPW}\s*(?:,|\s+and|\s*&)\s*$")
_LISTED_AFTER = re.compile(rf"\s*(?:,|\s+and|&)\s*{CAPW}")
_OPENING_PLACE = re.compile(r"(?:In|On|For|At)\s+[^,;]{1,60},\s*$")
_ROLE_BEFORE = re.compile(r"\b(?:as|plays?|portrays?|voices?)\s+(?:[\w'’-]+\s+){0,3}$")


def _split(names: str) -> list[str]:
    return [n for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names) if n]


def paired_roles(text: str, ctx: Context) -> list[tuple[str, str]]:
    """(person, character) pairs from lists of people and roles of the same length, in order."""
    pairs: list[tuple[str, str]] = []
    if " and " not in text:
        return pairs  # two lists need an "and" at least
    for match in _PLAY_LIST.finditer(text):
        people = trailing_people(text[: match.start()].rstrip(), ctx)
        roles = character_list(match.group(1)) or _split(match.group(1))
        if _SPEAKER_NEXT.match(text, match.end()) and re.search(
            rf",\s*{CAPW}(?:\s+{CAPW})*$", match.group(1)
        ):
            roles = roles[:-1]  # "... as Max Mulder and Dana Scully, Fox said": the last name is who said it
        if len(people) == len(roles) > 1:
            pairs += zip(people, roles, strict=True)
    for match in _PLAYED_BY_LIST.finditer(text):
        roles = _split(match.group(1))
        named = [ctx.person(p) for p in _split(match.group(2))]
        people = [p for p in named if p]
        if len(people) == len(named) == len(roles) > 1:
            pairs += zip(people, roles, strict=True)
    for match in _BRACKETED_LIST.finditer(text):
        roles = _split(match.group(1))
        named = [ctx.person(p) for p in _split(match.group(2))]
        people = [p for p in named if p and p not in ctx.titles]
        # (Two people with their other work in brackets, "A and B (Lost and Heroes)", pair nothing: the
        # brackets must hold people, the list before them roles no one is called.)
        if len(people) == len(named) == len(roles) > 1 and not any(
            ctx.person(r) in ctx.people for r in roles
        ):
            pairs += zip(people, roles, strict=True)
    return pairs


def in_name_list(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] one item of any list of names ("X and Y, played by ...")? ("In Tide
    Pool, Mae Ford, played by ...": the phrase opening the sentence names where, not another role.)"""
    listed_before = _LISTED_BEFORE.search(text[:start]) and not _OPENING_PLACE.match(text[:start])
    return bool(listed_before or _LISTED_AFTER.match(text[end:]))


def in_role_list(text: str, start: int, end: int, ctx: Context) -> bool:
    """Is the person at text[start:end] joined by "and" to another person ("A and B will play ...", "played by
    A and B")? What follows then speaks of both, so a single pairing from it would guess. ("Zosia, B plays",
    "X as Zosia and B plays" name a role before B, not a person.)"""
    before = re.search(rf"({PERSON}|{CAPW})\s+(?:and|&)\s+$", text[:start])
    if before and ctx.person(before.group(1)) and not _ROLE_BEFORE.search(text[: before.start()]):
        return True
    after = re.match(rf"\s+(?:and|&)\s+({PERSON}|{CAPW})", text[end:])
    return bool(after and ctx.person(after.group(1)))


# "Dylan (Matt Long, “Jack and Bobby”)": a character, then its actor with the actor's other work.
_ROLE_ACTOR_WORK = re.compile(
    rf"({CAPW}(?:\s+{CAPW}){{0,3}})\s+\(({CAPW}(?:\s+{CAPW}){{1,3}}),\s+[“\"‘'][^()“”\"]{{1,60}}[”\"’']\)"
)


# "Detective Ana Ruiz (Nina Morales, Dust Road)": the other work unquoted, after the actor's full name.
_ROLE_ACTOR_PLAIN_WORK = cued(
    rf"({CAPW}(?:\s+{CAPW}){{0,3}})\s+\(({CAPW}(?:\s+{CAPW}){{1,3}}),\s+{CAPW}[^()]{{0,60}}\)",
    r", [A-Z][^()]*\)",
)


def roles_with_work(text: str, ctx: Context) -> list[tuple[str, str]]:
    """(person, character) from "Character (Actor, “Other Show”)", the press-release cast form, and from
    "Character (Actor, Other Show)" where the role is no person the article names."""
    pairs: list[tuple[str, str]] = []
    if ", “" in text or ', "' in text or ", ‘" in text:
        for match in _ROLE_ACTOR_WORK.finditer(text):
            person = ctx.person(match.group(2))
            if person:
                pairs.append((person, match.group(1)))
    for match in _ROLE_ACTOR_PLAIN_WORK.finditer(text):
        person, role = ctx.person(match.group(2)), match.group(1)
        # ("Ann Lee (Tom Vale, Iron Bay)": two people, or a title, never a role and its actor.)
        if (
            person
            and person not in ctx.titles
            and role not in ctx.titles
            and ctx.person(role) not in ctx.people
        ):
            pairs.append((person, role))
    return pairs
