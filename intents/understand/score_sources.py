"""'where are those numbers from?' after an answer giving a show's scores: the fan asks which site gave
them, which the ratings answer names ("... on Rotten Tomatoes"), so the show's ratings are asked again."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold

# What fans call the scores an answer gave ("those numbers", "the figures", "these percentages").
_SCORE_NOUNS = frozenset(
    "numbers number figures figure scores score ratings rating percentages stats".split()
)
# Words asking where something comes from ("where ... from", "the source of", "which site").
_SOURCE_WORDS = frozenset("from source sources site sites website websites".split())
# The other words such a question may hold and still ask nothing else.
_AROUND = frozenset(
    """where wheres which what whats are is do does did they those these that the of come comes coming get
    got you u again exactly actually so and ok okay then hmm wait sorry but originally""".split()
)
SOURCE_ASK_WORDS = _SOURCE_WORDS


def source_of_scores(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """ "what are <show> ratings" for a question asking where the scores just given come from; None for any
    other words, or when the last answer gave no show's ratings."""
    last = next((t for t in reversed(conv.turns) if not t.aside and t.kind == "answer"), None)
    if last is None or last.intent != "ratings" or last.show_id not in kb.shows:
        return None
    words = set(tokens)
    if not (words & _SCORE_NOUNS and words & _SOURCE_WORDS):
        return None
    if not words <= _SCORE_NOUNS | _SOURCE_WORDS | _AROUND:
        return None  # "where is the show from": more is asked than the scores' source
    return ["what", "are", *fold(kb.shows[last.show_id].title).split(), "ratings"]
