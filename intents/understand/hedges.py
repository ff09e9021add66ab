"""Hedges that ask a statement back ("season 3 is on disney+ i think", "... correct me if i'm wrong") and
the feelings that make a statement no fact to check ("season 3 looks amazing i think")."""

from __future__ import annotations

# A hedge a claim ends on ("season 3 is on disney+ i think", "... correct me if i'm wrong"): the fan asks
# whether what they just said holds.
_CLAIM_HEDGES = (
    "i think", "i believe", "i reckon", "i guess", "i assume", "i heard", "i read", "im pretty sure",
    "pretty sure", "im sure", "im fairly sure", "fairly sure", "im quite sure",
    "quite sure", "if im not mistaken", "unless im mistaken", "if i remember right",
    "if i remember correctly", "if i recall", "if i recall correctly", "if im right",
    "correct me if im wrong", "if im not wrong", "am i right", "i think so", "apparently", "or am i wrong",
)  # fmt: skip
_HEDGE_WORDS = tuple(tuple(h.split()) for h in _CLAIM_HEDGES)
# The hedges by their last word: a message's last word rules out almost all of them at once.
_HEDGES_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _hedge in _HEDGE_WORDS:
    _HEDGES_BY_LAST[_hedge[-1]] = (*_HEDGES_BY_LAST.get(_hedge[-1], ()), _hedge)


def _hedges_ending(words: list[str], before: int = 2) -> tuple[tuple[str, ...], ...]:
    """The hedges the words end on, each leaving at least `before` words before it."""
    if not words:
        return ()
    return tuple(
        h
        for h in _HEDGES_BY_LAST.get(words[-1], ())
        if len(words) >= len(h) + before and tuple(words[-len(h) :]) == h
    )


def hedged_at_end(words: list[str]) -> bool:
    """Whether a statement of a fact ends on a hedge that asks it back ("... came out in 2021 i think"); an
    opinion hedged so ("season 3 looks amazing i think") is no fact to check."""
    return bool(_hedges_ending(words)) and not gives_opinion(words)


def gives_opinion(words: list[str]) -> bool:
    """Whether a statement holds a fan's feeling ("looks amazing", "is so good"): no fact to check."""
    joined = f" {' '.join(words)} "
    return bool(set(words) & _OPINION_WORDS) or any(f" {p} " in joined for p in _OPINION_PHRASES)


def hedge_length(tokens: list[str]) -> int:
    """How many of the tokens' last words are the hedge a statement ends on (0: none), opinions or not."""
    return max((len(h) for h in _hedges_ending(tokens)), default=0)


def without_hedge(tokens: list[str]) -> list[str]:
    """The tokens without the hedge they end on ("... on disney i think" -> "... on disney")."""
    if not hedged_at_end(tokens):
        return tokens
    longest = max(_hedges_ending(tokens, before=0), key=len)
    return tokens[: -len(longest)]


# Words of a fan's feeling about a show: a statement holding one gives an opinion, not a fact to check.
_OPINION_WORDS = frozenset(
    """amazing awesome great love loved loving adore looks look looking incredible brilliant beautiful cute
    iconic underrated overrated obsessed favourite favorite fav fave gorgeous perfect excited hype hyped cry
    crying sad happy boring masterpiece""".split()
)
# ("best" alone names an award category: "nominated for best actor" states a fact.)
_OPINION_PHRASES = ("so good", "really good", "the best", "the worst", "so bad", "cant wait", "deserves")
