"""A network's round-up ("ABC renews 15 shows", "BBC One announces new slate of dramas", "Showtime announced
the premiere dates for several shows"): the shows it goes on to list are that network's, unless the article
places one elsewhere."""

from __future__ import annotations

import re

from ingest.model import ExtractedFact, FactKind
from ingest.names import find_networks
from ingest.sentences import Sentence

# The network opens the sentence (maybe as a possessive) and announces, renews, orders or schedules.
_ANNOUNCES = re.compile(
    r"^\s*(?:['’]s)?\s*(?:\d{4}(?:-\d{2,4})?\s+|[\w-]+\s+){0,3}?"
    r"(?:renews?|renewed|announce[sd]?|unveil(?:s|ed)?|order(?:s|ed)?|set|sets|date[sd]?|cancel(?:s|l?ed)"
    r"|handed out|hands out|gave|gives|reveal(?:s|ed)?|is (?:presenting|adding|unveiling|announcing)"
    r"|has (?:renewed|ordered|announced|set|unveiled|dated|cancel+ed|handed out)"
    r"|(?:primetime |fall |spring |summer |midseason )?(?:schedule|slate|lineup|line-up))\b",
    re.IGNORECASE,
)
# A round-up speaks of several shows at once: "15 shows", "its slate", "premiere dates", "renewals".
_SEVERAL = re.compile(
    r"\b(?:shows|series|dramas|comedies|sitcoms|originals|programming|projects|titles|slate|line-?up|schedule"
    r"|premiere dates|renewals|commissions|pilots|new seasons)\b",
    re.IGNORECASE,
)
# What only a network's round-up leads with, wherever the network stands in the sentence: "renewal decisions
# were settled at CBS", "its renewals".
_ROUNDUP_NOUN = re.compile(
    r"\b(?:renewal decisions|renewals|cancell?ations|slate|line-?up|(?:fall|midseason|primetime) schedule"
    r"|premiere dates|pickups|series orders)\b",
    re.IGNORECASE,
)
# How far into the article the announcement must come: its headline and first sentences.
_LEAD_SENTENCES = 3


def article_network(sentences: list[Sentence]) -> tuple[str, str] | None:
    """The one network whose announcement the article leads with, and the sentence saying so."""
    found: dict[str, str] = {}
    prose = 0
    for sentence in sentences:
        if not sentence.heading:
            prose += 1
        if prose > _LEAD_SENTENCES:
            break
        for start, end, name in find_networks(sentence.text):
            if (
                not sentence.text[:start].strip(" \"“‘'")
                and _ANNOUNCES.match(sentence.text[end:])
                and _SEVERAL.search(sentence.text)
            ):
                found.setdefault(name, sentence.text)
    found = found or _decided_at(sentences)
    if len(found) != 1:
        return None
    # "TNT has dated ... Starz's Magic City ... A&E has put dates on ...": a round-up of several networks.
    for sentence in sentences:
        for start, end, name in find_networks(sentence.text):
            opens = not sentence.text[:start].strip(" \"“‘'.…")
            if (
                opens
                and name not in found
                and re.match(r"['’]s\s|\s+(?:has|have|is|will|wants|set|dated)\b", sentence.text[end:])
            ):
                return None
    return next(iter(found.items()))


def _decided_at(sentences: list[Sentence]) -> dict[str, str]:
    """The one network the lead's prose names, when the lead speaks of a round-up's decisions ("CBS's new
    boss settled this year's renewal decisions"); none when the lead names two networks."""
    lead = [s for s in sentences if not s.heading][:_LEAD_SENTENCES]
    named = {name: s.text for s in lead for _st, _e, name in find_networks(s.text)}
    if len(named) == 1 and any(_ROUNDUP_NOUN.search(s.text) for s in lead[:2]):
        return named
    return {}


def roundup_votes(
    lead: tuple[str, str] | None,
    shows: set[str],
    votes: list[tuple[str, str, str]],
    facts: list[ExtractedFact],
    sure: set[str],
) -> list[tuple[str, str, str]]:
    """A vote for the round-up's network for each show the article covers (one with a fact of its own, or
    named where only a title fits) and places nowhere else."""
    if lead is None:
        return []
    network, said = lead
    placed = {show for show, _n, _s in votes} | {
        str(f.get("show")) for f in facts if f.kind == FactKind.RELEASE and f.get("network")
    }
    covered = {str(f.get("show")) for f in facts if isinstance(f.get("show"), str)} | sure
    return [(show, network, said) for show in sorted(shows & covered - placed)]
