"""'the heartstopper creator', 'the agatha all along cast': "the" before a show's name determines the fact
after it ("the creator of heartstopper"), not the title; read without it, the name is the subject. Titles
that start with "the" ("The Bear") keep it: their name holds it."""

from __future__ import annotations

from collections.abc import Callable

_LONGEST_NAME = 4


def without_article_before_title(words: list[str], is_name: Callable[[str], bool]) -> list[str]:
    """The folded words without a "the" that stands before a known name whose title has none."""
    kept: list[str] = []
    for at, word in enumerate(words):
        if word == "the":
            after = words[at + 1 : at + 1 + _LONGEST_NAME]
            named = [n for n in range(len(after), 0, -1) if is_name(" ".join(after[:n]))]
            if named and not is_name(" ".join(["the", *after[: named[0]]])):
                continue
        kept.append(word)
    return kept
