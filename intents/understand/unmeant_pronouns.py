"""A "he"/"she" nobody in the conversation can be ("what shows has he been in?" as the first question, or
after a message not understood): Marquee asks whom the fan means, never answers with a show's facts (the
catalogue, the default show's premiere) as if the pronoun were not there."""

from __future__ import annotations

from intents.answer import Answer
from intents.dialogue import Conversation
from intents.resolve import Resolution

# No example name: a name of a show's cast here would read as an answer about a person nobody knows.
WHICH_PERSON = "Which person do you mean? Ask me again with their name."
# Not "her" or "him": a title may be one ("who stars in her").
_SUBJECT_PRONOUNS = frozenset({"he", "she", "his", "hes", "shes", "himself", "herself"})
# Words that describe whom the pronoun means, for the readers after linking ("the guy directing the new
# season, what's he known for?").
_DESCRIBING = frozenset(
    """who whos guy guys person actor actress woman man girl boy lady dude director creator writer showrunner
    producer star lead one""".split()
)


def nobody_meant(tokens: list[str], res: Resolution, conv: Conversation) -> Answer | None:
    """An answer asking which person, when the question's person pronoun is still there (the follow-up
    found nobody for it), it names no person or character, and the conversation has none; else None."""
    if _SUBJECT_PRONOUNS.isdisjoint(tokens) or not _DESCRIBING.isdisjoint(tokens):
        return None
    if res.people or res.characters or res.unknown_title or res.named_runs:
        # "aimee lou wood, what's she in": a name nobody knows says who, and gets "I don't have facts".
        return None
    if conv.people or conv.characters or conv.unknown:
        return None
    return Answer(text=WHICH_PERSON, kind="unknown", confidence=0.5)
