"""A show described, not named: "the marvel show", "a disney+ programme", "the spin-off", "some superhero
thing", "the disney+ show joe locke is in". The description is read as the show's title only when exactly
one held show fits it: its synopsis or aliases hold the description's words, or its network is the one named;
a person the question names narrows the fits to their shows, and a show the question names itself is not
the one described. When several fit, the shows someone is credited on are preferred (a show only mentioned
in another's synopsis, "the 2021 Disney+ series", has no cast); when that still leaves several, the words
stay as they are."""

from __future__ import annotations

import re
from typing import NamedTuple

from db.knowledge import Knowledge, ShowFacts
from intents.name_typos import credited_full_name
from intents.networks import network_aliases, network_span
from intents.resolve import Resolution
from intents.text import fold
from intents.title_words import FRANCHISES
from intents.understand.described_name_asks import NAME_CLAUSE, asks_which_show
from intents.understand.person_shows import their_shows

# Words a description is made of, and the synopsis words each stands for ("superhero": a Marvel or DC show).
DESCRIPTION_WORDS: dict[str, tuple[str, ...]] = {
    **FRANCHISES,
    "dc": ("dc",),
    "spinoff": ("spin off", "spinoff"),
    "animated": ("animated",),
    # Where a show is set and whom it is about, as its synopsis says it ("two British schoolboys").
    "british": ("british", "uk", "english"),
    "teen": ("teen", "teens", "teenage", "teenagers", "school", "schoolboys", "schoolgirls", "students"),
    "school": ("school", "schoolboys", "schoolgirls"),
}
# Nouns that end a description: "the marvel show", "a disney+ programme", "some superhero thing".
# "stuff" and "things" as well: "is he in any marvel stuff".
SHOW_NOUNS = frozenset(
    "show shows series programme program thing things stuff project projects drama one debut".split()
)
# Words that open one: "what marvel show" is a choice the other readers answer, so it is not here.
_DETERMINERS = frozenset("the a an some any this that".split())
_INDEFINITE = frozenset("a an some any".split())
# "a marvel show" points at a show only after a word putting someone in one ("in a marvel show", "joining a
# disney+ series"); elsewhere it says what a show is ("is it a netflix show", "is wandavision a marvel show").
# "has he done any marvel stuff", "did she direct a netflix show": working on one is the same.
_INDEFINITE_LEADS = frozenset("in into joining join joined done did do directed direct written wrote".split())
# "does joe locke have a disney+ show (coming)", "has she got a netflix series", "who from heartstopper has a
# disney+ show": having a show is being in it, said of a person the question names or asks for (_WHO).
_HAVING = frozenset("have has had got".split())
_WHO = frozenset("who whos which anyone anybody".split())
# Words a relative clause after the description ends on ("the marvel show joe locke is in").
_CLAUSE_ENDS = frozenset("in on joining joined starring doing".split())
CLAUSE_OPENERS = frozenset("that which where".split())
_WITH = frozenset("with featuring stars".split())
ASKS_ITS_NAME = frozenset("name called named title titled".split())
_MAX_CLAUSE = 8


class _Described(NamedTuple):
    """A description read from the words: the synopsis words each of its words stands for, the network and
    the first year it names, and where it ends."""

    words: list[tuple[str, ...]]
    network: str | None
    year: int | None
    end: int


def description_at(tokens: list[str], at: int) -> _Described | None:
    """From a determiner at `at`: the synopsis words each description word stands for, the network and year
    it names ("the 2021 disney+ series", "the disney+ show from 2021") and where the show noun ends; None
    when no description starts there."""
    found = _description_words(tokens, at)
    if found is None:
        return None
    words, network, year, end = found
    if tokens[end : end + 1] == ["from"] and end + 1 < len(tokens) and _YEAR.fullmatch(tokens[end + 1]):
        year, end = year or int(tokens[end + 1]), end + 2
    if year is not None and not words and network is None and tokens[at] not in ("the", "that"):
        return None  # "a 2021 show" says when something came out, not which show
    return _Described(words, network, year, end)


_YEAR = re.compile(r"(?:19|20)\d\d")


def _description_words(tokens: list[str], at: int) -> _Described | None:
    """The description's words up to the show noun (see `description_at`)."""
    words: list[tuple[str, ...]] = []
    network: str | None = None
    year: int | None = None
    i = at + 1
    while i < len(tokens) and len(words) + (network is not None) < 3:
        span = network_span(tokens[i : i + 2])
        if year is None and _YEAR.fullmatch(tokens[i]):
            year = int(tokens[i])  # "the 2021 disney+ series": the year it first came out
            i += 1
        elif span is not None and span[0] == 0 and network is None:
            network = " ".join(tokens[i : i + span[1]])
            i += span[1]
        elif tokens[i : i + 2] == ["spin", "off"]:
            words.append(DESCRIPTION_WORDS["spinoff"])
            i += 2
            if i >= len(tokens) or tokens[i] not in SHOW_NOUNS:
                return _Described(words, network, year, i)  # "the spin-off" is itself the noun
        elif tokens[i] in DESCRIPTION_WORDS:
            words.append(DESCRIPTION_WORDS[tokens[i]])
            i += 1
            if words[-1] == DESCRIPTION_WORDS["spinoff"] and (
                i >= len(tokens) or tokens[i] not in SHOW_NOUNS
            ):
                return _Described(words, network, year, i)
        else:
            break
    if i < len(tokens) and tokens[i] in SHOW_NOUNS:
        if words or network or year:
            return _Described(words, network, year, i + 1)
        if (clause := _network_clause(tokens, i + 1)) is not None:
            return _Described([], clause[0], None, clause[1])  # "the thing he does for disney+"
    return None


# "the thing he does for disney+", "the show she's doing on netflix": who, a verb, then the network.
_CLAUSE_PEOPLE = frozenset("he she they hes shes theyre".split())
_CLAUSE_VERBS = frozenset("does is are doing did made makes stars starring in".split())


def _network_clause(tokens: list[str], at: int) -> tuple[str, int] | None:
    """The network a short clause after a bare show noun names, and where the clause ends; None when
    none follows."""
    if at >= len(tokens) or tokens[at] not in _CLAUSE_PEOPLE:
        return None
    i = at + 1
    while i < len(tokens) and i <= at + 3 and tokens[i] in _CLAUSE_VERBS:
        i += 1
    if i == at + 1 or i >= len(tokens) or tokens[i] not in ("for", "on"):
        return None
    span = network_span(tokens[i + 1 : i + 3])
    if span is None or span[0] != 0:
        return None
    return " ".join(tokens[i + 1 : i + 1 + span[1]]), i + 1 + span[1]


def fits_description(show: ShowFacts, described: _Described) -> bool:
    """True when the show's synopsis or aliases hold every description word, it is on the network named and
    it first came out in the year named."""
    about = f" {fold(' '.join([show.title, show.synopsis or '', *show.aliases]))} "
    if not all(any(f" {w} " in about for w in choices) for choices in described.words):
        return False
    if described.year is not None and first_year(show) != described.year:
        return False
    network = described.network
    # "the bbc show": a channel of the network named (BBC One) is on it too
    held = show.network
    return network is None or (
        held is not None and (network in network_aliases(held) or fold(held).startswith(f"{network} "))
    )


def first_year(show: ShowFacts) -> int | None:
    """The year a show first came out: its first season's release, or its release said with no season."""
    years = [
        r.on.year if r.on is not None else r.year
        for r in show.releases
        if r.season in (None, 1) and (r.on is not None or r.year is not None)
    ]
    return min((y for y in years if y is not None), default=None)


def clause_end(tokens: list[str], at: int, res: Resolution) -> int:
    """Where a relative clause naming a person ends after the description ("that joe locke is in",
    "heartstopper's joe locke stars in"); `at` itself when none follows."""
    people = [m for m in res.mentions if m.refs[0].kind == "person" and at <= m.start <= at + 3]
    if not people:
        return at
    if at < len(tokens) and tokens[at] in _WITH and people[0].start == at + 1:
        return people[0].end  # "the mcu show with joe locke"
    for end in range(people[0].end, min(len(tokens), at + _MAX_CLAUSE)):
        if tokens[end] in _CLAUSE_ENDS:
            return end + 1
    return at


def show_by_description(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """The tokens with a described show replaced by its title; None when no description fits one held show."""
    # Words of a description the linker took for an unknown title ("the spin off of the 2021 marvel series")
    # are no unknown name.
    unknown = {w for run in (res.unknown_title, *res.named_runs) for w in run if not _describing(w)}
    named = {m.refs[0].id for m in res.mentions if m.refs[0].kind == "show"}
    people = [
        kb.people[m.refs[0].id]
        for m in res.mentions
        if m.refs[0].kind == "person" and m.refs[0].id in kb.people
    ]
    names = [m for m in res.mentions if m.refs[0].kind != "network"]
    asked_of = bool(people) or not _WHO.isdisjoint(tokens)
    for at, token in enumerate(tokens):
        had = bool(at) and tokens[at - 1] in _HAVING and token in _INDEFINITE and asked_of
        if token not in _DETERMINERS or (
            token in _INDEFINITE and (not at or tokens[at - 1] not in _INDEFINITE_LEADS) and not had
        ):
            continue
        found = description_at(tokens, at)
        if found is None:
            continue
        end = found.end
        if found.words == [DESCRIPTION_WORDS["spinoff"]] and tokens[end : end + 1] == ["of"]:
            continue  # "the spin-off of the 2021 marvel series": the parent is described (parent_shows.py)
        opener = end + (end < len(tokens) and tokens[end] in CLAUSE_OPENERS)
        after = clause_end(tokens, opener, res)
        if any(m.start < end and m.end > at for m in names):
            continue  # part of a name ("the wandavision spin-off" is an alias)
        named_at = end + (tokens[end : end + 1] in (["called"], ["named"], ["titled"]))
        if any(
            m.refs[0].kind == "show"
            and m.start == named_at
            and not _of_a_person(m.end, res)
            and not _clause_of_another(tokens, m.end, kb.shows.get(m.refs[0].id), found)
            for m in names
        ):
            continue  # "the netflix series kaos", "the hbo show called X": the description goes with its name
        fits = [s for s in kb.shows.values() if s.id not in named and fits_description(s, found)]
        theirs = {show for person in people for show in their_shows(person)}
        if people and (narrowed := [s for s in fits if s.id in theirs]):
            fits = narrowed
        elif _names_someone(res, opener, after):
            return None  # "the hbo show joe locke is in": none of his shows fits, so no show is meant
        if len(fits) > 1:
            fits = [s for s in fits if s.credits]
        if len(fits) != 1:
            return None
        rest_at = after if after > opener else end
        if unknown <= NAME_CLAUSE | set(tokens[at:end]) and asks_which_show(
            tokens[:at], tokens[rest_at:], res, rest_at
        ):
            # "what was the 2021 series it came from called": the described show's name is what is asked
            return ["what", "is", *fold(fits[0].title).split()]
        if not unknown <= set(tokens[at : max(after, end)]):
            # "the marvel thing joe is in": a first name the linker left unknown, of someone on the show
            after = _unlinked_clause_end(tokens, opener, fits[0].id, kb)
            if not unknown <= set(tokens[at : max(after, end)]):
                return None  # "the netflix show wednesday": the description goes with a name nobody knows
        rest = tokens[after:] if after > opener else tokens[end:]
        if had:  # "does joe locke have a disney+ show" asks "is joe locke in agatha all along"
            asks = ["is"] if tokens[0] in ("does", "do", "did", "has", "have") else tokens[:1]
            return [*asks, *tokens[1 : at - 1], "in", *fold(fits[0].title).split(), *rest]
        return [*tokens[:at], *fold(fits[0].title).split(), *rest]
    return None


_CLAUSE_VERBS_AFTER = frozenset("is was came comes spun spins".split())


def _clause_of_another(tokens: list[str], end: int, show: ShowFacts | None, found: _Described) -> bool:
    """Whether the show named after a description opens a clause about another ("the 2021 series agatha is
    spun off from"): a verb follows it, and it doesn't fit the description itself."""
    verb = tokens[end : end + 1] != [] and tokens[end] in _CLAUSE_VERBS_AFTER
    return verb and show is not None and not fits_description(show, found)


def _describing(word: str) -> bool:
    """Whether a word is one a description is made of: a determiner, a show noun, a description word, a year
    or a network."""
    return (
        word in _DETERMINERS
        or word in SHOW_NOUNS
        or word in DESCRIPTION_WORDS
        or word in ("of", "spin", "off", "from")
        or _YEAR.fullmatch(word) is not None
        or network_span([word]) is not None
    )


def _of_a_person(end: int, res: Resolution) -> bool:
    """Whether a person is named right after a title ending at `end`: "the marvel show heartstopper's joe
    locke is in" describes the person by the title, and the show described is another."""
    return any(m.refs[0].kind == "person" and end <= m.start <= end + 2 for m in res.mentions)


def _names_someone(res: Resolution, start: int, end: int) -> bool:
    """Whether a known person is named in the clause tokens[start:end] describing the show."""
    return any(m.refs[0].kind == "person" and start <= m.start < end for m in res.mentions)


_CLAUSE_FILLER = frozenset("is s was are who that which he she they".split())


def _unlinked_clause_end(tokens: list[str], at: int, show_id: int, kb: Knowledge) -> int:
    """Where a clause after the description ends when its names are parts of names credited on the show
    ("joe is in"); `at` itself when there is no such clause."""
    for end in range(at, min(len(tokens), at + _MAX_CLAUSE)):
        if tokens[end] in _CLAUSE_ENDS:
            said = [w for w in tokens[at:end] if w not in _CLAUSE_FILLER]
            if said and all(credited_full_name(w, {show_id}, kb) is not None for w in said):
                return end + 1
            break
    return at
