"""A plain question: one sentence of question and relation words around one known name, and nothing else.

"what movies did [Tom Hanks] act in", "who directed The Lost World?": no chatter, no second question, no
label, quote, picture or claim. The message readers that look for those (intents.message_reading) cannot
change such a message, so it skips them: most catalog questions are plain, and those readers cost a third
of their answer. The test is deliberately narrow: anything else takes the full path, which gives the same
answer (tests/intents/test_plain_messages.py runs both paths over MetaQA and the fans' sets).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from intents.text import STOPWORDS, fold

# Letters, digits and spaces, apostrophes inside words ("who's", "Schindler's"), square brackets around a
# name (as MetaQA marks it), and at most one question mark, at the end. Commas, colons, full stops, quotes,
# dashes and emoji all mean a reader may have something to read: the full path.
_PLAIN_CHARS = re.compile(r"(?:[A-Za-z0-9 \[\]]|(?<=[A-Za-z])'(?=[A-Za-z]))+\??")
# One name in square brackets (as MetaQA marks it) may hold any marks its title has ("[Dr. No]", "[Amélie]",
# "[Crazy, Stupid, Love]") when the words inside name a known film or person: the brackets say where it ends,
# and the readers hold a known name's marks (intents.understand.held_names). No question mark: it ends one.
_MARKED_NAME = re.compile(r"\[([^\[\]?]+)\]")

# The words a plain question asks with: question words and the catalog's relation words. Pronouns ("i",
# "my", "he", "it"), conjunctions ("and", "or", "but"), hedges and fan talk are left out on purpose: each is
# what some reader looks for (a remark run on, "or am i too early", "my sister asked").
FRAME_WORDS = frozenset(
    """what which who whos whom whose when where how
    is are was were be been being do does did has have had
    a an the of in on at to for from by with as that also than
    movie movies film films flick flicks
    act acted acting acts actor actors actress actresses appear appeared appearing appears appearance
    star starred starring stars cast costar costarred costarring costars lead leads featured featuring
    direct directed directing director directors directs codirected
    write wrote written writer writers writes writing screenwriter screenwriters screenplay story script
    author authors creator creators
    release released releases releasing date dates year years premiered came out
    genre genres type types kind sort language languages spoken speak
    tag tags topics described describe describes describing keywords terms applicable few give
    rating ratings rated rate votes imdb popularity popular famous
    person people listed same share shared shares sharing together
    main primary name names
    words word some can about fall falls under""".split()
) | {"world"}  # "who in the world wrote [X]": the fan's stress on the question word

# Words no plain question holds, not even inside its name ("I Really Hate My Job", "My Cousin Vinny"): the
# fan's own talk ("i forgot", "my sister"), people pointed at ("she wants to know"), alternatives ("or nah").
_NEVER = frozenset(
    """i im ive id ill me my mine we our us you your ur u he him his she her hers they them their it its
    or but so like not no nor lol ngl tbh""".split()
)
# Beside the name, nothing but frame words: these other everyday words ("and", "up", "about") may be part of
# a title ("Dazed and Confused", "One Man Up") but around it they join or qualify clauses.
_TALK = (STOPWORDS - FRAME_WORDS) | _NEVER

# A plain question asks with a question word (beside the name, before or after it): "the director of X was"
# states a claim to check instead.
_OPENERS = frozenset("what which who whos whom whose when where how".split())
# Or it opens with a request: "describe [X] in a few words", "can you give a few words describing [X]",
# "can you name a film directed by [X]" (the "you" asked is the bot, not someone the fan points at).
_REQUESTS = {"describe": ["describe"], "can": ["can", "you"], "could": ["could", "you"]}
# How far a known name may reach past its own words into frame words ("the lost world", "the movie star").
_NAME_REACH = 3


def plain_question(text: str, is_name: Callable[[str], bool]) -> bool:
    """Whether `text` is plain: allowed characters only, no talk word, every word a frame word but one run,
    a question word before or after that run (or a request opening the message), and the run (with a few
    frame words either side) a known name (`is_name` takes folded words)."""
    if len(text) > 200 or not _plain_characters(text, is_name):
        return False
    words = fold(text).split()
    request = 0  # the words of a request opening the message ("describe", "can you"), tested only then
    if words and words[0] in _REQUESTS and words[: len(_REQUESTS[words[0]])] == _REQUESTS[words[0]]:
        request = len(_REQUESTS[words[0]])
    if not words or not _NEVER.isdisjoint(words[request:]):
        return False
    outside = [i for i, word in enumerate(words) if word not in FRAME_WORDS and i >= request]
    if not outside:
        return False
    first, last = outside[0], outside[-1] + 1  # the name's own words all lie between
    if not _TALK.isdisjoint(words[request:first]) or not _TALK.isdisjoint(words[last:]):
        return False
    # "who directed X", and the name put first: "X directed which films", "the director of X was who"
    # ("the director of X was", asking with no question word, states a claim to check: the full path). A
    # clause before a name put first ("the films that share actors with X were in which genres") is one
    # the readers may cut off the question word's, and they close up a gap typed after it ("X  when was
    # released"): the full path.
    if (
        not request
        and _OPENERS.isdisjoint(words[:first])
        and (_OPENERS.isdisjoint(words[last:]) or "that" in words[:first] or "  " in text)
    ):
        return False
    if is_name(" ".join(words[first:last])):
        return True  # most names: their own words alone
    return any(
        is_name(" ".join(words[start:end]))
        for start in range(max(0, first - _NAME_REACH), first + 1)
        for end in range(last, min(len(words), last + _NAME_REACH) + 1)
    )


def _plain_characters(text: str, is_name: Callable[[str], bool]) -> bool:
    """Allowed characters only; any marks inside the one known name in brackets ("[Mr. Deeds]")."""
    if _PLAIN_CHARS.fullmatch(text):
        return True
    marked = _MARKED_NAME.findall(text)
    if len(marked) != 1 or not is_name(fold(marked[0])):
        return False
    return _PLAIN_CHARS.fullmatch(_MARKED_NAME.sub("[x]", text)) is not None
