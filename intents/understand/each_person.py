"""A question about several people at once ("what else have rachel kondo and justin marks done?", and so
"what else have they done?" after a credit naming both) is asked about each of them, the answers joined."""

from __future__ import annotations

from intents.answer import Answer
from intents.understand.asked_of_each import joined_in_turn
from intents.understand.context import Composing

# What is asked of one person at a time; a comparison or a yes/no check of both is another question.
_PER_PERSON = frozenset({"other_work", "profile", "plays_whom"})
_PER_CREDIT = frozenset({"directors", "crew"})
_JOINS = frozenset({"and", "n", "&"})
# Words before the people that make them a description of a show ("the show aubrey plaza and joe locke are
# in"): the question is about that one show, never asked of each person (understand/chains.py reads it).
_DESCRIBING = frozenset("show shows series one thing that which where".split())


# "anything else", "any other shows": a yes/no question whose answer is a list of each one's other work.
_MORE = (("anything", "else"), ("something", "else"), ("any", "other"), ("other", "stuff"))


def asks_for_more(tokens: list[str]) -> bool:
    """Whether a yes/no question asks for more of someone's work ("have they done anything else?")."""
    return any(tuple(tokens[at : at + 2]) in _MORE for at in range(len(tokens) - 1))


def _joined_people(c: Composing) -> tuple[int, int, list[str]] | None:
    """The span of people named one after another ("a and b", "a, b and c") and each one's words."""
    people = [m for m in c.res.mentions if m.refs[0].kind == "person"]
    for at, first in enumerate(people):
        run = [first]
        for nxt in people[at + 1 :]:
            if not all(t in _JOINS for t in c.tokens[run[-1].end : nxt.start]):
                break
            run.append(nxt)
        # The commas of "a, b and c" are gone: names side by side join only when a joining word closes them.
        if len(run) > 1 and any(t in _JOINS for t in c.tokens[run[0].end : run[-1].start]):
            return run[0].start, run[-1].end, [" ".join(c.tokens[m.start : m.end]) for m in run]
    return None


# Words that set a second person after the question about the first: "which seasons did a direct vs b".
_SET_AFTER = frozenset({"vs", "versus", "v"})


def _person_put_after(c: Composing) -> tuple[int, int, list[str]] | None:
    """ "which seasons did euros lyn direct vs andy newberry": the first person's span and both names, when
    the second closes the question after "vs"."""
    people = [m for m in c.res.mentions if m.refs[0].kind == "person"]
    if len(people) != 2 or people[1].end != len(c.tokens) or people[1].start - people[0].end < 2:
        return None
    if c.tokens[people[1].start - 1] not in _SET_AFTER:
        return None
    return people[0].start, people[0].end, [" ".join(c.tokens[m.start : m.end]) for m in people]


# What agrees with several people, and its form for one: "what roles do they each have" asks of each "what
# role does X have".
_FOR_ONE = {"do": "does", "have": "has", "are": "is", "were": "was"}
_NOUNS_FOR_ONE = {"roles": "role", "parts": "part", "characters": "character", "jobs": "job"}
_SEASON_WORDS = frozenset({"season", "seasons", "episode", "episodes"})


def _agreeing(words: list[str], verbs: bool = True, seasons: bool = False) -> list[str]:
    """The words of a question asked of several people as asked of one: no "each", the auxiliary and the
    nouns of roles in the singular (`verbs`: the words before the names, where the auxiliary stands); the
    "do" of a question about seasons or episodes is working on them ("which seasons did they each do")."""
    out = [_NOUNS_FOR_ONE.get(w, w) for w in words if w != "each"]
    if verbs:
        at = next((i for i, w in enumerate(out) if w in _FOR_ONE), None)
        if at is not None:
            out[at] = _FOR_ONE[out[at]]
    elif out[-1:] == ["do"] and seasons:
        out[-1:] = ["work", "on"]
    return out


async def each_person(c: Composing) -> Answer | None:
    """Each person's answer in turn, or None when the question doesn't ask the same of several people."""
    if c.is_yes_no and not asks_for_more(c.tokens):
        return None  # "did they direct anything else?" asks for the rest of each one's work, not yes or no
    joined = _joined_people(c) or _person_put_after(c)
    if joined is None:
        return None
    start, end, names = joined
    if start and c.tokens[start - 1] in _DESCRIBING:
        return None
    seasons = not _SEASON_WORDS.isdisjoint(c.tokens)
    rest = c.tokens[end:]
    if len(names) == 2 and names[1].split() == rest[-len(names[1].split()) :]:
        rest = rest[: -len(names[1].split()) - 1]  # "which seasons did a direct vs b": b's words go
    before, after = _agreeing(c.tokens[:start]), _agreeing(rest, verbs=False, seasons=seasons)
    answers = [await c.ask(" ".join([*before, name, *after])) for name in names]
    # "which seasons did they each direct": a credit asked of each, never "who directed more, a or b".
    per_person = _PER_PERSON | _PER_CREDIT if "each" in c.tokens or c.tokens[:1] == ["which"] else _PER_PERSON
    if any(a.intent not in per_person for a in answers):
        return None
    return joined_in_turn(answers)
