"""Answers a two-hop chain gives in its own words: whether two described people are the same ("is the
director of season 3 the same as seasons 1 and 2?"), and the rest of a cast ("the other lead in the show kit
connor is in")."""

from __future__ import annotations

import re
from dataclasses import replace

from intents.answer import Answer
from intents.linking import Mention
from intents.text import fold
from intents.understand.context import Composing, lead_with, merged_sources

_SAME_AS = re.compile(
    r"\b(?:the )?same (?:\w+ )?(?:as|(?:who|that) (?P<verb>did|directed|made|created|wrote|was behind)) "
    r"(?:the \w+ (?:of|for) )?(?P<other>.+)$"
)


async def same_as(c: Composing, asked: str, bridge: Answer, after: str) -> Answer | None:
    """'is the director of season 3 the same as seasons 1 and 2?': the role asked of both, compared."""
    match = _SAME_AS.search(after)
    if match is None:
        return None
    # The season the other side names is said in its words ("... who did seasons 1 and 2"): dropped, "and 2"
    # would ask about the whole show.
    season = c.res.season
    said_season = " ".join(c.tokens[season.start : season.end]) if season is not None else ""
    other_words = re.sub(r"<E\d+>", "", match.group("other").replace("<S>", said_season)).strip(" ?")
    show = c.res.shows[0] if c.res.shows else c.show or c.kb.shows.get(bridge.show_id or -1)
    if show is None or not other_words:
        return None
    subject = other_words if fold(show.title) in other_words else f"{show.title} {other_words}"
    # "the same one who wrote the novels": the other side asked with its own verb, not the described role's
    verb = match.group("verb")
    other = await c.ask(f"who {verb} {subject}" if verb not in (None, "did") else f"{asked} {subject}")
    if other.kind != "answer" or not other.answers:
        return None
    same = bool({fold(n) for n in bridge.answers} & {fold(n) for n in other.answers})
    said = bridge.text if other.text == bridge.text else f"{bridge.text} {other.text}"
    text = f"{'Yes' if same else 'No'}. {said}"
    return Answer(
        text=text,
        kind="answer",
        intent="chain",
        confidence=1.0,
        answers=("Yes" if same else "No",),
        sources=merged_sources(bridge, other),
        show_id=show.id,
    )


OTHER_LEAD = re.compile(r"\bother (lead|leads|star|stars|actor|actors|actress|main)\b|\bco ?stars?\b")


async def other_lead(c: Composing, mention: Mention, title: str, bridge: Answer) -> Answer | None:
    """'who's the other lead in the show kit connor is in?': the show's cast without the person named."""
    cast = await c.ask(f"who stars in {title}")
    others = [name for name in cast.answers if fold(name) != fold(mention.refs[0].name)]
    if cast.kind != "answer" or not others:
        return None
    lead = f"Besides {mention.refs[0].name}, {title} stars {others[0]}."
    joined = lead_with(f"{bridge.text} {lead}", cast, intent="cast", extra_sources=bridge.sources)
    return replace(joined, answers=tuple(others), show_id=bridge.show_id)
