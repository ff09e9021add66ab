"""A choice offered between two named things of one kind ("charlie or nick, which one is kit connor", "did
lyn or newberry direct season 3", "between hahn and connor, who is in agatha all along"): whichever reader
answered it, the reply says the chosen one first, then the fact that decided it."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from intents.answer import Answer
from intents.names import Mention
from intents.resolve import Resolution
from intents.text import fold

# The words that join two offered things; "between A and B" joins them with "and".
_OFFERING = (["or"], ["vs"], ["versus"])
# A sentence holding one of these says the thing in it does not hold (the other one does).
_NEGATING = frozenset("not isnt wasnt doesnt didnt never arent hasnt havent neither nor".split())
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
# A yes or no the answer led with checked one side only; the choice replaces it.
# Openings of a reply that already answers a choice ("Of those, Kathryn Hahn is in Agatha All Along.").
_CHOICE_OPENERS = ("of those", "of the two", "neither", "both")
_YES_NO_OPENERS = frozenset("is are was were does do did has have".split())
_LEADING_YES_NO = re.compile(r"^(yes|no)[,.:]?\s+", re.IGNORECASE)


def offered_pair(res: Resolution) -> tuple[Mention, Mention] | None:
    """The two things of one kind the question offers as a choice: side by side around "or" ("vs"), or
    after "between" around "and"; None when it offers none."""
    words = res.tokens
    mentions = sorted((m for m in res.mentions if m.refs), key=lambda m: m.start)
    for a, b in itertools.pairwise(mentions):
        if a.refs[0].kind != b.refs[0].kind or a.refs[0] == b.refs[0]:
            continue
        gap = words[a.end : b.start]
        if gap in _OFFERING or (gap == ["and"] and a.start > 0 and words[a.start - 1] == "between"):
            return a, b
    return None


def _says(mention: Mention, sentence: str) -> bool:
    """Whether the sentence names the thing, by its full name or as the fan typed it."""
    said = f" {fold(sentence)} "
    return any(f" {name} " in said for name in {fold(mention.refs[0].name), fold(mention.text)} if name)


def _negated(sentence: str) -> bool:
    return not _NEGATING.isdisjoint(fold(sentence).replace("'", "").split())


def choice_first(res: Resolution, answer: Answer) -> Answer:
    """The answer led by the one offered thing it affirms (named in a sentence that does not deny it, the
    other named in none such); the answer unchanged when the question offers no choice, the answer already
    leads with the choice, or it affirms both or neither."""
    if answer.kind != "answer" or not answer.text:
        return answer
    pair = offered_pair(res)
    if pair is None or (res.tokens[:1] and res.tokens[0] in _YES_NO_OPENERS and "either" in res.tokens):
        return answer  # "is either A or B in X": a yes or no of both, no choice between them
    sentences = _SENTENCE_END.split(answer.text)
    held = [m for m in pair if any(_says(m, s) and not _negated(s) for s in sentences)]
    if len(held) != 1:
        return answer
    chosen = held[0]
    name = chosen.refs[0].name
    said = fold(answer.text)
    if said.startswith((fold(name), fold(chosen.text), *_CHOICE_OPENERS)):
        return answer
    body = _LEADING_YES_NO.sub("", answer.text, count=1)
    body = body[:1].upper() + body[1:]
    return replace(answer, text=f"{name}. {body}")
