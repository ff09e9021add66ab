"""Talk around a fan's question, set off by a sentence end, an emoji, a colon or a yes/no tail: "sorry for
spamming today 😅 andor s2 dirs", "Kindly advise: andor s2 dirs", "hs emmy noms or nah bc i need to know"."""

from __future__ import annotations

import re

from intents.text import fold
from intents.understand.openers import opens_a_correction
from intents.understand.question_openers import QUESTION_START, WH_START
from intents.understand.sentences import CLAUSE_END, SENTENCE_END, first_word
from intents.understand.talk import (
    COURTESY,
    GOES_ON,
    after_chatty_clause,
    everyday_talk,
    remark_after,
    states,
    talk_only,
    talks,
)


def named_after_talk(parts: list[str]) -> tuple[str, str] | None:
    """A short message's last sentence when it asks in a fan's shorthand, with no question word nor mark,
    after sentences of talk only ("sorry for spamming today 😅 andor s2 dirs"): it holds no talk or everyday
    words itself, so it names what is asked. None otherwise."""
    if len(parts) < 2:
        return None
    question = parts[-1]
    words = fold(question).split()
    if words[:1] and (words[0] in GOES_ON or words[0] == "not"):
        return None  # "i meant the director lol. for the new season", "..., not nick": it goes on
    if first_word(question) in QUESTION_START or not _CLAIMING.isdisjoint(words):
        return None  # a worded question is read elsewhere; "heartstopper's critics score is like 98%" claims
    if len(words) < 2 or talks(question) or everyday_talk(question) or states(question):
        return None
    if not all(not p.rstrip().endswith("?") and talk_only(p) for p in parts[:-1]):
        return None
    return question, " ".join(parts[:-1])


# Verbs a claim is made with ("the critics score is like 98%"), which a shorthand question goes without.
_CLAIMING = frozenset("is are was were isnt arent wasnt werent".split())
# Talk announcing a guess ("let me guess, heartstopper got 3 bafta nominations"): what follows is the claim
# guessed, checked as one, never a shorthand question.
_GUESSING = ("let me guess", "i bet", "i guess", "i reckon", "my guess", "im guessing")
# The fan's own doing a label before a colon opens with ("posting from the bus so this'll be quick:").
_FAN_DOING = frozenset("asking posting typing writing texting commenting lurking".split())


def told_label(label: str, after: str) -> bool:
    """Whether the words before a colon are the fan's talk (no question in them) and the words after it ask:
    with a question word or mark, or in shorthand naming what is asked ("Kindly advise: andor s2 dirs")."""
    words = fold(label).split()
    if not words or "?" in label or first_word(label) in QUESTION_START:
        return False
    if SENTENCE_END.search(after.strip()):
        return False  # "...: is he someone with a resume? what's he known for?": the whole picks one
    if not (talk_only(label) or everyday_talk(label) or words[0] in _FAN_DOING):
        return False
    if first_word(after) in QUESTION_START or after.rstrip().endswith("?"):
        return True
    said = fold(after).split()
    shorthand = len(said) >= 2 and said[0] not in GOES_ON and not talks(after) and not everyday_talk(after)
    return shorthand and not states(after)


def after_talk_clauses(sentence: str) -> tuple[str, str]:
    """The last sentence of a long message past the talk it opens with: its question clause after talk
    (talk.after_chatty_clause), else what follows the first clause of talk when that is no talk itself
    ("anyway i don't even know basic stuff about it, like salt marsh s2 date"); the talk beside it."""
    asked, before = after_chatty_clause(sentence)
    if before:
        return asked, before
    for boundary in CLAUSE_END.finditer(sentence):
        head, rest = sentence[: boundary.start()], sentence[boundary.end() :]
        if "?" in head or first_word(head) in QUESTION_START:
            break
        if talk_only(head) and rest.strip() and not talk_only(rest) and not everyday_talk(rest):
            return rest, head
    return sentence, ""


# Where a short message's talk may end before a shorthand question: a clause end, or "so" ("... staring at
# the wall so salt marsh s2 date").
_TALK_ENDS = re.compile(rf"{CLAUSE_END.pattern}|\s+so\s+", re.IGNORECASE)


def named_after_talk_clause(text: str) -> tuple[str, str] | None:
    """A short message's shorthand question after a clause of talk ("OMG I'M PANICKING, andor s2 dirs",
    "my wifi died and now im staring at the wall so andor s2 dirs"): the last such split whose words before
    are talk and whose words after name what is asked; None otherwise."""
    for boundary in reversed(list(_TALK_ENDS.finditer(text))):
        head, rest = text[: boundary.start()], text[boundary.end() :]
        said = fold(head).split()
        asks = "?" in head or first_word(head) in QUESTION_START or not WH_START.isdisjoint(said)
        # A clause of the head saying what the fan meant ("sorry, i meant the earlier seasons, 1 and 2"),
        # after an excuse too, corrects the question before: what follows goes on with it.
        corrects = any(opens_a_correction(fold(clause).split()) for clause in CLAUSE_END.split(head))
        guesses = any(f" {guess} " in f" {fold(head)} " for guess in _GUESSING)
        if asks or corrects or guesses:
            return None  # "which one do i wait less for, agatha or hs3?", "i mean charlie, not nick"
        if rest.strip() and named_after_talk([head, rest]) is not None:
            return rest, head
    return None


# A yes/no tail ("or nah", "or not", "y/n") with more words after it: the question ends at the tail.
_YES_NO_TAIL = re.compile(
    r"(?<!whether )(?<!if )\b(?:or nah|or not|or no|y/n|yes or no)\b[\s,.!]*", re.IGNORECASE
)


def before_yes_no_tail(text: str) -> tuple[str, str] | None:
    """A yes/no question ended by its tail and the fan's talk run on after it ("hs got any emmy noms or nah
    bc my partner and i are planning a weekend", "... or nah pls and thank"): the question with its tail,
    and the talk; None when no tail stands before talk."""
    tail = next(reversed(list(_YES_NO_TAIL.finditer(text))), None)
    if tail is None or "?" in text[tail.end() :]:
        return None
    rest = text[tail.end() :].strip()
    words = fold(rest).split()
    if len(words) < 2 or not (remark_after(rest) or words[0] in COURTESY):
        return None
    return text[: tail.end()].rstrip(" ,.!"), rest


# The fan's reason for asking, run on after the question ("... because i swear i dreamed about it"), or
# their need to know ("what's he known for i need to know before i fall asleep").
_REASON = re.compile(
    r"\s+(?:(?:because|bc|cause|cuz|coz|cos)\s+(?=(?:i|im|i'm|ive|i've|we|my|our|me)\b)"
    r"|(?=i\s+(?:really\s+|just\s+)?(?:need|have|gotta|got|wanna|want)\s+(?:to\s+)?know\b))",
    re.IGNORECASE,
)
_ASKED_WORDS = 2  # a question before a reason has at least this many words ("hs3 date bc ...")


def before_reason(text: str) -> tuple[str, str] | None:
    """The question and the fan's reason run on after it ("gary oldman slow horses because i swear i dreamed
    about it", "X s2 date bc my partner and i are planning a weekend"); None when no reason follows a
    question, or the words after it ask again."""
    reason = _REASON.search(text)
    if reason is None or len(text[: reason.start()].split()) < _ASKED_WORDS:
        return None
    rest = text[reason.start() :].strip()
    if "?" in rest or not WH_START.isdisjoint(fold(rest).split()) or SENTENCE_END.search(rest):
        return None  # "i only started watching because my feed showed clips. andor s2 dirs": it asks after
    if talk_only(text[: reason.start()]):
        return None
    return text[: reason.start()].rstrip(" ,"), rest
