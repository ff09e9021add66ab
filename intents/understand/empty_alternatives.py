"""An alternative that names nothing ("is it on netflix or somewhere else?", "is he in it or what", "is he in
the marvel show or is that the other boy") adds nothing to the question: its "else" or "other" must not make
it a question about someone's other work or another person."""

from __future__ import annotations

# What "or" may open at the end of a question and still name nothing.
_EMPTY = (("somewhere", "else"), ("something", "else"), ("someone", "else"), ("anywhere", "else"),
          ("elsewhere",), ("what",), ("nah",), ("not",), ("no",), ("nothing",))  # fmt: skip


# Words after an empty alternative that add nothing either: "or somewhere else this time", "or what lol".
_AFTERWORDS = frozenset("this time now tho though lol lmao rn again instead then".split())
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
    if (others := _others_alternative(tokens)) is not None:
        return others
    if (hearsay := hearsay_alternative_cut(tokens)) is not None:
        return hearsay
    end = len(tokens)
    while end > 2 and tokens[end - 1] in _AFTERWORDS:
        end -= 1  # "or somewhere else this time": the alternative is as empty with its afterwords
    for words in _EMPTY:
        cut = len(words) + 1
        if end > cut + 1 and tuple(tokens[end - cut : end]) == ("or", *words):
            return tokens[: end - cut]
    return tokens


_ASKED_AGAIN = frozenset({"did", "do", "does", "was", "were", "is", "are", "has", "have"})
_OTHERS = (("other", "people"), ("other", "ppl"), ("others",), ("someone", "else"), ("somebody", "else"),
           ("anyone", "else"), ("other", "directors"), ("other", "writers"))  # fmt: skip
_LONGEST_OTHERS_ALTERNATIVE = 6  # "or did other people direct some"


def _others_alternative(tokens: list[str]) -> list[str] | None:
    """ "did he direct every episode or did other people do some": the check without its alternative of
    "other people" doing it, which names nobody and only says the check's no; None when there is none."""
    for at in range(max(2, len(tokens) - _LONGEST_OTHERS_ALTERNATIVE), len(tokens) - 2):
        if tokens[at] != "or" or tokens[at + 1] not in _ASKED_AGAIN:
            continue
        rest = tuple(tokens[at + 2 :])
        if any(rest[: len(o)] == o for o in _OTHERS):
            return tokens[:at]
    return None


# "confirmed or just fans being fans", "or is it just a rumour": the fan's own doubt, not a second subject.
_JUST_OPENERS = (
    ("or", "just"),
    ("or", "is", "it", "just"),
    ("or", "is", "that", "just"),
    ("or", "just", "a"),
)
_HEARSAY_WORDS = frozenset(
    """rumor rumors rumour rumours theory theories speculation speculating gossip hype clickbait fake fanon
    fans fan tiktok tiktoks twitter guess guessing guesses headcanon wishful thinking made up""".split()
)
_LONGEST_HEARSAY_TAIL = 5  # "or just fans being fans"


def hearsay_alternative_cut(tokens: list[str]) -> list[str] | None:
    """ "is that confirmed or just fans being fans": the check without its alternative of hearsay, which
    names nothing and only says the check's no; None when there is none."""
    if "or" not in tokens:
        return None  # every opener starts with "or"
    for opener in _JUST_OPENERS:
        width = len(opener)
        for at in range(max(2, len(tokens) - width - _LONGEST_HEARSAY_TAIL), len(tokens) - width):
            tail = tokens[at + width :]
            if tuple(tokens[at : at + width]) == opener and not _HEARSAY_WORDS.isdisjoint(tail):
                return tokens[:at]
    return None
