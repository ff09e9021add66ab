"""A message that names someone and then asks which show that is, in one breath ("saw kit connor in an
interview which series is that", "heard ana on a podcast, what show is it"): the show the person is in."""

from __future__ import annotations

import re

from intents.answer import Answer
from intents.understand.context import Composing

_ASKS_WHICH_SHOW = re.compile(
    r"\b(?:what|which|whats) (?:tv )?(?:show|series|one)(?: is| was| s)? (?:it|that|this|they re in)$"
)


async def which_show_that_is(c: Composing) -> Answer | None:
    """The show of the one person named before a closing "which show is that", or None."""
    said = " ".join(c.tokens)
    asked = _ASKS_WHICH_SHOW.search(said)
    if asked is None or c.res.shows or c.res.characters or len(c.res.people) != 1:
        return None
    person = next(m for m in c.res.mentions if m.refs[0].kind == "person")
    if person.end > len(said[: asked.start()].split()):
        return None  # the person is named in the asking words themselves
    answer = await c.ask(f"what show is {person.refs[0].name} in")
    return answer if answer.kind == "answer" else None
