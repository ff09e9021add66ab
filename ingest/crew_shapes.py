"""Crew sentence shapes of published news the general crew patterns miss: a person brought in by "with" who
"serves as its showrunner", and people who run a show together ("A writes and showruns alongside B")."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.crew import SET_TO_DIRECT, UPCOMING
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import CAPW, PERSON, is_person_name
from ingest.sentences import Sentence
from ingest.titled_roles import described_title

_ROLES = {
    "showrunner": "showrunner", "co-showrunner": "showrunner", "executive producer": "executive_producer",
    "director": "director", "writer": "writer", "creator": "creator", "co-creator": "creator",
}  # fmt: skip
# "with Ted Humphrey of 'The Good Wife' serving as its showrunner", "and Ana Ruiz, who serves as the series'
# showrunner": the role of the show at hand.
_SERVING = re.compile(
    rf"(?:^|\bwith\s+|\band\s+|;\s+)({PERSON})(?:\s+of\s+[^,;]{{1,50}}?)?,?\s+"
    r"(?:serving|who (?:also )?serves|who will serve|will serve|serves|to serve|is serving) as "
    r"(?:its|the|their|the series['’]|the show['’]s) "
    r"(co-showrunner|showrunner|executive producer|director|writer|co-creator|creator)s?\b(?! (?:of|on|for) )"
)
# "Okafor writes and showruns with her co-executive producer Dana Wills".
_SHOWRUN_WITH = re.compile(
    rf"({PERSON}|{CAPW})\s+(?:[a-z]+s(?:,\s+[a-z]+s)*\s+and\s+)?showruns\s+(?:alongside|with)\s+"
    r"(?:(?:fellow|co-)?\s*(?:[a-z-]+\s+){0,3})?"
    rf"({PERSON})"
)

# "..., with Jorma Lee co-writing and directing and studio boss Ann Mayer executive producing": what each
# person brought in by "with" does, told by a gerund.
_GERUND_ROLES = {"writing": "writer", "directing": "director", "executive producing": "executive_producer",
                 "showrunning": "showrunner"}  # fmt: skip
_GERUND = r"(?:co-)?(?:writing|directing|executive producing|showrunning)"
_WITH_DOING = re.compile(rf"({PERSON}|{CAPW})\s+({_GERUND}(?:,?\s+and\s+{_GERUND})*)(?=[,.;]|\s+and\s|$)")


# "“Tin Lantern,” a comedy which Ada Brell (“Salt”) wrote, directed and starred in": the title's roles.
_VERB_ROLES = {
    "wrote": "writer", "directed": "director", "created": "creator", "starred in": "actor",
    "executive produced": "executive_producer", "co-wrote": "writer", "co-created": "creator",
}  # fmt: skip
_VERB = r"(?:co-wrote|wrote|directed|co-created|created|executive produced|starred in)"
_WHICH_DID = re.compile(
    rf"\b(?:which|that)\s+({PERSON}|{CAPW})(?:\s*\([^()]{{1,60}}\))?\s+({_VERB}(?:(?:,\s*|,?\s+and\s+){_VERB})*)\b"
)


def _relative_facts(text: str, ctx: Context) -> list[ExtractedFact]:
    """Roles told in a relative clause right after the title they belong to."""
    out: list[ExtractedFact] = []
    for match in _WHICH_DID.finditer(text):
        person = ctx.person(match.group(1))
        titles = [t for _s, _e, t in ctx.titles_in(text[: match.start()]) if t in ctx.shows]
        # The clause belongs to the nearest title before it, described in between at most.
        if not person or not titles or re.search(r"[.;]", text[text.rfind(titles[-1]) : match.start()]):
            continue
        for verb in re.findall(_VERB, match.group(2)):
            role = _VERB_ROLES[verb]
            out.append(fact(FactKind.CREDIT, text, 0.75, show=titles[-1], person=person, role=role))
    return out


def _gerund_facts(text: str, show: str, ctx: Context) -> list[ExtractedFact]:
    out: list[ExtractedFact] = []
    for match in _WITH_DOING.finditer(text):
        person = ctx.person(match.group(1))
        if not person or person in ctx.titles or not re.search(r"\bwith\b[^;.]*$", text[: match.start()]):
            continue
        upcoming = UPCOMING.search(text[: match.start()])
        for gerund in re.findall(_GERUND, match.group(2)):
            role = _GERUND_ROLES[gerund.removeprefix("co-")]
            note = SET_TO_DIRECT if role == "director" and upcoming else None
            out.append(fact(FactKind.CREDIT, text, 0.75, show=show, person=person, role=role, note=note))
    return out


def crew_shape_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Crew credits from the shapes above, for the show the sentence is about."""
    text = sentence.text
    if not sentence.states:
        return []
    show = ctx.show_for(sentence) or described_title(sentence.text, ctx)
    if show is None:
        return []
    out: list[ExtractedFact] = []
    for match in _SERVING.finditer(text):
        person = ctx.person(match.group(1)) or match.group(1)
        if is_person_name(person) and person not in ctx.titles:
            role = _ROLES[match.group(2)]
            out.append(fact(FactKind.CREDIT, text, 0.8, show=show, person=person, role=role))
    for match in _SHOWRUN_WITH.finditer(text):
        for name in match.groups():
            person = ctx.person(name) or name
            if is_person_name(person) and person not in ctx.titles:
                out.append(fact(FactKind.CREDIT, text, 0.8, show=show, person=person, role="showrunner"))
    return out + _gerund_facts(text, show, ctx) + _relative_facts(text, ctx)
