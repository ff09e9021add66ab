"""Turn what a fan typed into the plain words the linker and the intent matcher read.

Three steps, all driven by data: the question is cut out of chatter around it ("hiii sorry if this was asked
already but when is the new season out"), fans' words become ordinary ones ("szn" -> "season"), and shorthand
generated from the titles Marquee knows becomes the title ("hs3" -> "heartstopper season 3").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from intents.text import STOPWORDS
from intents.title_words import FACT_WORDS
from intents.understand.acting_idioms import as_playing
from intents.understand.asked_order import asked_in_order
from intents.understand.chatter import CHATTER_PHRASES
from intents.understand.comparative_words import plain_comparatives
from intents.understand.corrections import after_correction
from intents.understand.counted_people import without_count_of_people
from intents.understand.fanwords import FAN_WORDS
from intents.understand.first_seasons import first_as_season
from intents.understand.glued_parts import parts_spelt_apart
from intents.understand.hedged_surnames import without_hedged_surname
from intents.understand.learner_frames import plain_frames
from intents.understand.name_initials import an_initial
from intents.understand.question_openers import QUESTION_START, WH_START
from intents.understand.shorthands import Shorthands
from intents.understand.sounded_digits import digits_as_words
from intents.understand.sounded_words import words_as_meant
from intents.understand.titled_person_words import ends_a_title
from intents.understand.token_readings import KeptReadings
from intents.understand.token_readings import _relation_word as _relation_word  # read by tests

_CHATTER_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in sorted((tuple(p.split()) for p in CHATTER_PHRASES), key=len, reverse=True):
    _CHATTER_BY_FIRST[_phrase[0]] = (*_CHATTER_BY_FIRST.get(_phrase[0], ()), _phrase)
# What a phrase opens with: a one-word phrase its word, a longer one its first two words.
_CHATTER_SINGLES = frozenset(p[0] for ps in _CHATTER_BY_FIRST.values() for p in ps if len(p) == 1)
_CHATTER_PAIRS = frozenset(p[:2] for ps in _CHATTER_BY_FIRST.values() for p in ps if len(p) > 1)
_NAME_REACH = 8  # words a name holding a chatter phrase may span ("thank you for smoking")
# Courtesy words a question closes with ("who is the director of season 3 please"): never part of a title.
_CLOSING_COURTESY = frozenset("please pls plz thanks thx ty tysm".split())
# Words left at the front once chatter is gone: "... asked already but when is it out".
_LEADING_FILLER = frozenset(
    {
        "but",
        "so",
        "like",
        "ok",
        "okay",
        "well",
        "also",
        "then",
        "now",
        "hey",
        "hi",
        "hello",
        "heya",
        "marquee",
        "bot",
        # "switching: is it emmy nominated", "unrelated, but ...": the subject changes, nothing is asked
        "switching",
        "unrelated",
        "anyway",
        "anyways",
    }
)  # "and" marks a follow-up
# A message opening with a request for a thing ("need the s3 date", "want the cast list pls").
_REQUESTS = (["need"], ["want"], ["gimme"], ["needing"])
_REQUESTED = (["the"], ["a"], ["an"], ["some"])
_TELL_ABOUT = ["tell", "me", "about"]
# The facts "tell me about ..." may name, which it then asks for (without one it asks for a summary).
_TOLD_FACTS = frozenset("cast crew director directors creator creators writer writers ratings scores".split())
# Question words a long message without punctuation is cut before ("... my bf made me watch it whos the guy").
_MAX_SEASON = 30
_DIGIT = re.compile(r"[0-9]")  # in ASCII text, what str.isdigit finds
_TITLE_REACH = 5  # words a title before its season number may have
# Words a number before them counts: "heartstopper 3 baftas" is no season.
_COUNTED = frozenset(
    """season seasons series episode episodes eps days weeks months years baftas bafta emmys emmy awards
    nominations noms wins stars percent""".split()
)
_ASKED_LAST = frozenset({"when", "where"})  # "hs3 drops on netflix when?"
_STATES = frozenset("is are was will drop come comes coming streams airs".split())  # a statement's verb
_LAST_FILLERS = frozenset("exactly precisely again then tho though".split())
_BUT_REACH = 4  # words of talk before a "but" that opens the question
_PREAMBLE_WORDS = 3  # fewer words before the question word are left to chatter dropping
# "... so i can watch it with my mum": a purpose clause after the question.
_PURPOSE_WHO = frozenset("i we she he they you u my our".split())
_PURPOSE_VERBS = frozenset("can could will know dont don t am are need have get".split())
_BECAUSE = frozenset("because bc cause cuz coz cos since".split())  # the fan's reason for asking


def _numbered_seasons(words: list[str], is_name: Callable[[str], bool]) -> list[str]:
    """ "is heartstopper 3 out", "hs 3 cast": a number right after a known title is its season, unless the
    number is part of the title ("toy story 3"), the title is a number too ("9 1 1"), or the number counts
    something ("heartstopper 3 baftas")."""
    said = "".join(words)
    if said.isascii() and _DIGIT.search(said) is None:
        return list(words)  # no number at all (most questions)
    out: list[str] = []
    size = len(words)
    for at, word in enumerate(words):
        counted = words[at + 1] if at + 1 < size else ""
        if word.isdigit() and 0 < int(word) <= _MAX_SEASON and counted not in _COUNTED and out:
            for start in range(max(0, len(out) - _TITLE_REACH), len(out)):
                title = " ".join(out[start:])
                # A title of numbers takes no season number after it: "9 1 1" is "9-1-1", not 9 season 1.
                numbers = title.replace(" ", "").isdigit()
                if (
                    title not in STOPWORDS
                    and not numbers
                    and is_name(title)
                    and not is_name(f"{title} {word}")
                ):
                    out.append("season")
                    break
        out.append(word)
    return out


# Who of two claims wins, said at the end after them ("he says X, i say Y. who wins"): "who is right", the
# check of the claims, never a question about awards won ("who won?" alone may be one: left as it is).
_CONTESTS = (["who", "wins"], ["who", "won", "the", "bet"], ["who", "won", "the", "argument"])
_CONTEST_TAILS = frozenset({"this", "here", "then", "lol", "lmao"})


def _contest_as_check(words: list[str]) -> list[str]:
    """ "... i say netflix who wins" -> "... i say netflix who is right"; other words as they are."""
    end = len(words)
    while end and words[end - 1] in _CONTEST_TAILS:
        end -= 1
    for contest in _CONTESTS:
        if end > len(contest) and words[end - len(contest) : end] == contest:
            return [*words[: end - len(contest)], "who", "is", "right", *words[end:]]
    return words


def _question_word_first(words: list[str]) -> list[str]:
    """ "the new season is on netflix when exactly": a statement asked with its question word at the end
    asks that ("when the new season is on netflix"); a question that starts as one is left as it is."""
    said = list(words)
    while said and said[-1] in _LAST_FILLERS:
        said.pop()
    if len(said) < _PREAMBLE_WORDS or said[-1] not in _ASKED_LAST or not QUESTION_START.isdisjoint(said[:1]):
        return words
    if _STATES.isdisjoint(said):
        return words  # "normal people season 2 when": a title and the fact asked, no statement
    return [said[-1], *said[:-1]]


def _after_but(words: list[str]) -> list[str]:
    """ "random but is olivia colman in it", "weird one but who directed s3": a few words of talk, then "but"
    and the question."""
    for i in range(1, min(len(words) - 1, _BUT_REACH + 1)):
        if words[i] == "but" and words[i + 1] in QUESTION_START:
            return words[i + 1 :]
    return words


def _without_purpose(words: list[str]) -> list[str]:
    """ "which service is it on so i can get it set up for her visit", "... bc i need to plan my week": the
    reason for asking is no part of the question (and "her visit" no title)."""
    for i in range(_PREAMBLE_WORDS, len(words) - 2):
        purpose = words[i] == "so" and words[i + 1] in _PURPOSE_WHO and words[i + 2] in _PURPOSE_VERBS
        # "... bc i need to plan my week around it", "... because my partner and i are planning a weekend"
        if purpose or (words[i] in _BECAUSE and words[i + 1] in _PURPOSE_WHO):
            # Only after a question or a fact asked for ("the s3 date so i can plan"), with no question after
            # it ("i love it so i cant wait, when is s3 out").
            asked = not (QUESTION_START.isdisjoint(words[:i]) and FACT_WORDS.isdisjoint(words[:i]))
            return words[:i] if asked and WH_START.isdisjoint(words[i:]) else words
    return words


def drop_chatter(tokens: list[str], is_name: Callable[[str], bool] | None = None) -> list[str]:
    """Remove greetings and asides ("sorry if this was asked already") wherever they stand.

    With `is_name` (folded name -> known?), a phrase inside a longer known name stays: "what do people think
    of good morning vietnam" keeps its title.
    """
    if _CHATTER_SINGLES.isdisjoint(tokens) and _CHATTER_PAIRS.isdisjoint(pairwise(tokens)):
        return list(tokens)  # no phrase opens anywhere (its first word, or first two): most questions
    out: list[str] = []
    kept_from = 0  # tokens before this are in `out` or dropped
    # Only the words that start a chatter phrase are tried, left to right, each with the phrases starting
    # with it (longest first); a word inside a dropped phrase starts none.
    for i, word in enumerate(tokens):
        phrases = _CHATTER_BY_FIRST.get(word)
        if phrases is None or i < kept_from:
            continue
        for phrase in phrases:
            end = i + len(phrase)
            if tuple(tokens[i:end]) == phrase and not (is_name and _in_name(tokens, i, end, is_name)):
                out += tokens[kept_from:i]
                kept_from = end
                break
    out += tokens[kept_from:]
    return out


def _closes_a_name(words: list[str], is_name: Callable[[str], bool] | None) -> bool:
    """Whether the last word ends a known name ("pretty please" when a show is called so)."""
    return is_name is not None and _in_name(words, len(words) - 1, len(words), is_name)


def _in_name(tokens: list[str], start: int, end: int, is_name: Callable[[str], bool]) -> bool:
    """True when tokens[start:end] lies inside a known name that has a word of its own besides them and
    stopwords ("good morning" in "good morning vietnam", "girl" in "girl crazy"; not "girl" in "the girl")."""
    for first in range(max(0, start - _NAME_REACH), start + 1):
        for last in range(end, min(len(tokens), first + _NAME_REACH) + 1):
            others = tokens[first:start] + tokens[end:last]
            if any(w not in STOPWORDS for w in others) and is_name(" ".join(tokens[first:last])):
                return True
    return False


def normalize(
    tokens: list[str],
    vocabulary: frozenset[str],
    shorthands: Shorthands,
    is_name: Callable[[str], bool] | None = None,
    *,
    asked: bool = True,
    is_character: Callable[[str], bool] = lambda _: False,
    readings: KeptReadings | None = None,
) -> list[str]:
    """Folded tokens with chatter dropped, fans' words and title shorthands spelled out.

    `asked=False` reads words said around a question (an aside), which have no purpose clause to cut.
    `readings`: the snapshot's readings of words met before (the engine's; worked out afresh without).

    Words the intent examples already use are kept as they are; the message is kept whole when nothing would
    be left ("thanks" alone is small talk, not chatter around a question).
    """
    words: list[str] = []
    kept = words_as_meant(digits_as_words(parts_spelt_apart(drop_chatter(after_correction(tokens), is_name))))
    tables = readings or KeptReadings.of(vocabulary, shorthands, is_name)
    # "createdheartstopper", "sho gun": a space typed in the wrong place, put right.
    kept = tables.breaks.respaced(kept)
    kept = plain_frames(kept)  # "who makes the direction of", "when will be the premiere"
    if is_name is not None:
        kept = as_playing(kept, is_name, is_character)  # "who brings nick to life": who plays nick
    read = tables.words.read
    size = len(kept)
    for at, typed in enumerate(kept):
        token, expanded, glued, after_decides = read(typed)
        if after_decides:  # "sm s2": a chat word that is a show's acronym, before a season tag
            expanded = shorthands.expand_before(token, kept[at + 1] if at + 1 < size else "")
        expanded = expanded or glued
        if expanded is None and token in FAN_WORDS and token not in vocabulary:
            # A fan's word inside a known name is the name's ("The Goodbye Girl", "Love Actually").
            in_name = (is_name and _in_name(kept, at, at + 1, is_name)) or ends_a_title(kept, at)
            in_name = in_name or an_initial(kept, at, is_name)  # "nick n actor": Nick N.
            expanded = None if in_name else FAN_WORDS[token]
        if expanded is None:
            words.append(token)
        else:
            words.extend(expanded)
    words = plain_comparatives(shorthands.settle_shared(words), is_name)  # "nearer" -> "sooner"
    # "switching to agatha, ...": the show it changes to follows; the follow-up's openers read "switching to"
    while words and words[0] in _LEADING_FILLER and words[:2] != ["switching", "to"]:
        words.pop(0)
    while len(words) > 1 and words[-1] in _CLOSING_COURTESY and not _closes_a_name(words, is_name):
        words.pop()
    if words[:1] in _REQUESTS and words[1:2] in _REQUESTED:
        words.pop(0)  # "need the s3 date": what is asked for, without the asking
    if words[:3] == _TELL_ABOUT and not _TOLD_FACTS.isdisjoint(words[3:]):
        words = words[3:]  # "tell me about the heartstopper cast": the fact named, not the show's summary
    words = without_hedged_surname(_after_but(words))  # "kathryn someone?": kathryn, surname unknown
    if is_name is not None:
        words = first_as_season(_numbered_seasons(words, is_name), is_name)
    words = _without_purpose(words) if asked else words
    if is_name is not None:
        words = asked_in_order(
            words, is_name, vocabulary, is_character
        )  # "who joe locke plays in ...", "whos playing"
    words = _question_word_first(without_count_of_people(words))  # "who are the two directors"
    words = _contest_as_check(words)  # "he says X, i say Y. who wins"
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1 : i + 1] == ["right", "now"]:
            del words[i - 1]  # "right now" asks what "now" asks
    return words if words else tokens
