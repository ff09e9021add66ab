"""The whole title of a show held only as someone's other work, when the question's words were read short:
"who's in doctor who" leaves "doctor" over ("who" reads as a question word), but the reply names Doctor Who,
so the conversation remembers "doctor who" and "did euros lyn work on it?" asks about that title."""

from __future__ import annotations

from intents.text import fold

_WIDEST = 2  # words a remembered title may grow by on each side


def widened_title(tokens: list[str], unknown: tuple[str, ...], reply: str) -> tuple[str, ...]:
    """`unknown` grown by the question's neighbouring words while the reply still names the longer run;
    unchanged when the reply names no longer run (or the words are not found in the question)."""
    if not unknown:
        return unknown
    size, wanted = len(unknown), list(unknown)
    at = -1  # where the unknown words start in the question (a loop: no generator step per word)
    for i in range(len(tokens) - size + 1):
        if tokens[i : i + size] == wanted:
            at = i
            break
    if at < 0:
        return unknown
    said = ""  # the reply folded, only once some longer run is there to look for (a long reply's fold costs)
    best = unknown
    for left in range(_WIDEST + 1):
        start = at - left
        if start < 0:
            break  # every wider run starts before the question
        for right in range(_WIDEST + 1):
            end = at + size + right
            if end > len(tokens):
                break
            run = tuple(tokens[start:end])
            # "what about 24" -> "I don't have facts about 24": the reply's own "about" is no title word.
            if run[:1] == ("about",) or len(run) <= len(best):
                continue
            said = said or f" {fold(reply)} "
            if f" {' '.join(run)} " in said:
                best = run
    return best
