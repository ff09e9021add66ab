"""Who holds a role no credit records ("who hosts never mind the buzzcocks", "who's the narrator of
heartstopper"): for a show Marquee knows, that role is missing from its facts; for a title nobody knows,
Marquee has no facts about it at all. Never another show's people, nor the known show's cast as if it
answered."""

from __future__ import annotations

import re
from dataclasses import replace

from intents.answer import Answer
from intents.text import title_case
from intents.understand.context import Composing
from intents.understand.role_words import UNHELD_ROLE_WORDS


def _alternation(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_VERBS = {verb: role for role, words in UNHELD_ROLE_WORDS.items() for verb in words.verbs}
_NOUNS = {noun: role for role, words in UNHELD_ROLE_WORDS.items() for noun in words.nouns}
# "who hosts X", "who is hosting X", "who's the host of X", "who was the narrator on X".
_ASKED = re.compile(
    rf"^(?:who|whos)(?: is| was| will| s)?(?: (?P<verb>{_alternation(list(_VERBS))})"
    rf"| (?:the |a )?(?P<noun>{_alternation(list(_NOUNS))}) (?:of|on|for|in))(?: the show| the series)?"
    r" (?P<rest>.+)$"
)
# Words after the title that are no part of it: "who hosts taskmaster now".
_TRAILING = frozenset("now nowadays currently anymore these days this year".split())


async def unheld_role(c: Composing) -> Answer | None:
    """'I don't have a host for X' (then what is known of X), 'I don't have facts about X' for a title nobody
    knows; None when the question asks no such role."""
    asked = _ASKED.match(" ".join(c.tokens))
    if asked is None or c.res.people or c.res.characters:
        return None
    role = _VERBS[asked["verb"]] if asked["verb"] else _NOUNS[asked["noun"]]
    shows = {s.id: s for s in c.res.shows}
    if len(shows) == 1:
        show = next(iter(shows.values()))
        known = await c.ask(f"who stars in {show.title}")
        lead = f"I don't have a {role} for {show.title} in my facts."
        if known.kind != "answer":
            return Answer(text=lead, kind="unknown", intent="missing", confidence=0.9, show_id=show.id)
        text = f"{lead} What I do know: {known.text}"
        return replace(known, text=text, kind="unknown", intent="missing", answers=(), show_id=show.id)
    if shows or c.res.mentions:
        return None
    words = asked["rest"].split()
    while words and words[-1] in _TRAILING:
        words.pop()
    if not words:
        return None
    return Answer(text=f"I don't have facts about {title_case(words)}.", kind="unknown", confidence=0.9)
