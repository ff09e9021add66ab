"""A title checked against someone's credits by "one of his": "and whether The Library Suicides is one of his
too", "is Torchwood also one of his?", "Hidden is one of hers as well?". Read as "did he work on X", the check
of someone's other work (its answer says yes or no first)."""

from __future__ import annotations

import re

_ONE_OF = re.compile(
    r"^(?P<lead>(?:(?:and|so|also|ok|okay|then) )*)(?:(?:whether|if) )?(?:(?:is|was) )?(?P<title>.+?)"
    r" (?:(?:is|was) )?(?:also )?one of (?P<owner>his|hers|her|theirs|their)"
    r"(?: (?:shows|credits|works|projects|series|things|too|also|as well))*$"
)
_OWNER = {"his": "he", "her": "she", "hers": "she", "their": "they", "theirs": "they"}


def title_as_credit_check(tokens: list[str]) -> list[str]:
    """ "did he work on X" for "is X one of his"; other tokens as they are."""
    said = " ".join(tokens)
    # The pattern tries each way to cut the words before "one of" (lazily, word by word): a message without
    # " one of " (most) is not tried.
    found = _ONE_OF.match(said) if " one of " in said else None
    if found is None or found["title"] in ("is", "was"):
        return tokens
    return [*found["lead"].split(), "did", _OWNER[found["owner"]], "work", "on", *found["title"].split()]
