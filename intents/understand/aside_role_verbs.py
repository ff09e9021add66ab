"""A bare "did"/"doing" asked as the one role the chatter before names: "i keep mixing up the two directors.
who did s1?" asks who directed season 1."""

from __future__ import annotations

from intents.text import fold
from intents.understand.sentences import first_word

# A role the chatter names, and the verb that asks for it in each form of "do".
_ROLE_VERBS: dict[str, dict[str, str]] = {
    role: {"did": past, "doing": ing, "does": present, "do": base}
    for roles, (past, ing, present, base) in (
        (("director", "directors", "directing"), ("directed", "directing", "directs", "direct")),
        (("writer", "writers", "writing"), ("wrote", "writing", "writes", "write")),
        (("creator", "creators"), ("created", "creating", "creates", "create")),
    )
    for role in roles
}
# Verbs that already say what the question asks for ("who did kit connor play").
_CONTENT_VERBS = frozenset(
    """play plays played playing direct directs directed directing write writes wrote writing create creates
    created creating star stars starred starring voice voices voiced produce produced make made""".split()
)
_WHO = frozenset({"who", "whos", "which"})


def with_role_said(question: str, aside: str) -> str:
    """The question with its bare "did"/"doing" asked as the one role the aside names; unchanged otherwise."""
    words = question.split()
    folded = [fold(w) for w in words]
    if first_word(question) not in _WHO or not _CONTENT_VERBS.isdisjoint(folded):
        return question
    said = [w for w in fold(aside).split() if w in _ROLE_VERBS]
    if len({_ROLE_VERBS[w]["did"] for w in said}) != 1:
        return question
    verbs = _ROLE_VERBS[said[0]]
    return " ".join(verbs.get(f, w) for w, f in zip(words, folded, strict=True))
