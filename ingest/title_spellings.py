"""How a title found in an article is spelled once counted: headline capitals folded into the running text's
spelling, and a sentence's opening "The" dropped when the text names the title without it."""

from __future__ import annotations

import re
from collections import Counter


def fold_case(counts: Counter[str]) -> Counter[str]:
    """ "The Pursuit Of Love" (a headline's capitals) and "The Pursuit of Love" are one title, written the way
    with lower-case small words."""
    spelled: dict[str, str] = {}
    for title in counts:
        key = title.casefold()
        if key not in spelled or sum(c.islower() for c in title) > sum(c.islower() for c in spelled[key]):
            spelled[key] = title
    folded: Counter[str] = Counter()
    for title, count in counts.items():
        folded[spelled[title.casefold()]] += count
    return folded


def drop_sentence_the(candidates: Counter[str], text: str) -> Counter[str]:
    """'The Harbor Lights Season 2' opening a sentence is 'Harbor Lights' when the text says so elsewhere."""
    out: Counter[str] = Counter()
    for title, hits in candidates.items():
        bare = re.escape(title[4:]) if title.startswith("The ") else ""
        # Each pattern opens with its literal and checks what comes before afterwards (as lookbehinds
        # that span the literal): the regex engine then jumps between occurrences instead of trying every
        # position of the article.
        inside = bare and re.search(
            rf"The {bare}\b(?<=\bThe {bare})(?<![.!?\n] The {bare})(?<!^The {bare})(?<!\nThe {bare})", text
        )
        if bare and not inside and re.search(rf"{bare}\b(?<=\b{bare})(?<!The {bare})(?<!the {bare})", text):
            out[title[4:]] += hits  # the title itself, never its escaped pattern ("Umbrella\ Academy")
        else:
            out[title] += hits
    return out
