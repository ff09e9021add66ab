"""Seeded rewrites of a question in the ways fans type it: typos, caps, chatter around it, fans' words.

Each perturbation kind takes the question, the words that belong to names Marquee knows, and a seeded
`random.Random`, and returns the rewritten question (or None when the kind does not apply to it). The same
seed always gives the same variant, so a robustness figure is reproducible.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from enum import Enum

from intents.text import fold


class Kind(Enum):
    """How a variant differs from the question it was derived from."""

    NAME_TYPO = "name_typo"  # one letter of a show's, person's or character's name wrong
    RELATION_TYPO = "relation_typo"  # one letter of "directed", "premiere", "season" ... wrong
    APOSTROPHE = "apostrophe"  # "who's" -> "whos", "when is" -> "whens"
    CAPS = "caps"
    LOWER = "lower"
    NO_PUNCT = "no_punct"
    CHATTER_BEFORE = "chatter_before"  # "hiii sorry if this was asked already but ..."
    CHATTER_AFTER = "chatter_after"  # "... lol"
    POLITE = "polite"  # a long polite paragraph ending in the question
    FAN_WORDS = "fan_words"  # szn, ep/eps, rn, ngl, fr, tho, pls
    COMBO = "combo"  # two or three of the above at once, as fans type: "ngl whos nick nelsen in hs lol"


# Neighbouring keys on a QWERTY keyboard: a finger that slips.
_KEY_ROWS = (
    "wa qes wrd etf ryg tuh yij uok ipl ol qsz adwx sfe dgr fht gjy hku jli ko xa zcs xvd cbf vng bmh nj"
)
_NEIGHBOURS = dict(zip("qwertyuiopasdfghjklzxcvbnm", _KEY_ROWS.split(), strict=True))
# Words that name the fact a question asks for, and question words long enough to misspell.
RELATION_WORDS = frozenset(
    """directed director directors direct premiere premieres premiered release released season seasons episode
    episodes created creator creators network nominated nominations nominees rotten tomatoes audience score
    critics plays playing character streaming watch renewed books wrote stars coming channel awards
    emmys baftas other shows where which""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_CONTRACTIONS = (
    (re.compile(r"\b(who|what|when|where|how|it|that|there)['’]s\b", re.I), r"\1s"),
    (re.compile(r"\b(who|when|where|what) is\b", re.I), r"\1s"),
    (re.compile(r"\b(do|does|did|is|are|was|has|have|can|won)n['’]t\b", re.I), r"\1nt"),
    (re.compile(r"\b(i)['’](m|ve|d|ll)\b", re.I), r"\1\2"),
    (re.compile(r"\b(\w+)['’]s\b", re.I), r"\1s"),  # possessives: "heartstopper's" -> "heartstoppers"
)
CHATTER_BEFORE = (
    "hiii sorry if this was asked already but",
    "ok so",
    "quick q:",
    "hey guys!!",
    "omg ok",
    "sorry if this is a dumb question but",
    "random question but",
    "hello! does anyone know",
    "lol ok",
    "hey marquee,",
    "ngl i forgot,",
    "um",
)
CHATTER_AFTER = (
    "lol",
    "thx!!",
    "pls",
    "thanks in advance",
    "??",
    "😭😭",
    "ngl",
    "tysm",
    "asking for a friend lol",
    "fr",
)
POLITE_OPENINGS = (
    "Hello there! I hope you are having a lovely day. My daughter and I have been watching a lot of "
    "television together lately and we have a small question we could not settle between us.",
    "Good evening. I am sorry to trouble you, I know this is probably a silly thing to ask and I did try to "
    "look it up myself first, but I got rather confused by all the websites.",
    "hi!! first time posting here, I've been lurking for ages and love this server so much. my friends and I "
    "were talking about this at lunch today and nobody could remember.",
)
POLITE_CLOSINGS = ("", " Thank you so much in advance!", " Many thanks, Margaret")
# Fans' words for ordinary ones (folded word -> what a fan types).
FAN_SPELLINGS = {
    "season": "szn",
    "seasons": "szns",
    "episode": "ep",
    "episodes": "eps",
    "now": "rn",
    "please": "pls",
    "tomorrow": "tmrw",
    "people": "ppl",
    "you": "u",
}
FAN_FILLERS_AFTER = ("ngl", "fr", "tho", "pls", "rn", "lol")
FAN_FILLERS_BEFORE = ("ngl", "lol", "pls", "fr")


def misspell(word: str, rng: random.Random) -> str:
    """One typo, never in the first letter: a letter dropped or doubled, two swapped, or a neighbour key."""
    ops: list[Callable[[int], str]] = [
        lambda i: word[:i] + word[i + 1 :],
        lambda i: word[:i] + word[i] + word[i:],
        lambda i: word[:i] + word[i + 1] + word[i] + word[i + 2 :] if i + 1 < len(word) else word,
        lambda i: word[:i] + rng.choice(_NEIGHBOURS.get(word[i].lower(), word[i])) + word[i + 1 :],
    ]
    for _ in range(8):
        i = rng.randrange(1, len(word))
        typo = rng.choice(ops)(i)
        if typo.lower() != word.lower():
            return typo
    return word


def _typo_in(question: str, words: frozenset[str], rng: random.Random) -> str | None:
    spans = [m for m in _WORD.finditer(question) if fold(m.group()) in words and len(m.group()) >= 5]
    if not spans:
        return None
    span = rng.choice(spans)
    return question[: span.start()] + misspell(span.group(), rng) + question[span.end() :]


def name_typo(question: str, name_words: frozenset[str], rng: random.Random) -> str | None:
    """A typo in one word of a name Marquee knows."""
    return _typo_in(question, name_words, rng)


def relation_typo(question: str, name_words: frozenset[str], rng: random.Random) -> str | None:
    """A typo in one relation or question word."""
    return _typo_in(question, RELATION_WORDS - name_words, rng)


def apostrophe(question: str, name_words: frozenset[str], rng: random.Random) -> str | None:
    """Contractions and possessives without apostrophes, "who is" run together as "whos"."""
    out = question
    for pattern, replacement in _CONTRACTIONS:
        out = pattern.sub(replacement, out)
    return out


def caps(question: str, name_words: frozenset[str], rng: random.Random) -> str | None:
    """ALL CAPS."""
    return question.upper()


def lower(question: str, name_words: frozenset[str], rng: random.Random) -> str | None:
    """all lower case."""
    return question.lower()


def no_punct(question: str, name_words: frozenset[str], rng: random.Random) -> str | None:
    """No punctuation at all (apostrophes included)."""
    return " ".join(re.sub(r"[^\w\s+]", " ", question.replace("'", "").replace("’", "")).split())


def _lead_lower(question: str) -> str:
    first = question.split(" ", 1)[0]
    return question if first.isupper() and len(first) > 1 else question[:1].lower() + question[1:]


def chatter_before(question: str, name_words: frozenset[str], rng: random.Random) -> str | None:
    """A greeting or aside before the question."""
    return f"{rng.choice(CHATTER_BEFORE)} {_lead_lower(question)}"


def chatter_after(question: str, name_words: frozenset[str], rng: random.Random) -> str | None:
    """Something tacked on after the question ("??" right after it)."""
    tail = rng.choice(CHATTER_AFTER)
    return f"{question}{tail}" if not tail[0].isalnum() and not tail[0] > "~" else f"{question} {tail}"


def polite(question: str, name_words: frozenset[str], rng: random.Random) -> str | None:
    """A long polite paragraph that ends in the question."""
    ask = question if not question[-1:].isalnum() else question + "?"
    return f"{rng.choice(POLITE_OPENINGS)} {ask}{rng.choice(POLITE_CLOSINGS)}"


def fan_words(question: str, name_words: frozenset[str], rng: random.Random) -> str | None:
    """Fans' spellings of ordinary words (szn, eps, rn), else a filler (ngl, fr, tho) before or after."""
    swapped = [
        m
        for m in _WORD.finditer(question)
        if fold(m.group()) in FAN_SPELLINGS and fold(m.group()) not in name_words
    ]
    out = question
    for m in reversed(swapped):
        out = out[: m.start()] + FAN_SPELLINGS[fold(m.group())] + out[m.end() :]
    if swapped or rng.random() < 0.6:
        return f"{out.rstrip('?!. ')} {rng.choice(FAN_FILLERS_AFTER)}"
    return f"{rng.choice(FAN_FILLERS_BEFORE)} {_lead_lower(out)}"


def combo(question: str, name_words: frozenset[str], rng: random.Random) -> str | None:
    """Two or three kinds at once (a typo, fans' words, lower case, no punctuation, chatter)."""
    kinds = rng.sample(_COMBINABLE, rng.choice((2, 3)))
    kinds.sort(key=_COMBINABLE.index)  # typos first, chatter last: it must not be misspelt itself
    out = question
    for kind in kinds:
        out = PERTURB[kind](out, name_words, rng) or out
    return out


PERTURB: dict[Kind, Callable[[str, frozenset[str], random.Random], str | None]] = {
    Kind.NAME_TYPO: name_typo,
    Kind.RELATION_TYPO: relation_typo,
    Kind.APOSTROPHE: apostrophe,
    Kind.CAPS: caps,
    Kind.LOWER: lower,
    Kind.NO_PUNCT: no_punct,
    Kind.CHATTER_BEFORE: chatter_before,
    Kind.CHATTER_AFTER: chatter_after,
    Kind.POLITE: polite,
    Kind.FAN_WORDS: fan_words,
    Kind.COMBO: combo,
}
_COMBINABLE = [
    Kind.NAME_TYPO,
    Kind.RELATION_TYPO,
    Kind.APOSTROPHE,
    Kind.FAN_WORDS,
    Kind.LOWER,
    Kind.NO_PUNCT,
    Kind.CHATTER_BEFORE,
    Kind.CHATTER_AFTER,
]


def variants(question: str, name_words: frozenset[str], kind: Kind, seed: str, count: int) -> list[str]:
    """Up to `count` distinct variants of one kind, each different from the question; same seed, same list."""
    found: list[str] = []
    for n in range(count * 3):
        rng = random.Random(f"{seed}/{kind.value}/{n}")
        variant = PERTURB[kind](question, name_words, rng)
        if variant is not None and variant != question and variant not in found:
            found.append(variant)
        if len(found) == count:
            break
    return found
