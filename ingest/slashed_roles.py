"""Credits told in compact titles before a name: "creator/showrunner/mad genius Dan Harmon", "Ted Lasso's
co-creator/executive producer/showrunner Bill Lawrence", and a star named inside the show's description:
"the Bill Hader-starring series", "the Priya Lorne-led thriller".

A run of slashed job words names a career ("writer/producer/director Ann Lee") unless it holds a job only a
show gives: a creator, a showrunner or an executive producer. Only such runs credit anyone, and only the
show-bound jobs among them (plus writer and director beside them). A title's possessive before the run makes
the jobs that title's; any other capitalised possessive ("Fox's", "Marvel's") is left to the show at hand
only when it is a network.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.credit_record import actor_credit
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import PERSON, network_names
from ingest.sentences import Sentence

_JOBS = {
    "creator": "creator", "co-creator": "creator", "showrunner": "showrunner", "co-showrunner": "showrunner",
    "executive producer": "executive_producer", "exec producer": "executive_producer",
    "executive-producer": "executive_producer",
    "writer": "writer", "director": "director",
}  # fmt: skip
_BOUND = frozenset({"creator", "showrunner", "executive_producer"})
_SEGMENT = r"(?:exec(?:utive)? producer|[a-z][\w-]*)"
# The run: two or more segments joined by "/", right before a full name (the last may be two words: "mad
# genius").
_RUN = re.compile(
    rf"(?:([A-Z][\w'’:&.-]*(?:\s+[A-Z][\w'’:&.-]*){{0,4}})['’]s?\s+)?"
    rf"(?<![\w/-])({_SEGMENT}(?:\s?/\s?{_SEGMENT})*\s?/\s?(?:{_SEGMENT}|[a-z][\w-]*\s[a-z][\w-]*))"
    rf"\s+({PERSON})"
)
_FORMER = re.compile(r"\b(?:former|formerly|original|ex|onetime|one-time|late)[\s-]+$", re.I)
# "the Bill Hader-starring series", "the Priya Lorne-led thriller", "the Jason Segel-fronted comedy".
_HYPHEN_STAR = re.compile(
    rf"\b(?:the|a|an|its|this|[A-Z][\w+]*['’]s)\s+({PERSON})-(?:starring|led|fronted|headlined)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:series|show|drama|comedy|sitcom|thriller|dramedy|miniseries|film|movie"
    r"|procedural|mystery|western|satire|saga)\b"
)


def _jobs(run: str) -> list[str]:
    """The credited jobs of a slashed run, or none when it names no job only a show gives."""
    roles = [_JOBS[part] for part in (p.strip().lower() for p in run.split("/")) if part in _JOBS]
    return list(dict.fromkeys(roles)) if _BOUND & set(roles) else []


def slashed_role_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Crew credits from slashed job titles before a name, and a star named in a hyphenated description."""
    text = sentence.text
    if not sentence.states:
        return []
    out: list[ExtractedFact] = []
    if "/" in text:
        for match in _RUN.finditer(text):
            roles = _jobs(match.group(2))
            person = ctx.person(match.group(3))
            if not roles or person is None or person in ctx.titles:
                continue
            if _FORMER.search(text[: match.start(2)]):
                continue  # "former creator/showrunner A" no longer holds the jobs
            owner = match.group(1)
            if owner and owner in ctx.titles:
                show: str | None = owner
            elif owner and not network_names(owner) and owner not in ("The", "Its", "Their", "His", "Her"):
                continue  # "Marvel's", "Sony's": whose show is meant is not said
            else:
                show = ctx.show_for(sentence)
            if show and show != person:
                out += [fact(FactKind.CREDIT, text, 0.75, show=show, person=person, role=r) for r in roles]
    if "-" in text:
        for match in _HYPHEN_STAR.finditer(text):
            person = ctx.person(match.group(1))
            show = ctx.show_for(sentence)
            if person and show and person not in ctx.titles and person != show:
                out.append(actor_credit(show, person, sentence, 0.75, None))
    return out
