"""A question in the order a statement keeps, read in the order the intents know.

Fans (and English learners) often ask in reported-speech order: "who joe locke plays in agatha all along",
"when heartstopper comes out". The question word comes first, then a known name, then its verb with an "s":
that is "who does joe locke play", "when does heartstopper come out". A contracted question word before an
"-ing" verb ("whos playing nick") is "who is playing", and before a character ("whos nick in it") "who is".
"""

from __future__ import annotations

from collections.abc import Callable

_ASKING = frozenset({"who", "what", "when", "where", "which"})
_CONTRACTED = {"whos": "who", "whats": "what", "whens": "when", "wheres": "where"}
# "where i can see it": a learner's question with the subject before its helper verb ("where can i see it").
_SUBJECTS = frozenset("i we you u he she they it".split())
_HELPERS = frozenset(
    "can could should will would is are was".split()
)  # not "do": "what we do in the shadows"
_MAX_NAME = 4  # words a name between the question word and its verb may have
# Verbs that are also a noun the intents read ("who heartstopper stars": its stars, not "does it star").
_NOUN_TOO = frozenset({"stars", "credits", "features"})
_MIN_VERB = 4  # "plays", "comes": shorter words ending in s ("is", "has") are no third-person verb


def _bare_verb(word: str, vocabulary: frozenset[str]) -> str | None:
    """ "plays" -> "play", "comes" -> "come": a third-person verb's bare form the intents know, or None."""
    if len(word) < _MIN_VERB or not word.endswith("s") or word.endswith("ss") or word in _NOUN_TOO:
        return None
    bare = word[:-2] if word.endswith("es") and word[:-2] in vocabulary else word[:-1]
    return bare if bare in vocabulary else None


def asked_in_order(
    words: list[str],
    is_name: Callable[[str], bool],
    vocabulary: frozenset[str],
    is_character: Callable[[str], bool] = lambda _: False,
) -> list[str]:
    """The question's words with a statement's order turned into a question's; other words as they are."""
    if "the" in words:
        words = _without_article_before_character(words, is_character)  # "the man that play the nick"
    if words[:2] in _WHICH_SHOW and (shown := _show_of_characters(words, is_character)) is not None:
        return shown  # "what show is nick from": who plays him, and in what
    if (
        words[:1] == ["whos"]
        and "in" in words[2:]
        and is_character(" ".join(words[1 : words.index("in", 2)]))
    ):
        return ["who", "is", *words[1:]]  # "whos nick in heartstopper": who plays the character
    if len(words) >= 2 and words[0] in _CONTRACTED and words[1].endswith("ing") and len(words[1]) > _MIN_VERB:
        return [_CONTRACTED[words[0]], "is", *words[1:]]  # "whos playing nick"
    asked_at_the_end = words[-1:] in _WHAT_OR_WHICH or words[-2:-1] in _WHAT_OR_WHICH  # "... in which show"
    if asked_at_the_end and (asked_last := _asked_last(words, is_name)) is not None:
        return asked_last  # "william gao is in which show": "which show is william gao in"
    if len(words) < 3 or words[0] not in _ASKING or words[1] in ("does", "do", "did", "is", "are"):
        return words
    # A known name of the opening words is looked up last: few questions have the shape it guards.
    if (
        words[1] in _SUBJECTS
        and words[2] in _HELPERS
        and len(words) > 3
        and not any(is_name(" ".join(words[:end])) for end in range(3, len(words) + 1))
    ):
        return [words[0], words[2], words[1], *words[3:]]
    for end in range(2, min(len(words), 2 + _MAX_NAME)):
        bare = _bare_verb(words[end], vocabulary)
        if bare is not None and is_name(" ".join(words[1:end])):
            return [words[0], "does", *words[1:end], bare, *words[end + 1 :]]
    return words


_IN_AT_THE_END = frozenset({"is", "was", "are", "were"})
_WHICH = frozenset({"which", "what"})


def _asked_last(words: list[str], is_name: Callable[[str], bool]) -> list[str] | None:
    """ "william gao is in which show" as "which show is william gao in": a known name, "is in", then the
    question word and what it asks for closing the question; None for any other shape."""
    for end in range(1, min(len(words) - 3, _MAX_NAME) + 1):
        if words[end] not in _IN_AT_THE_END or words[end + 1] != "in" or words[end + 2] not in _WHICH:
            continue
        asked, subject = words[end + 2 :], words[:end]
        if len(asked) > _ASKED_WORDS:
            continue
        # A name spelt with a slip ("wiliam gao") is known only once linked: before a show noun, any words
        # but a pronoun or determiner are someone's
        someone = asked[1:] in _SHOW_NOUNS and _NOT_SOMEONE.isdisjoint(subject)
        if someone or is_name(" ".join(subject)):
            return [*asked, words[end], *subject, "in"]
    return None


_ASKED_WORDS = 2  # the question word and its noun: "which show"
_SHOW_NOUNS = (["show"], ["shows"], ["series"], ["programme"], ["program"])
_NOT_SOMEONE = frozenset("it this that he she they the a an my his her their".split())


_PLAYING = frozenset("play plays played playing".split())


def _without_article_before_character(words: list[str], is_character: Callable[[str], bool]) -> list[str]:
    """ "who is the man that play the nick": a learner's "the" before the character played is dropped."""
    for at in range(1, len(words) - 1):
        if words[at] == "the" and words[at - 1] in _PLAYING and is_character(words[at + 1]):
            return [*words[:at], *words[at + 1 :]]
    return words


_WHAT_OR_WHICH = (["what"], ["which"])
_WHICH_SHOW = (["what", "show"], ["which", "show"], ["what", "series"], ["which", "series"])
_CHARACTERS_END = frozenset({"in", "from"})


def _show_of_characters(words: list[str], is_character: Callable[[str], bool]) -> list[str] | None:
    """ "what show is nick from", "which show are nick and charlie in" as "who plays nick (and charlie)":
    the answer names the part, its actor and the show; None for any other shape."""
    if (
        words[:2] not in _WHICH_SHOW
        or words[2:3] not in (["is"], ["are"])
        or words[-1:][0] not in _CHARACTERS_END
    ):
        return None
    named = " ".join(words[3:-1]).split(" and ")
    if not named or not all(n and is_character(n) for n in named):
        return None
    return ["who", "plays", *words[3:-1]]
