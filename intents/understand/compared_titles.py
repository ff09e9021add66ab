"""The other side of a comparison with a known show ("which has more seasons, heartstopper or the good
place?", "is heartstopper rated higher than lost?", "heartstopper vs true detective"): words no known name
holds, standing where the compared title stands, are a title Marquee has no facts about, however everyday
they are, so the comparison is declined rather than answered with the known show's facts alone."""

from __future__ import annotations

import re

from intents.resolve import Resolution
from intents.title_words import AUXILIARIES, WH_WORDS

# Words that join the two sides: the other title follows them ("X or Y", "X vs Y", "better than Y").
_JOINING = frozenset("or vs versus".split())
# Words that end the other side's run: a question or clause of its own, punctuation folded away.
_RUN_ENDS = WH_WORDS | AUXILIARIES | frozenset("and but in on for with right though tho lol".split())
# What a comparison's other side is when it is no title: the fan's words, amounts, parts and pointers.
_NO_TITLE = frozenset(
    """expected average usual ever before last others other most nah no not anything everything nothing it
    its it's he she they them his her their that this these those one ones what season seasons series episode
    episodes first second third fourth fifth previous next new old original book books novel novels critics
    audience audiences score scores rating ratings me you him us mine yours theirs i people fans viewers
    now then today yesterday rotten tomatoes imdb netflix disney hulu hbo max prime apple peacock something
    someone else spin spinoff off sequel prequel emmy emmys bafta baftas globe globes award awards nom noms
    nomination nominations win wins oscar oscars day days week weeks month months year years away
    ago""".split()
)
_LONGEST_TITLE = 4
_NUMBERISH = re.compile(r"^(?:\d+%?|s\d+|\d+(?:st|nd|rd|th))$")


def compared_title(tokens: list[str], res: Resolution) -> list[str] | None:
    """The words of the other side of a comparison with the one show the question names, when they read
    as a title nobody knows; None when the question compares nothing so, or the other side is known or talk.
    """
    shows = [m for m in res.mentions if m.refs[0].kind == "show"]
    if len(shows) != 1 or len(res.mentions) != 1:
        return None  # two known sides, or a person besides: not this reader's
    show = shows[0]
    for at, word in enumerate(tokens):
        if (word in _JOINING and at == show.end) or (word == "than" and at >= show.end):
            run = _run(tokens[at + 1 :])
        else:
            continue  # (a side before the show is left alone: "agatha or heartstoper 3" has a slip in it)
        if _titled(run):
            return run
    return None


def _run(words: list[str]) -> list[str]:
    """The words up to the first that ends a title's run."""
    run: list[str] = []
    for word in words:
        if word in _RUN_ENDS:
            break
        run.append(word)
    return run


def _titled(run: list[str]) -> bool:
    """One to four words, none of them the fan's talk, an amount or a part of a show ("the good place",
    "lost", "true detective"; not "expected", "the first season", "95%")."""
    words = [w for w in run if w != "the"]
    if not words or len(run) > _LONGEST_TITLE:
        return False
    return not any(w in _NO_TITLE or _NUMBERISH.match(w) for w in words)
