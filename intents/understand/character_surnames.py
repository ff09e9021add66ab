"""A character's surname or full name asked ("what's nick's last name", "charlie's last name is spring and
nick's is...?"): each character the question names is said with the full name its credit holds, and the
actor playing them; a part with one name only is said to have no other name in the facts."""

from __future__ import annotations

from db.fact_records import CreditFact
from intents.answer import Answer
from intents.query import sources_for
from intents.text import fold
from intents.understand.context import Composing

# The words that ask for the rest of a character's name, as data (folded, possessives gone).
_NAME_PARTS: tuple[tuple[str, ...], ...] = (
    ("last", "name"), ("last", "names"), ("surname",), ("surnames",), ("family", "name"), ("second", "name"),
    ("lastname",), ("full", "name"), ("full", "names"),
)  # fmt: skip
# Words that ask about the actor instead ("the surname of the guy who plays nick").
_ACTOR_WORDS = frozenset("plays play playing played actor actress actors star".split())


def _said(credit: CreditFact, said: str, c: Composing) -> str:
    """One character's name (`said`: as the fan wrote it), in full with who plays them where."""
    full = credit.character or ""
    first, *rest = full.split()
    person = c.kb.people.get(credit.person_id)
    show = c.kb.shows.get(credit.show_id)
    where = f"played by {person.name}" if person is not None else ""
    where += f" in {show.title}" if show is not None and where else ""
    if not rest or fold(full) == said:
        return f"I have no other name for {full} than that ({where})"
    return f"{first}'s full name is {full} ({where})"


async def character_surname(c: Composing) -> Answer | None:
    """Each named character's full name when the question asks for a surname or full name; None otherwise."""
    asked = any(c.has(" ".join(part)) for part in _NAME_PARTS)
    if not asked or not c.res.characters or not _ACTOR_WORDS.isdisjoint(c.tokens) or c.res.people:
        return None
    written = {m.refs[0].id: fold(m.text) for m in c.res.mentions if m.refs[0].kind == "character"}
    credits = [cr for cr in c.res.characters if cr.character]
    if not credits:
        return None
    return Answer(
        text="; ".join(_said(cr, written.get(cr.id, ""), c) for cr in credits) + ".",
        kind="answer",
        intent="who_plays",
        confidence=0.9,
        answers=tuple(cr.character or "" for cr in credits),
        sources=sources_for(c.kb, [cr.article_id for cr in credits]),
        show_id=credits[0].show_id,
    )
