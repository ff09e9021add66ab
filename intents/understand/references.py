"""Descriptions that point back into the conversation: "the first guy", "the other one", "the first show we
talked about", "his show". Each becomes the name it points to, before the follow-up is read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.text import STOPWORDS, fold
from intents.understand.ordered_references import (
    ORDER_WORDS,
    co_credited,
    person_by_order,
    show_by_order,
    show_described,
    show_of_person,
)
from intents.understand.reference_tails import (
    ASKS,
    FRONT_LEADS,
    PERSON_PREDICATES,
    show_pronoun_carries,
    skip_appositive,
    skip_relative,
    skip_tail,
    undescribed,
)

_PRONOUNS = frozenset("he him his she her they them their".split())
# The credits a person is pointed at by ("that author", "the same writer"); "the writer" alone asks who it is.
_CREDIT_NOUNS = frozenset("director author writer novelist creator showrunner".split())
_PERSON_NOUNS = (
    frozenset(
        """guy guys person actor actress woman man girl boy lad bloke lady dude one chap fella fellow
        gal""".split()
    )
    | _CREDIT_NOUNS
)
# Words describing the person pointed at ("that young man", "this talented fellow"): "that" still points.
_PERSON_DESCRIBED = frozenset("young old little lovely nice cute talented handsome famous british".split())
_SOMEONE = _PERSON_NOUNS - {"one"}  # "that guy", "the actress": a person, never "that one"
_SHOW_NOUNS = frozenset({"show", "series", "one", "title"})
_DESCRIBED_NOUNS = (["one"], ["show"], ["series"], ["thing"])  # "the disney+ one"
_FRESH = frozenset({"new", "latest", "upcoming"})  # words before a described show that leave it the same
_OWNER = {"his": "person", "her": "person", "their": "person"}
_RELATIONS = frozenset(
    "boyfriend girlfriend brother sister wife husband partner costar friend bestie mom mother dad father son "
    "daughter crush rival".split()
)
# Words that name nobody after "his boyfriend": the question goes on instead.
_NAMES_NOBODY = STOPWORDS | ASKS
# The words every description read here starts with: words without one of them point back to nothing.
_STARTS = frozenset({"the", "that", "this"}) | frozenset(_OWNER)
Link = Callable[[list[str]], Resolution]


@dataclass(frozen=True)
class Referred:
    """The question with its descriptions replaced, and the person one of them named (pronouns mean them)."""

    tokens: list[str]
    person_id: int | None = None


def refer_back(tokens: list[str], conv: Conversation, kb: Knowledge) -> Referred:
    """Replace "the first guy", "the other show", "his show" ... with the names they point to."""
    if _STARTS.isdisjoint(tokens):
        return Referred(list(tokens))  # most follow-ups ("what else has he done?") describe nobody
    out: list[str] = []
    person_id: int | None = None
    described: tuple[int, int] | None = None  # where a person's description stands in `out`
    fronted: tuple[int, int] | None = None  # where a show described before the question stands in `out`
    i = 0
    while i < len(tokens):
        word = tokens[i]
        nxt = tokens[i + 1 : i + 3]
        if word in ("the", "that") and len(nxt) == 2 and nxt[0] in ORDER_WORDS:
            # "the first guy" / "the other show": who or what, by its place in the conversation.
            # "what has the other one worked on": a person, whatever the last question was about.
            someone = nxt[1] == "one" and not PERSON_PREDICATES.isdisjoint(tokens)
            found = _described(nxt[0], "guy" if someone else nxt[1], conv, kb)
            if found is not None:
                words, person = found
                if person is not None:
                    person_id, described = person, (len(out), len(out) + len(words))
                elif all(w in FRONT_LEADS for w in out):
                    fronted = (len(out), len(out) + len(words))  # "the other show, where's that streaming"
                out.extend(words)
                i = skip_tail(tokens, i + 3)
                if person is not None:
                    i = skip_appositive(tokens, i)  # "the other guy, the s1-2 one": the same person again
                continue
        other = tokens[i + 1 : i + 2] == ["other"]
        if word in _OWNER and tokens[i + 1 + other : i + 2 + other] in (["show"], ["series"]):
            # "his show": the one show the person is credited on, or the one the conversation named last;
            # "his other show": the one that isn't the subject.
            title = show_of_person(conv, kb, conv.last_show_id if other else None)
            if title is not None:
                out.extend(title)
                i += 2 + other
                continue
        fresh = tokens[i + 1 : i + 2] != [] and tokens[i + 1] in _FRESH  # "the new marvel show"
        if word == "the" and tokens[i + 2 + fresh : i + 3 + fresh] in _DESCRIBED_NOUNS:
            # "the disney+ one", "the marvel show": the show in the conversation that word describes.
            title = show_described(tokens[i + 1 + fresh], conv, kb)
            if title is not None:
                out.extend(title)
                i = skip_relative(tokens, i + 3 + fresh)
                continue
        if word in _OWNER and tokens[i + 2 : i + 3] in (["role"], ["character"], ["part"]):
            # "his marvel role": his role in the show of the conversation that word describes.
            title = show_described(tokens[i + 1], conv, kb)
            if title is not None:
                out.extend([word, tokens[i + 2], "in", *title])
                i += 3
                continue
        # "co-star" is folded to two words.
        size = 2 if tokens[i + 1 : i + 3] == ["co", "star"] else 1
        relation = size == 2 or (tokens[i + 1 : i + 2] != [] and tokens[i + 1] in _RELATIONS)
        after = i + 1 + size
        named_after = tokens[after : after + 1] != [] and tokens[after] not in _NAMES_NOBODY
        if word in _OWNER and relation and named_after:
            # "who plays his boyfriend charlie?": the name says who; the relation isn't a fact Marquee holds.
            i = after
            continue
        # "what's the new guy known for": the person the last answer brought in, as "that guy" is.
        new = word == "the" and tokens[i + 1 : i + 2] == ["new"] and tokens[i + 2 : i + 3] != []
        if new and tokens[i + 2] in _SOMEONE and conv.people:
            tokens, word = [*tokens[:i], "that", *tokens[i + 2 :]], "that"
        same = word == "the" and tokens[i + 1 : i + 2] == ["same"] and tokens[i + 2 : i + 3] != []
        if same and tokens[i + 2] in _SOMEONE and conv.people and undescribed(tokens, i + 3):
            # "did the same writer create it": that writer ("the same guy who did X" compares two instead)
            tokens, word = [*tokens[:i], "that", *tokens[i + 2 :]], "that"
        if word in ("that", "this") and _described_person(tokens[i + 1 : i + 3]):
            tokens = [*tokens[: i + 1], *tokens[i + 2 :]]  # "that young man": that man
        that_person = tokens[i + 1 : i + 2] != [] and tokens[i + 1] in _SOMEONE
        the_person = (
            word == "the"
            and that_person
            and tokens[i + 1] not in _CREDIT_NOUNS
            and undescribed(tokens, i + 2)
        )
        if (
            (word in ("that", "this") or the_person)
            and that_person
            and conv.people
            and conv.people[0] in kb.people
        ):
            # "what else is that guy in", "is the actress in anything else": the conversation's person, or
            # the one newly named by the last answer ("did he do s1?" "No, Euros Lyn did" ... "that guy").
            meant = newest_person(conv, kb)
            words = fold(kb.people[meant].name).split()
            person_id, described = meant, (len(out), len(out) + len(words))
            out.extend(words)
            i += 2
            continue
        out.append(word)
        i += 1
    if described is not None and any(w in _PRONOUNS for w in out[described[1] :]):
        # "back to the first guy, what else has he been in?": the pronoun carries the name.
        out = out[: described[0]] + out[described[1] :]
    elif fronted is not None:
        out = show_pronoun_carries(out, *fronted)
    return Referred(out, person_id)


def _described_person(words: list[str]) -> bool:
    """'young man', 'talented fellow': one describing word, then a person noun."""
    return len(words) == 2 and words[0] in _PERSON_DESCRIBED and words[1] in _SOMEONE


def newest_person(conv: Conversation, kb: Knowledge) -> int:
    """The one person the last answer brought in besides the person asked about, else the conversation's
    latest person (there must be one)."""
    last = conv.last
    asked = last.person_id if last is not None else None
    brought = [p for p in (last.answered if last is not None else ()) if p != asked and p in kb.people]
    return brought[0] if len(brought) == 1 and asked is not None else conv.people[0]


def _described(
    order: str, noun: str, conv: Conversation, kb: Knowledge
) -> tuple[list[str], int | None] | None:
    if (noun in _SHOW_NOUNS and noun != "one") or (noun == "one" and not persons_first(conv)):
        show_id = show_by_order(order, conv)
        if show_id is not None and show_id in kb.shows:
            return fold(kb.shows[show_id].title).split(), None
        return None
    if noun in _PERSON_NOUNS:
        person_id = person_by_order(order, conv)
        if person_id is None and order == "other":
            person_id = co_credited(conv, kb)
        if person_id is not None and person_id in kb.people:
            return fold(kb.people[person_id].name).split(), person_id
    return None


# Questions about a person (a pick's "who does joe locke play in agatha" among them).
_ABOUT_PERSON = frozenset({"who_plays", "plays_whom", "profile", "other_work"})


def persons_first(conv: Conversation) -> bool:
    """Whether "the other one" means a person: the last question was about people, or picked one of the
    people the conversation talked about ("which of them is in agatha?"), not a show."""
    last = conv.last
    if last is None:
        return False
    about_person = last.person_id is not None and last.intent in _ABOUT_PERSON
    picked = last.kind == "answer" and "them" in last.tokens and bool(last.answered)
    return about_person or picked
