"""A question that asks with "it" for what the sentence before it names: "I'm skeptical that the audience
score is as high as people say. What is it really?" asks for the audience score, not about a show. The
question takes the named relation's words in the pronoun's place (for clause_choice.chosen_clause)."""

from __future__ import annotations

import re

from intents.text import fold
from intents.understand.clause_evidence import evidence
from intents.understand.held_names import NamesOf
from intents.understand.question_openers import WH_START

# Nouns of what a question asks for (a relation's head); the words before it in its phrase qualify it.
_RELATION_NOUNS = (
    "score scores rating ratings premiere date network platform director creator writer author count runtime"
).split()
# "the audience score", "its rotten tomatoes rating", "the s3 premiere date": a determiner, up to three
# qualifying words, the relation's noun.
_RELATION_PHRASE = re.compile(
    rf"\b(?:the|its|their)\s+(?:[\w+-]+\s+){{0,3}}?(?:{'|'.join(_RELATION_NOUNS)})\b", re.IGNORECASE
)
_POINTING = re.compile(r"\b(?:it|that)\b(?!')", re.IGNORECASE)
_BE = frozenset("is was are were s".split())


# "what's the actual number": a noun standing only for the value of what the talk named.
_VALUE_OF_IT = re.compile(
    r"\bthe\s+(?:(?:actual|real|right|correct|exact|true|official)\s+)?(?:number|figure|answer|value)\b",
    re.IGNORECASE,
)


def relation_pointed_at(asked: str, rest: str, names: NamesOf | None) -> str | None:
    """The question with its "it" replaced by the relation the talk before it names, when the question
    asks with a question word and "is it" and carries no relation or name of its own; None otherwise.
    "the actual number" points as "it" does ("my brother says the rt audience score is like 80%, but what's
    the actual number")."""
    folded = fold(asked).split()
    if not folded or folded[0] not in WH_START:
        return None
    value = _VALUE_OF_IT.search(asked)
    if value is not None and names is not None and not any(names(w) for w in folded):
        phrases = _RELATION_PHRASE.findall(rest)
        return f"{asked[: value.start()]}{phrases[0]}{asked[value.end() :]}" if len(phrases) == 1 else None
    if evidence(asked, names) > 0:
        return None
    if not any(w in ("it", "that") and i and folded[i - 1] in _BE for i, w in enumerate(folded)):
        return None  # "what is it": the pronoun stands where the thing asked for stands
    phrases = _RELATION_PHRASE.findall(rest)
    if len(phrases) != 1:
        return None  # none named, or several: "it" says not which
    return _POINTING.sub(phrases[0], asked, count=1)
