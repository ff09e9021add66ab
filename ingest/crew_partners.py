"""People who share a crew role with a clause's subject: "executive produces along with Redline's Jon Price
and Mira Holt, as well as Kerr's co-showrunner Lana Ibsen", "serves as showrunner alongside B", "created it
with C", "executive produce with fellow showrunner D"."""

from __future__ import annotations

import re

from ingest.context import Context, person_list

# The role the subject holds, then the word that brings in the people who hold it too.
_PARTNER_CUES = (
    (
        re.compile(
            r"\bexecutive produc(?:es?|ing|ers?|ed)\b,?\s+(?:along with|alongside|together with|with)\s+"
            r"|\bEPs?\b,?\s+(?:along with|alongside|together with)\s+"
        ),
        "executive_producer",
    ),
    (
        re.compile(r"\b(?:co-)?showrunners?\b,?\s+(?:along with|alongside|together with|with)\s+"),
        "showrunner",
    ),
    (re.compile(r"\bcreated it with\s+"), "creator"),
)
# Before a partner's name: whose partner it is ("Redline's", "Lumen Studios'", "Kerr's") and the job a word
# names ("co-showrunner", "fellow showrunner"), which the partner holds as well.
_OWNER = re.compile(
    r"(?:(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s?\s+)?"
    r"(?:(?:fellow\s+)?(?P<job>(?:co-)?showrunner|(?:co-)?executive producer|writer|director)\s+)?(?=[A-Z])"
)
_JOBS = {"showrunner": "showrunner", "executive producer": "executive_producer", "writer": "writer"}
_NEXT = re.compile(r",?\s+as well as\s+|\s*,\s*(?:and\s+)?|\s+and\s+")


def _listed(rest: str, ctx: Context) -> list[tuple[str, str | None]]:
    """The people listed at the start of `rest`, each with the role a job word before them names."""
    found: list[tuple[str, str | None]] = []
    pos = 0
    while True:
        owner = _OWNER.match(rest, pos)
        start = owner.end() if owner else pos
        items, end = person_list(rest[start:], ctx)
        if not items:
            return found
        job = owner.group("job") if owner and owner.group("job") else ""
        found.append((items[0][0], _JOBS.get(job.removeprefix("co-"))))
        found += [(person, None) for person, _aside in items[1:]]
        separator = _NEXT.match(rest, start + end)
        if not separator:
            return found
        pos = separator.end()


def partner_roles(rest: str, ctx: Context) -> list[tuple[str, str]]:
    """(person, role) for everyone `rest` names as sharing a crew role ("... along with A and B")."""
    out: list[tuple[str, str]] = []
    for cue, role in _PARTNER_CUES:
        partner = cue.search(rest)
        if partner is None:
            continue
        for person, job in _listed(rest[partner.end() :], ctx):
            out.append((person, role))
            if job and job != role:
                out.append((person, job))
    return out
