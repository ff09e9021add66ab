"""Chains through someone's other work: "the torchwood director", "whoever directed shetland". The title is
not a show Marquee follows, so the linker leaves it unmarked; the person whose work it is stands in for the
description, and the question is asked about them."""

from __future__ import annotations

import re
from dataclasses import replace

from db.knowledge import PersonFacts, WorkFact
from intents.answer import Answer
from intents.query import sources_for
from intents.text import fold
from intents.understand.context import Composing, lead_with, merged_sources
from intents.understand.work_checks import only_took_part, role_held, work_did

_ROLE = r"(?:director|directors|guy|person|one|actor|actress|star|creator|writer|woman|man)"
# "the director of X", "whoever directed X", "the actress known for X", "the woman who wrote for X"
_BEFORE = (
    r"(?:the )?(?:director|directors|creator|writer|star) of "
    r"|(?:whoever|the (?:guy|person|one|woman|man|actress|actor|writer|director|creator)(?: who| that)?"
    r"(?: is| was)?) (?:best )?(?:directed|worked on|made|did|wrote|wrote for|written for|was in|starred in|"
    r"known for|famous for|from) "
)
_ROLE_WORD = re.compile(rf"\b{_ROLE}\b")
_BEFORE_WORDS = re.compile(_BEFORE)
# The credit role a description asserts ("the director of X", "whoever wrote X"); None asserts none.
# ("actor" alone asserts none: fans' "guy", "dude", "person" are read as it, "the guy who did X".)
_DESCRIBED_ROLES: tuple[tuple[str, str], ...] = (
    ("direct", "director"),
    ("creat", "creator"),
    ("made", "creator"),
    ("writ", "writer"),
    ("wrote", "writer"),
    ("actress", "actor"),
    ("star", "actor"),
    ("was in", "actor"),
)


def _described(c: Composing) -> tuple[int, int, PersonFacts, WorkFact] | None:
    """The token span of 'the TITLE director' (or 'the director of TITLE') and whose work TITLE is."""
    text = " ".join(c.tokens)
    # Shows Marquee follows are left out: the linker and the other chains handle them.
    for person, work in c.kb.unlinked_work():
        if fold(work.title).removeprefix("the ") not in text:
            continue  # neither pattern can match: no pattern is compiled (each evicts others from re's cache)
        title = re.escape(fold(work.title))
        # "the library suicides guy": one "the" before the title's own
        bare = re.escape(fold(work.title).removeprefix("the "))
        for pattern in (rf"\bthe {bare} {_ROLE}\b", rf"\b(?:{_BEFORE}){title}\b"):
            match = re.search(pattern, text)
            if match is not None:
                start = len(text[: match.start()].split())
                end = start + len(match.group(0).split())
                return start, _past_their_other_titles(c.tokens, end, person), person, work
    return None


def _past_their_other_titles(tokens: list[str], end: int, person: PersonFacts) -> int:
    """Where a description ends that goes on naming more of the person's work ("the writer who worked on
    the crown and broadchurch"): past each "and TITLE" of theirs."""
    titles = [fold(w.title).split() for w in person.work]
    while tokens[end : end + 1] in (["and"], ["n"], ["or"]):
        title = next((t for t in titles if tokens[end + 1 : end + 1 + len(t)] == t), None)
        if title is None:
            break
        end += 1 + len(title)
    return end


def _asserted_role(description: str) -> str | None:
    return next((role for stem, role in _DESCRIBED_ROLES if stem in description), None)


async def work_chain(c: Composing) -> Answer | None:
    """Answer a question about someone described by a title of their other work, or None."""
    text = " ".join(c.tokens)
    if not (_ROLE_WORD.search(text) or _BEFORE_WORDS.search(text)):
        return None  # no "the X director" / "the director of X": skip the walk over everyone's work
    if c.res.people and c.is_yes_no:
        return None  # "is euros lyn the director of doctor who?" checks his credit (work_checks)
    found = _described(c)
    if found is None:
        return None
    start, end, person, work = found
    asserted = _asserted_role(" ".join(c.tokens[start:end]))
    if c.tokens[end : end + 1] in (["episodes"], ["episode"], ["eps"]):
        end += 1  # "the guy who made shetland episodes": who made episodes directed them
        asserted = "director" if asserted in (None, "creator") else asserted
    held = role_held(asserted, work) if asserted is not None else True
    if held is False:
        return None  # "the creator of shetland" is not the one who directed episodes of it
    rest = [*c.tokens[:start], *fold(person.name).split(), *c.tokens[end:]]
    outer = await c.ask_composed(" ".join(rest))
    if outer.kind not in ("answer", "unknown"):
        return None
    lead = f"{person.name} {work_did(work)} {work.title}." if held else only_took_part(person.name, work)
    bridge = Answer(text=lead, kind="answer", sources=sources_for(c.kb, [work.article_id]))
    if outer.kind == "unknown" or outer.answers[:1] in (("Yes",), ("No",)):
        return replace(outer, text=f"{outer.text} ({lead})", sources=merged_sources(outer, bridge))
    return lead_with(lead, outer, intent=outer.intent or "chain", extra_sources=bridge.sources)
