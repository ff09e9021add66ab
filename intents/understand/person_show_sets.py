"""A choice among the shows one person is in: "which of joe locke's shows comes out first", "which of kit
connor's series has the higher score". The person's credited shows are walked to and the question is asked
again as a choice between them by name ("which comes out first, heartstopper or agatha all along")."""

from __future__ import annotations

import re

from intents.answer import Answer
from intents.text import fold
from intents.understand.context import Composing

_AMONG_THEIRS = re.compile(
    r"^(?:which|what)(?: one| 1)? of (?P<who>.+?)(?: s)? (?:shows|series|projects|things|tv shows)"
    r"(?P<rest>(?: .+)?)$"
)
_MOST_NAMED = 4  # a choice among more shows than this is a list, not a choice


async def among_their_shows(c: Composing) -> Answer | None:
    """The choice answered among the named person's shows; None when the question is not of this form."""
    if "of" not in c.tokens or len(c.res.people) != 1:
        return None
    match = _AMONG_THEIRS.match(" ".join(c.tokens))
    if match is None or not match.group("rest").strip():
        return None
    person = c.res.people[0]
    if fold(person.name) not in match.group("who") and not any(
        m.refs[0].kind == "person" and " ".join(c.tokens[m.start : m.end]) in match.group("who")
        for m in c.res.mentions
    ):
        return None
    ids = list(dict.fromkeys(cr.show_id for cr in person.credits if cr.show_id in c.kb.shows))
    if not 2 <= len(ids) <= _MOST_NAMED:
        return None
    titles = [fold(c.kb.shows[i].title) for i in ids]
    choices = f"{', '.join(titles[:-1])} or {titles[-1]}"
    answer = await c.ask_composed(f"which {match.group('rest').strip()} {choices}")
    return answer if answer.kind == "answer" else None
