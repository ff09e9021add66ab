"""Words said of what the fan does, not of a show: "when should we put it in the calendar", "can i set a
reminder on my phone", "she texted me in all caps". A run of words nobody knows there ("calendar", "caps")
is the fan's own life, never a title Marquee lacks facts about."""

from __future__ import annotations

from intents.title_words import AUXILIARIES, CREDIT_VERBS, SPEAKER_PRONOUNS, WATCHING_VERBS

# The fan as object or owner: "she texted me in all caps", "my cat walked on my keyboard".
_THE_FANS = frozenset({"me", "us", "my", "our"})


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
    """Whether a run of unknown words stands in the fan's clause ("... should we put in the calendar")."""
    n = len(run)
    at = next((i for i in range(len(tokens) - n + 1) if tokens[i : i + n] == run), None)
    return at is not None and in_the_fans_clause(tokens, at)
