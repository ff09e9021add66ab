"""Evidence about words nobody knows: whether they are chatter, a name, a title with a slip, or a comparison.

Linking (intents.resolve) asks these questions of the words and names it finds in one question.
"""

from __future__ import annotations

from rapidfuzz import fuzz, utils

from db.knowledge import Knowledge
from intents.linking import EntityIndex, Mention
from intents.name_evidence import marked_as_name, marked_now
from intents.ordinary_words import name_shaped, ordinary
from intents.timefmt import WEEKDAYS
from intents.title_typos import misspelt_show_key
from intents.understand.holidays import holiday
from intents.word_surnames import SURNAME_WORDS


def chatter(words: list[str], known: frozenset[str] = frozenset()) -> bool:
    """Everyday words the fan did not mark as a name, nor shaped like one ("the way"): chatter, not a title
    nobody knows."""
    return ordinary(words, known) and not name_shaped(words) and not marked_as_name(words)


def talk_beside_a_subject(words: list[str]) -> bool:
    """Whether unknown words beside a known subject the question names are the fan's talk, not a second
    title: everyday words only (even shaped like a title: "who's at the helm of Heartstopper", "the camera"),
    or words left in lower case in a message that capitalises the names it means ("Heartstopper")."""
    if marked_as_name(words):
        return False
    # A message that marks names by capitals and leaves these words lower case does not mean them as one.
    return ordinary(words) or bool(marked_now())


WORK_TITLE_SLIP = 85.0  # "shetlund" is Shetland (87.5)


def someones_work(words: list[str], kb: Knowledge) -> bool:
    """Whether the words are the title of someone's other work, a title with no show of its own."""
    said = " ".join(words)
    # A slip allowed, as in work_checks: "shetlund" is Shetland.
    return any(
        fuzz.ratio(said, work.title, processor=utils.default_process) >= WORK_TITLE_SLIP
        for _, work in kb.unlinked_work()
    )


def respelt_title(tokens: list[str], words: list[str], index: EntityIndex) -> list[str] | None:
    """The question with a news show's title typed with one slip written right, or None."""
    key = misspelt_show_key(words, index)
    if key is None:
        return None
    n = len(words)
    at = next((i for i in range(len(tokens) - n + 1) if tokens[i : i + n] == words), None)
    return None if at is None else [*tokens[:at], *key.split(), *tokens[at + n :]]


# Comparatives some surname is spelt like ("lower": Britt Lower): in a comparison they compare.
_COMPARATIVES = frozenset("lower higher better worse longer shorter older newer later earlier".split())
_COMPARING = frozenset({"than", "which", "whose", "or"})


def compares(mention: Mention, tokens: list[str]) -> bool:
    """A surname or first name alone that is a comparative in a question that compares ("is its audience
    score lower than the critics one", "which is lower on imdb"): no one is named."""
    return (
        mention.end - mention.start == 1
        and tokens[mention.start] in _COMPARATIVES
        and all(ref.weak for ref in mention.refs)
        and not _COMPARING.isdisjoint(tokens)
    )


def a_weekday(tokens: list[str], at: int) -> bool:
    """'on a wednesday': a day of the week after "a" or "every" is a day, never part of a name (the show
    Wednesday is named without them)."""
    return at > 0 and tokens[at] in WEEKDAYS and tokens[at - 1] in ("a", "every", "each")


# Words that put a day after them as a time ("closer to halloween", "out by christmas"), not a title's place.
_DAY_LEADS = frozenset("to by before after till til until than".split())


def a_holiday(tokens: list[str], at: int) -> bool:
    """'closer to halloween, agatha or hs3': a holiday after a word of time is a day, never the start of a
    name that swallows the shorthand after it (the film Halloween is named without them)."""
    start = at
    while start > 0 and holiday(tokens[start - 1 : at + 1], 2000) is not None:
        start -= 1  # "christmas eve": the holiday starts at its first word
    return (
        start > 0
        and tokens[start - 1] in _DAY_LEADS
        and any(
            holiday(tokens[start : end + 1], 2000) is not None for end in range(at, min(at + 3, len(tokens)))
        )
    )


def part_of_unknown_name(
    mention: Mention, tokens: list[str], unknown: list[bool], known: frozenset[str]
) -> bool:
    """A one-word shorthand ("nick") next to unknown words ("jonas") is part of a name nobody knows; next to
    an everyday word the fan did not mark as a name ("nick full name") it is still the one Marquee knows."""
    ref = mention.refs[0]
    if mention.end - mention.start > 1:  # a respelt first name ("charlize") too: "charlize theron"
        return False

    def name_part(i: int) -> bool:
        return unknown[i] and not chatter([tokens[i]], known)

    # A one-word name ("Tommy") takes a surname nobody knows after it ("tommy shelby"): someone else.
    one_word = len(ref.name.split()) <= 1
    if one_word and (ref.kind not in ("person", "character") or mention.end >= len(unknown)):
        return False
    before = not one_word and mention.start > 0 and name_part(mention.start - 1)
    after = mention.end < len(unknown) and name_part(mention.end)
    # A first name before a surname spelt like an everyday word ("charlie day", "william cross").
    surname = not one_word and mention.end < len(unknown) and tokens[mention.end] in SURNAME_WORDS
    if surname:
        unknown[mention.end] = True
    if before or after or surname:
        unknown[mention.start] = True
        return True
    return False
