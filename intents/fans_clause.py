"""Words said of what the fan does, not of a show: "when should we put it in the calendar", "can i set a
reminder on my phone", "she texted me in all caps". A run of words nobody knows there ("calendar", "caps")
is the fan's own life, never a title Marquee lacks facts about."""

from __future__ import annotations

from intents.ordinary_words import everyday
from intents.title_words import AUXILIARIES, CREDIT_VERBS, SPEAKER_PRONOUNS, WATCHING_VERBS

# The fan as object or owner: "she texted me in all caps", "my cat walked on my keyboard".
_THE_FANS = frozenset({"me", "us", "my", "our"})
_PREPOSITIONS = frozenset("in on at for to into onto from with".split())


def in_the_fans_clause(tokens: list[str], at: int) -> bool:
    """Whether the word at `at` goes with what the fan does or has: the fan just before it ("texted me in",
    "my cat"), or
    after an auxiliary and the fan ("should we put ... in") and a verb of neither watching nor a credit
    ("can i watch it on X" may still name where, "did you write X" a title)."""
    if at > 0 and tokens[at - 1] in _THE_FANS:
        return True
    for aux in range(min(at, len(tokens)) - 1):
        if tokens[aux] in AUXILIARIES and tokens[aux + 1] in SPEAKER_PRONOUNS:
            verb = tokens[aux + 2]
            return verb not in WATCHING_VERBS and verb not in CREDIT_VERBS
    return False


def run_in_the_fans_clause(tokens: list[str], run: list[str]) -> bool:
    """Whether a run of unknown words is the fan's own: after "my"/"me", a thing and everyday words ("my
    cat walked"), the fan's verb
    itself ("should i mark it"), or after a preposition of the fan's clause ("should we put it in the
    calendar"); what the fan has seen or heard of ("have u seen challengers") may be a title."""
    n = len(run)
    at = next((i for i in range(len(tokens) - n + 1) if tokens[i : i + n] == run), None)
    if at is None or at == 0:
        return False
    before = tokens[at - 1]
    if before in _THE_FANS:
        # "my cat walked": the fan's own thing and everyday words; "my friend loves omar rudberg" names him
        return all(everyday(w) for w in run[1:])
    if n == 1 and at >= 2 and before in SPEAKER_PRONOUNS and tokens[at - 2] in AUXILIARIES:
        return True  # the run is the fan's verb alone: "should i mark it in my diary" ("seen X" goes on)
    return before in _PREPOSITIONS and in_the_fans_clause(tokens, at - 1)
