"""Names nobody knows in a follow-up about someone: "who plays charlie in heartstopper" ... "and tao?" asks
who plays Tao there, not who plays Charlie in a show called Tao; "and agatha herself?" asks of the character.

The facts hold no Tao, so the answer is "I don't have ..." either way; what the reading decides is what the
conversation is about afterwards: the show the fan was asking of stays the subject ("and the creator?" is
Heartstopper's), where a show called Tao would have become it.
"""

from __future__ import annotations

from intents.dialogue import Conversation, SlotKind, Turn
from intents.given_name_table import is_given_name
from intents.ordinary_words import everyday
from intents.resolve import Resolution
from intents.text import STOPWORDS

# Words that make the words before them a person or a character ("agatha herself", "the man himself").
_SELVES = frozenset({"herself", "himself", "themselves"})
# A name is a word or two ("tao", "tara jones"); a title may run longer ("the velvet quarry").
_MOST_NAME_WORDS = 2
# Words that open a title, never a first name alone ("the bear", "a man on the inside").
_TITLE_OPENERS = frozenset({"the", "a", "an"})
# The slots of a question asked of a character or person, which an unknown name in its follow-up replaces.
_PEOPLE_SLOTS: tuple[SlotKind, ...] = ("character", "person")
# Questions of who someone is or plays; after someone's other work ("has he worked on shetland"), "and
# torchwood?" asks of another title.
_ASKED_OF_SOMEONE = frozenset({"who_plays", "plays_whom", "profile"})


def _held(last: Turn | None) -> SlotKind | None:
    """The character or person slot the last question held, when it asked who someone is or plays."""
    if last is None or last.intent not in _ASKED_OF_SOMEONE:
        return None
    return next((kind for kind, _s, _e in last.slots if kind in _PEOPLE_SLOTS), None)


def _name_shaped(words: list[str]) -> bool:
    """A word or two of letters that open no title and ask nothing ("tao", "tara jones", not "the bear"),
    and that read as a name: a given name first, or no everyday word ("young royals", "skins" and "normal
    people" are titles of everyday words; no one is called that)."""
    return (
        0 < len(words) <= _MOST_NAME_WORDS
        and words[0] not in _TITLE_OPENERS
        and all(w.isalpha() and w not in STOPWORDS for w in words)
        and (is_given_name(words[0]) or not any(everyday(w) for w in words))
    )


def _without_selves(words: list[str]) -> list[str] | None:
    """The name before "herself"/"himself" ("agatha herself"), or None when the words end in no such word."""
    return [w for w in words[:-1] if w not in STOPWORDS] if words and words[-1] in _SELVES else None


def name_asked_again(about: list[str], conv: Conversation) -> bool:
    """Whether the words a follow-up is about ("and tao?", "what about darcy") are a name nobody knows asked
    in place of the character or person the last question named, rather than a title."""
    last = conv.last_understood
    if _held(last) is None:
        # "who plays penelope" (no show named) ... "and colin?": a part nobody knows asked in the same way
        # (the show nobody knows still the subject, not the part itself)
        if last is None or conv.unknown is None or span_in(list(conv.unknown), list(last.tokens)) is not None:
            return False
        return part_replaced(about, last) is not None
    selves = _without_selves(about)
    return _name_shaped(selves if selves is not None else about)


def name_slot_of_unknown(
    fragment: list[str], unnamed: list[str], res: Resolution, last: Turn
) -> tuple[SlotKind, list[str]] | None:
    """The character or person slot of the last question an ellipsis's unknown name (`unnamed`: the words no
    name, season or value covers) replaces, with the name's words; None when the words read as a title (or
    the last question named nobody)."""
    held = _held(last)
    if held is None:
        return None
    selves = _without_selves(fragment)
    if selves is None and (res.mentions or res.season is not None):
        return None  # "and agatha all along?": a known name is read as what it names
    words = selves if selves is not None else unnamed
    return (held, words) if _name_shaped(words) else None


def span_in(words: list[str], tokens: list[str]) -> int | None:
    """Where the words start in the tokens, or None."""
    n = len(words)
    return next((at for at in range(len(tokens) - n + 1) if tokens[at : at + n] == words), None)


_PLAYING = frozenset({"plays", "play", "played", "playing"})


def part_replaced(unnamed: list[str], last: Turn, said: list[str] | None = None) -> list[str] | None:
    """'who plays penelope' (a part nobody knows, in no show named) ... 'and colin?': who plays Colin, asked
    of the show the conversation is on (still the subject), never a show called Colin; None otherwise, or
    when the words `said` open a title ("and the crown?")."""
    if not _TITLE_OPENERS.isdisjoint(said or []):
        return None
    if last.intent != "who_plays" or last.slots or not _name_shaped(unnamed):
        return None
    tokens = list(last.tokens)
    at = next((i for i, w in enumerate(tokens) if w in _PLAYING), None)
    if at is None or not _name_shaped(tokens[at + 1 :]):
        return None
    return [*tokens[: at + 1], *unnamed]
