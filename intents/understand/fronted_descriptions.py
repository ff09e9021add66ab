"""A description put first and pointed back at by a pronoun: "the girl who wrote heartstopper, is she also a
creator on the tv show", "the hs s3 director - did he direct shetland?", "the disney+ show with aubrey plaza,
is joe locke in it".

The front is resolved the way any description is, by asking it as a one-hop question ("who is the hs s3
director", "the disney+ show with aubrey plaza"); the name that answer gives, when it is a person or show the
snapshot holds, takes the pronoun's place and the rest is asked. The fact that found it goes first, or after
the yes or no of a check.
"""

from __future__ import annotations

from intents.answer import Answer
from intents.text import fold
from intents.understand.context import Composing
from intents.understand.description_walk import in_pronoun_place, joined
from intents.understand.walked_descriptions import Denotes

# The words a question after a fronted description starts with.
_OPENERS = frozenset(
    "is was does did has have will can when whens what whats where wheres who whos which how".split()
)
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hes", "shes", "they", "them", "their"})
_SHOW_PRONOUNS = frozenset({"it", "its", "thats"})
_FRONT_NOUNS = frozenset(
    """guy man woman girl lady person bloke dude one director actor actress writer creator author showrunner
    star lead show series""".split()
)
_RELATIVES = frozenset({"who", "where", "which", "that", "when"})
_MAX_FRONT = 12  # words: a longer front is a sentence of its own, not a description
# "is kathryn hahn in that": a bare "that" after a word placing it stands for the show ("who was that"
# asks who someone is).
_PLACING = frozenset({"in", "on", "of", "from", "for"})


def _pronoun_at(rest: list[str], pronouns: frozenset[str]) -> int | None:
    """Where the first pronoun of the kind stands in the question after the front; a show's "that" only
    where a word places it ("in that"), never as a relative."""
    show_that = pronouns is _SHOW_PRONOUNS
    return next(
        (
            i
            for i, w in enumerate(rest)
            if w in pronouns or (show_that and w == "that" and i > 0 and rest[i - 1] in _PLACING)
        ),
        None,
    )


def fronts_a_description(tokens: list[str]) -> bool:
    """Whether the words open with a description and ask of it after ("the marvel show joe's in, is
    kathryn hahn in that"): a question of its own, which the description walk reads, nothing left unsaid."""
    if len(tokens) < 5 or tokens[0] not in ("the", "that") or _FRONT_NOUNS.isdisjoint(tokens[:_MAX_FRONT]):
        return False
    for split in range(3, min(len(tokens) - 1, _MAX_FRONT + 1)):
        relative = tokens[split] in _RELATIVES and tokens[split - 1] in _FRONT_NOUNS
        if tokens[split] not in _OPENERS or relative:
            continue
        rest = tokens[split:]
        if _pronoun_at(rest, _SHOW_PRONOUNS) or _pronoun_at(rest, _PERSON_PRONOUNS):
            return True
    return False


async def fronted_description(c: Composing) -> Answer | None:
    """The answer to the question after a fronted description, about what it denotes; None otherwise."""
    tokens = c.tokens
    named = next((m for m in c.res.mentions if m.start == 0), None)
    if named is not None and named.end < len(tokens) and tokens[named.end] in _OPENERS:
        # "agatha all along, is joe locke in it": a description read as its name already (asides).
        return await _about_named(c, named.refs[0].name, named.refs[0].kind, tokens[named.end :])
    if len(tokens) < 5 or tokens[0] not in ("the", "that") or _FRONT_NOUNS.isdisjoint(tokens[:_MAX_FRONT]):
        return None
    for split in range(3, min(len(tokens) - 1, _MAX_FRONT + 1)):
        if tokens[split] not in _OPENERS:
            continue
        if tokens[split] in _RELATIVES and tokens[split - 1] in _FRONT_NOUNS:
            continue  # "the show where euros lyn directed": a relative clause of the description
        rest = tokens[split:]
        at_show, at_person = _pronoun_at(rest, _SHOW_PRONOUNS), _pronoun_at(rest, _PERSON_PRONOUNS)
        at = min((i for i in (at_show, at_person) if i is not None), default=None)
        if at is None or at == 0:
            continue
        denotes = Denotes.SHOW if at == at_show else Denotes.PERSON
        front = " ".join(tokens[:split])
        found = await _denoted(c, front, denotes)
        if found is None:
            continue
        name, bridge = found
        asked = _besides_the_bridge(c, in_pronoun_place(rest, at, name, denotes), bridge)
        outer = await c.ask_composed(" ".join(asked))
        if outer.kind != "answer":
            return None
        return joined(bridge, outer)
    return None


_OTHER_NOUNS = frozenset({"show", "shows", "series", "one", "project"})


def _besides_the_bridge(c: Composing, words: list[str], bridge: Answer) -> list[str]:
    """ "his other show" after a description that found him by a show: the other is besides that one."""
    at = next((i for i, w in enumerate(words[:-1]) if w == "other" and words[i + 1] in _OTHER_NOUNS), None)
    show = c.kb.shows.get(bridge.show_id) if bridge.show_id is not None else None
    if at is None or show is None:
        return words
    return [*words[: at + 2], "besides", *fold(show.title).split(), *words[at + 2 :]]


async def _about_named(c: Composing, name: str, kind: str, rest: list[str]) -> Answer | None:
    """The rest asked with the name put first in the pronoun's place; None without a pronoun of its kind."""
    pronouns = _SHOW_PRONOUNS if kind == "show" else _PERSON_PRONOUNS if kind == "person" else frozenset()
    at = _pronoun_at(rest, pronouns)
    if at is None or at == 0:
        return None
    rest, at = _without_relative_clause(rest, at)
    denotes = Denotes.SHOW if kind == "show" else Denotes.PERSON
    outer = await c.ask_composed(" ".join(in_pronoun_place(rest, at, name, denotes)))
    return outer if outer.kind == "answer" else None


_RELATIVE_OPENERS = frozenset({"who", "whos", "which", "that"})


def _without_relative_clause(rest: list[str], at: int) -> tuple[list[str], int]:
    """ "joe locke who is in agatha all along, who does he play in heartstopper": the relative clause after
    the name said who is meant; the question is the clause of the pronoun, from the question words before
    it."""
    if rest[0] not in _RELATIVE_OPENERS:
        return rest, at
    start = next((i for i in range(at - 1, 0, -1) if rest[i] in _OPENERS), 0)
    while start > 1 and rest[start - 1] in _OPENERS:
        start -= 1  # "who does he play": the question word before the auxiliary
    return rest[start:], at - start


async def _denoted(c: Composing, front: str, denotes: Denotes) -> tuple[str, Answer] | None:
    """The person or show the front describes, with the answer that names it; None when it names none."""
    asked = f"who is {front}" if denotes is Denotes.PERSON else front
    answer = await c.ask_composed(asked)
    if answer.kind != "answer" or answer.text.startswith(("I don't", "Sorry")):
        return None
    if denotes is Denotes.PERSON:
        names = {fold(p.name): p.name for p in c.kb.people.values()}
    else:
        names = {fold(s.title): s.title for s in c.kb.shows.values()}
    for value in answer.answers:
        if fold(value) in names and f" {fold(value)} " not in f" {front} ":
            return names[fold(value)], answer
    text = f" {fold(answer.text)} "
    said = sorted(
        (text.find(f" {key} "), name)
        for key, name in names.items()
        if f" {key} " in text and f" {key} " not in f" {front} "
    )
    return (said[0][1], answer) if said else None
