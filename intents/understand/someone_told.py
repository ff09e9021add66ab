"""'Who is it?' about someone the talk leaves unnamed: "she said the new agatha show has someone from
heartstopper in it. which actor is it?" asks which Heartstopper actor is in Agatha All Along.

The talk (the words around the question, or a statement the question follows in its own sentence) names the
show the someone is from ("someone from X", "a X actor", "one of the X cast") and the show they are said to
be in: another show named, or a person's show ("her new marvel show", with "her" already read as the person).
The question is asked again as "which X actor is in Y".
"""

from __future__ import annotations

import re

from intents.linking import Mention
from intents.resolve import Resolution

# "who is it", "which actor is it again", "who's that": a question pointing only at someone the talk told of.
_WHO_IS_IT = re.compile(
    r"(?:^|\s)(?:so |ok |okay |and |but )?(?:who is|whos|who was|which (?:actor|actress|one|person|guy|girl|"
    r"star|cast member) (?:is|was)) (?:it|that|this|they|he|she)(?: again| exactly| actually| then)?$"
)
_SOMEONE = frozenset({"someone", "somebody", "an", "a"})
_FROM = frozenset({"from", "in", "on", "of"})
_PERSON_NOUNS = frozenset("actor actress star guy girl boy cast member person".split())
_ONE_OF = ("one", "of", "the")
_SHOW_NOUNS = frozenset({"show", "series", "thing"})
_DESCRIBING = 2  # words between a person and their show: "kathryn hahn s new marvel show"


def someone_from_a_show(tokens: list[str], res: Resolution, around: Resolution) -> list[str] | None:
    """The question as "which X actor is in Y" when it asks who someone from show X the talk says is in show
    Y is; None otherwise."""
    words = res.tokens or tokens  # the mentions' places
    asked = _WHO_IS_IT.search(" ".join(words))
    if asked is None:
        return None
    cut = len(" ".join(words)[: asked.start()].split())
    if cut == 0:  # the question is all of its sentence: the talk around it tells of the someone
        if res.mentions:
            return None
        said, named = around.tokens, around.mentions
    else:  # "her new show has a X actor in it who is it": the statement before it tells
        said, named = words[:cut], [m for m in res.mentions if m.end <= cut]
    shows = [m for m in named if m.refs[0].kind == "show"]
    origin = next((m for m in shows if _someone_from(said, m)), None)
    if origin is None:
        return None
    others = [m for m in shows if m.refs[0].id != origin.refs[0].id]
    if others:
        other = min(others, key=lambda m: abs(m.start - origin.start))  # the show said nearest the someone
        where = said[other.start : other.end]
    else:
        people = [m for m in around.mentions if m.refs[0].kind == "person"]
        person = around.tokens[people[-1].start : people[-1].end] if people else []
        where = _persons_show(said, named) or _possessed_show(said, person)
    if not where:
        return None
    return ["which", *said[origin.start : origin.end], "actor", "is", "in", *where]


def _someone_from(tokens: list[str], show: Mention) -> bool:
    """Whether the show is where an unnamed someone is from: "someone from X", "a X actor", "one of the X
    actors"."""
    before = tokens[max(show.start - 2, 0) : show.start]
    after = tokens[show.end : show.end + 2]
    from_show = len(before) == 2 and before[0] in ("someone", "somebody") and before[1] in _FROM
    named_with = bool(before) and before[-1] in _SOMEONE and bool(after) and after[0] in _PERSON_NOUNS
    one_of = tuple(tokens[max(show.start - 3, 0) : show.start]) == _ONE_OF
    return from_show or named_with or (one_of and bool(after) and after[0].rstrip("s") in _PERSON_NOUNS)


def _persons_show(tokens: list[str], named: list[Mention]) -> list[str]:
    """A person's show as the talk words it ("kathryn hahn s new marvel show"); empty when it words none."""
    for m in named:
        if m.refs[0].kind != "person":
            continue
        for end in range(m.end, min(len(tokens), m.end + _DESCRIBING + 2)):
            if tokens[end] in _SHOW_NOUNS:
                return tokens[m.start : end + 1]
    return []


_POSSESSIVES = frozenset({"his", "her", "their"})


def _possessed_show(tokens: list[str], person: list[str]) -> list[str]:
    """ "her new marvel show" as the person the talk named last words it ("kathryn hahn s new marvel show");
    empty without a person or such a show."""
    for at, word in enumerate(tokens):
        if word not in _POSSESSIVES or not person:
            continue
        for end in range(at + 1, min(len(tokens), at + _DESCRIBING + 2)):
            if tokens[end] in _SHOW_NOUNS:
                # (the word nearest the noun describes it: "her new marvel show" is her marvel show)
                return [*person, "s", *tokens[max(at + 1, end - 1) : end + 1]]
    return []
