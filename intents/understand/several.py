"""Two questions in one message ("what channel is it on and when is the next series?"): each is answered, in
order, in the same conversation, and the replies are joined."""

from __future__ import annotations

import itertools

from intents.answer import Answer
from intents.resolve import Resolution
from intents.text import STOPWORDS, fold
from intents.understand.context import Composing
from intents.understand.inherited import Subject, about_subject, names_a_subject, subject_of
from intents.understand.message_questions import joined, which_show

_PREPOSITIONS = frozenset({"on", "in", "at", "for", "from"})
_LIST_NUMBERS = frozenset("1 2 3 4 5".split())  # "1)", "2." fold to the number alone
_WH_STARTS = frozenset("when who what where how which whos whats whens wheres".split())
_STARTS = _WH_STARTS | frozenset("is are does do did will".split())


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
        # "the guy who directed s1 also did what": "also" before a verb goes on with its subject
        predicate = token == "also" and nxt[:1] != [] and nxt[0] not in _WH_STARTS
        joins = (token in ("and", "also", "plus") and not predicate) or listed
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


# Nouns that each ask for one fact of the subject they follow ("hs3 date and network", "wot s3 eps + rd"),
# and the question each stands for.
_NOUN_QUESTIONS = {
    "when does {} premiere": "release date;premiere date;air date;date;premiere",
    "how many episodes does {} have": "episodes;episode count",
    "where can i watch {}": "network;streamer;streaming service;channel;platform;service",
    "who is in {}": "cast",
    "who directed {}": "director;directors",
    "who created {}": "creator;writer",
    "who is the story consultant on {}": "consultant;story consultant",
    "how is {} rated": "rotten tomatoes score;rt score;critics score;audience score;score;scores;rating"
    ";ratings",
    "what awards has {} been nominated for": "awards;nominations",
}
_FACT_NOUNS = sorted(
    (
        (tuple(noun.split()), question)
        for question, nouns in _NOUN_QUESTIONS.items()
        for noun in nouns.split(";")
    ),
    key=lambda pair: len(pair[0]),
    reverse=True,
)
_NOUN_JOINERS = frozenset({"and", "plus", "also", "n", "pls", "plz", "please", "or"})


def split_fact_nouns(c: Composing) -> list[str]:
    """ "hs3 date and network", "wot s3 eps + rd": one question per fact noun, each with the subject they
    follow; none unless the message is a subject and two or more such nouns (no question word)."""
    if not c.tokens or set(c.tokens) & _STARTS or c.res.people or c.res.characters or len(c.tokens) > 14:
        return []  # a question of its own words ("who did the episodes of ...") is no list of nouns
    nouns: list[str] = []
    subject: list[str] = []
    at = 0
    while at < len(c.tokens):
        noun = next(
            (pair for pair in _FACT_NOUNS if tuple(c.tokens[at : at + len(pair[0])]) == pair[0]), None
        )
        if noun is not None and at > 0:
            nouns.append(noun[1])
            at += len(noun[0])
        else:
            subject.append(c.tokens[at])
            at += 1
    subject = [w for w in subject if w not in _NOUN_JOINERS]
    linked = c.link(subject) if subject else None
    if len(set(nouns)) < 2 or linked is None or not linked.shows:
        return []
    subject = _named_subject(subject, linked)
    return [question.format(" ".join(subject)) for question in dict.fromkeys(nouns)]


def _named_subject(words: list[str], linked: Resolution) -> list[str]:
    """The show's own words (and its season) among the words around the fact nouns: "irl people behind hs"
    asks about hs."""
    spans = [(m.start, m.end) for m in linked.mentions if m.refs[0].kind == "show"][:1]
    if linked.season is not None:
        spans.append((linked.season.start, linked.season.end))
    kept = sorted({i for start, end in spans for i in range(start, end)})
    return [words[i] for i in kept] or words


_POINTING = frozenset({"it", "that", "this"})  # "they" may be the people an answer named


# "they" too: said of one person by fans who don't know, or don't say, a gender ("who created heartstopper
# and what else did they write"); it stands for a person only when the answer named exactly one.
_PERSON_POINTING = frozenset(
    {"he", "she", "him", "her", "hes", "shes", "his", "hers", "they", "them", "their", "theyre"}
)
# "they" may be several people: it stands for the one person an answer gave, never for someone the message
# names ("the series whose consultant is X, who are the leads and which characters do they play").
_PLURAL_CAPABLE = frozenset({"they", "them", "their", "theyre"})
# "his marvel show", "her other credits": a pronoun that owns what follows stands for the name's possessive.
_OWNING = frozenset({"his", "hers", "their"})


def _about_answered(c: Composing, question: str, answers: list[Answer]) -> str:
    """A later question's "it" or "he" as the show or the one person an earlier part answered."""
    return _about_answered_person(c, _about_answered_show(c, question, answers), answers)


def _about_answered_person(c: Composing, question: str, answers: list[Answer]) -> str:
    """'who created andor and what else has he done': "he" is the one person the first part answered."""
    words = question.split()
    at = next((i for i, w in enumerate(words) if w in _PERSON_POINTING), None)
    if at is None or c.link(words).people:
        return question
    name = _one_person(c, answers, from_message=words[at] not in _PLURAL_CAPABLE)
    if name is None:
        return question
    is_ = ["is"] if words[at] in ("hes", "shes", "theyre") else []
    owns = words[at] in _OWNING or (words[at] == "her" and _owns_what_follows(words[at + 1 : at + 2]))
    return " ".join([*words[:at], *name, *(["s"] if owns else is_), *words[at + 1 :]])


def _owns_what_follows(after: list[str]) -> bool:
    """ "her other credits", "her marvel role": "her" before a word that is no preposition nor the end owns
    it ("who plays opposite her in it" points at her)."""
    return bool(after) and after[0] not in STOPWORDS


def _one_person(c: Composing, answers: list[Answer], *, from_message: bool = True) -> list[str] | None:
    """The folded name of the one person the message names (when `from_message`), else of the one person the
    last answer gave."""
    if from_message and len(c.res.people) == 1:
        return fold(c.res.people[0].name).split()
    last = next((a for a in reversed(answers) if a.kind == "answer"), None)
    if c.res.people or last is None or len(last.answers) != 1:
        return None
    name = fold(last.answers[0]).split()
    named = c.link(name)
    return name if len(named.people) == 1 and not named.shows and len(named.mentions) == 1 else None


def _about_answered_show(c: Composing, question: str, answers: list[Answer]) -> str:
    """A later question's "it" as the show an earlier part's answer was about, when the message names no show
    itself: "the actress playing abby, which show is that and when does it come back"."""
    shown = next((a.show_id for a in reversed(answers) if a.kind == "answer" and a.show_id), None)
    words = question.split()
    at = next((i for i, w in enumerate(words) if w in _POINTING), None)
    # "X spun off from which show, and what year was that one": "that" is the show answered, not one named.
    pointed = at is not None and words[at] == "that" and shown not in {s.id for s in c.res.shows}
    show = c.kb.shows.get(shown) if shown is not None and (not c.res.shows or pointed) else None
    if show is None or at is None:
        return question
    linked = c.link(words)
    if linked.shows or linked.unknown_title:
        return question
    return " ".join([*words[:at], *fold(show.title).split(), *words[at + 1 :]])


async def several(c: Composing) -> Answer | None:
    """Answer each question of a message that asks more than one, or None when it asks one. A question
    that names no subject is about the show an earlier one named or answered ("in the show where X plays
    Y, who plays Z and when is the new season"); with none, among several shows, it asks which show."""
    questions = split_questions(c)
    if len(questions) < 2:
        questions = split_characters(c) or split_fact_nouns(c) or questions
    if len(questions) < 2:
        return None
    answers: list[Answer] = []
    subject: Subject | None = None
    for question in questions:
        asked = _about_answered(c, question, answers)
        own = c.link(asked.split())
        if not names_a_subject(own) and subject is not None:
            asked = about_subject(asked, own, subject)
        elif not names_a_subject(own) and c.show_guessed:
            answers.append(which_show(c.kb))
            continue
        answer = await c.ask_composed(asked)
        answers.append(answer)
        subject = subject_of(c, own, answer) or subject
    return joined(answers)
