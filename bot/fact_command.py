"""`facts add` / `!fact add`: one fact an admin states by hand, in words, turned into fact records.

premiere "Heartstopper" season 4 2026-05-01 Netflix      cast "Heartstopper" "Kit Connor" as "Nick Nelson"
network "Heartstopper" Netflix                            director "Heartstopper" "Andy Newberry" season 3
creator|showrunner|writer "Heartstopper" "Alice Oseman"   renewed "Heartstopper" season 4
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Any

USAGE = (
    'premiere "SHOW" [season N] YYYY-MM-DD [NETWORK] · network "SHOW" NETWORK · '
    'cast "SHOW" "PERSON" as "CHARACTER" · director "SHOW" "PERSON" [season N] · '
    'creator|showrunner|writer "SHOW" "PERSON" · renewed "SHOW" season N'
)


class FactCommandError(ValueError):
    """A hand-written fact that cannot be read, with what was expected."""


class ManualFact(enum.StrEnum):
    """The kinds of fact an admin can add by hand."""

    PREMIERE = "premiere"
    NETWORK = "network"
    CAST = "cast"
    DIRECTOR = "director"
    CREATOR = "creator"
    SHOWRUNNER = "showrunner"
    WRITER = "writer"
    RENEWED = "renewed"


def _season(words: list[str]) -> tuple[int | None, list[str]]:
    """'season 4' at the front of `words`, and the rest."""
    if len(words) >= 2 and words[0].lower() in ("season", "s") and words[1].isdigit():
        return int(words[1]), words[2:]
    if words and re.fullmatch(r"[Ss]\d+", words[0]):
        return int(words[0][1:]), words[1:]
    return None, words


def _need(words: list[str], count: int, what: str) -> None:
    if len(words) < count:
        raise FactCommandError(f"{what} is missing")


def parse_fact_command(words: list[str]) -> list[dict[str, Any]]:
    """The fact records one hand-written fact stands for; FactCommandError says what is wrong."""
    if not words:
        raise FactCommandError(f"say which fact, e.g. {USAGE}")
    try:
        kind = ManualFact(words[0].lower())
    except ValueError as exc:
        raise FactCommandError(f"unknown kind of fact {words[0]!r}; one of: {USAGE}") from exc
    _need(words, 2, "the show's title")
    show, rest = words[1].strip(), words[2:]
    if not show:
        raise FactCommandError("the show's title is empty")
    if kind == ManualFact.PREMIERE:
        season, rest = _season(rest)
        _need(rest, 1, "the date (YYYY-MM-DD, or a year)")
        when, network = rest[0], " ".join(rest[1:]).strip() or None
        record: dict[str, Any] = {"type": "release", "show": show, "season": season, "network": network}
        if re.fullmatch(r"\d{4}", when):
            record["year"] = int(when)
        else:
            try:
                record["date"] = dt.date.fromisoformat(when).isoformat()
            except ValueError as exc:
                raise FactCommandError(
                    f"the date must look like 2026-05-01 (or a year), not {when!r}"
                ) from exc
        return [{k: v for k, v in record.items() if v is not None}]
    if kind == ManualFact.NETWORK:
        _need(rest, 1, "the network")
        return [{"type": "show", "title": show, "network": " ".join(rest)}]
    if kind == ManualFact.RENEWED:
        season, rest = _season(rest)
        if season is None or rest:
            raise FactCommandError('say which season, e.g. renewed "SHOW" season 4')
        status = {
            "type": "descriptor",
            "show": show,
            "kind": "status",
            "value": f"renewed for season {season}",
        }
        return [{"type": "season", "show": show, "number": season}, status]
    _need(rest, 1, "the person's name")
    person, rest = rest[0].strip(), rest[1:]
    credit: dict[str, Any] = {"type": "credit", "show": show, "person": person}
    if kind == ManualFact.CAST:
        if rest and rest[0].lower() == "as":
            rest = rest[1:]
        _need(rest, 1, "the character's name")
        return [credit | {"role": "actor", "character": " ".join(rest)}]
    season, rest = _season(rest)
    if rest:
        raise FactCommandError(f"did not understand {' '.join(rest)!r}; {USAGE}")
    credit["role"] = kind.value
    if season is not None and kind == ManualFact.DIRECTOR:
        credit["seasons"] = str(season)
    return [credit]
