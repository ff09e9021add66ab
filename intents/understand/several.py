"""Two questions in one message ("what channel is it on and when is the next series?"): each is answered, in
order, in the same conversation, and the replies are joined."""

from __future__ import annotations

import itertools
from dataclasses import replace

from intents.answer import Answer
from intents.understand.context import Composing

_PREPOSITIONS = frozenset({"on", "in", "at", "for", "from"})
_LIST_NUMBERS = frozenset("1 2 3 4 5".split())  # "1)", "2." fold to the number alone
_STARTS = frozenset("when who what where how which whos whats whens wheres is are does do did will".split())


def split_questions(c: Composing) -> list[str]:
    """The message cut at 'and' followed by a question word ("... and on which network it airs" too), or
    at a list number ("1) when is it out 2) who directs it"), outside linked names; one part when none."""
    inside = {i for m in c.res.mentions for i in range(m.start, m.end)}
    season = set(range(c.res.season.start, c.res.season.end)) if c.res.season else set()
    parts: list[list[str]] = [[]]
    for i, token in enumerate(c.tokens):
        nxt = c.tokens[i + 1 : i + 3]
        starts = nxt[:1] and (
            nxt[0] in _STARTS or (nxt[0] in _PREPOSITIONS and nxt[1:] in (["which"], ["what"]))
        )
        listed = c.tokens[:1] == ["1"] and token in _LIST_NUMBERS and i not in season  # "1) ... 2) ..."
        joins = token in ("and", "also", "plus") or listed
        if joins and starts and i not in inside and (parts[-1] or token in _LIST_NUMBERS):
            if parts[-1]:
                parts.append([])
            continue
        parts[-1].append(token)
    # "on which network it airs" asks "which network it airs on"
    parts = [
        [*p[1:], p[0]] if p[0] in _PREPOSITIONS and p[1:2] in (["which"], ["what"]) else p for p in parts if p
    ]
    return [" ".join(p) for p in parts]


def split_characters(c: Composing) -> list[str]:
    """ "who plays nick and charlie": one question per character asked about, joined by "and" (or "n"), with
    the words around them; none when the question names no two characters so."""
    characters = [m for m in c.res.mentions if m.refs[0].kind == "character"]
    for first, second in itertools.pairwise(characters):
        before, after = c.tokens[: first.start], c.tokens[second.end :]
        asks_who = before[-1:] in (
            ["plays"],
            ["play"],
            ["played"],
            ["portrays"],
        )  # not "the show with X and Y"
        if (
            asks_who
            and c.tokens[first.end : second.start] == ["and"]
            and first.refs[0].id != second.refs[0].id
        ):
            return [" ".join([*before, *c.tokens[m.start : m.end], *after]) for m in (first, second)]
    return []


async def several(c: Composing) -> Answer | None:
    """Answer each question of a message that asks more than one, or None when it asks one."""
    questions = split_questions(c)
    if len(questions) < 2:
        questions = split_characters(c) or questions
    if len(questions) < 2:
        return None
    answers = [await c.ask_composed(q) for q in questions]
    answered = [a for a in answers if a.kind == "answer"]
    if not answered:
        return None
    first = answered[0]
    return replace(
        first,
        text=" ".join(a.text for a in answers),
        answers=tuple(v for a in answered for v in a.answers),
        sources=tuple(dict.fromkeys(s for a in answers for s in a.sources)),
        fields=tuple(f for a in answered for f in a.fields),
    )
