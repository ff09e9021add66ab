"""Someone nobody knows, named by full name beside a known person or show, for the last check on every
answer (intents/understand/unknown_subject_guard.py).

"who's older, aaron paul or kit connor", "did olivia colman ever act with aaron paul", "i swear i saw andy
samberg in the bts photo with joe and kit": the message asks of someone the facts do not hold as much as of
the known person beside them. Answering the known person's facts alone ("Kit Connor plays Nick Nelson in
Heartstopper") reads as if it answered the question; the honest reply says there are no facts about the
other one."""

from __future__ import annotations

from typing import NamedTuple

from rapidfuzz import fuzz, process

from db.knowledge import Knowledge
from intents.given_name_table import is_given_name
from intents.name_evidence import marked_as_name
from intents.ordinary_words import everyday
from intents.resolve import Resolution
from intents.snapshot_memo import PerSnapshot
from intents.text import STOPWORDS, fold

# A person's full name: a given name and one or two more; the longer first ("sarah jessica parker").
_NAME_WORDS = (3, 2)
# Words naming no one in particular: never part of someone's name.
_NOT_NAMES = frozenset("someone somebody anyone anybody everyone everybody you u ya yall".split())
# A name this close to a known person's is a slip for theirs ("kit cannot", "alice oswald" of Alice Oseman):
# "olivia cooke" (72 of Olivia Colman) is someone else.
_SLIP = 75.0


def someone_beside_known(res: Resolution, kb: Knowledge) -> list[str]:
    """The full name of someone nobody knows that a message naming a known person or show also names, or [].

    A character named ("nick is played by tom holland, who really plays him") makes the message about the
    part, which the known facts answer. The name is two or three of the words nobody knows ("saw andy
    samberg", "dating jean smart"): its first word a given name, its last no everyday word unless the fan
    capitalised it. Words spelt almost like a known person's name are a slip for theirs, and so name no one
    else ("kit cannot", "eurus lynn torchwod")."""
    if res.characters or not (res.people or res.shows):
        return []
    for run in res.leftovers:
        if after_own_or_watched(run, res):
            continue  # "my cousin Leo once i know", "finished ted lasso last night": no one asked of
        placed = [(at, run[at : at + size]) for size in _NAME_WORDS for at in range(len(run) - size + 1)]
        # A known surname counts only closing the run: "saying connor swindells" has Kit Connor's surname
        # inside someone else's name.
        if any(_slip_of_known(" ".join(w), kb, at + len(w) == len(run)) for at, w in placed):
            continue  # "eurus lynn torchwod": Euros Lyn misspelt, then a title; no one else
        # "nan margaret fell asleep": the name after the fan's own person, inside the run, is no one asked of
        found = next(
            (w for at, w in placed if _given_and_surname(w) and not after_own_or_watched(run, res, at)), None
        ) or _unlisted_name_closing(run, res)
        if found:
            return found
        # "dating bae suzy": the joining word may be read among the words nobody knows.
        name = run[1:] if run[:1] != [] and run[0] in _JOINED_BEFORE else run
        if _partners_a_known_person(name, res) and not _slip_of_known(" ".join(name), kb):
            return name
    return []


# Whom a fan names from their own life ("my friend Priya swears", "my nan Margaret fell asleep"), and verbs
# of watching before a title that opens with a given name ("finished ted lasso"): no one the fan asks of.
_OWN_PEOPLE = frozenset(
    """friend friends cousin cousins nan nana gran granny grandma grandpa mom mum mam dad mother father sister
    sis brother bro bf gf boyfriend girlfriend wife husband partner roommate flatmate coworker colleague boss
    teacher son daughter kid kids aunt auntie uncle niece nephew bestie bff neighbour neighbor""".split()
)
_WATCHED = frozenset(
    "finished watched watching watch binged bingeing binging rewatched rewatching started starting".split()
)


def after_own_or_watched(run: list[str], res: Resolution, offset: int = 0) -> bool:
    """Whether the words (from `offset` on) follow a person of the fan's own life or a verb of watching: said
    before the run, or inside it (the words nobody knows often take it in: "cousin leo once", "finished ted
    lasso")."""
    at = _run_at(run, res) + offset
    return at > 0 and (res.tokens[at - 1] in _OWN_PEOPLE or res.tokens[at - 1] in _WATCHED)


def _run_at(run: list[str], res: Resolution) -> int:
    """Where the words stand in the message's linked words, -1 when they don't."""
    return next((i for i in range(len(res.tokens)) if res.tokens[i : i + len(run)] == run), -1)


# Words joining someone to a known person named beside them: "X or kit connor", "act with X", "dating X".
_JOINED_BEFORE = frozenset("with and or vs versus alongside dating than".split())
_JOINED_AFTER = frozenset("and or vs versus".split())
# Words after a known person that say what they have on or about them ("X with fairy wings").
_HAVING = frozenset("with w".split())


def _partners_a_known_person(run: list[str], res: Resolution) -> bool:
    """Whether the words nobody knows stand where a person joined to a known one stands ("kim soo hyun and
    joe locke", "did olivia colman ever act with ncuti gatwa"), read as a full name though the table lacks
    its given name: a place no everyday talk takes ("with our library display" has an owner; "always mix"
    follows no joining word)."""
    if not _name_words(run) or everyday(run[0]) or not all(w.isalpha() for w in run):
        return False
    at = _run_at(run, res)
    if at < 0:
        return False
    people_at = {m.start for m in res.mentions if m.refs and m.refs[0].kind == "person"}
    before = res.tokens[at - 1] if at > 0 else ""
    described = any(m.end == at - 1 and m.refs and m.refs[0].kind == "person" for m in res.mentions)
    if before in _HAVING and described and not is_given_name(run[0]):
        return False  # "Orlando Bloom with fairy wings", "kit connor with blonde hair": how he looks, no one
    after = res.tokens[at + len(run) : at + len(run) + 1]
    joined_after = after[:1] != [] and after[0] in _JOINED_AFTER and at + len(run) + 1 in people_at
    return (before in _JOINED_BEFORE and bool(res.people)) or joined_after


def _given_and_surname(words: list[str]) -> bool:
    """Whether the words read as a full name opening with a given name ("jodie comer"): its surname is no
    everyday word, or the fan capitalised it. A given name before an everyday word is someone doing
    something ("my friend Priya swears", "my nan Margaret fell asleep", "will return"), not a full name."""
    if not _name_words(words) or not is_given_name(words[0]):
        return False
    surname = words[-1]
    return not everyday(surname) or marked_as_name([surname])


# Letters a name's word has at least when its given name is not in the table ("brett", "rhea").
_UNLISTED_NAME_LETTERS = 3


# Words before someone seen or pointed at ("saw X", "i think that is X"): after them, two words that are
# no everyday words are a full name, whatever the given-names table holds.
_SEEN = frozenset("saw seen spotted met".split())
_POINTED = ("that", "is")


def _unlisted_name_closing(run: list[str], res: Resolution) -> list[str]:
    """Two words closing the run, neither an everyday word, right after a verb of seeing or "that is" ("just
    saw brett goldstein at a screening", "i think thats rhea seehorn next to aubrey plaza"): a full name whose
    given name the table lacks (or leaves out as another's too, "charlie cox"). Elsewhere such words are as
    often the fan's talk ("quick sanity check", "joe locke is secretly wiccan")."""
    words = run[-2:]
    if len(words) != 2 or not _name_words(words) or not all(w.isalpha() for w in words):
        return []
    if any(everyday(w) or len(w) < _UNLISTED_NAME_LETTERS for w in words):
        return []
    at = _run_at(run, res) + len(run) - 2  # where the two words stand
    before = res.tokens[max(0, at - 2) : at]
    return words if at > 0 and (before[-1] in _SEEN or tuple(before) == _POINTED) else []


def _name_words(words: list[str]) -> bool:
    """Whether the words could make up a name: two or three, none naming no one nor a short word."""
    if len(words) not in _NAME_WORDS or not _NOT_NAMES.isdisjoint(words):
        return False
    return not any(w in STOPWORDS or len(w) < 2 for w in words)


class _KnownNames(NamedTuple):
    """Every known person's folded names and aliases by first letter, and their last words (one table per
    snapshot)."""

    by_letter: dict[str, list[str]]
    surnames: frozenset[str]


_KNOWN_NAMES: PerSnapshot[Knowledge, _KnownNames] = PerSnapshot()


def known_names(kb: Knowledge) -> _KnownNames:
    """The snapshot's table of people's folded names: made once (a pass over ~20k people with the catalog),
    not on every message that names someone nobody knows."""

    def make() -> _KnownNames:
        names = [fold(known) for person in kb.people.values() for known in (person.name, *person.aliases)]
        by_letter: dict[str, list[str]] = {}
        for name in names:
            by_letter.setdefault(name[:1], []).append(name)
        return _KnownNames(by_letter, frozenset(n.rsplit(" ", 1)[-1] for n in names))

    return _KNOWN_NAMES.get(kb, make)


def _slip_of_known(name: str, kb: Knowledge, by_surname: bool = True) -> bool:
    """Whether the name is spelt almost like a known person's name or alias, or (`by_surname`) ends with a
    known person's surname ("timeline, newberry or lyn": Andy Newberry by surname, after the fan's talk). A
    slip keeps the first letter ("kit cannot", "alice oswald"): only names sharing it are compared."""
    table = known_names(kb)
    if by_surname and name.rsplit(" ", 1)[-1] in table.surnames:
        return True
    near = table.by_letter.get(name[:1], [])
    return process.extractOne(name, near, scorer=fuzz.ratio, score_cutoff=_SLIP) is not None


# Words putting a known person beside the subject as a co-star ("any with olivia colman", "anything
# alongside kit connor"): the subject is still whom the message asks of.
_BESIDE = frozenset("with alongside opposite w".split())


def co_star_of_subject(res: Resolution) -> bool:
    """Whether every known name the message says is a person put beside the subject as a co-star ("any with
    olivia colman" after "what shows is she in"): it asks of the conversation's subject, not of them."""
    named = [m for m in res.mentions if m.refs]
    return (
        bool(named)
        and all(m.refs[0].kind == "person" for m in named)
        and all(m.start > 0 and res.tokens[m.start - 1] in _BESIDE for m in named)
    )
