"""When words a question named that Marquee has no facts about become the conversation's subject: a title
in a title's place or opening versions of it, still the subject when a question about it got no answer; not
words owned by someone ("his brother"), nor a name nobody knows asked in a character's or person's place
while a known show is talked about ("who plays tao" in a thread about Heartstopper)."""

from __future__ import annotations

from intents.answer import Answer
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.fragments import titled

UNKNOWN_LEAD = "I don't have facts about"
PERSON_QUESTIONS = frozenset({"who_plays", "profile", "other_work", "plays_whom"})
# Questions whose name nobody knows stands in a character's place ("who plays tao"), never a title's.
CHARACTER_QUESTIONS = frozenset({"who_plays"})


def someone_unknown(conv: Conversation, res: Resolution, answer: Answer) -> bool:
    """Whether the question asked of someone nobody knows ("and tao?" read as "who plays tao") while a known
    show was the subject: the unknown words stand in no title's place, and the show stays the subject."""
    return (
        answer.intent in PERSON_QUESTIONS
        and not res.unknown_title
        and not res.shows
        and conv.unknown is None
        and conv.last_show_id is not None
    )


# Words that set versions of a title side by side: "X us or uk version", "X the original or the remake".
_VERSIONS = frozenset("version versions remake reboot original adaptation us uk american british".split())


def versions_asked(tokens: list[str], res: Resolution) -> list[str]:
    """The unknown title a message opens with when versions of it follow ("bramblewood us or uk version,
    which is better"): the subject of the thread from then on; empty when the message names a known name."""
    if res.mentions or not res.leftovers or not titled(res.leftovers[0]):
        return []
    title = res.leftovers[0]
    if tokens[: len(title)] != title or _VERSIONS.isdisjoint(tokens[len(title) : len(title) + 4]):
        return []
    return title


_OWNERS = frozenset({"his", "her", "their", "my", "your"})


def span_of(tokens: list[str], words: list[str]) -> tuple[int, int] | None:
    """Where the words stand in the tokens, or None."""
    n = len(words)
    starts = (at for at in range(len(tokens) - n + 1) if n and tokens[at : at + n] == words)
    return next(((at, at + n) for at in starts), None)


def still_about_unknown(conv: Conversation, tokens: list[str], answer: Answer) -> bool:
    """Whether a question about the unknown subject that got no answer leaves it the subject, whatever
    known show it also named."""
    if conv.unknown is None or answer.kind == "answer":
        return False
    n = len(conv.unknown)
    return any(tuple(tokens[at : at + n]) == conv.unknown for at in range(len(tokens) - n + 1))


def part_nobody_knows(conv: Conversation) -> bool:
    """Whether the subject nobody knows was asked last in a character's place ("who plays tao", no title
    named): a part, not a show whose people a first name said next ("who plays nick") would belong to."""
    last = conv.last
    return (
        conv.unknown is not None
        and last is not None
        and last.kind == "unknown"
        and last.intent in CHARACTER_QUESTIONS
        and not any(kind == "show" for kind, _start, _end in last.slots)
        and span_of(list(last.tokens), list(conv.unknown)) is not None
    )


def still_named(conv: Conversation, answer: Answer, unknown: tuple[str, ...]) -> bool:
    """Whether the reply says it has no facts about the conversation's subject nobody knows, not about the
    other unknown words of the message ("is that true" -> "I don't have facts about Fleabag"): the subject
    stays, the words ("true") never take its place."""
    return (
        conv.unknown is not None
        and names_unknown(answer, conv.unknown)
        and not names_unknown(answer, unknown)
    )


def names_unknown(answer: Answer, unknown: tuple[str, ...]) -> bool:
    """Whether the reply says it has no facts about exactly these words (the title, not the person)."""
    said = fold(answer.text[len(UNKNOWN_LEAD) :]).split()
    return bool(unknown) and said[: len(unknown)] == list(unknown)


def after_in(tokens: list[str], words: tuple[str, ...]) -> bool:
    """Whether the words follow "in" ("is joe locke in the bear", "who plays nick in nick and norah")."""
    n = len(words)
    return any(
        tuple(tokens[at : at + n]) == words and tokens[at - 1] == "in" for at in range(1, len(tokens) - n + 1)
    )


def owned(tokens: list[str], words: tuple[str, ...]) -> bool:
    """Whether the words follow a possessive ("who plays his brother"): someone's relation, not a title."""
    n = len(words)
    return any(
        tuple(tokens[at : at + n]) == words and tokens[at - 1] in _OWNERS
        for at in range(1, len(tokens) - n + 1)
    )
