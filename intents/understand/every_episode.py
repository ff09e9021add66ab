"""'did alice oseman write every episode?': a credit says someone wrote, created or produced a show, never
that they did every episode of it; unless the credit counts its episodes, the check says it can't tell, then
what the credit is, rather than a "Yes" the facts don't give."""

from __future__ import annotations

from dataclasses import replace

from db.knowledge import CreditFact
from intents.answer import Answer
from intents.query import join_names
from intents.understand.context import Composing

_ALL = ("every", "all", "each")
_EPISODE_WORDS = ("episode", "episodes", "ep", "eps")
_VERBS = {"writer": "wrote", "creator": "made", "executive_producer": "produced", "producer": "produced"}


def every_episode_unknown(
    c: Composing, name: str, role: str, credits: list[CreditFact], label: str, sub: Answer
) -> Answer | None:
    """'I can't tell whether X wrote every episode of Y: ...' when the question asserts every episode and no
    credit of that kind counts episodes; None otherwise (directors' credits are read apart)."""
    if role not in _VERBS or not c.has(*_ALL) or not c.has(*_EPISODE_WORDS):
        return None
    if any(cr.episodes for cr in credits):
        return None  # a counted credit decides it
    held = join_names(sorted({cr.role.replace("_", " ") for cr in credits}))
    did = _VERBS[role]
    lead = f"I can't tell whether {name} {did} every episode of {label}: my facts credit {name} as {held}."
    return replace(sub, text=f"{lead} {sub.text}".strip(), kind="answer", answers=())
