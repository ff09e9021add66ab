"""A pick among the people the last answer listed, by what one of them does: "which one is going to the mcu?",
"which of the two is in agatha all along?" after a cast list. The words after the pick are matched against
each listed person's facts (their shows' titles, networks, synopses and aliases, their parts and work); when
exactly one person fits, the question is asked of that person ("who does joe locke play in agatha all
along")."""

from __future__ import annotations

from db.knowledge import Knowledge, PersonFacts
from intents.dialogue import Conversation
from intents.text import STOPWORDS, fold
from intents.title_words import FRANCHISES
from intents.understand.context import YES_NO_OPENERS
from intents.understand.person_shows import their_shows

# How a pick among the listed is said, longest first.
PICKS: tuple[tuple[str, ...], ...] = (
    ("which", "one", "of", "those"), ("which", "one", "of", "them"), ("which", "one", "of", "these"),
    ("which", "of", "the", "two"), ("which", "of", "the", "pair"),
    ("which", "of", "those"), ("which", "of", "these"),
    ("which", "of", "them"), ("who", "of", "them"), ("which", "one"), ("which", "guy"), ("which", "actor"),
)  # fmt: skip
# Words of the predicate that say nothing about which person: "is going to", "is heading to".
_EMPTY = frozenset("is are was going heading joining gonna headed off be in on to the a an who one".split())
_LEADS = frozenset("and so ok okay but".split())
_LISTED = 2
# How the first two people listed are pointed at together ("what do the two of them play").
_BOTH = (("the", "two", "of", "them"), ("both", "of", "them"), ("the", "pair", "of", "them"),
         ("those", "two"), ("these", "two"), ("them", "both"), ("they", "both"))  # fmt: skip
_SHORTEST = 3  # shorter words are too common to tell people apart


def pick_of_listed(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """ "which one is going to the mcu" asked of the one listed person who fits (their part in the show that
    fits); None when it is no such pick, or no single listed person fits."""
    listed = people_listed(conv)
    if len(listed) < _LISTED:
        return None
    asked = picked_by(tokens)
    if asked is None:
        asked = picked_last(tokens)
    if asked is None:
        return None
    words = described_by(asked) or _checked_before(conv)
    if not words:
        return None
    fits: list[tuple[PersonFacts, int]] = []
    for person_id in listed:
        person = kb.people.get(person_id)
        shows = [] if person is None else [s for s in their_shows(person) if words & described(s, kb)]
        if person is not None and shows:
            fits.append((person, shows[0]))
    if not fits:
        return _pick_by_work(listed, words, kb)
    if len(fits) != 1:
        return None
    person, show = fits[0]
    name, title = fold(person.name).split(), fold(kb.shows[show].title).split()
    if any(c.show_id == show and c.character for c in person.credits):
        # Their part there, so the show stays the subject ("what role is he playing there?").
        return ["who", "does", *name, "play", "in", *title]
    return ["who", "is", *name]


def _checked_before(conv: Conversation) -> set[str]:
    """What the last question checked of the people it named, for a pick that says nothing of its own ("are
    they both in agatha all along" ... "which one is?"): the words after the last person it named."""
    last = conv.last
    if last is None or not last.tokens or last.tokens[0] not in YES_NO_OPENERS:
        return set()
    ends = [end for kind, _start, end in last.slots if kind == "person"]
    return described_by(list(last.tokens[max(ends) :])) if len(ends) >= _LISTED else set()


def _pick_by_work(listed: tuple[int, ...], words: set[str], kb: Knowledge) -> list[str] | None:
    """ "which of them was in rogue one": the one listed person whose other work's title the pick names,
    asked whether they worked on it; None when not exactly one."""
    fits: list[tuple[PersonFacts, str]] = []
    for person_id in listed:
        person = kb.people.get(person_id)
        work = [] if person is None else person.work
        titles = [w.title for w in work if words <= set(fold(w.title).split())]
        if person is not None and titles:
            fits.append((person, titles[0]))
    if len(fits) != 1:
        return None
    person, title = fits[0]
    return ["did", *fold(person.name).split(), "work", "on", *fold(title).split()]


def people_listed(conv: Conversation) -> tuple[int, ...]:
    """The people a pick chooses among: those the last answer named, else those the fan asked about one
    question at a time ("who plays nick" ... "and charlie" ... "which of them is in agatha")."""
    last = conv.last
    if last is None or len(last.answered) >= _LISTED:
        return () if last is None else last.answered
    # A pick since ("which one did doctor who" -> Euros Lyn) leaves the list it picked from to pick again.
    earlier = next((t.answered for t in reversed(conv.turns) if len(t.answered) >= _LISTED), ())
    picked = set(last.answered) or ({last.person_id} - {None})
    if picked and picked <= set(earlier):
        return earlier
    return tuple(dict.fromkeys(t.person_id for t in conv.turns if t.person_id is not None))


def picked_by(tokens: list[str], picks: tuple[tuple[str, ...], ...] = PICKS) -> list[str] | None:
    """The words after "which of those" / "which one" (one of `picks`) that say what the pick is by ("is in
    the mcu"); None when the question is no such pick."""
    lead = 0
    while lead < len(tokens) and tokens[lead] in _LEADS:
        lead += 1
    found = next((p for p in picks if tuple(tokens[lead : lead + len(p)]) == p), None)
    return None if found is None else tokens[lead + len(found) :]


def picked_last(tokens: list[str], picks: tuple[tuple[str, ...], ...] = PICKS) -> list[str] | None:
    """The words before a pick that ends the question ("the library suicides, which of the two?"): what the
    pick is by, said first; None when the question ends otherwise or says nothing before the pick."""
    found = next((p for p in picks if len(tokens) > len(p) and tuple(tokens[-len(p) :]) == p), None)
    return None if found is None else tokens[: -len(found)]


def described_by(asked: list[str]) -> set[str]:
    """The words of a pick that may describe a show ("in the mcu": marvel, mcu), franchises spelt out."""
    kept = [w for w in asked if w not in _EMPTY and w not in STOPWORDS]
    return {w for a in kept for w in (*FRANCHISES.get(a, ()), a) if len(w) >= _SHORTEST}


def described(show_id: int, kb: Knowledge) -> set[str]:
    """The words that describe a show: its title, network, synopsis and aliases."""
    show = kb.shows.get(show_id)
    if show is None:
        return set()
    return set(fold(" ".join([show.title, show.network or "", show.synopsis or "", *show.aliases])).split())


def both_listed(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the two of them" / "both of them" replaced by the first two people listed ("joe
    locke and kit connor"); unchanged when there is no such phrase or no two people were listed."""
    # The latest answer that listed people, past a question not understood since ("where'd they post it")
    lists = (t.answered for t in reversed(conv.turns) if len(t.answered) >= _LISTED)
    listed = [p for p in next(lists, people_listed(conv)) if p in kb.people][:_LISTED]
    for at in range(len(tokens)):
        phrase = next((b for b in _BOTH if tuple(tokens[at : at + len(b)]) == b), None)
        if phrase is not None and len(listed) == _LISTED:
            names = [
                *fold(kb.people[listed[0]].name).split(),
                "and",
                *fold(kb.people[listed[1]].name).split(),
                *(["both"] if "both" in phrase else []),  # "both" still says no one season is meant
            ]
            return [*tokens[:at], *names, *tokens[at + len(phrase) :]]
    return tokens
