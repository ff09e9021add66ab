"""The words a question opens with, shared by the readers that find where a fan's question starts (who,
what, is, does ...) and those that tell a wh-question from a yes/no one."""

from __future__ import annotations

# Words a question may open with: wh-words and the auxiliaries of yes/no questions.
QUESTION_START = frozenset(
    """who whos whom whose what whats when whens where wheres which why how is are was were does do did will
    has have can could should would""".split()
)
# Words a wh-question (not a yes/no one) opens with.
WH_START = frozenset("who whos what whats when whens where wheres which how".split())
