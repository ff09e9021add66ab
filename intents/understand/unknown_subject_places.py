"""Where a message's own words put a name nobody knows as what it asks about, for the last check on every
answer (intents/understand/unknown_subject_guard.py): someone a yes/no opens with by full name, and a title
in a title's place that a reader answered the default show past."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.given_name_table import is_given_name
from intents.known_words import DOMAIN_WORDS
from intents.ordinary_words import everyday
from intents.pronoun_predicates import the_fan_means_to
from intents.resolve import Resolution
from intents.text import STOPWORDS, fold
from intents.title_question import Frame
from intents.title_words import (
    AUXILIARIES,
    CHARACTER_VERBS,
    CREDIT_VERBS,
    CREW_HEADS,
    PREDICATES_AFTER,
    WH_WORDS,
)
from intents.understand.someone_beside_known import after_own_or_watched
from intents.unknown_name_evidence import chatter, someones_work

if TYPE_CHECKING:
    from intents.engine import QuestionEngine

# Words pointing at someone or something already said: never part of a title set in a title's place.
_POINTERS = frozenset("he she him her his it its they them their".split())
_SUBJECT_PRONOUNS = frozenset("i we he she they".split())  # "we have a party planned we": no title ends so
# Words of talk about shows, seasons, crew and questions: never inside a title read between an auxiliary and
# its predicate.
_SHOW_TALK = (
    DOMAIN_WORDS
    | CREW_HEADS
    | WH_WORDS
    | AUXILIARIES
    | frozenset("itself himself herself thing one stuff".split())
)  # "is the marvel thing joe is in on netflix": a description, read by its own reader
_DETERMINERS = frozenset("a an the our my your their this that".split())
_OPENERS = frozenset("of in on for with to from by at".split())  # a title opens with none of these
# Where a clause of a message ends: "is bad sisters any good, what did critics think" holds two.
_CLAUSE_END = re.compile(r"[,;.!?]+\s*")
# Verbs a check of someone says of them after their name ("X directed heartstopper?", "X plays nick?").
# Not "is": "the soundtrack is so good" is talk, no one checked.
_SAID_OF_SOMEONE = CREDIT_VERBS | CHARACTER_VERBS | frozenset("stars starred joined joins".split())
# A person's full name: "amy poehler", "hwang dong hyuk".
_FULL_NAME_WORDS = range(2, 4)
# Words naming no one in particular ("could someone possibly tell me ..."): the asking, never a name.
_NO_ONE_NAMED = frozenset(
    "someone somebody anyone anybody everyone everybody no nobody you u ya yall".split()
)
# A verb a clause ends on ("friday night plans: ...", spelt "plays"): a label set off, nothing checked.
_CLAUSE_CLOSES = re.compile(r"\s*[:;.!?]")
# Modals and auxiliaries between the fan and what they do ("we will make a party", "i have made a list").
_FANS_MODALS = frozenset(
    "will would shall should can could might may must did do have had gonna wanna".split()
)
_FAN = frozenset({"i", "we"})


def checked_someone(tokens: list[str], res: Resolution, text: str) -> list[str]:
    """Someone nobody knows a yes/no opens by asking of, by full name ("did amy poehler write the
    heartstopper books", "does ayo edebiri direct any episodes of heartstopper"): the known show named after
    is what is checked of them, so its facts alone answer nothing, as are a known person's named after them
    ("did bryan cranston go to drama school with joe locke")."""
    if tokens[:1] == []:
        return []
    if tokens[0] in AUXILIARIES:
        run = next((r for r in res.named_runs if tokens[1 : 1 + len(r)] == r), [])
        run = run or _unmarked_name_opening(tokens, res)
    else:  # "pedro pascal directed heartstopper?": the name, then what is checked of them
        run = next((r for r in res.named_runs if tokens[: len(r)] == r), [])
        said = tokens[len(run) : len(run) + 1]
        run = run if run and said and said[0] in _SAID_OF_SOMEONE and run[0] not in STOPWORDS else []
        run = [] if run and _verb_closes_clause(text, len(run)) else run
    if len(run) in _FULL_NAME_WORDS and _NO_ONE_NAMED.isdisjoint(run) and not chatter(run):
        return run
    # Anywhere else, a run opening with a given name ("is priya harris in season 3 of heartstopper",
    # "priya harris heartstopper cameo??") is someone nobody knows, whom the message asks of; unless it
    # names a known person too ("kit cannot or joe lock?": the one it knows answers).
    if res.people or res.characters:
        return []
    # "binged ted lasso last week, ...": a title after a verb of watching, or someone of the fan's own life,
    # is talk before the question, not whom it asks of.
    return next((r for r in res.named_runs if _person_shaped(r) and not after_own_or_watched(r, res)), [])


def _unmarked_name_opening(tokens: list[str], res: Resolution) -> list[str]:
    """Two or three words nobody knows right after a yes/no's auxiliary, the first no everyday word ("Would
    charlie day be appearing alongside Kathryn Hahn"): a full name left in lower case in a message that
    capitalises other names, which the reading of names sets aside as talk; in that place it is whom the
    question asks of."""
    run = next((r for r in res.leftovers if tokens[1 : 1 + len(r)] == r), [])
    if len(run) not in _FULL_NAME_WORDS or everyday(run[0]) or not all(w.isalpha() for w in run):
        return []
    return run if STOPWORDS.isdisjoint(run) else []


def _person_shaped(run: list[str]) -> bool:
    """Whether words nobody knows read as a person's full name: two or three, the first a given name."""
    named = len(run) in _FULL_NAME_WORDS and _NO_ONE_NAMED.isdisjoint(run)
    return named and is_given_name(run[0]) and not chatter(run[1:])


def _verb_closes_clause(text: str, name_words: int) -> bool:
    """Whether the word after the name's words ends its clause ("friday night plans: heartstopper ..."): a
    label the fan sets off, no check of someone, which needs what is checked after the verb."""
    words = list(re.finditer(r"[\w'’]+", text))
    return len(words) > name_words and _CLAUSE_CLOSES.match(text, words[name_words].end()) is not None


def placed_title(text: str, res: Resolution, kb: Knowledge) -> list[str]:
    """The title nobody knows the message puts in a title's place other than its opening ("what's the rt
    score for my hero academia", "when is mr sunshine back"): a reader that answered the default show
    anyway read past it. An opening title is as often the fan's talk, so it is left to `_own_subject`."""
    title = res.evident_title
    if res.shows or res.title_frame in (None, Frame.LEADING) or not title:
        return []
    # Its words nobody knows make it a name; the rest may only be short words ("my", "the", "mr"): a place
    # read around everyday words ("who directed the rest of them", "is he in anything else coming up", "the
    # behind the sceens foto") is no title, and the answer found for it stands.
    # Between a subject's auxiliary and its predicate, a title may be everyday words alone ("when does would
    # i lie to you premiere"): any word nobody knows there marks it; elsewhere only words read as a name do.
    runs = res.leftovers if res.title_frame is Frame.SUBJECT else res.named_runs
    named = [w for run in runs if _within(run, title) for w in run]
    if (
        not named
        # Everyday words may be a title between a subject's auxiliary and its predicate ("when call my agent
        # returns"), a closed place; elsewhere they are the fan's talk ("rewatch from the beginning").
        or (res.title_frame is not Frame.SUBJECT and chatter([w for w in named if w not in STOPWORDS]))
        or not _POINTERS.isdisjoint(title)
        or title[-1] in _SUBJECT_PRONOUNS
    ):
        return []  # "i want to rewatch from the beginning", "we have a watch party planned we"
    if _names_work(title, kb) or _last_after_comma(text, title) or _noun_compound(res.tokens, title):
        return []  # "the director of the library suicides": someone's work; "..., dear?": said to the bot
    if _fans_own_doing(res.tokens, title):
        return []  # "we will make a party": what the fan does, not a show's credit
    # Between an auxiliary (or "when") and what is said of it, any words may be a title ("call my agent"),
    # unless they talk of shows, seasons or crew themselves ("the season itself", "the show with the
    # doctor who director").
    closed = res.title_frame is Frame.SUBJECT and _SHOW_TALK.isdisjoint(title) and title[0] not in _OPENERS
    return title if closed or all(w in named or w in STOPWORDS or len(w) <= 2 for w in title) else []


def _names_work(title: list[str], kb: Knowledge) -> bool:
    """Whether the words, or one of the titles they join ("dust road and lantern bay"), are held as
    someone's work: a description of someone through their work, no title nobody knows."""
    parts = " ".join(title).replace(" or ", " and ").split(" and ")
    return someones_work(title, kb) or any(someones_work(part.split(), kb) for part in parts if part)


def _noun_compound(tokens: list[str], title: list[str]) -> bool:
    """Whether the title follows a verb a determiner makes a noun ("a watch party", "the binge list")."""
    at = next((i for i in range(len(tokens)) if tokens[i : i + len(title)] == title), 0)
    return at >= 2 and tokens[at - 2] in _DETERMINERS


def _fans_own_doing(tokens: list[str], title: list[str]) -> bool:
    """Whether the title follows a verb the fan is the subject of ("we will make a party", "i made a
    list", "i want to make a anniversary post"): the fan's own doing, no credit of a show."""
    at = next((i for i in range(len(tokens)) if tokens[i : i + len(title)] == title), 0)
    if at < 2:
        return False
    if the_fan_means_to(tokens, at - 1):  # "i want to make a anniversary post"
        return True
    back = at - 2  # the word before the verb
    while back >= 0 and tokens[back] in _FANS_MODALS:
        back -= 1
    return back >= 0 and tokens[back] in _FAN


def _last_after_comma(text: str, words: list[str]) -> bool:
    """Whether the words close the message after a comma ("when was that released, dear?")."""
    said = r"\W+".join(re.escape(w) for w in words)
    return re.search(rf",\W*{said}\W*$", text.lower()) is not None


def _within(run: list[str], words: list[str]) -> bool:
    """Whether the run stands, in order, among the words."""
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


def clause_title(engine: QuestionEngine, text: str) -> list[str]:
    """The title nobody knows a clause before the last asks of, in a yes/no's subject's place ("is bad
    sisters any good, what did critics think"): the later clauses ask about it too. The whole message read
    as one finds no title's place, and its last clause alone names none, so the default show answered."""
    clauses = [c for c in _clauses(text) if c.strip()]
    for clause in clauses[:-1]:
        tokens = engine.understand(clause)
        res = engine.link(tokens)
        if res.shows or res.people or res.characters:
            return []  # a clause naming a known name: the message is about that
        title = res.unknown_title
        opens = tokens[:1] != [] and tokens[0] in AUXILIARIES and tokens[1 : 1 + len(title)] == title
        if title and res.title_frame is Frame.SUBJECT and opens and _POINTERS.isdisjoint(title):
            return title
        if said_of := _opening_subject(tokens, res):
            return said_of
    return []


def _clauses(text: str) -> list[str]:
    """The message's clauses; a "!" closing a title inside a yes/no ("is call my agent! any good") ends no
    clause when what follows is said of the title (a predicate of the clause's auxiliary)."""
    clauses, clause, start = [], "", 0
    for end in _CLAUSE_END.finditer(text):
        clause += text[start : end.start()]
        start = end.end()
        opening = fold(clause).split()[:2]
        aux = next((w for w in opening if w in PREDICATES_AFTER), None)
        after = tuple(fold(text[start:]).split())
        if end.group().strip() == "!" and aux and any(after[: len(p)] == p for p in PREDICATES_AFTER[aux]):
            clause += " "
            continue
        clauses.append(clause)
        clause = ""
    return [*clauses, clause + text[start:]]


def _opening_subject(tokens: list[str], res: Resolution) -> list[str]:
    """A title of a few words nobody knows that a clause opens with as the subject of what it says ("bad
    sisters is so good. when does season 2 come out"): the question after it is about it."""
    run = next((r for r in res.named_runs if tokens[: len(r)] == r), [])
    said = tokens[len(run) : len(run) + 1]
    if len(run) < _FULL_NAME_WORDS.start or not said or said[0] not in AUXILIARIES:
        return []
    return run if _POINTERS.isdisjoint(run) and _SHOW_TALK.isdisjoint(run) and run[0] not in STOPWORDS else []


def speaks_of(engine: QuestionEngine, answer: Answer, subject: list[str]) -> bool:
    """Whether the answer is about the subject itself, or about the known name the subject opens with."""
    return _speaks_of(answer, subject) or _speaks_of_known_start(engine, answer, subject)


def _speaks_of_known_start(engine: QuestionEngine, answer: Answer, subject: list[str]) -> bool:
    """Whether the subject opens with a known name, whole, that the answer is about ("what is stephen rea
    action in": Stephen Rea's films): the words after it are the question's, not more of someone's name. A
    part of a name ("charlie" of Charlie Spring, in "charlie cox") is no such name."""
    for end in range(len(subject) - 1, 0, -1):
        key = " ".join(subject[:end])
        whole = any(fold(name) == key for name in engine.names_of(key))
        if whole and _speaks_of(answer, subject[:end]):
            return True
    return False


def _speaks_of(answer: Answer, subject: list[str]) -> bool:
    """Whether the answer is about the unknown name itself ("Euros Lyn worked on The Library Suicides")."""
    return f" {' '.join(subject)} " in f" {fold(answer.text)} "
