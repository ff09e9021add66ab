"""A choice that names neither side, after talk naming two shows: "ngl i think wandavision came out before
heartstopper but my bf disagrees. which was first?" chooses between WandaVision and Heartstopper."""

from __future__ import annotations

from intents.resolve import Resolution

# The words a choice opens with: "which was first", "which one's older", "which is on netflix".
_WHICH = ("which", "whichs", "whichever")


def choice_around(tokens: list[str], res: Resolution, around: Resolution) -> list[str] | None:
    """The choice with the two shows the talk names as its sides ("which was first wandavision or
    heartstopper"); None when the question names a subject or is no choice, or the talk names not two."""
    named = [m for m in res.mentions if m.refs[0].kind != "network"]  # "which one is on netflix" names none
    if not tokens or tokens[0] not in _WHICH or named or res.season is not None:
        return None
    shows: dict[int, list[str]] = {}
    for mention in around.mentions:
        if mention.refs[0].kind == "show":
            shows.setdefault(mention.refs[0].id, around.tokens[mention.start : mention.end])
    if len(shows) != 2:
        return None
    first, second = shows.values()
    return [*tokens, *first, "or", *second]
