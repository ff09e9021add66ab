"""Descriptions that point back into the conversation: "the first guy", "the other one", "the first show we
talked about", "his show". Each becomes the name it points to, before the follow-up is read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from db.fact_records import ShowFacts
from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.text import STOPWORDS, fold
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

# Not "last": "was that the last one?" asks about a final season.
_ORDER = frozenset({"first", "other", "earlier", "previous"})
_EARLY = frozenset({"first", "earlier", "previous"})
_PRONOUNS = frozenset("he him his she her they them their".split())
# The credits a person is pointed at by ("that author", "the same writer"); "the writer" alone asks who it is.
_CREDIT_NOUNS = frozenset("director author writer novelist creator showrunner".split())
_PERSON_NOUNS = (
    frozenset("guy guys person actor actress woman man girl lady dude one chap fella fellow gal".split())
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
        if word in ("the", "that") and len(nxt) == 2 and nxt[0] in _ORDER:
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
            title = _show_of_person(conv, kb, conv.last_show_id if other else None)
            if title is not None:
                out.extend(title)
                i += 2 + other
                continue
        fresh = tokens[i + 1 : i + 2] != [] and tokens[i + 1] in _FRESH  # "the new marvel show"
        if word == "the" and tokens[i + 2 + fresh : i + 3 + fresh] in _DESCRIBED_NOUNS:
            # "the disney+ one", "the marvel show": the show in the conversation that word describes.
            title = _show_described(tokens[i + 1 + fresh], conv, kb)
            if title is not None:
                out.extend(title)
                i = skip_relative(tokens, i + 3 + fresh)
                continue
        if word in _OWNER and tokens[i + 2 : i + 3] in (["role"], ["character"], ["part"]):
            # "his marvel role": his role in the show of the conversation that word describes.
            title = _show_described(tokens[i + 1], conv, kb)
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
        show_id = _show_by_order(order, conv)
        if show_id is not None and show_id in kb.shows:
            return fold(kb.shows[show_id].title).split(), None
        return None
    if noun in _PERSON_NOUNS:
        person_id = _person_by_order(order, conv)
        if person_id is None and order == "other":
            person_id = _co_credited(conv, kb)
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


def _show_by_order(order: str, conv: Conversation) -> int | None:
    in_turns = list(dict.fromkeys(t.show_id for t in conv.turns if t.show_id is not None))
    if order in _EARLY and in_turns and in_turns[0] != conv.last_show_id:
        return in_turns[0]
    # The shows made the subject, then those only set against a date ("is that before hs3?").
    asked = (t.show_id for t in reversed(conv.turns) if t.show_id is not None)
    others = [s for s in dict.fromkeys([*conv.shows, *asked]) if s != conv.last_show_id]
    return others[0] if others else None


def _person_by_order(order: str, conv: Conversation) -> int | None:
    in_turns = list(dict.fromkeys(t.person_id for t in conv.turns if t.person_id is not None))
    if order in _EARLY and len(in_turns) > 1:
        return in_turns[0]
    latest = in_turns[-1] if in_turns else (conv.people[0] if conv.people else None)
    if conv.last is not None and conv.last.person_id is not None:
        latest = conv.last.person_id  # "charlie?" "nick?" "which of them is in agatha" -> joe: the latest
    if conv.last is not None and conv.last.person_id is None and len(in_turns) > 1:
        # The last answer named people nobody asked about ("which of them is in agatha?" -> its cast): the
        # other one is the other person the fan asked about.
        return [p for p in in_turns if p != latest][-1]
    others = [p for p in conv.people if p != latest]
    return others[0] if others else None


_LEADS = 2  # the billed places a show's two leads hold


def _co_credited(conv: Conversation, kb: Knowledge) -> int | None:
    """ "the other guy" when the conversation named one person only: the one other person with the same
    credit on the conversation's show ("what has andy newberry directed" ... "nah the other guy": the other
    director); None when there are none or several."""
    if not conv.people or conv.people[0] not in kb.people:
        return None
    latest = conv.people[0]
    credited = {c.show_id for c in kb.people[latest].credits}
    # The conversation's show, else the one show the person is credited on.
    show_id = conv.last_show_id if conv.last_show_id in credited else next(iter(credited), None)
    if show_id not in kb.shows or (conv.last_show_id not in credited and len(credited) != 1):
        return None
    own = [c for c in kb.people[latest].credits if c.show_id == show_id]
    roles = {c.role for c in own}
    others = {
        c.person_id
        for c in kb.shows[show_id].credits
        if c.role in roles and c.role != "actor" and c.person_id != latest
    }
    if not others and any(c.role == "actor" and 0 < c.billing <= _LEADS for c in own):
        # "who plays charlie" ... "and the other guy's character?": one of the two leads, the other is the
        # other lead.
        others = {
            c.person_id
            for c in kb.shows[show_id].credits
            if c.role == "actor" and 0 < c.billing <= _LEADS and c.person_id != latest
        }
    return next(iter(others)) if len(others) == 1 else None


def _show_of_person(conv: Conversation, kb: Knowledge, besides: int | None) -> list[str] | None:
    if not conv.people or conv.people[0] not in kb.people:
        return None
    credits = kb.people[conv.people[0]].credits
    shows = list(dict.fromkeys(c.show_id for c in credits if c.show_id in kb.shows and c.show_id != besides))
    if len(shows) > 1:
        # Of several, the one the conversation named most recently; else the question decides.
        shows = [s for s in conv.shows if s in shows][:1]
    return fold(kb.shows[shows[0]].title).split() if len(shows) == 1 else None


# Words that order or judge shows rather than describe one ("the new one" is a season, not a show).
_NOT_DESCRIPTIONS = frozenset(
    "new next last latest old older newer first second third final other same best good main big".split()
)


def _show_described(word: str, conv: Conversation, kb: Knowledge) -> list[str] | None:
    """The one show of the conversation (its shows, and its people's) whose network, synopsis or aliases hold
    `word`, or None when none or several do."""
    if word in STOPWORDS or word in _NOT_DESCRIPTIONS or word in _ORDER:
        return None
    candidates = list(conv.shows)
    for person in conv.people:
        if person in kb.people:
            candidates += [c.show_id for c in kb.people[person].credits]
    found = _fitting(word, candidates, kb)
    if not found and conv.last_show_id in kb.shows:
        # "when's hs3 out" ... "and the disney one?": of the shows on Disney+, the one someone on the
        # conversation's show is also in (Agatha All Along, with Joe Locke), not every Disney+ show held.
        people = [c.person_id for c in kb.shows[conv.last_show_id].credits if c.person_id in kb.people]
        found = _fitting(word, [c.show_id for p in people for c in kb.people[p].credits], kb)
    return fold(found[0].title).split() if len(found) == 1 else None


def _fitting(word: str, candidates: list[int], kb: Knowledge) -> list[ShowFacts]:
    """The shows among `candidates` whose network, synopsis or aliases hold `word`."""
    found = []
    for show_id in dict.fromkeys(candidates):
        show = kb.shows.get(show_id)
        if show is None:
            continue
        about = " ".join([show.network or "", show.synopsis or "", *show.aliases])
        if word in fold(about).split():
            found.append(show)
    return found
