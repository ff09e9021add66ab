"""The clause of a chatty message that asks, decided over its sentences and clauses as a whole: the words
`asking.question_part` picked are checked against them, cut to the clause that asks when chatter rode
along ("sorry for spamming, my cat walked on my keyboard 🙈 anyway what was in the bts pic?"), and replaced
by the clause that asks when they ask nothing ("... i was wondering when s3 is out. have a good one").

A clause asks when it is worded as a question ("who plays nick"), is marked with "?" and asks something
itself, or makes a request that names what it wants ("i want to know the name of the director", "i can't
remember the date it comes out", "tell me who made it"); a request is turned into the question it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from intents.text import fold
from intents.understand.aside_role_verbs import with_role_said
from intents.understand.question_openers import QUESTION_START, WH_START
from intents.understand.sentences import (
    CLAUSE_END,
    LAUGH_ENDS,
    MARKS,
    asks,
    asks_nothing_itself,
    embedded_question,
    first_word,
    what_is,
)
from intents.understand.sentences import sentences as split_sentences
from intents.understand.talk import (
    _POINTS_BACK,
    asks_the_others,
    everyday_talk,
    remarks,
    states,
    talks,
    without_openers,
)


class Asking(Enum):
    """How a clause asks: worded as a question, only marked with "?", as a request, or not at all."""

    WORDED = "worded"
    MARKED = "marked"
    REQUESTED = "requested"
    NOTHING = "nothing"


@dataclass(frozen=True)
class Clause:
    """One clause of a message, how it asks and the question it asks (a request turned into one)."""

    text: str
    asking: Asking
    question: str
    sentence: int  # which sentence of the message it is in


# A discourse marker that turns from chatter to the question: "... 🙈 Anyway what was ...", "... btw who ...".
_TURNING_WORDS = ("anyway", "anyways", "btw", "so", "ok", "okay", "also")
_TURN = re.compile(
    rf"\s+(?=(?:{'|'.join(_TURNING_WORDS)})\W+(?:{'|'.join(sorted(QUESTION_START))})\b)", re.IGNORECASE
)
# A request naming what it wants: "i want to know the name of ...", "need the date", "would like the name".
_WANTS = re.compile(
    r"\b(?:want|wanna|need|needs|(?:would|['’]d|id) (?:like|love)|looking for)\s+"
    r"(?:to (?:know|find out|get|have)\s+)?"
    r"(?P<wanted>(?:the|his|her|their) (?:[\w+]+ ){0,2}?"  # "the s3 date", "the rt audience score"
    r"(?:name|names|date|day|title|score|number|rating|channel|network)"
    r"\b.*)",
    re.IGNORECASE,
)
# What the fan cannot recall: "i can't remember the date it comes out", "i forgot the actual rt number".
_FORGOT = re.compile(
    r"\b(?:(?:can ?['’]?t|cannot|couldn ?['’]?t|could not|don ?['’]?t) (?:remember|recall)"
    r"|(?:keep )?forgetting|forgot|forget)\s+"
    r"(?P<wanted>the\b.*)",
    re.IGNORECASE,
)
_TELL = re.compile(r"\b(?:tell|remind|give) (?:me|us)\s+(?P<wanted>.+)", re.IGNORECASE)
# What follows the thing asked for and is no part of it: "... for my fan edit", "... asap pls".
_WANTED_ENDS = re.compile(r"\s+(?:for my|for our|asap|pls|please|thanks|thank you|thx|ty)\b.*$", re.I)
_REFERS_BACK = frozenset("they them those these their".split())
_EMOJI = re.compile(rf"[{MARKS}]")
_MIN_WANTED_WORDS = 2
_THE_FAN = frozenset("i im ive id".split())  # "tell me i'm right": the fan's own clause


def requested(clause: str) -> str | None:
    """The question a request holds ("i was wondering when the new season is out" -> "when the new season is
    out", "i want to know the name of the director" -> "what is the name of the director"); None for none."""
    words = clause.split()
    # "was talking to my mate and neither of us could remember who plays nick": no question of its own
    said = " ".join(words[1:]) if words and fold(words[0]) in QUESTION_START else clause
    embedded = embedded_question(said, by_verb=True)
    if embedded is not None:
        return embedded
    for pattern in (_TELL, _WANTS, _FORGOT):
        found = pattern.search(clause)
        if found is None:
            continue
        wanted = _WANTED_ENDS.sub("", found.group("wanted")).strip(" .!?,")
        if len(wanted.split()) < _MIN_WANTED_WORDS or fold(wanted).split()[0] in _THE_FAN:
            continue  # "someone tell me im not losing it": reassurance asked for, no fact
        return wanted if first_word(wanted) in QUESTION_START else what_is(wanted)
    return None


def _worded(clause: str) -> bool:
    """Worded as a question that asks something itself: not "have a good one", "was talking to my mate"."""
    if first_word(clause) not in QUESTION_START or not asks(clause) or asks_nothing_itself(clause):
        return False
    words = fold(clause).split()
    at = words.index(first_word(clause)) if first_word(clause) in words else 0
    follower = words[at + 1 : at + 2]
    # A yes/no opener goes on with its subject, never an article or a verb in -ing.
    statement = follower in (["a"], ["an"]) or (bool(follower) and follower[0].endswith("ing"))
    return first_word(clause) not in _YES_NO or not statement


_YES_NO = QUESTION_START - WH_START - frozenset({"whom", "whose", "why"})
# "what was it again?": a question that only points at what the fan said before it.
_POINTING_ONLY = frozenset(
    "what whats who whos when whens was is it that this again exactly actually then the one".split()
)


def asking_of(clause: str) -> tuple[Asking, str]:
    """How a clause asks and the question to answer for it."""
    if states(clause) or asks_the_others(clause):
        return Asking.NOTHING, clause  # "i love him??", "did anyone else cry?"
    if _worded(clause):
        return Asking.WORDED, clause
    wanted = requested(clause)
    if wanted is not None:
        return Asking.REQUESTED, wanted
    if clause.rstrip().endswith("?") and not asks_nothing_itself(clause) and not talks(clause):
        return Asking.MARKED, clause
    return Asking.NOTHING, clause


def clauses(text: str) -> list[Clause]:
    """The message's clauses in order: its sentences (at marks, line breaks, laughs, emoji) divided at
    commas, dashes, " but " and a turn to the question ("anyway who ...")."""
    out: list[Clause] = []
    for at, sentence in enumerate(split_sentences(LAUGH_ENDS.sub("\\1\n", text))):
        # "ok so who plays nick": a turn at the start of a sentence sets nothing before it apart
        turns = _TURN.split(sentence)
        if len(turns) > 1 and set(fold(turns[0]).split()) <= set(_TURNING_WORDS):
            turns = [f"{turns[0]} {turns[1]}", *turns[2:]]
        for part in turns:
            for piece in CLAUSE_END.split(part):
                if piece.strip(" .!?,;:") and fold(piece):
                    out.append(Clause(piece.strip(), *asking_of(piece.strip()), sentence=at))
    return out


def settled(message: str, asked: str, rest: str) -> tuple[str, str]:
    """The words to answer, checked against the message's clauses (`_settled`), with the role the chatter
    names carried into a question that asks with "did" or "doing" alone ("i keep mixing up the two
    directors. who did s1?" asks who directed it)."""
    question, aside = _settled(message, asked, rest)
    return with_role_said(question, aside), aside


def _settled(message: str, asked: str, rest: str) -> tuple[str, str]:
    """The words to answer, checked against the message's clauses: `asked` kept when it is one clause that
    asks (or when no clause asks); cut to its asking clause when chatter rode along with it; the message's
    asking clause when `asked` asks nothing. The words set aside join `rest`, which may name the subject."""
    own = clauses(asked)
    if not own:
        return asked, rest
    asking = [c for c in own if c.asking is not Asking.NOTHING]
    said = own if message == asked else clauses(message)  # a plain question is split once
    pointed = _pointed_at(own, said)
    if pointed is not None:
        return pointed.question, " ".join(c.text for c in said if c is not pointed)
    if len(own) == 1 and asking:
        return asked, rest
    if asking:
        return _cut_to(asking[0], own, asked, rest)
    if asking_of(asked)[0] is not Asking.NOTHING:
        return asked, rest  # "october 3rd, right?": the sentence asks, though none of its clauses does
    found = _best([c for c in said if c.asking is not Asking.NOTHING])
    if found is None or asked.strip(" ?.!") in found.text:
        return asked, rest  # "would you ... tell me its premiere date": what it asks for was cut from it
    # A request's own words may name the subject ("i cried at a heartstopper clip and now i want to know
    # which categories it was nominated in"): they stay beside the question it holds.
    return found.question, " ".join(c.text for c in said if c is not found or c.asking is Asking.REQUESTED)


def _pointed_at(own: list[Clause], said: list[Clause]) -> Clause | None:
    """The request (or question held in a statement) a question that only points back answers ("i forgot the
    actual rt number. what was it again?" asks for the number); None when the question asks itself or
    nothing before it asks."""
    if len(own) != 1 or not set(fold(own[0].text).split()) <= _POINTING_ONLY:
        return None
    at = next((i for i, c in enumerate(said) if c.text == own[0].text), 0)
    for clause in reversed(said[:at]):
        if clause.asking is Asking.REQUESTED:
            return clause
        # "... lost on a question about which show it spun off from. I said Loki 💀 what was it actually?"
        held = embedded_question(clause.text)
        if held is not None:
            return Clause(clause.text, Asking.REQUESTED, held, clause.sentence)
    return None


def _best(candidates: list[Clause]) -> Clause | None:
    """The clause that asks most plainly: worded as a question over a request over a bare "?"."""
    order = (Asking.WORDED, Asking.REQUESTED, Asking.MARKED)
    return min(candidates, key=lambda c: order.index(c.asking), default=None)


def _cut_to(chosen: Clause, own: list[Clause], asked: str, rest: str) -> tuple[str, str]:
    """`asked` without the chatter clauses before its question (only across a sentence end, an emoji or a
    turn like "anyway", and only when they talk) and the remarks after it in later sentences."""
    at = own.index(chosen)
    before, after = own[:at], own[at + 1 :]
    cut_before = bool(before) and _chatter_before(before, chosen, asked)
    trailing = [c for c in after if c.sentence > chosen.sentence and remarks(c.text)]
    if not cut_before and not trailing:
        return asked, rest
    kept = [c for c in own if (c is chosen or c in after or not cut_before) and c not in trailing]
    if kept == [chosen]:
        question = chosen.question
    else:
        start = asked.find(kept[0].text)
        end = asked.find(kept[-1].text, start) + len(kept[-1].text)
        question = asked[start:end] if start >= 0 and end >= start else asked
    dropped = " ".join(c.text for c in own if c not in kept)
    return question, f"{rest} {dropped}".strip()


def _chatter_before(before: list[Clause], chosen: Clause, asked: str) -> bool:
    """Whether the clauses before the question are chatter to set aside: the fan talks in them ("sorry for
    spamming", "just saw the s3 poster", "the show means the world to me"), and they are set off from it by
    a sentence end, an emoji or a turn ("anyway"), or by a comma before a question worded as one. Not when
    they describe what it asks about ("the guy who directed it, what else has he done")."""
    if not _REFERS_BACK.isdisjoint(fold(chosen.text).split()):
        return False  # "I heard it got bafta noms? what were they for?": "they" are what was said before
    if not all(talks(c.text) or everyday_talk(c.text) or _fan_says(c.text) for c in before):
        return False
    gap_start = asked.find(before[-1].text) + len(before[-1].text)
    gap = asked[gap_start : asked.find(chosen.text, gap_start)]
    turned = fold(chosen.text).split()[:1] in ([w] for w in _TURNING_WORDS)
    if chosen.sentence > before[-1].sentence or bool(_EMOJI.search(gap)) or turned:
        return True
    # Across a comma only the fan's own talk ("the show means the world to me, ..."): other words there may
    # be a title nobody knows ("just finished you on netflix, is there another season"), and a clause that
    # starts like a question ("... what about the summer i turned pretty, when ...") names the subject.
    describes = any(
        not _DESCRIBING.isdisjoint(fold(c.text).split())
        or _POINTS_BACK.search(fold(c.text))
        or not talks(without_openers(c.text))
        or first_word(c.text) in QUESTION_START
        or fold(c.text).split()[:1] in ([w] for w in QUESTION_START)  # "does anyone know X or Y - which"
        for c in before
    )
    # "go back to the first guy, what else is he in": whom "he" means is said in the clause before
    pointing = not _PERSON_PRONOUNS.isdisjoint(fold(chosen.text).split())
    return chosen.asking is Asking.WORDED and not describes and not pointing


def _fan_says(clause: str) -> bool:
    """A clause in which the fan tells what they did or feel: "just saw the s3 poster", "still emotional"."""
    return fold(clause).split()[:1] in ([w] for w in _FAN_OPENERS)


_FAN_OPENERS = frozenset("just finally still currently been i im ive".split())
# Words of a clause that describes someone or something ("the guy who plays nick", "the one that ...").
_PERSON_PRONOUNS = frozenset("he she him her his hes shes".split())
_DESCRIBING = frozenset("who whos whom whose that which where other same".split())
