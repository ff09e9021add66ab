"""Names said short: a first or last name alone ("and kathryn's?"), or the start of a long one ("i meant
philo" for a Philostrate), is the one person or character of the conversation it fits."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from db.knowledge import Knowledge, ShowFacts
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.snapshot_memo import SnapshotMemo
from intents.text import STOPWORDS, fold

Link = Callable[[list[str]], Resolution]
_ASKS = frozenset(
    "what whats when whens where wheres who whos which how is are was were did does do has have can".split()
)
_SHORTEST_START = 4  # letters a shortened name keeps ("philo", "tobe"): fewer would fit too many names


def first_names(tokens: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str]:
    """Each name said short that links to nothing replaced by the whole name it fits: first the people the
    conversation named, then the people and characters of the shows it talked about."""
    out: list[str] = []
    # The conversation's distinct names, read once, when a word may be one.
    named: _Names | None = None
    credited: _Names | None = None
    for at, token in enumerate(tokens):
        if token in STOPWORDS or token in _ASKS:
            out.append(token)
            continue

        def unknown_word(token: str = token) -> bool:
            # Only a word no vocabulary knows may be the start of a name ("philo"; not "mark" or "direct").
            return bool(link([token]).leftovers)

        named = _people_named(conv, kb) if named is None else named
        matches = _fitting(token, named, unknown_word)
        if not matches:
            credited = _credited(conv, kb) if credited is None else credited
            matches = _fitting(token, credited, unknown_word)
        # A word of a name written whole ("justin marks") is no name alone.
        whole = len(matches) == 1 and bool({*tokens[at - 1 : at], *tokens[at + 1 : at + 2]} & {*matches[0]})
        if len(matches) == 1 and len(matches[0]) > 1 and not whole and not link([token]).mentions:
            out.extend(matches[0])
        else:
            out.append(token)
    return out


class _Names:
    """Distinct names, with their words as a set and sorted: whether a word is in one, or starts one, is
    found without reading every name (a show's credits name dozens)."""

    def __init__(self, names: Sequence[Sequence[str]]) -> None:
        self.unique = list(dict.fromkeys(tuple(n) for n in names))
        self.words = {w for n in self.unique for w in n}
        self.ordered = sorted(self.words)

    def started_by(self, token: str) -> bool:
        """Whether a longer word starts with `token` (the words after it in order begin with the longer
        ones that do)."""
        at = bisect.bisect_right(self.ordered, token)
        return at < len(self.ordered) and self.ordered[at].startswith(token)


def _fitting(token: str, names: _Names, may_start: Callable[[], bool]) -> list[list[str]]:
    """The names (distinct) with `token` as one of their words, else (when it `may_start` one) those with a
    word it starts."""
    if token in names.words:
        return [list(n) for n in names.unique if token in n]
    if len(token) < _SHORTEST_START or not names.started_by(token) or not may_start():
        return []  # the (costlier) vocabulary check only when some name may start with the word
    return [list(n) for n in names.unique if any(len(w) > len(token) and w.startswith(token) for w in n)]


# The names of the people a conversation named, and of those credited on the shows it talked about, by the
# ids in order, per snapshot: the same few people and shows are talked about in channel after channel, and
# every follow-up about them reads their names.
_NAMED: SnapshotMemo[tuple[int, ...], _Names] = SnapshotMemo(1024)
_CREDITED: SnapshotMemo[tuple[int, ...], _Names] = SnapshotMemo(1024)


def _people_named(conv: Conversation, kb: Knowledge) -> _Names:
    """The names of the people the conversation named."""
    ids = tuple(conv.people)
    return _NAMED.get(
        kb, ids, lambda: _Names([fold(kb.people[p].name).split() for p in ids if p in kb.people])
    )


def _credited(conv: Conversation, kb: Knowledge) -> _Names:
    """The names of the people and characters credited on the conversation's shows."""
    ids = tuple(conv.shows)
    return _CREDITED.get(kb, ids, lambda: _credited_on_shows(ids, kb))


def _credited_on_shows(ids: tuple[int, ...], kb: Knowledge) -> _Names:
    shows = [kb.shows[s] for s in ids if s in kb.shows]
    if len(shows) == 1:
        return _show_names(shows[0], kb)
    return _Names([n for show in shows for n in _show_names(show, kb).unique])


# Each show's credited names, read once per snapshot: a show credits dozens, and the short-name reader reads
# them for every follow-up about it. Only the snapshot last read is kept (a reload's first follow-up lets the
# old one go).
_names_of: tuple[Knowledge, dict[int, _Names]] | None = None


def _show_names(show: ShowFacts, kb: Knowledge) -> _Names:
    global _names_of
    if _names_of is None or _names_of[0] is not kb:
        _names_of = (kb, {})
    table = _names_of[1]
    names = table.get(show.id)
    if names is None:
        names = table[show.id] = _Names(_credited_on(show, kb))
    return names


def _credited_on(show: ShowFacts, kb: Knowledge) -> list[tuple[str, ...]]:
    names: list[tuple[str, ...]] = []
    for credit in show.credits:
        if credit.person_id in kb.people:
            names.append(tuple(fold(kb.people[credit.person_id].name).split()))
        if credit.character:
            names.append(tuple(fold(credit.character).split()))
    return names
