"""Descriptions told in the talk around a question, which its pronoun stands for: "i remember the new s3
director also did some crime show?? what's he done before" (he: the new s3 director), "my friend won't stop
talking about the marvel show joe locke is in. what's it about?" (it: the marvel show joe locke is in).

A description is a noun phrase: a determiner, at most a few describing words, a head noun saying what it is
(a person's role or a show), and what is said of it after a relative word or a preposition ("who directed
the early episodes", "from heartstopper"). It is put in the pronoun's place only when it carries something
to find the entity by (a known name or a season): "the director" alone says nothing the question lacks.
The chains and the description readers then find whom or what it denotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from intents.resolve import Resolution
from intents.understand.franchise_told import with_franchise_show

_DETERMINERS = frozenset({"the", "that", "this"})


class Head(Enum):
    """What a description's head noun says it stands for."""

    PERSON = "person"
    SHOW = "show"


# Head nouns: a person's role or kind, a show.
_HEADS = {
    **dict.fromkeys(
        """actor actress guy girl man woman person director creator writer author star lead boy lad kid
        dude bloke showrunner""".split(),
        Head.PERSON,
    ),
    **dict.fromkeys("show series programme program thing".split(), Head.SHOW),
}
_MAX_DESCRIBING = 3  # words between the determiner and the head: "the new s3 director"
# Words after the head that go on describing it: a relative word or a preposition ("the guy from hidden").
_GOES_ON = frozenset("who whos that which where with from in on of for behind starring playing".split())
# Words that say something of the one described, which is none of the description ("... is great").
_SAID_OF_IT = frozenset("is was seems looks has will also just really".split())
# Words never describing a head between its determiner and it: a verb or a pronoun says a clause began.
_NOT_DESCRIBING = frozenset(
    "is was are were be been i you he she it we they who that which and or but".split()
)


@dataclass(frozen=True)
class Told:
    """A description found in the talk: its token span and what it stands for."""

    start: int
    end: int
    head: Head


def told_description(around: Resolution, head: Head) -> Told | None:
    """The last description of this kind in the talk that carries a name or a season; None when none."""
    tokens = around.tokens
    for at in range(len(tokens) - 2, -1, -1):
        if tokens[at] not in _DETERMINERS:
            continue
        found = _head_after(tokens, at)
        if found is None or _HEADS[tokens[found]] is not head:
            continue
        end = _end_of(around, found)
        if _carries(around, at, end):
            return Told(at, end, head)
    return None


def _head_after(tokens: list[str], at: int) -> int | None:
    """Where the head noun after the determiner at `at` stands, past a few describing words."""
    for i in range(at + 1, min(len(tokens), at + 2 + _MAX_DESCRIBING)):
        if tokens[i] in _HEADS:
            return i
        if tokens[i] in _NOT_DESCRIBING or tokens[i] in _DETERMINERS:
            return None
    return None


def _end_of(around: Resolution, head: int) -> int:
    """Where the description ends: right after its head, after a clause that names someone ("the show joe
    locke is in"), or after what is said of it past a relative word or preposition, up to words that say
    something of the one described."""
    tokens = around.tokens
    named = next((m for m in around.mentions if m.start == head + 1), None)
    if named is not None:
        return _clause_end(tokens, named.end)
    if head + 1 >= len(tokens) or tokens[head + 1] not in _GOES_ON:
        return head + 1
    return next((i for i in range(head + 2, len(tokens)) if _ends_description(around, i)), len(tokens))


# Words that start the fan's next clause: "(the show with the heartstopper kid in it) and realised ...".
_NEXT_CLAUSE = frozenset("and but so because bc i im ive".split())


def _ends_description(around: Resolution, at: int) -> bool:
    """Whether the description ends before the word at `at`: a word saying something of the one described,
    or the start of the fan's next clause ("and" joining two names goes on: "with nick and charlie")."""
    word = around.tokens[at]
    if word in _SAID_OF_IT or (word in _NEXT_CLAUSE and word != "and"):
        return True
    return word == "and" and not any(m.start == at + 1 for m in around.mentions)


# A clause without its relative word, after the name it tells of: "(the show joe locke) is in", "stars in".
_CLAUSE_VERBS = frozenset(
    """is was s stars starred plays played joined joins joining acts acted appears appeared directed directs
    directing created wrote""".split()
)
_CLAUSE_ENDS = frozenset({"in", "on"})
_CLAUSE_REACH = 3


def _clause_end(tokens: list[str], at: int) -> int:
    """The end of a clause that goes on from a name with a verb and ends in "in" or "on"; `at` when none."""
    for i in range(at, min(len(tokens), at + _CLAUSE_REACH)):
        if tokens[i] in _CLAUSE_ENDS and i > at:
            return i + 1
        if tokens[i] not in _CLAUSE_VERBS:
            break
    return at


def _carries(around: Resolution, start: int, end: int) -> bool:
    """Whether the span holds a known name or a season to find the one described by."""
    season = around.season
    if season is not None and start <= season.start < end:
        return True
    return any(start <= m.start < end and m.refs[0].kind != "network" for m in around.mentions)


_SHOW_PRONOUNS = ("it", "its")


def show_told(tokens: list[str], res: Resolution, around: Resolution) -> list[str] | None:
    """The question with its "it" replaced by the show the talk describes without naming it ("my friend
    won't stop talking about the marvel show joe locke is in. what's it about?"); None otherwise."""
    if res.shows:
        return None
    told = told_description(around, Head.SHOW) if any(t in _SHOW_PRONOUNS for t in tokens) else None
    if told is None:
        # "joe locke is joining a marvel show. when does it come out": the franchise's show, even after the
        # show the talk named to say who he is ("the heartstopper guy is in marvel now")
        # (not when the talk names a season: "s3 is on disney+ because of joe's marvel show. where is it
        # gonna be" asks of the season)
        return with_franchise_show(tokens, around.tokens) if around.season is None else None
    if any(
        m.refs[0].kind == "show" and (m.start < told.start or m.start >= told.end) for m in around.mentions
    ):
        return None  # a show named outside the description is what "it" may mean
    at = next(i for i, t in enumerate(tokens) if t in _SHOW_PRONOUNS)
    described = around.tokens[told.start : told.end]
    return [*tokens[:at], *described, *(["s"] if tokens[at] == "its" else []), *tokens[at + 1 :]]
