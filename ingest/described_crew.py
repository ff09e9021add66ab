"""Crew lists whose people come with what they are known for: "co-created by Tidewater director Mara Quill
and Ironbridge writer Tobias Fenn", "written by series creator Mara Quill", "written by newcomer Ana Ruiz".
"""

from __future__ import annotations

import re

from ingest.context import Context, person_list

# Words before a name that say what the person is, so the name still comes next: a job ("playwright"), or a
# job at some title or at the show itself ("Tidewater director", "series creator", "the show's writer").
# ("created by Academy Award-nominees A and B", "directed by Emmy winner A": an award's words too.)
_JOB = (
    r"(?:(?:first-time|newcomer|veteran|playwright|novelist|filmmaker|author|comedian|journalist"
    r"|screenwriter)\s+|(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+[- ](?:winners?|nominees?|winning|nominated)\s+)+"
)
_PLAIN = re.compile(_JOB)
DESCRIPTOR = re.compile(
    # ("season-two executive producer B", "showrunner and executive producer A": a season's job, or two.)
    _JOB + r"|(?:(?:(?:the\s+)?(?:series|show['’]s|season[- ]\w+"
    r"|[A-Z][\w'’&:.-]*(?:\s+[A-Z][\w'’&:.-]*){0,3})\s+)?"
    r"(?:(?:co-)?(?:creator|director|writer|showrunner|executive producer|producer)s?(?:,\s+|,?\s+and\s+))?"
    r"(?:co-)?(?:creator|director|writer|showrunner|executive producer|producer|novelist|playwright"
    r"|author)s?\s+"
    # ("Series star Dale Rourke will direct the premiere": an actor turned director, described by the show's
    # word or a capitalised one; never the verb "stars".)
    # ("directed by star David Vance": after "by" the bare noun is never the verb either.)
    r"|(?:(?:[Ss]eries|[Ss]how['’]s|[A-Z][\w'’&:.-]*)\s+)?(?:co-)?(?:star|actor|actress)\s+)"
    r"(?=[A-Z][a-z])"
)
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*")


def described_people(text: str, ctx: Context, by: bool) -> tuple[list[tuple[str, str | None]], int]:
    """The people listed at the start of `text`, each maybe after words describing them, and where the list
    ends; an item that is no person after its description ends the list.

    Only after a verb's "by" ("co-created by Tidewater director A") may a description name another title's
    job: "a new series from Blue Watch creator A" credits A through Blue Watch, so the list is not read."""
    descriptor = DESCRIPTOR if by else _PLAIN
    items: list[tuple[str, str | None]] = []
    pos = end = 0
    while True:
        described = descriptor.match(text, pos)
        start = described.end() if described else pos
        found, length = person_list(text[start:], ctx)
        if not found:
            break
        items += found
        end = start + length
        separator = _SEPARATOR.match(text, end)
        # Only a described item needs this loop: a plain list was read whole by `person_list`.
        if not separator or not descriptor.match(text, separator.end()):
            break
        pos = separator.end()
    return items, end
