"""A title nobody knows with a possessive inside it ("The Handmaid's Tale", "Grey's Anatomy") is said back as
the fan wrote it. Folding drops the "'s" (so "heartstopper's cast" reads as "heartstopper cast"), and a reply
naming a title nobody knows writes it from the folded words: a word the fan wrote with "'s", followed by more
of the name, gets its "'s" back. A possessive ending the name is the fan's own ("heartbreak high's cast")."""

from __future__ import annotations

import re
from dataclasses import replace

from intents.answer import Answer
from intents.dialogue import Conversation
from intents.text import fold

_POSSESSIVE = re.compile(r"\b([^\W\d_]+)['’]s\b")
# The name a reply says there are no facts about, up to the end of its sentence.
_UNKNOWN_NAME = re.compile(r"(I don't have facts about )([^.?!]+)")


def possessives_as_written(answer: Answer, question: str, conversation: Conversation | None) -> Answer:
    """The answer with each name nobody knows written with the possessives the fan wrote in it; the
    conversation remembers the words so written, for the follow-ups that name it again ("who's in it")."""
    written = frozenset(fold(m.group(1)) for m in _POSSESSIVE.finditer(question or ""))
    if conversation is not None:
        written = conversation.written_possessives = conversation.written_possessives | written
    if not written or "I don't have facts about" not in answer.text:
        return answer

    def rewrite(match: re.Match[str]) -> str:
        words = match.group(2).split(" ")
        said = [f"{w}'s" if at < len(words) - 1 and fold(w) in written else w for at, w in enumerate(words)]
        return match.group(1) + " ".join(said)

    text = _UNKNOWN_NAME.sub(rewrite, answer.text)
    return answer if text == answer.text else replace(answer, text=text)
