"""A question whose first part finds a show and whose second asks about it: "which show with aubrey plaza is
joe locke in and when does it come out", "what show is agatha all along a spin-off of and what year was it
out". The first part is answered (a show several people share is walked to over their credits), "it" in the
second becomes the show found, and both answers are given in order.
"""

from __future__ import annotations

import re
from dataclasses import replace

from intents.answer import Answer
from intents.text import fold
from intents.understand.chain_shows import show_bridge, show_of
from intents.understand.context import Composing, merged_sources
from intents.understand.description_walk import in_pronoun_place
from intents.understand.walked_descriptions import Denotes

_TWO_PARTS = re.compile(
    r"^(?P<first>(?:which|what|whats) (?:is )?(?:the )?(?:show|series|one)\b.+?) (?:and|then|n) "
    r"(?P<second>(?:when|whens|what|whats|where|wheres|who|whos|how|is|does|did|was|has)\b.*)$"
)
_POINTING = frozenset({"it", "its", "that", "thats", "this"})
# "which show with aubrey plaza is joe locke in": the people named are all in it.
_WHICH_SHOW = re.compile(r"^(?:which|what) (?:show|series|one)\b")


async def answered_parts(c: Composing) -> Answer | None:
    """Both answers, the second about the show the first found; None when the question is not of this form."""
    if "and" not in c.tokens and "then" not in c.tokens and "n" not in c.tokens:
        return None
    match = _TWO_PARTS.match(" ".join(c.tokens))
    if match is None:
        return None
    second_words = match.group("second").split()
    at = next((i for i, w in enumerate(second_words) if w in _POINTING), None)
    if at is None:
        return None
    first = await _which_show_of_people(c, match.group("first")) or await c.ask_composed(match.group("first"))
    if first.kind != "answer":
        return None
    title = _show_found(c, first, match.group("first"))
    if title is None:
        return None
    second = await c.ask_composed(" ".join(in_pronoun_place(second_words, at, title, Denotes.SHOW)))
    if second.kind != "answer":
        return None
    return replace(
        second,
        text=f"{first.text} {second.text}",
        sources=merged_sources(first, second),
        show_id=second.show_id,
    )


async def _which_show_of_people(c: Composing, words: str) -> Answer | None:
    """The show every person the words name is in, with the fact that says so; None when not one."""
    if _WHICH_SHOW.match(words) is None:
        return None
    res = c.link(words.split())
    people = [m for m in res.mentions if m.refs[0].kind == "person"]
    if not people or len(people) != len(res.mentions):
        return None
    sub = replace(c, tokens=words.split(), res=res)
    show = show_of(sub, people[-1], None, people[:-1])
    if show is None:
        return None
    theirs = {cr.show_id for m in people for cr in c.kb.people[m.refs[0].id].credits if cr.show_id == show.id}
    if theirs != {show.id} or any(
        show.id not in {cr.show_id for cr in c.kb.people[m.refs[0].id].credits} for m in people
    ):
        return None
    return show_bridge(c.kb, people[-1], show)


def _show_found(c: Composing, answer: Answer, asked: str) -> str | None:
    """The show the first answer names that the first part did not: its answers first, then its words."""
    folded_asked = f" {asked} "
    titles = {fold(s.title): s.title for s in c.kb.shows.values()}
    for value in answer.answers:
        if fold(value) in titles and f" {fold(value)} " not in folded_asked:
            return titles[fold(value)]
    text = f" {fold(answer.text)} "
    found = [
        (text.find(f" {key} "), title)
        for key, title in titles.items()
        if f" {key} " in text and f" {key} " not in folded_asked
    ]
    return min(found)[1] if found else None
