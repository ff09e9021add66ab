"""Character names in cast sentences: whether a name is a character's, where it ends, its apposition."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.context import Context
from ingest.names import CAPW, HONORIFICS, is_person_name, network_names
from ingest.person_descriptions import COMPANY


def _name_ends(after: str) -> bool:
    """Does a character's name end here? "plays a Cheshire salt merchant": "Cheshire" is an adjective."""
    return not re.match(
        # ("has played Maggie Dunne since 2019": a small word of time or company follows a name too.)
        r"\s+(?!(?:and|or|but|who|whom|in|on|at|for|from|with|while|as|is|was|a|an|the|to|since|until|during"
        r"|after|before|again|opposite|alongside)\b)[a-z]",
        after,
    )


def _appositive(character: str, after: str) -> str | None:
    """'plays Hollin's new boss, Superintendent Ruth Kerr': the possessive is no name; the apposition is."""
    if not character.endswith(("'s", "’s")):
        # "as Skrull leader Talos": the capitalised word was a description; the name comes last.
        named = re.match(rf"\s+(?:[a-z][\w-]*\s+){{1,2}}({CAPW}(?:\s+{CAPW}){{0,2}})(?=[,.;)]|$)", after)
        listed = re.match(r"\s+(?:and|or|in|on|of|at|from)\b", after)
        return named.group(1) if named and not listed else character
    match = re.match(rf"(?:\s+[a-z0-9][\w-]*){{1,3}},?\s+({CAPW}(?:\s+{CAPW}){{0,3}})", after)
    return match.group(1) if match else None


def _is_character(name: str, ctx: Context) -> bool:
    """A character's name is not a title, a network or a person we know (by full name or surname)."""
    if name in ctx.titles or name in ctx.people or network_names(name) or COMPANY.match(name):
        return False
    # ("in United States Of Tara - Photo": a caption's capitals still spell the title, not a name.)
    if " " in name and any(name.casefold() == title.casefold() for title in ctx.titles):
        return False
    return not (" " not in name and any(p.split()[-1] == name for p in ctx.people))


def _aside_roles(
    items: list[tuple[str, str | None]], ctx: Context, add: Callable[[str, str | None, float], None]
) -> None:
    """Credit each listed person with the role in their brackets when it reads as a character's name."""
    for person, aside in items:
        shaped = aside and re.fullmatch(rf"{CAPW}(?:\s+{CAPW}){{0,3}}", aside)
        if aside and shaped and _is_character(aside, ctx) and not re.match(r"(?:The|A|An)\s", aside):
            add(person, aside, 0.7)


def character_shaped(name: str) -> bool:
    """Is a bracketed name shaped like a character's: a full name ("Ezra Cole") or a rank and a name
    ("Sheriff Dunn")? A single word ("Miranda") is as likely the actor's other work."""
    words = name.split()
    return is_person_name(name) or (len(words) == 2 and words[0] in HONORIFICS and words[1][:1].isupper())
