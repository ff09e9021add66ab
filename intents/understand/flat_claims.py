"""Claims stated flat, with no question mark, turned into the check they ask for: "season 3 is coming out on
disney+ i think" (a hedge closing it) and "heartstopper first came out in 2023" (a value stated outright)
are both read as "..., right?", so the answer opens with yes or no."""

from __future__ import annotations

import re
from collections.abc import Callable

from intents.networks import NETWORK_WORDS
from intents.text import STOPWORDS, fold
from intents.title_words import AUXILIARIES
from intents.understand.hedges import gives_opinion, hedge_length

_WH_WORDS = frozenset("when what who where which why how whose whom whens whats whos wheres".split())
# A statement's subject is the fan ("i loved it"), a command ("tell me ..."), a greeting or what the fan is
# doing ("asking here since the other server is dead: ..."): no claim.
_NOT_A_SUBJECT = frozenset(
    """i im ive id me my we were our us you your u ur tell show give list let lets please pls thanks thank
    hi hello hey asking posting typing texting commenting lurking""".split()
)
# The verbs of a claim about a show or a person.
_STATING_VERBS = frozenset(
    """is was are were comes came coming premieres premiered premiering airs aired airing drops dropped
    dropping streams streamed streaming debuted debuts released directed directs wrote writes created
    creates plays played stars starred has had got""".split()
)
# Words of network names that say which network on their own ("the", "one", "plus", "video" say none).
_NETWORKS = NETWORK_WORDS - STOPWORDS - frozenset("one 1 4 plus tv channel video max apple sky prime".split())
_ROLE_OF = re.compile(r"\bthe (?:director|creator|writer|showrunner|author|star|lead)s? of\b")
_RANKED = re.compile(r"\b(?:higher|lower|better|worse|bigger|smaller|more|less) than\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORKED_ON = re.compile(
    r"\b(?:worked|works|working) on\b|\bhas (?:directed|written|created)\b"
)  # a credit claimed ("has worked on doctor who")
_MAX_WORDS = 14


def _asking_words(words: list[str], is_name: Callable[[str], bool] | None) -> set[str]:
    """The question words among the words, but for one that ends a known name ("doctor who")."""
    asking = set()
    for i, word in enumerate(words):
        if word not in _WH_WORDS:
            continue
        if is_name is not None and any(is_name(" ".join(words[i - n : i + 1])) for n in (1, 2) if i >= n):
            continue  # "euros lyn has worked on doctor who": the title's "who" asks nothing
        asking.add(word)
    return asking


def _states_a_claim(words: list[str], is_name: Callable[[str], bool] | None = None) -> bool:
    """A statement of one clause: a subject that is no fan, and a verb of a claim after it."""
    return (
        2 <= len(words) <= _MAX_WORDS
        and words[0] not in _NOT_A_SUBJECT | AUXILIARIES  # "has it dropped yet" asks, unmarked
        and not _asking_words(words, is_name)
        and bool(set(words[1:]) & _STATING_VERBS)
    )


def _checkable(folded: str, words: list[str]) -> bool:
    """Whether the statement names a value the facts can settle: a year, a role held, a ranking of two
    values, a credit, or a network."""
    return bool(
        _YEAR.search(folded)
        or _ROLE_OF.search(folded)
        or _RANKED.search(folded)
        or _WORKED_ON.search(folded)
        or set(words) & _NETWORKS
    )


def as_check(text: str, is_name: Callable[[str], bool] | None = None) -> str:
    """The message with a flat claim asked back as a check ("X i think" -> "X, right?"); else unchanged.
    `is_name` tells a known name's folded words: a title's question word ("doctor who") asks nothing."""
    stripped = text.strip()
    if "?" in stripped or re.search(r"[.!…]\s+\S", stripped):
        return text  # a question already, or several sentences: not one claim
    stripped = stripped.rstrip(".!… ")
    words = fold(stripped).split()
    hedge = hedge_length(words)  # "... i think": the fan asks it back
    if hedge:
        words = words[:-hedge]
        # The claim as typed, the hedge's words cut off its end ("i'm" folds to one word, "im").
        stripped = " ".join(stripped.split()[: len(stripped.split()) - hedge]).rstrip(" ,;:–—-")
    folded = " ".join(words)
    claim = stripped
    if not _states_a_claim(words, is_name) or gives_opinion(words):
        return text  # "kit connor is so good in it i think": a feeling, no fact to check
    if not hedge and not _checkable(folded, words):
        return text  # "kit connor plays nick" is read as a check already; "heartstopper is great" is not one
    return f"{claim}, right?"
