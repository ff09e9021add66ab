"""An actor described by a show and what else the question says of them: "the heartstopper kid" in a
question about Marvel, "that boy from heartstopper who is going to be in agatha", "the heartstopper lad on
disney+". The show's cast is narrowed to those credited on another show the question names, or whose other
show's synopsis or network holds a word the question says (a franchise: "marvel", "superhero"; a network);
the description is read as the actor's name only when exactly one actor fits. "the heartstopper kid" alone
fits several and is left as it is.
"""

from __future__ import annotations

from db.knowledge import Knowledge, PersonFacts
from intents.networks import network_aliases, network_span
from intents.resolve import Resolution
from intents.text import fold
from intents.title_words import FRANCHISES

# Nouns fans describe a show's young actors with ("guy", "lad" and "girl" are read as actor and actress
# already, fanwords.py).
ACTOR_NOUNS = frozenset("actor actress star kid boy teen lead".split())
_DETERMINERS = frozenset("the that this".split())
_SHOW_NOUNS = frozenset("show series programme one".split())
# ("his marvel series" is said of the described actor: its franchise word narrows whom it describes.)
_SHOW_OPENERS = frozenset("the a an that this".split())
_FROM = frozenset("from in on of".split())  # "the kid from heartstopper", "that boy in heartstopper"


def _actors(kb: Knowledge, show_id: int) -> set[int]:
    show = kb.shows.get(show_id)
    return {c.person_id for c in show.credits if c.role == "actor"} if show is not None else set()


def _fits(person: PersonFacts, kb: Knowledge, here: int, named: set[int], words: set[str]) -> bool:
    """Whether the person's other shows meet what the question says: each show it names credits them, and
    each franchise or network word it says is held by one of their other shows."""
    others = {c.show_id for c in person.credits if c.show_id != here and c.show_id in kb.shows}
    if not named <= others:
        return False
    for word in words:
        held = False
        for show_id in others:
            show = kb.shows[show_id]
            synopsis = f" {fold(show.synopsis or '')} "
            networks = network_aliases(show.network) if show.network else ()
            meant = FRANCHISES.get(word, ())
            held = held or any(f" {m} " in synopsis for m in meant) or word in networks
        if not held:
            return False
    return True


def _franchises_said(tokens: list[str]) -> set[str]:
    """The franchise words the words hold, but those of a show described by one ("the marvel show"): that
    show is read as its title first (described_shows.py), and the actor then as the one credited on it."""
    return {
        word
        for at, word in enumerate(tokens)
        if word in FRANCHISES
        and not (
            tokens[at + 1 : at + 2] and tokens[at + 1] in _SHOW_NOUNS and tokens[at - 1] in _SHOW_OPENERS
        )
    }


def _networks_said(tokens: list[str]) -> set[str]:
    """The networks' names the words hold, as the fans' aliases ("disney plus", "netflix")."""
    said: set[str] = set()
    at = 0
    while at < len(tokens) and (span := network_span(tokens[at:])) is not None:
        said.add(" ".join(tokens[at + span[0] : at + span[1]]))
        at += span[1]
    return said


def _described_at(tokens: list[str], res: Resolution) -> tuple[int, int, int] | None:
    """Where a show-and-noun description starts and ends and the show's id: "the heartstopper kid", "the kid
    from heartstopper"; None when the words hold neither."""
    for mention in res.mentions:
        if mention.refs[0].kind != "show":
            continue
        start, end = mention.start, mention.end
        before = tokens[start - 1 : start] if start else []
        if before and before[0] in _DETERMINERS and tokens[end : end + 1] and tokens[end] in ACTOR_NOUNS:
            return start - 1, end + 1, mention.refs[0].id  # "the heartstopper kid"
        head = tokens[max(0, start - 3) : start]
        if len(head) == 3 and head[0] in _DETERMINERS and head[1] in ACTOR_NOUNS and head[2] in _FROM:
            return start - 3, end, mention.refs[0].id  # "the kid from heartstopper"
    return None


def actor_by_description(
    tokens: list[str], res: Resolution, kb: Knowledge
) -> tuple[list[str], PersonFacts] | None:
    """The tokens with a described actor replaced by their name, and whom it names; None when no such
    description is there or it fits more or fewer than one actor."""
    found = _described_at(tokens, res)
    if found is None:
        return None
    start, end, here = found
    named = {
        m.refs[0].id
        for m in res.mentions
        if m.refs[0].kind == "show" and m.refs[0].id != here and not (start <= m.start < end)
    }
    rest = [*tokens[:start], "", *tokens[end:]]  # "": no network's name runs across the description
    own = kb.shows[here].network if here in kb.shows else None
    # The described show's own network says nothing of the actor ("the heartstopper kid on netflix").
    words = (_franchises_said(rest) | _networks_said(rest)) - set(network_aliases(own or ""))
    if not named and not words:
        return None  # "who's the heartstopper kid": any of its actors
    fits = [p for p in _actors(kb, here) if p in kb.people and _fits(kb.people[p], kb, here, named, words)]
    if len(fits) != 1:
        return None
    person = kb.people[fits[0]]
    end = _past_qualifier(tokens, end, res, named)
    return [*tokens[:start], *fold(person.name).split(), *tokens[end:]], person


def _past_qualifier(tokens: list[str], end: int, res: Resolution, named: set[int]) -> int:
    """Past the other show that says which actor is meant, right after the description, when the question
    names a show again after it: "who does [the heartstopper actor in agatha all along] play in heartstopper"
    asks of the actor in heartstopper; "who does the heartstopper kid play in agatha all along" keeps its
    show, the one asked about."""
    if tokens[end : end + 1] == [] or tokens[end] not in _FROM:
        return end
    shows = sorted((m for m in res.mentions if m.refs[0].kind == "show"), key=lambda m: m.start)
    here = next((m for m in shows if m.start in (end + 1, end + 2) and m.refs[0].id in named), None)
    if here is None or (here.start == end + 2 and tokens[end + 1] != "the"):
        return end
    return here.end if any(m.start >= here.end for m in shows) else end
