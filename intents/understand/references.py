"""Descriptions that point back into the conversation: "the first guy", "the other one", "the first show we
talked about", "his show". Each becomes the name it points to, before the follow-up is read."""

from __future__ import annotations

from dataclasses import dataclass

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold

# Not "last": "was that the last one?" asks about a final season.
_ORDER = frozenset({"first", "other", "earlier", "previous"})
_EARLY = frozenset({"first", "earlier", "previous"})
_PRONOUNS = frozenset("he him his she her they them their".split())
_PERSON_NOUNS = frozenset(
    "guy guys person actor actress woman man girl lady dude director one chap fella gal".split()
)
_SHOW_NOUNS = frozenset({"show", "series", "one", "title"})
# What may follow a description without adding to the question: "the other show we talked about".
_TAILS = (
    ("we", "talked", "about"), ("we", "were", "talking", "about"), ("you", "mentioned"), ("we", "discussed"),
    ("from", "before"), ("from", "earlier"), ("i", "asked", "about"), ("we", "talked", "about", "earlier"),
    ("you", "said"),
)  # fmt: skip
_OWNER = {"his": "person", "her": "person", "their": "person"}


@dataclass(frozen=True)
class Referred:
    """The question with its descriptions replaced, and the person one of them named (pronouns mean them)."""

    tokens: list[str]
    person_id: int | None = None


def refer_back(tokens: list[str], conv: Conversation, kb: Knowledge) -> Referred:
    """Replace "the first guy", "the other show", "his show" ... with the names they point to."""
    out: list[str] = []
    person_id: int | None = None
    described: tuple[int, int] | None = None  # where a person's description stands in `out`
    i = 0
    while i < len(tokens):
        word = tokens[i]
        nxt = tokens[i + 1 : i + 3]
        if word in ("the", "that") and len(nxt) == 2 and nxt[0] in _ORDER:
            # "the first guy" / "the other show": who or what, by its place in the conversation.
            found = _described(nxt[0], nxt[1], conv, kb)
            if found is not None:
                words, person = found
                if person is not None:
                    person_id, described = person, (len(out), len(out) + len(words))
                out.extend(words)
                i = _skip_tail(tokens, i + 3)
                continue
        if word in _OWNER and tokens[i + 1 : i + 2] in (["show"], ["series"]):
            # "his show": the one show the person is credited on, or the one the conversation named last.
            title = _show_of_person(conv, kb)
            if title is not None:
                out.extend(title)
                i += 2
                continue
        out.append(word)
        i += 1
    if described is not None and any(w in _PRONOUNS for w in out[described[1] :]):
        # "back to the first guy, what else has he been in?": the pronoun carries the name.
        out = out[: described[0]] + out[described[1] :]
    return Referred(out, person_id)


def _skip_tail(tokens: list[str], i: int) -> int:
    for tail in _TAILS:
        if tuple(tokens[i : i + len(tail)]) == tail:
            return i + len(tail)
    return i


def _described(
    order: str, noun: str, conv: Conversation, kb: Knowledge
) -> tuple[list[str], int | None] | None:
    if (noun in _SHOW_NOUNS and noun != "one") or (noun == "one" and not _persons_first(conv)):
        show_id = _show_by_order(order, conv)
        if show_id is not None and show_id in kb.shows:
            return fold(kb.shows[show_id].title).split(), None
        return None
    if noun in _PERSON_NOUNS:
        person_id = _person_by_order(order, conv)
        if person_id is not None and person_id in kb.people:
            return fold(kb.people[person_id].name).split(), person_id
    return None


def _persons_first(conv: Conversation) -> bool:
    """Whether "the other one" means a person: the last questions were about people, not shows."""
    last = conv.last
    return (
        last is not None
        and last.person_id is not None
        and last.intent in ("who_plays", "profile", "other_work")
    )


def _show_by_order(order: str, conv: Conversation) -> int | None:
    in_turns = list(dict.fromkeys(t.show_id for t in conv.turns if t.show_id is not None))
    if order in _EARLY and in_turns and in_turns[0] != conv.last_show_id:
        return in_turns[0]
    others = [s for s in conv.shows if s != conv.last_show_id]
    return others[0] if others else None


def _person_by_order(order: str, conv: Conversation) -> int | None:
    in_turns = list(dict.fromkeys(t.person_id for t in conv.turns if t.person_id is not None))
    if order in _EARLY and len(in_turns) > 1:
        return in_turns[0]
    latest = in_turns[-1] if in_turns else (conv.people[0] if conv.people else None)
    others = [p for p in conv.people if p != latest]
    return others[0] if others else None


def _show_of_person(conv: Conversation, kb: Knowledge) -> list[str] | None:
    if not conv.people or conv.people[0] not in kb.people:
        return None
    shows = list(dict.fromkeys(c.show_id for c in kb.people[conv.people[0]].credits if c.show_id in kb.shows))
    if len(shows) > 1:
        # Of several, the one the conversation named most recently; else the question decides.
        shows = [s for s in conv.shows if s in shows][:1]
    return fold(kb.shows[shows[0]].title).split() if len(shows) == 1 else None
