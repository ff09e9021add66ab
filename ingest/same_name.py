"""A show named after its lead role: "Ritter has been cast as Jessica Jones in the Netflix series of the same
name", "Colm Reddy will play Arlo Finch in the HBO series of the same name". The role is the title too."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import CAPW, PERSON, find_networks, is_person_name
from ingest.sentences import Sentence
from ingest.title_patterns import GENRE

_SAME_NAME = re.compile(
    rf"(?:(?P<person>{PERSON})|(?P<surname>{CAPW}))\s+(?:has been |was |is |will be |had been )?"
    r"(?:cast as|(?:will |to |set to |is set to |is going to be )?(?:play|playing|plays|portray|portrays)"
    r"|(?:tapped|picked|chosen) to play)\s+"
    rf"(?P<role>{CAPW}(?:\s+{CAPW}){{0,3}})\s+in\s+the\s+(?P<kind>(?:[\w+&'’.-]+\s+){{0,3}}?{GENRE})\s+"
    r"of\s+the\s+same\s+name\b"
)


def same_name_titles(text: str) -> list[str]:
    """The roles that name their own show ("as Jessica Jones in the ... series of the same name")."""
    return [m.group("role") for m in _SAME_NAME.finditer(text)]


def _person(match: re.Match[str], ctx: Context) -> str | None:
    """The full name cast: written whole, or a surname the article gives in full elsewhere."""
    if match.group("person") and is_person_name(match.group("person")):
        return match.group("person")
    surname = match.group("surname") or ""
    full = [p for p in ctx.people if p.split()[-1] == surname]
    return full[0] if len(full) == 1 else None


def same_name_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """The credit for the role a show is named after ("cast as X in the ... series of the same name")."""
    out: list[ExtractedFact] = []
    for match in _SAME_NAME.finditer(sentence.text):
        person, role = _person(match, ctx), match.group("role")
        if person and role in ctx.shows and person != role:
            out.append(fact(FactKind.CREDIT, sentence.text, 0.85, show=role, person=person, role="actor",
                            character=role))  # fmt: skip
    return out


def same_name_networks(sentences: list[Sentence], shows: frozenset[str]) -> list[tuple[str, str, str]]:
    """(show, network, sentence): "in the Netflix series of the same name" places the show on Netflix."""
    out: list[tuple[str, str, str]] = []
    for sentence in sentences:
        for match in _SAME_NAME.finditer(sentence.text):
            kind = match.group("kind")
            found = find_networks(kind)
            if match.group("role") in shows and len(found) == 1:
                out.append((match.group("role"), found[0][2], sentence.text))
    return out
