"""'in which show' after an answer about someone's part ("who do fans think joe locke is secretly playing"
-> Mystery Teen in Agatha All Along): which show the answer was about, asked as the check of that person
in it (the part they play there, for an actor), so the reply names the show."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold

WHICH_SHOW_WORDS = frozenset({"which", "what"})
_SHOW_NOUNS = frozenset({"show", "series", "one"})
_LEADS = frozenset({"and", "so", "ok", "okay", "wait", "in", "on", "from"})
_TAILS = frozenset({"is", "was", "that", "it", "this", "tho", "though", "again", "then", "in", "on"})


def show_of_last_answer(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """ "in which show" / "what show is that in" after an answer about one person on one show: "who does
    <person> play in <show>" for an actor, else "is <person> in <show>"; None for other words or answers."""
    words = list(tokens)
    while words and words[0] in _LEADS:
        words = words[1:]
    if len(words) < 2 or words[0] not in WHICH_SHOW_WORDS or words[1] not in _SHOW_NOUNS:
        return None
    if any(w not in _TAILS for w in words[2:]):
        return None  # "which show has the higher score": a question of its own
    last = conv.last
    if last is None or last.show_id is None or last.show_id not in kb.shows:
        return None
    if any(kind == "show" for kind, _start, _end in last.slots):
        return None  # the fan named that show; "what show is that" asks of another the answer brought in
    person_id = last.person_id if last.person_id is not None else (last.answered or (None,))[0]
    if person_id is None or person_id not in kb.people:
        return None
    person = kb.people[person_id]
    name, title = fold(person.name).split(), fold(kb.shows[last.show_id].title).split()
    if any(c.show_id == last.show_id and c.character for c in person.credits):
        return ["who", "does", *name, "play", "in", *title]  # the part and its show
    return ["is", *name, "in", *title]
