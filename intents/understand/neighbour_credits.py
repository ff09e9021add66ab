"""'the guy before him': whoever held the same credit on the show's seasons just before (or after) the person
the conversation is about ("who's directing hs3" ... "and the guy before him?": the seasons 1-2 director)."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.query import parse_seasons
from intents.seasons import find_season
from intents.text import fold

_SOMEONE = frozenset("guy actor person one director dude man woman lady writer producer showrunner".split())
_SIDES = {"before": -1, "after": 1}
_POINTED = frozenset("him her them".split())
_LEAD_INS = frozenset("and so ok okay what about".split())


# "who took over from him": the words between "who" and the person that say which side the other one is on.
_SUCCESSION: tuple[tuple[tuple[str, ...], int], ...] = (
    (("took", "over", "from"), 1), (("took", "over", "for"), 1), (("replaced",), 1), (("came", "after"), 1),
    (("succeeded",), 1), (("followed",), 1), (("came", "before"), -1), (("preceded",), -1),
    (("was", "before"), -1), (("was", "after"), 1),
)  # fmt: skip


def successor_named(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """ "who took over from him?", "who replaced her for s3?" asked as "who is <the one after them>"; the
    tokens unchanged when they ask no such thing or nobody holds that credit on the seasons on that side."""
    at = next((i for i, t in enumerate(tokens) if t in ("who", "whos")), None)
    if at is None or not all(t in _LEAD_INS for t in tokens[:at]):
        return tokens
    for words, side in _SUCCESSION:
        end = at + 1 + len(words)
        if tuple(tokens[at + 1 : end]) == words and tokens[end : end + 1] and tokens[end] in _POINTED:
            name = _neighbour(conv, kb, side)
            return ["who", "is", *name] if name else tokens
    return tokens


# "his successor", "her predecessor": the one on that side of the person talked about, said in one word.
_OWNERS = frozenset("his her their".split())
_SUCCESSORS = {"successor": 1, "replacement": 1, "predecessor": -1}


def neighbour_named(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the guy before him" (or "his successor") replaced by that person's name ("who is
    <name>" when nothing else is asked); unchanged when no such person is held."""
    for i in range(len(tokens) - 1):
        if tokens[i] in _OWNERS and tokens[i + 1] in _SUCCESSORS:
            name = _neighbour(conv, kb, _SUCCESSORS[tokens[i + 1]])
            if name is None:
                return tokens
            rest = [*tokens[:i], *tokens[i + 2 :]]
            asked = [w for w in rest if w not in _LEAD_INS]
            if asked in ([], ["who", "is"], ["who", "was"], ["whos"]):
                return ["who", "is", *name]  # "and his successor?", "who was his predecessor": who that is
            return [*tokens[:i], *name, *rest[i:]]
    for i in range(len(tokens) - 3):
        the, someone, side, pointed = tokens[i : i + 4]
        if (
            the not in ("the", "that")
            or someone not in _SOMEONE
            or side not in _SIDES
            or pointed not in _POINTED
        ):
            continue
        name = _neighbour(conv, kb, _SIDES[side])
        if name is None:
            return tokens
        rest = [*tokens[:i], *tokens[i + 4 :]]
        if all(w in _LEAD_INS for w in rest):
            return ["who", "is", *name]  # "and the guy before him?": who that is
        return [*tokens[:i], *name, *tokens[i + 4 :]]
    return tokens


_LONGEST_SEASON = 3  # "the s2 guy", "the season 2 guy", "the first season guy"


_LEADS = frozenset("and ok okay so but what about".split())
_PERSON_POINTERS = frozenset("he she him his her".split())


def season_holder_named(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the s2 guy" replaced by whoever holds, on season 2 of the conversation's show, the
    credit the person talked about holds on it ("who directs s3" ... "how many eps did the s2 guy do")."""
    for i in range(len(tokens) - 2):
        if tokens[i] != "the":
            continue
        for size in range(1, _LONGEST_SEASON + 1):
            noun = i + 1 + size
            # Not "one": "when is the season 3 one out" names the season, not a person; unless put first
            # with a person pointing back at it ("the season 3 one, what is he known for").
            fronted = tokens[noun : noun + 1] == ["one"] and all(t in _LEADS for t in tokens[:i])
            pointing = next((k for k in range(noun + 1, len(tokens)) if tokens[k] in _PERSON_POINTERS), None)
            if noun >= len(tokens) or (tokens[noun] not in _SOMEONE - {"one"} and not (fronted and pointing)):
                continue
            season = find_season(tokens[i + 1 : noun])
            if season is None or season.number is None or (season.start, season.end) != (0, size):
                continue
            name = _holder(conv, kb, season.number)
            if name and tokens[noun] == "one" and pointing is not None:
                return [*tokens[:i], *tokens[noun + 1 : pointing], *name, *tokens[pointing + 1 :]]
            return [*tokens[:i], *name, *tokens[noun + 1 :]] if name else tokens
    return tokens


def _holder(conv: Conversation, kb: Knowledge, season: int) -> list[str] | None:
    """The name of the one person with the current person's credit on `season` of the conversation's show
    (or, when a question about the person made no show the subject, of the one show they hold a credit of
    seasons on: "what else has euros lyn done" ... "not him, the s3 guy")."""
    if not conv.people or conv.people[0] not in kb.people:
        return None
    person = kb.people[conv.people[0]]
    show_id = conv.last_show_id
    if show_id is None:
        by_season = {c.show_id for c in person.credits if parse_seasons(c.seasons)}
        show_id = by_season.pop() if len(by_season) == 1 else None
    show = kb.shows.get(show_id) if show_id is not None else None
    if show is None:
        return None
    roles = {c.role for c in person.credits if c.show_id == show.id}
    held = {c.person_id for c in show.credits if c.role in roles and season in parse_seasons(c.seasons)}
    return fold(kb.people[held.pop()].name).split() if len(held) == 1 and held <= kb.people.keys() else None


def _neighbour(conv: Conversation, kb: Knowledge, side: int) -> list[str] | None:
    """The name of whoever has the same credit on the nearest seasons on `side` of the current person's."""
    if not conv.people or conv.people[0] not in kb.people:
        return None
    person = kb.people[conv.people[0]]
    credits = [c for c in person.credits if c.show_id == conv.last_show_id] or person.credits
    found: list[tuple[int, int]] = []  # (distance in seasons, person id)
    for credit in credits:
        own = parse_seasons(credit.seasons)
        if not own or credit.show_id not in kb.shows:
            continue
        for other in kb.shows[credit.show_id].credits:
            theirs = parse_seasons(other.seasons)
            if other.role != credit.role or other.person_id == person.id or not theirs:
                continue
            gap = min(own) - max(theirs) if side < 0 else min(theirs) - max(own)
            if gap > 0:
                found.append((gap, other.person_id))
    if not found:
        return None
    nearest = min(found)[1]
    return fold(kb.people[nearest].name).split() if nearest in kb.people else None
