""" "who else?", "and anyone else?", "WHO ELSE THEN" after an answer about someone's part in a show (who plays
Nick, whom Kit Connor plays, whether Olivia Colman is in it): the fan asks for the rest of that show's cast,
not for the last person's other work ("what else?" asks that)."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold

# The answers about a part in a show that "who else" goes on from.
_ABOUT_A_PART = frozenset({"who_plays", "plays_whom", "cast"})
_SOMEONE = frozenset("who whos anyone anybody someone somebody".split())
# Words that may stand around "who else" and ask nothing more: "and who else is there then?".
_AROUND = frozenset("and so ok okay then else is are there in it too also".split()) | _SOMEONE


def others_in_cast(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """ "who else is in <the show>" for a bare "who else?" after an answer about a part; None otherwise."""
    if "else" not in tokens or _SOMEONE.isdisjoint(tokens) or not set(tokens) <= _AROUND:
        return None
    last = conv.last
    if last is None or last.intent not in _ABOUT_A_PART or last.show_id not in kb.shows:
        return None
    return ["who", "else", "is", "in", *fold(kb.shows[last.show_id].title).split()]
