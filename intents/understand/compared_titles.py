"""The other side of a comparison with a known show ("which has more seasons, heartstopper or the good
place?", "is heartstopper rated higher than lost?", "heartstopper vs true detective"): words no known name
holds, standing where the compared title stands, are a title Marquee has no facts about, however everyday
they are, so the comparison is declined rather than answered with the known show's facts alone."""

from __future__ import annotations

import re

from intents.resolve import Resolution
from intents.seasons import SEASON_TAG
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
_NUMBERISH = re.compile(rf"^(?:\d+%?|{SEASON_TAG}|\d+(?:st|nd|rd|th))$")


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
    before = _side_before(tokens, show.start)
    if before is not None and _titled(before):
        return before  # "which came out first, bridgerton or heartstopper"
    subject = _subject_compared(tokens, show.start)
    if subject is not None and tokens[show.start - 1] in _BEFORE_OR_AFTER and _numbered_title(subject):
        return subject  # "did 1923 come out before heartstopper": a number that came out is a title
    return subject if subject is not None and _titled(subject) else None


_BEFORE_OR_AFTER = frozenset({"before", "after"})
_RECENT_YEARS = range(2000, 2100)


def _numbered_title(words: list[str]) -> bool:
    """A number of two digits or more that is no recent year ("1923", "24"), said where a title stands."""
    number = words[0] if len(words) == 1 else ""
    return number.isdigit() and len(number) >= 2 and int(number) not in _RECENT_YEARS


# What a subject is compared in before "than" ("is X better rated than", "is X rated higher than").
_COMPARING_WORDS = frozenset(
    """better worse higher lower more less rated reviewed liked loved popular longer shorter older newer
    bigger funnier scarier""".split()
)


# What a subject's release is put in, set before or after another's ("did X come out before or after Y", "was
# X out earlier than Y"): the release's own words and the order's.
_RELEASE_ORDER_WORDS = frozenset(
    """come came out premiere premiered air aired release released start started drop dropped debut debuted
    end ended first before after earlier later sooner or""".split()
)
# Words right before the known show that put the subject in order with it.
_ORDERING = frozenset({"than", "before", "after"})


def _subject_compared(tokens: list[str], show_start: int) -> list[str] | None:
    """'is friends better rated than heartstopper', 'did house of cards come out before heartstopper': the
    subject between the opening auxiliary and the words comparing it, when "than", "before" or "after" and
    the known show end the question's comparison; else None."""
    if tokens[:1] == [] or tokens[0] not in AUXILIARIES or tokens[show_start - 1 : show_start] == []:
        return None
    if tokens[show_start - 1] not in _ORDERING:
        return None
    comparing = _COMPARING_WORDS | _RELEASE_ORDER_WORDS
    end = show_start - 1  # the comparing words run back from "than" ("better rated", "rated higher")
    while end > 1 and tokens[end - 1] in comparing:
        end -= 1
    if end in (1, show_start - 1) or any(w in _RUN_ENDS for w in tokens[1:end]):
        return None
    return tokens[1:end]


def _side_before(tokens: list[str], show_start: int) -> list[str] | None:
    """'which came out first, house of cards or heartstopper': the side joined just before the known show,
    back to the words of the question asking which ("first", "older", "more seasons"); None when no joining
    word stands right before the show."""
    if show_start < 2 or tokens[show_start - 1] not in _JOINING:
        return None
    stops = _RUN_ENDS | _NO_TITLE | _COMPARING_WORDS | _RELEASE_ORDER_WORDS
    start = show_start - 1
    while start > 0 and tokens[start - 1] not in stops:
        start -= 1
    return tokens[start : show_start - 1] or None


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
