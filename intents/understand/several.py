"""Two questions in one message ("what channel is it on and when is the next series?"): each is answered, in
order, in the same conversation, and the replies are joined."""

from __future__ import annotations

from dataclasses import replace

from intents.answer import Answer
from intents.understand.context import Composing

_STARTS = frozenset("when who what where how which whos whats whens wheres is are does do did will".split())


def split_questions(c: Composing) -> list[str]:
    """The message cut at 'and' followed by a question word, outside linked names; one part when none."""
    inside = {i for m in c.res.mentions for i in range(m.start, m.end)}
    parts: list[list[str]] = [[]]
    for i, token in enumerate(c.tokens):
        nxt = c.tokens[i + 1] if i + 1 < len(c.tokens) else ""
        if token in ("and", "also", "plus") and nxt in _STARTS and i not in inside and parts[-1]:
            parts.append([])
            continue
        parts[-1].append(token)
    return [" ".join(p) for p in parts if p]


async def several(c: Composing) -> Answer | None:
    """Answer each question of a message that asks more than one, or None when it asks one."""
    questions = split_questions(c)
    if len(questions) < 2:
        return None
    answers = [await c.ask_composed(q) for q in questions]
    answered = [a for a in answers if a.kind == "answer"]
    if not answered:
        return None
    first = answered[0]
    return replace(
        first,
        text=" ".join(a.text for a in answers),
        answers=tuple(v for a in answered for v in a.answers),
        sources=tuple(dict.fromkeys(s for a in answers for s in a.sources)),
        fields=tuple(f for a in answered for f in a.fields),
    )
