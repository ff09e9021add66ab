"""A crew role told in an apposition after the person: "Odessa Vane, executive producer of the series, said",
"Corin Pike, the co-creator of Ironbridge, ...". The role is the show's the apposition names: the show at hand
for "of the series", else the title right after "of".
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.cued import cued
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import PERSON
from ingest.sentences import Sentence

_ROLES = {
    "creator": "creator", "co-creator": "creator", "showrunner": "showrunner", "co-showrunner": "showrunner",
    "executive producer": "executive_producer", "director": "director", "writer": "writer",
}  # fmt: skip
# No "former", "original" or "new" between: the role must be the person's plainly and now.
_ROLE = (
    r",\s+(?:the\s+|an?\s+|its\s+)?"
    r"(co-creator|creator|co-showrunner|showrunner|executive producer|director|writer)"
)
_APPOSITION = cued(rf"({PERSON}){_ROLE}\s+(?:of|on)\s+", rf"{_ROLE}\s+(?:of|on)\s")
_THE_SHOW = re.compile(r"(?:the|this|its)\s+(?:new\s+)?(?:series|show|drama|comedy|programme)\b(?!['’-])")


def role_appositive_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Crew credits told in an apposition naming the show ("A, executive producer of the series, ...")."""
    text = sentence.text
    if not sentence.states or ", " not in text:
        return []
    out: list[ExtractedFact] = []
    for match in _APPOSITION.finditer(text):
        person = ctx.person(match.group(1))
        if person is None or person in ctx.titles:
            continue
        rest = text[match.end() :]
        show: str | None = None
        the_show = _THE_SHOW.match(rest)
        if the_show:
            show = ctx.show_for(sentence, text[: match.start()] + rest[the_show.end() :])
        else:
            spans = ctx.titles_in(rest[:120])
            # The title comes right after "of" (a quote mark may open it) and ends the apposition.
            if spans and spans[0][0] <= 1 and re.match(r"[”\"’']?(?:[,.;]|\s+and\s|$)", rest[spans[0][1] :]):
                show = spans[0][2]
        if show and show != person:
            role = _ROLES[match.group(2)]
            out.append(fact(FactKind.CREDIT, text, 0.75, show=show, person=person, role=role))
    return out
