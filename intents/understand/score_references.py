"""'is that more than the audience score?': "that" is the score the last answer gave, so it stands for that
side ("the critics score") and the question compares the two sides of the same show."""

from __future__ import annotations

from intents.dialogue import Conversation

# Which score each word names, as fans say it.
_SIDES = {
    **dict.fromkeys(("critics", "critic", "reviewers", "critical", "tomatometer"), "critics"),
    **dict.fromkeys(("audience", "audiences", "fans", "viewers", "popcornmeter"), "audience"),
}
_POINTERS = frozenset({"that", "it", "this", "thats", "its"})
_COMPARATIVES = frozenset("more less higher lower bigger smaller better worse".split())
_ENDINGS = frozenset("though tho then right too or not".split())  # "is that higher or not?"
_OPENERS = frozenset("is was so and ok okay but".split())


def last_score_named(tokens: list[str], conv: Conversation) -> list[str]:
    """The tokens with "that" before a comparison with one side's score replaced by the other side's score,
    the one the last answer gave ("is that higher?" compares it with that other side); unchanged when the
    last answer was not one side's score."""
    last = conv.last
    if last is None or last.intent != "ratings":
        return tokens
    given = {_SIDES[w] for w in last.tokens if w in _SIDES}
    at = next(
        (i for i, w in enumerate(tokens[:-1]) if w in _POINTERS and tokens[i + 1] in _COMPARATIVES), None
    )
    if at is None or len(given) != 1:
        return tokens
    if "than" not in tokens[at + 2 : at + 4]:
        # Only "(is) that higher" itself: "so fans liked it more?" says whose liking, of the show.
        alone = tokens[at] in ("that", "this", "thats") and all(w in _OPENERS for w in tokens[:at])
        if not alone or not all(w in _ENDINGS for w in tokens[at + 2 :]):
            return tokens
        # "is that higher?" after one side's score: than the other side's.
        other = next(iter({"critics", "audience"} - given))
        tokens = [*tokens[: at + 2], "than", "the", other, "score"]
    compared = {_SIDES[w] for w in tokens[at + 2 :] if w in _SIDES}
    if compared != {"critics", "audience"} - given:
        return tokens  # "is that more than s1 had?": another season, not the other side
    side = next(iter(given))
    pointer = ["the", side, "score", "is"] if tokens[at] in ("thats", "its") else ["the", side, "score"]
    return [*tokens[:at], *pointer, *tokens[at + 1 :]]


# Words that point at the scores the last answer gave ("average of those", "add them up", "the two combined"),
# and the words around them that ask nothing else.
_THOSE = frozenset("those them these both two they".split())
_AROUND = frozenset("what whats is the of so and ok okay then up their its".split())
_OPERATIONS = {"average": "average", "avg": "average", "mean": "average", "sum": "total", "total": "total",
               "combined": "total", "add": "total"}  # fmt: skip


def scores_pointed_at(tokens: list[str], conv: Conversation) -> list[str] | None:
    """ "average of those?", "total?" after an answer giving a show's Rotten Tomatoes scores: that operation
    asked of its critics and audience scores; None when the words ask anything more or no scores were
    given."""
    last = next((t for t in reversed(conv.turns) if not t.aside and t.kind == "answer"), None)
    operation = next((_OPERATIONS[w] for w in tokens if w in _OPERATIONS), None)
    if last is None or last.intent != "ratings" or operation is None:
        return None
    if not all(w in _OPERATIONS or w in _THOSE or w in _AROUND for w in tokens):
        return None
    return ["what", "is", "the", operation, "of", "the", "critics", "and", "audience", "scores"]
