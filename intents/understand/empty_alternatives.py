"""An alternative that names nothing ("is it on netflix or somewhere else?", "is he in it or what", "is he in
the marvel show or is that the other boy") adds nothing to the question: its "else" or "other" must not make
it a question about someone's other work or another person."""

from __future__ import annotations

# What "or" may open at the end of a question and still name nothing.
_EMPTY = (("somewhere", "else"), ("something", "else"), ("someone", "else"), ("anywhere", "else"),
          ("elsewhere",), ("what",), ("nah",), ("not",), ("no",), ("nothing",))  # fmt: skip


_WHICH_ONE = frozenset({"that", "it"})
_OTHER = frozenset({"other", "else", "someone", "somebody", "different"})
_LONGEST_OTHER = 4  # words "or is that ..." may take to say "someone else"


def without_empty_alternative(tokens: list[str]) -> list[str]:
    """The question without a closing "or somewhere else" / "or what" / "or not" / "or is that the other
    guy"; others unchanged."""
    if "or" not in tokens:
        return tokens  # most questions: every alternative read here opens on "or"
    at = next(
        (i for i in range(len(tokens) - 3, 1, -1) if tokens[i : i + 2] in (["or", "is"], ["or", "was"])), 0
    )
    other = tokens[at + 3 :]
    if (
        at
        and tokens[at + 2] in _WHICH_ONE
        and 0 < len(other) <= _LONGEST_OTHER
        and _OTHER.intersection(other)
    ):
        return tokens[:at]
    for words in _EMPTY:
        cut = len(words) + 1
        if len(tokens) > cut + 1 and tuple(tokens[-cut:]) == ("or", *words):
            return tokens[:-cut]
    return tokens
