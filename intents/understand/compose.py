"""Questions answered by composing one-hop answers: yes/no checks, chains through a described subject, and
comparisons. Each reader returns None when the question is not of its form, and the engine answers it plainly."""

from __future__ import annotations

from intents.answer import Answer
from intents.understand.chains import chain
from intents.understand.checks import yes_no
from intents.understand.context import Composing


async def compose(c: Composing) -> Answer | None:
    """The composed answer, or None for a plain one-hop question."""
    for reader in (chain, yes_no):
        answer = await reader(c)
        if answer is not None:
            return answer
    return None
