"""A show named, then a clause putting someone in it ("what's the wandavision spin-off joe locke is in
called"): when that person is credited on the show, the clause only confirms which show is meant, and is
dropped so the question reads as asked of the show ("what's agatha all along called")."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.resolve import Resolution
from intents.understand.person_shows import their_shows

# Words between the person and the clause's end ("is in", "is starring in", "stars in", "plays in").
_CLAUSE_VERBS = frozenset("is was s stars starring starred plays playing acts acting appears".split())
_CLAUSE_ENDS = frozenset({"in", "on"})


def show_with_confirming_clause(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """The tokens without a clause that puts a person credited on the show named right before it in that
    show; None when there is no such clause."""
    for show_mention, person_mention in zip(res.mentions, res.mentions[1:], strict=False):
        show_ref, person_ref = show_mention.refs[0], person_mention.refs[0]
        if show_ref.kind != "show" or person_ref.kind != "person" or person_mention.start != show_mention.end:
            continue
        person = kb.people.get(person_ref.id)
        if person is None or show_ref.id not in their_shows(person):
            continue
        at = person_mention.end
        while at < len(tokens) and tokens[at] in _CLAUSE_VERBS:
            at += 1
        if at == person_mention.end or at >= len(tokens) or tokens[at] not in _CLAUSE_ENDS:
            continue
        return [*tokens[: person_mention.start], *tokens[at + 1 :]]
    return None
