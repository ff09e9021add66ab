"""A character's actor followed to another show: "who plays charlie in heartstopper" ... "what about in agatha
all along?" asks whom that actor plays there when the other show has no such character but credits the
actor (the fan follows the person, not the part)."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import SlotKind, Turn
from intents.text import fold


def actor_followed(
    last: Turn, replacements: dict[SlotKind, list[str]], show_id: int | None, kb: Knowledge
) -> list[str] | None:
    """ "who does <actor> play in <show>" when only the show of a question about a character's actor is
    replaced and the new show credits that actor under another character; None otherwise."""
    if set(replacements) != {"show"} or show_id is None or show_id not in kb.shows:
        return None
    span = next(((s, e) for kind, s, e in last.slots if kind == "character"), None)
    if span is None or len(last.answered) != 1 or last.answered[0] not in kb.people:
        return None
    actor = last.answered[0]
    character = " ".join(last.tokens[span[0] : span[1]])
    credits = [c for c in kb.shows[show_id].credits if c.role == "actor"]
    if not any(c.person_id == actor for c in credits):
        return None
    if any(c.character and character in [*fold(c.character).split(), fold(c.character)] for c in credits):
        return None  # the character is there too: the question stands as it was
    return ["who", "does", *fold(kb.people[actor].name).split(), "play", "in", *replacements["show"]]
