"""'the heartstopper creator', 'the agatha all along cast': "the" before a show's name determines the fact
after it ("the creator of heartstopper"), not the title; read without it, the name is the subject. Titles
that start with "the" ("The Bear") keep it: their name holds it; so does a description of someone or
something ("the heartstopper star", "the netflix series"), which the readers of descriptions take whole."""

from __future__ import annotations

from collections.abc import Callable

_LONGEST_NAME = 4
# The people and places of a show asked for after its name ("the hs creator", "the agatha network"); a
# finale or a premiere ("the agatha all along finale") is read with its "the" by the readers of dates.
_ASKED_OF_A_SHOW = frozenset(
    "creator creators director directors writer writers showrunner author cast network channel".split()
)


def without_article_before_title(words: list[str], is_name: Callable[[str], bool]) -> list[str]:
    """The folded words without a "the" that stands before a known name whose title has none and a fact
    asked of it ("the hs creator"), else as they are."""
    kept: list[str] = []
    for at, word in enumerate(words):
        if word == "the":
            after = words[at + 1 : at + 1 + _LONGEST_NAME]
            named = [n for n in range(len(after), 0, -1) if is_name(" ".join(after[:n]))]
            fact = after[named[0] : named[0] + 1] if named else []
            if fact and fact[0] in _ASKED_OF_A_SHOW and not is_name(" ".join(["the", *after[: named[0]]])):
                continue
        kept.append(word)
    return kept
