"""One question asked of several subjects in turn ("where do i watch A and B", "which seasons did A and B each
direct"): each subject's question is asked alone, and the answers are joined in the order the fan named them.
Shared by understand/each_show.py and understand/each_person.py, which decide when a question is one."""

from __future__ import annotations

from dataclasses import replace

from intents.answer import Answer
from intents.understand.context import Composing


async def ask_of_each(c: Composing, start: int, end: int, names: list[str]) -> list[Answer]:
    """The question asked once per name, each name put where the joined names stood (tokens start to end)."""
    return [await c.ask(" ".join([*c.tokens[:start], name, *c.tokens[end:]])) for name in names]


def joined_in_turn(answers: list[Answer]) -> Answer:
    """The answers as one reply: every text in turn, the values, fields and sources of those that answer (all
    of them when none does, so a reply saying the facts hold nothing still counts)."""
    answered = [a for a in answers if a.kind == "answer"] or answers
    return replace(
        answered[0],
        text=" ".join(a.text for a in answers),
        answers=tuple(v for a in answered for v in a.answers),
        sources=tuple(dict.fromkeys(s for a in answers for s in a.sources)),
        fields=tuple(f for a in answered for f in a.fields),
    )
