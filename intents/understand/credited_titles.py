"""The whole title of a show held only as someone's other work, when the question's words were read short:
"who's in doctor who" leaves "doctor" over ("who" reads as a question word), but the reply names Doctor Who,
so the conversation remembers "doctor who" and "did euros lyn work on it?" asks about that title."""

from __future__ import annotations

from intents.text import fold

_WIDEST = 2  # words a remembered title may grow by on each side


def widened_title(tokens: list[str], unknown: tuple[str, ...], reply: str) -> tuple[str, ...]:
    """`unknown` grown by the question's neighbouring words while the reply still names the longer run;
    unchanged when the reply names no longer run (or the words are not found in the question)."""
    size = len(unknown)
    at = next((i for i in range(len(tokens) - size + 1) if tuple(tokens[i : i + size]) == unknown), None)
    if not unknown or at is None:
        return unknown
    said = f" {fold(reply)} "
    best = unknown
    for left in range(_WIDEST + 1):
        for right in range(_WIDEST + 1):
            start, end = at - left, at + size + right
            run = tuple(tokens[max(start, 0) : end])
            # "what about 24" -> "I don't have facts about 24": the reply's own "about" is no title word.
            if run[:1] == ("about",):
                continue
            if start >= 0 and end <= len(tokens) and len(run) > len(best) and f" {' '.join(run)} " in said:
                best = run
    return best
