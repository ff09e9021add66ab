"""What a composed question (a yes/no check, a chain, a comparison) works with."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process, utils

from db.knowledge import Knowledge, ShowFacts
from intents.answer import Answer, Source
from intents.networks import NETWORK_NAMES, network_span
from intents.resolve import Resolution
from intents.text import fold
from intents.title_words import AUXILIARIES
from intents.understand.closings import closing_words
from intents.understand.hedges import hedged_at_end

# Answers a plain sub-question ("who directed heartstopper season 3") in the same conversation and clock.
Ask = Callable[[str], Awaitable[Answer]]

# Endings that make any question a yes/no one ("hs3 netflix or nah", "... wasn't it?").
YES_NO_TAILS = frozenset(
    {("or", "nah"), ("or", "not"), ("right",), ("or", "no"), ("yes", "no"), ("yn",), ("y", "n"), ("yeah",),
     ("correct",), ("innit",), ("i", "right"), ("or", "what"), ("someone", "else"), ("somebody", "else"),
     ("or", "false"), ("true",)}
    | {(tag, pronoun) for tag in ("isnt", "wasnt", "didnt", "doesnt", "hasnt", "arent", "werent", "havent")
       for pronoun in ("it", "he", "she", "they")}
)  # fmt: skip
# The words a yes/no question opens with: the auxiliaries, and "am" ("am i right that ..."), which no title's
# scaffolding holds ("Am I Being Unreasonable?" starts a title).
YES_NO_OPENERS = AUXILIARIES | {"am"}
_INTERJECTIONS = frozenset("wait so ok okay hmm um uh oh lol omg ngl hey yo but".split())
_WH_WORDS = frozenset("when what who where which why how whose whom whens whats whos wheres".split())
# Verbs that make a statement asked back ("euros lyn directs season 1?") a claim to check.
_CLAIM_VERBS = frozenset(
    """directed directs directing direct created creates made makes wrote writes plays played playing stars
    starred is was are comes drops premieres premiered airs aired streams has had got helmed helms penned
    produced produces acts acted appears appeared voices voiced portrays portrayed coming dropping liked
    loved preferred its thats hes shes worked did""".split()
)


# "true or false: ...", "correct me if i'm wrong but ...", "i heard ...": a claim to check follows.
_CLAIM_LEADS = (
    "true or false", "correct me if", "am i right", "i heard", "i think", "i thought", "pretty sure",
    "im pretty sure", "i believe", "someone said", "my friend said", "is it true", "isnt it true",
    "please tell me", "pls tell me", "plz tell me", "tell me that", "tell me",
    # a guess the fan wants confirmed ("let me guess, its critics score is like 98%")
    "let me guess", "i bet", "bet", "im guessing", "i guess", "i reckon", "i assume", "i imagine",
)  # fmt: skip
# How a guess closes ("and audiences, 100% obviously", "80% i reckon"): with no question word, the fan's guess
# is what to check.
_GUESS_TAILS = frozenset(
    {("obviously",), ("surely",), ("probably",), ("presumably",), ("i", "reckon"), ("id", "say"),
     ("i", "assume"), ("i", "bet"), ("i", "guess"), ("i", "imagine"), ("i", "suppose"), ("im", "guessing")}
)  # fmt: skip
_MONTH_WORDS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec""".split()
)
_ROLE_NOUNS = frozenset({"director", "creator", "writer", "showrunner", "author"})
# Words that put one name inside another, asked back as a check ("kh in aaa?", "hs cast ft colman?").
_MEMBERSHIP_WORDS = frozenset({"in", "ft", "feat", "featuring"})
# Nouns that ask for a value ("tobie donovan's character in heartstopper?"), not whether one is in another.
_FIELD_NOUNS = frozenset(
    """character characters char chars role roles part parts job name director directors creator writer
    score scores rating ratings date episodes episode network premiere release costar costars castmate
    castmates""".split()
)
_TRUE_TAILS = frozenset({("that", "true"), ("it", "true"), ("thats", "true"), ("that", "right")})


def asks_to_check(text: str) -> bool:
    """Whether the message asks to check a claim without starting like a yes/no question: a tag at its end
    ("..., wasn't it?", "... or nah") or a statement asked back ("so alice oseman created it?")."""
    words = fold(text).split()
    tail = closing_words(text) if words else ()  # asides and fillers after the tag left out
    if tail in YES_NO_TAILS or tail[-1:] in YES_NO_TAILS:
        return True
    if _guesses_a_network(text):
        return True  # "what is heartstopper on, netflix?": the fan's guess is what to check
    # A hedged statement may name a title holding a question word ("... worked on doctor who i think").
    hedged = bool(words) and words[0] not in _WH_WORDS and hedged_at_end(words)
    if not words or (set(words) & _WH_WORDS and not hedged):
        return False
    if tail in _GUESS_TAILS or tail[-1:] in _GUESS_TAILS:
        return True
    led = " ".join(words[:4]).startswith(_CLAIM_LEADS) or hedged  # (one call tries every lead)
    asked = text.rstrip().endswith("?") or words[0] == "so" or led or tail in _TRUE_TAILS
    if asked and (re.search(r"\s[=\-–—]\s|=", text) or set(words) & _ROLE_NOUNS):
        return True  # "heartstopper s3 director = andy newberry?", "heartstopper - hulu?"
    if _names_its_network(words):
        return True  # "heartstopper on netflix?", "hs3 on netflix now?": whether it is there
    if asked and set(words[1:-1]) & _MEMBERSHIP_WORDS and not set(words) & _FIELD_NOUNS:
        return True  # "kathryn hahn in agatha all along?", "hs cast ft. colman?": whether one is in the other
    # "november 3 for heartstopper season 3?": a day asked back is a claim about it too.
    dated = bool(set(words) & _MONTH_WORDS) and any(w.rstrip("stndrh").isdigit() for w in words)
    if hedged and set(words[1:]) & _HEDGED_CLAIM_VERBS:
        return True  # "euros lyn worked on shetland i believe"
    return (asked and (bool(set(words[1:]) & _CLAIM_VERBS) or dated)) or _states_a_credit(words)


# More verbs a hedged statement of a fact may hold ("... worked on shetland i believe").
_HEDGED_CLAIM_VERBS = frozenset(
    """worked works working received receives got gets won wins nominated known based starts started lands
    landed releases released debuts debuted returns returned credited consults consulted""".split()
)


# Verbs of a credit said flat, with no question mark ("lauren james created heartstopper"): a claim to check.
_CREDIT_VERBS = frozenset("directed directs created creates wrote writes plays played voices voiced".split())
_FIRST_PERSON = frozenset("i im ive id me my we were our".split())


def _states_a_credit(words: list[str]) -> bool:
    """A short statement of who did what, between its subject and object ("kit connor plays charlie")."""
    return len(words) <= 8 and words[0] not in _FIRST_PERSON and bool(set(words[1:-1]) & _CREDIT_VERBS)


def _guesses_a_network(text: str) -> bool:
    """A question followed by a network alone after a comma, misspelt or not: "what is it on, netflx?"."""
    head, comma, guess = text.rstrip().rpartition(",")
    if not (comma and head.strip() and text.rstrip().endswith("?")):
        return False
    found = process.extractOne(
        guess, NETWORK_ALIASES, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=_GUESS_CUTOFF
    )
    return found is not None


NETWORK_ALIASES = tuple(alias for aliases, _ in NETWORK_NAMES for alias in aliases)
_GUESS_CUTOFF = 85.0  # "netflx" is Netflix (92), "hbo" is not HBO Max


# What may follow the network a terse check names: "heartstopper on netflix right now?".
_AFTER_NETWORK = frozenset("right now too still yet then as well or nah not lol".split())


def _names_its_network(words: list[str]) -> bool:
    """Whether a short message without a question word is a subject "on" a network and nothing after it
    ("heartstopper on netflix?", "agatha all along on disney plus"): a check of where it is."""
    if len(words) > 9 or "on" not in words[1:]:
        return False
    after = words[len(words) - 1 - words[::-1].index("on") + 1 :]
    span = network_span(after)
    return span is not None and span[0] == 0 and all(w in _AFTER_NETWORK for w in after[span[1] :])


@dataclass(frozen=True)
class Composing:
    """One question being answered by composing one-hop answers."""

    tokens: list[str]
    res: Resolution
    kb: Knowledge
    today: dt.date
    show: ShowFacts | None  # the show the question is about: named, or from the conversation
    ask: Ask  # a one-hop sub-question
    ask_composed: Ask  # a rewritten question that may itself be composed (a yes/no after a chain)
    link: Callable[[list[str]], Resolution]  # links names in a part of the question
    tail_check: bool = False  # ended like a yes/no ("... or nah", "... right?") before fans' words went
    # What the last answered questions were about, newest first: (show id, season, intent).
    recent: tuple[tuple[int, int | None, str | None], ...] = ()
    # No show named, none from the conversation or a default, and several shows: `show` is a guess.
    show_guessed: bool = False
    # The conversation's subject is a show nobody knows: a person's credit is never checked on another show.
    subject_unknown: bool = False

    def has(self, *words: str) -> bool:
        """True when any of the folded words or phrases occurs in the question."""
        joined = self._joined
        for word in words:  # noqa: SIM110 (a loop, not any(): no generator step per word)
            if f" {word} " in joined:
                return True
        return False

    @functools.cached_property
    def _joined(self) -> str:
        # The readers ask `has` dozens of times of one question (whose tokens nobody changes): joined once.
        return f" {' '.join(self.tokens)} "

    @property
    def is_yes_no(self) -> bool:
        """Starts like a yes/no question ("is", "did", "has" ...)."""
        # "wait did euros lyn really direct all of s1": an interjection before the auxiliary
        first = next((t for t in self.tokens if t not in _INTERJECTIONS), "")
        return self.tail_check or first in YES_NO_OPENERS

    def subject_words(self) -> str:
        """The named show and season as words, for a sub-question ("heartstopper season 3")."""
        parts: list[str] = []
        if self.res.shows:
            parts.append(self.res.shows[0].title)
        elif self.show is not None:
            parts.append(self.show.title)
        season = self.res.season
        if season is not None and season.number is not None:
            parts.append(f"season {season.number}")
        elif season is not None and season.latest:
            parts.append("the new season")
        return " ".join(parts)


def lead_with(
    lead: str, answer: Answer, *, intent: str | None = None, extra_sources: tuple[Source, ...] = ()
) -> Answer:
    """The answer with a sentence before it and the sources of both; the intent stays the fact's own."""
    sources = tuple(dict.fromkeys((*answer.sources, *extra_sources)))  # each article cited once
    return replace(
        answer, text=f"{lead} {answer.text}".strip(), intent=intent or answer.intent, sources=sources
    )


def verdict(yes: bool, lead: str, answer: Answer, intent: str) -> Answer:
    """A yes/no answer: the verdict first in text and in `answers`, then the fact that decided it."""
    checked = lead_with(lead, answer, intent=intent)
    return replace(checked, kind="answer", answers=("Yes" if yes else "No", *answer.answers))


def merged_sources(*answers: Answer) -> tuple[Source, ...]:
    """The sources of several answers, each article once, in order."""
    return tuple(dict.fromkeys(source for answer in answers for source in answer.sources))
