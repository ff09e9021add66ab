"""What the words around a question (an aside: the sentences before or after the one that asks) say about
its subject. A show named there is the subject of a question that names none ("I love heartstopper! when is
the new season out?"); a person or character named there is whom its "he" or "she" means ("Orlando Bloom is
in it right? who does he play").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from db.knowledge import Knowledge
from intents.linking import Mention
from intents.ordinary_words import everyday
from intents.resolve import Resolution
from intents.seasons import find_season
from intents.subjects import newest_show
from intents.text import fold
from intents.understand.aside_seasons import with_season_around
from intents.understand.compared_around import choice_around
from intents.understand.franchise_told import franchise_show_told
from intents.understand.pronoun_evidence import co_star_after, reporting
from intents.understand.someone_told import someone_from_a_show
from intents.understand.told_descriptions import Head, show_told, told_description

# Pronouns that stand for one person named before them. "they" and "it" are left out: they stand for shows
# and for people the question never named ("when do they release s3").
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "hes", "shes"})
# Words that describe someone within the question itself ("the guy who directed it ... he").
_DESCRIBED_BY = frozenset(
    """actor actress guy girl man woman person people one director creator writer author star lead
    whoever""".split()
)
_DEMONSTRATIVES = frozenset({"the", "that", "this"})
_SAID_OF_HIM = frozenset("is was seems looks has will".split())
_WRITTEN_OUT = 100.0
_NEAR_ENOUGH = 90.0
_IS = {"hes": ("is",), "shes": ("is",)}  # "he's" folds to "hes"


def refers_back(tokens: list[str]) -> bool:
    """Whether the question holds a pronoun that stands for a person named before it."""
    return not _PERSON_PRONOUNS.isdisjoint(tokens)


def named_by_pronoun(tokens: list[str], res: Resolution, around: Resolution) -> list[str] | None:
    """The question with its "he"/"she" replaced by the person or character the aside named last, or None
    when the question names someone itself or the aside names nobody."""
    if res.people or not refers_back(tokens):
        return None
    first = next(i for i, t in enumerate(tokens) if t in _PERSON_PRONOUNS)
    player = bool(res.characters)  # "he plays nick right?": "he" is an actor the aside named
    if player and not _plays_the_character(tokens, first, res):
        return None  # "who plays nick? is he in s3": "he" may be the character
    if any(w in _DESCRIBED_BY and not reporting(tokens, i) for i, w in enumerate(tokens[:first])):
        return None  # "the guy who directed s1, what else has he done": "he" is the one described
    # "kit connor is charlie. who does he play": whoever plays is an actor, never the character named last
    # "what is his official role in X": whoever has a role is an actor too ("who plays his character":
    # the one played is)
    role = not _ROLE_NOUNS.isdisjoint(tokens[first + 1 : first + 1 + _ROLE_REACH])
    playing = not _PLAYING.isdisjoint(tokens[first + 1 :]) or (role and _PLAYING.isdisjoint(tokens[:first]))
    last = _last_named(around, people_only=player or playing)
    start, end = _described_span(around.tokens)
    if last is not None and start <= last.start < end:
        last = None  # "the guy who plays nick": "he" is the one described, not nick
    if last is None and start == end and (told := told_description(around, Head.PERSON)) is not None:
        start, end = told.start, told.end  # "the new s3 director also did some crime show": he is that one
    name = around.tokens[last.start : last.end] if last is not None else around.tokens[start:end]
    if last is not None and (co_star := co_star_after(around.tokens, last.end)):
        name = [*name, *co_star]  # "kit connor's costar, what else is he in": "he" is the co-star
    if not name:
        return None
    out: list[str] = []
    for token in tokens:
        out.extend((*name, *_IS.get(token, ())) if token in _PERSON_PRONOUNS else (token,))
    return out


_WHICH_SHOW = re.compile(
    r"^(?:(?:what|which) (?:tv )?(?:show|series|thing|one) (?:is|was|are) (?:it|that|this|they)(?: from| in)?"
    r"|which one"
    r"|(?:what (?:is|was)|whats) (?:it|that|this|the show|the series|the thing) called"
    r"|(?:what (?:is|was)|whats) the (?:name|title)(?: of (?:it|that|the show))?)(?: again)?"
    # "... and what part does he play": the show a person is in is answered with their part in it
    r"(?: and (?:what|which|who)(?: part| role| character)? (?:does|will|is) (?:he|she|they)(?: be)?"
    r" play(?:ing)?)?$"
)
# "joe locke is gonna be in a marvel thing": what describes the show, between the article and the noun.
_DESCRIBED_SHOW = re.compile(
    r"\b(?:a|an|the|some|this|that) ((?:[a-z+]+ ){1,3})(?:thing|show|series|project|programme|program)\b"
)
_NOT_DESCRIPTIONS = frozenset("new big huge little cool tv".split())


_PLAYING = frozenset("plays play played playing portrays voices".split())
_ROLE_NOUNS = frozenset("role roles part parts character characters".split())
_ROLE_REACH = 3  # words from "his" to the noun: "his official new role"


# "is he really wiccan": words between "is he" and a character that say he is the one playing them.
_BEING = frozenset("really actually truly secretly definitely officially gonna going to be".split())


def _plays_the_character(tokens: list[str], pronoun: int, res: Resolution) -> bool:
    """Whether the pronoun is who plays the character the question names ("he plays nick right?", "does she
    play charlie", "is he really wiccan"): then it is the person the aside named, never the character."""
    character = min((m.start for m in res.mentions if m.refs[0].kind == "character"), default=0)
    between = tokens[pronoun + 1 : character]
    is_them = pronoun > 0 and tokens[pronoun - 1] in ("is", "was") and set(between) <= _BEING
    return pronoun < character and (is_them or not _PLAYING.isdisjoint(between))


def show_of_named(tokens: list[str], res: Resolution, around: Resolution) -> list[str] | None:
    """'which show is it' after an aside naming someone and no show ("joe locke is gonna be in a marvel
    thing?? what show is it"): the show that person is in."""
    if res.mentions or not _WHICH_SHOW.match(" ".join(tokens)):
        return None
    shown = [m for m in around.mentions if m.refs[0].kind == "show"]
    if shown and franchise_show_told(around.tokens) is not None:
        return None  # "the heartstopper guy is in marvel now. what's the show called": the marvel show
    if shown:  # "joe locke is in a marvel thing?? what's it called": the show the aside's words name
        return ["what", "is", *around.tokens[shown[-1].start : shown[-1].end]]
    last = _last_named(around)
    if last is None:
        return None
    # "the boy who plays charlie": the person is described by the character they play
    who = around.tokens[last.start : last.end] if last.refs[0].kind == "person" else _player(around, last)
    if not who and last.refs[0].kind == "character" and franchise_show_told(around.tokens) is None:
        # "edits of nick and charlie on tiktok. what show is that from?": who plays them, and in what
        return ["who", "plays", *around.tokens[last.start : last.end]]
    if not who:
        return None
    described = _DESCRIBED_SHOW.search(" ".join(around.tokens[last.end :]))
    kind = [w for w in described.group(1).split() if w not in _NOT_DESCRIPTIONS] if described else []
    return ["what", *kind, "show", "is", *who, "in"]


_PLAYS = frozenset({"plays", "playing", "played"})
_PLAYER_REACH = 6  # words from "the" to the character: "the young man who plays charlie"


def _player(around: Resolution, character: Mention) -> list[str]:
    """'the boy who plays charlie' as the aside words it; empty when the character is not described so."""
    tokens = around.tokens
    for at in range(character.start - 2, max(character.start - _PLAYER_REACH, 0) - 1, -1):
        if tokens[at] in _DEMONSTRATIVES and not _PLAYS.isdisjoint(tokens[at : character.start]):
            return tokens[at : character.end]
    return []


def told_around(tokens: list[str], res: Resolution, around: Resolution) -> list[str] | None:
    """The question with what the words around it tell: whom its "he" means, which season its "it" is
    ("I'm writing about the third season of heartstopper. Who directed it?"); None when they tell nothing."""
    # "what is it called and what part does he play": the show first, whose "he" is the one it names
    named = (
        show_of_named(tokens, res, around)
        or someone_from_a_show(tokens, res, around)  # before "her" is read: "her new show has a X actor"
        or choice_around(tokens, res, around)  # "X came out before Y but my bf disagrees. which was first?"
        or named_by_pronoun(tokens, res, around)
        or show_told(tokens, res, around)
        or tokens
    )
    # A description put in the pronoun's place has its own season ("the man who directed the early episodes")
    told_season = named is not tokens and find_season(named) is not None and res.season is None
    seasoned = named if told_season else with_season_around(named, res, around)
    return seasoned if seasoned != tokens else None


def show_of_people_around(around: Resolution, res: Resolution, kb: Knowledge) -> int | None:
    """The show the people (or characters) an aside names share, when the question names no one and no show
    ("just got into the show anna sawai is in, who made it?", "saw the pic of ana and ben!! when does their
    show come back"): a character's own show, else the newest show all the people are credited in."""
    if res.mentions and any(m.refs[0].kind != "network" for m in res.mentions):
        return None
    named = _written_out(around)
    characters = {
        kb.credits[m.refs[0].id].show_id
        for m in named
        if m.refs[0].kind == "character" and m.refs[0].id in kb.credits
    }
    if len(characters) == 1:
        return characters.pop()
    people = [
        kb.people[m.refs[0].id] for m in named if m.refs[0].kind == "person" and m.refs[0].id in kb.people
    ]
    if characters or not people:
        return None
    shared = set.intersection(*({c.show_id for c in p.credits} for p in people))
    shows = [kb.shows[i] for i in shared if i in kb.shows]
    return newest_show(shows).id if shows else None


def person_named_last(around: Resolution) -> int | None:
    """The person the aside names last, written out (not a character); None when it names none."""
    last = _last_named(around)
    return last.refs[0].id if last is not None and last.refs[0].kind == "person" else None


def _last_named(around: Resolution, people_only: bool = False) -> Mention | None:
    named = [m for m in _written_out(around) if not people_only or m.refs[0].kind == "person"]
    return max(named, key=lambda m: m.start, default=None)


def _written_out(around: Resolution) -> list[Mention]:
    # Only a name written out, or a full name near enough: chatter is full of words a letter away from a
    # one-word name ("ages", Agnes).
    return [
        m
        for m in around.mentions
        if m.refs[0].kind in ("person", "character")
        and not m.alternatives
        and (m.score >= _WRITTEN_OUT or (m.score >= _NEAR_ENOUGH and len(m.text.split()) >= 2))
        and not _everyday_part(m)
    ]


def _everyday_part(mention: Mention) -> bool:
    # An everyday word that is one word of a longer name ("teen" of Mystery Teen) names no one in chatter:
    # "i love a good teen romance show".
    words = mention.text.split()
    return len(words) == 1 and everyday(fold(words[0])) and all(len(r.name.split()) > 1 for r in mention.refs)


def _described_last(tokens: list[str]) -> list[str]:
    """A description the aside ends with ("... the guy who directed all of seasons 1 and 2"), which the
    question's "he" then stands for; empty when it ends with none."""
    start, end = _described_span(tokens)
    return tokens[start:end]


def _described_span(tokens: list[str]) -> tuple[int, int]:
    for at in range(len(tokens) - 3, -1, -1):
        if tokens[at] in _DEMONSTRATIVES and _head_after(tokens, at) is not None:
            # "the guy who directed ...", "the guy directing the new season"; what is said of him after
            # is none of it ("the lad who plays nick is great")
            said = next((i for i in range(at + 3, len(tokens)) if tokens[i] in _SAID_OF_HIM), len(tokens))
            if tokens[said + 1 :] in (["in"], ["on"], ["from"], ["with"]):
                said = len(tokens)  # "the new director on the show kit connor is in": the clause ends it
            return at, said
    return 0, 0


# Words that may stand between "the" and the noun describing someone: "the new director", "the s3 director".
_HEAD_MODIFIERS = frozenset("new current latest original og old first main lead season s1 s2 s3 s4".split())


def _head_after(tokens: list[str], at: int) -> int | None:
    """Where the noun describing someone stands after the determiner at `at` ("the guy", "the new director",
    "the season 3 director"); None when none does."""
    for head in range(at + 1, min(at + 4, len(tokens))):
        if tokens[head] in _DESCRIBED_BY:
            return head
        if tokens[head] not in _HEAD_MODIFIERS and not tokens[head].isdigit():
            return None
    return None


_WH_OPENERS = frozenset("who whos what whats when whens where wheres which how".split())


def topic_first(tokens: list[str], link: Callable[[list[str]], Resolution]) -> list[str] | None:
    """A question whose topic is named before its question word ("lauren james heartstopper what does she do
    on the show"): its "he"/"she" is the person the topic names; None when it has no such shape."""
    at = next((i for i, t in enumerate(tokens) if t in _WH_OPENERS), None)
    if at is None or at < 2 or not refers_back(tokens[at:]):
        return None
    topic = link(tokens[:at])
    if len(topic.people) != 1 or topic.unknown_title:
        return None
    asked = tokens[at:]
    named = named_by_pronoun(asked, link(asked), topic)
    if named is None:
        return None
    # The topic's show stays with the question ("... on the show" then means that one), unless the question
    # ends on its own preposition ("wheel of time star rosamund pike, what was she in?" asks for her shows).
    shows = [tokens[m.start : m.end] for m in topic.mentions if m.refs[0].kind == "show"]
    open_ended = named[-1:] in (["in"], ["on"], ["from"])
    return [*named, *(["in", *shows[0]] if shows and not open_ended else [])]
