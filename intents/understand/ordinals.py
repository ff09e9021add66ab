"""A place in the list an answer gave: "who does the first guy play", "and the second?" after a cast or a
credit naming several people mean the person at that place in it; "the other one" after one of a pair was
picked means the other; "which one" after such a list asks who."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation, Turn
from intents.text import fold
from intents.understand.context import YES_NO_OPENERS

_PLACES = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
           "fifth": 4, "5th": 4, "former": 0}  # fmt: skip
# Places counted from the end of the list: "the last one", "the latter".
_FROM_END = {"last": -1, "latter": -1}
_ALONE = frozenset({"latter", "former"})  # never a number before a noun, as "the first two seasons" is
_PEOPLE = frozenset("guy person actor actress woman man girl lady dude one name chap fella gal".split())


def place_in_answer(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the second (guy)" replaced by the name at that place in the latest list of people an
    answer gave; unchanged without such a list, or when the place means something else (a season
    after a question about one, the first person talked about in a longer conversation)."""
    # The list may be questions back: "who's in it" ... "who does the first guy play" ... "and the second?";
    # a yes/no check's answer ("is the first one in agatha?" -> its cast) is no list the fan counts in.
    last = next(
        (t for t in reversed(conv.turns) if not t.aside and len(t.answered) > 1 and not _checked(t)), None
    )
    if last is None:
        return tokens
    for at in range(len(tokens) - 1):
        place = list_place(tokens[at + 1], len(last.answered))
        if tokens[at] != "the" or place is None:
            continue
        noun = tokens[at + 2 : at + 3]
        person_noun = noun != [] and noun[0] in _PEOPLE and noun[0] != "one"
        bare = not noun or noun == ["one"] or tokens[at + 1] in _ALONE  # "what else has the latter done"
        if not person_noun and not (bare and not any(k == "season" for k, _s, _e in last.slots)):
            continue
        talked = [t.person_id for t in conv.turns if t.person_id is not None]
        if place == 0 and len(set(talked)) > 1 and talked[0] != last.answered[0]:
            continue  # "back to the first guy": the first person of the conversation
        person = kb.people.get(last.answered[place])
        if person is None:
            continue
        end = at + 2 + (person_noun or noun == ["one"])
        return [*tokens[:at], *fold(person.name).split(), *tokens[end:]]
    return tokens


def list_place(word: str, size: int) -> int | None:
    """The place in a list of `size` a word names ("second" 1, "last" size - 1), None when it names none
    there ("the third" of two, "the latter" of more than two)."""
    if word in _FROM_END:
        return size - 1 if size == _PAIR or (word == "last" and size > _PAIR) else None
    place = _PLACES.get(word)
    if place is None or place >= size or (word == "former" and size != _PAIR):
        return None
    return place


def _checked(turn: Turn) -> bool:
    """Whether the turn was a yes/no check ("is joe locke in agatha all along")."""
    return bool(turn.tokens) and turn.tokens[0] in YES_NO_OPENERS


_PAIR = 2
_LEADS = frozenset({"main", "lead"})  # "the other main guy"
_WHICH_ONE = (("which", "one"), ("which", "1"), ("which", "one", "of", "them"))


def _latest_list(conv: Conversation) -> tuple[int, ...]:
    """The people the latest answer that named several named, in order; empty when none did."""
    last = next((t for t in reversed(conv.turns) if not t.aside and len(t.answered) > 1), None)
    return last.answered if last is not None else ()


def who_of_listed(tokens: list[str], conv: Conversation) -> list[str]:
    """ "which one is going to the mcu?" right after an answer naming several people asks who of them is: the
    answer names whoever it is."""
    last = conv.last
    if last is None or len(last.answered) < _PAIR:
        return tokens
    for phrase in _WHICH_ONE[::-1]:
        n = len(phrase)
        at = next((i for i in range(len(tokens) - n + 1) if tuple(tokens[i : i + n]) == phrase), None)
        if at is not None:
            return [*tokens[:at], "who", *tokens[at + n :]]
    return tokens


def other_of_pair(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """ "and the other one?" after an answer named two people and a later question picked one of them
    ("which of them did season 3?" -> Andy Newberry): the one not picked."""
    # After a longer list (a cast), the first two billed are the pair: "the other lead".
    pair = _latest_list(conv)[:_PAIR]
    last = conv.last
    if len(pair) != _PAIR or last is None:
        return tokens
    picked = last.person_id if last.person_id in pair else None
    unpicked = set(pair) <= set(last.answered) and not any(kind == "person" for kind, _s, _e in last.slots)
    if unpicked and len(conv.shows) > 1:
        # "who directs it?" answered with both, another show talked about: "the other one" is that show.
        picked = None
    if picked is None and len(last.answered) == 1 and last.answered[0] in pair:
        picked = last.answered[0]
    if picked is None:
        return tokens
    other = kb.people.get(pair[1] if pair[0] == picked else pair[0])
    for at in range(len(tokens) - 2):
        lead = tokens[at + 2] in _LEADS and at + 3 < len(tokens)
        noun = tokens[at + 2 + lead]
        if tokens[at] in ("the", "that") and tokens[at + 1] == "other" and noun in _PEOPLE and other:
            return [*tokens[:at], *fold(other.name).split(), *tokens[at + 3 + lead :]]
    return tokens
