"""'which season is that one?' after an answer about a season the fan named by its place ("the next season",
"the upcoming one"): the answer says its number, so the question that gave it is asked again."""

from __future__ import annotations

from intents.dialogue import Conversation

_SEASON_WORDS = frozenset("season series".split())
_ASKING = frozenset("which what whats".split())
_POINTERS = frozenset("that this it thats".split())
# The other words such a question may hold and still ask nothing else.
_AROUND = frozenset("number is was one again the so and ok okay exactly oh sorry of would be".split())
SEASON_ASK_WORDS = _SEASON_WORDS


def season_asked_back(tokens: list[str], conv: Conversation) -> list[str] | None:
    """The last answered question's words, when the fan asks which season it was about and it was about
    one; None for any other words, or when the last answer was about no season."""
    last = next((t for t in reversed(conv.turns) if not t.aside and t.kind == "answer"), None)
    if last is None or last.season is None or last.show_id is None:
        return None
    words = set(tokens)
    if not (words & _SEASON_WORDS and words & _ASKING and words & _POINTERS):
        return None
    if not words <= _SEASON_WORDS | _ASKING | _POINTERS | _AROUND:
        return None  # "which season is he in": more is asked than the season's number
    return list(last.tokens)
