"""The name nobody knows a message itself is about, where its place says it is one (set off before the
question, or what a yes/no opens by asking of), for the last check on every answer
(intents/understand/unknown_subject_guard.py)."""

from __future__ import annotations

import re

from intents.known_words import DOMAIN_WORDS
from intents.more_ordinary_words import SOMEONE_UNNAMED
from intents.resolve import Resolution
from intents.text import fold
from intents.title_words import AUXILIARIES, NOT_A_LEADING_TITLE, PREDICATES_AFTER
from intents.understand.openers import dismissal
from intents.understand.talk import TALK
from intents.understand.titled_heads import headed_title, unasked_head
from intents.understand.yardstick_shows import set_against
from intents.unknown_name_evidence import chatter

# A set-off title is a few words ("fellow travelers"); one word set off is as often talk ("cool, and ...").
_SET_OFF_WORDS = 2
_SET_OFF = re.compile(r",|:|\s[-–—]\s")
# Words labelling the message a fan sets off before it ("trivia check: ...", "quick question: ..."): no title.
_LABELS = frozenset(
    "question q check trivia thought update fact note ps btw edit poll reminder take opinion".split()
)
# The fan's own words: a head holding one is the fan's talk, not a title ("i", "my", "we").
_FANS_OWN = NOT_A_LEADING_TITLE - {"you", "your", "u"}
# Short words a title may open with before its words nobody knows ("my hero academia", "the bear").
_TITLE_OPENERS = frozenset("my the a an".split())
# "agatha itself, has it premiered": words about what is named, not a title.
_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})
# Words softening what follows ("is X basically Y", "is X literally Y"): they close the name before them.
_HEDGES = frozenset(
    "basically literally really actually just honestly kinda sorta kind sort pretty totally".split()
)
# A courtesy and a verb asking the listener ("kindly advise", "please confirm"): a request, never a title.
_COURTESIES = frozenset("kindly please pls plz".split())
_REQUESTS = frozenset("advise confirm help assist clarify explain enlighten answer respond reply".split())
# Words leading up to a title set off before the question ("ok and bridgerton, ...", "any thoughts on X,").
_LEADS = frozenset("ok okay and so but also oh then what about any thoughts on how".split())


def own_subject(text: str, tokens: list[str], res: Resolution) -> list[str]:
    """The name nobody knows the message itself is about, where its place says it is one: set off before
    the question ("ok and fellow travelers, is that getting a s2"), or what a yes/no opens by asking of ("is
    boy swallows universe based on a book like hs is"). Other unknown words of a whole message are too often
    the fan's talk to stand for its subject."""
    runs = [hedged for run in res.named_runs if not chatter(hedged := _without_hedges(run))]
    if not runs:
        # "how i met your mother: who's the showrunner", "how i met your mother trailer out yet??"
        return (
            headed_title(text, res, _title_shaped) or unasked_head(text, res) or _slotted_words(tokens, res)
        )
    # Set off by a comma, a colon or a dash ("gossip girl: who's the showrunner", "x - renewed for s4??").
    head, *set_off_by = _SET_OFF.split(text, maxsplit=1)
    comma = bool(set_off_by)
    said = fold(head).split()
    while said and said[0] in _LEADS:
        said.pop(0)
    set_off = next((run for run in runs if comma and said == run and _title_shaped(run)), [])
    set_off = set_off or _headed_around(text, res, runs)  # "better call saul: how many episodes ..."
    set_off = set_off or set_against(tokens, runs)  # "fleabag vs heartstopper which one is better"
    if set_off or tokens[:1] == [] or tokens[0] not in AUXILIARIES:
        return set_off
    for run in runs:
        if tokens[1 : 1 + len(run)] == run:
            return run
        if tokens[1] in _TITLE_OPENERS and tokens[2 : 2 + len(run)] == run:
            return tokens[1 : 2 + len(run)]  # "was my hero academia filmed in london": its "my" too
    return _slotted_words(tokens, res)


# Words beside a run nobody knows that a title set off before the question may hold ("better" of "better call
# saul"): a few, and none the fan's own ("omg i love fleabag: who's in it" sets off talk, not a title).
_MOST_WORDS_BESIDE = 2


def _headed_around(text: str, res: Resolution, runs: list[list[str]]) -> list[str]:
    """A title set off by a colon or dash before the question that holds a run nobody knows and a few
    everyday words beside it ("better call saul: who's the main director"); else []."""
    head = headed_title(text, res, _title_shaped)
    if not head:
        return []
    held = [run for run in runs if any(head[i : i + len(run)] == run for i in range(len(head)))]
    beside = [w for w in head if all(w not in run for run in held)]
    if held and len(beside) <= _MOST_WORDS_BESIDE and set(beside).isdisjoint(_FANS_OWN | TALK):
        return head
    return []


def _without_hedges(run: list[str]) -> list[str]:
    """The run without the hedging words that close it ("love victor basically" of "is love victor
    basically heartstopper"), nor a word said of the title ("my hero academia filmed in london"): a word
    softening what is said next, or saying it, ends a title."""
    end = len(run)
    while end > 1 and (run[end - 1] in _HEDGES or (run[end - 1],) in PREDICATES_AFTER["is"]):
        end -= 1
    return run[:end]


def _title_shaped(run: list[str]) -> bool:
    """Whether words set off before a question are shaped like a title: a few words, none reflexive, not a
    subject dropped ("never mind, who created the show")."""
    if len(run) < _SET_OFF_WORDS or not (_REFLEXIVES | _LABELS).isdisjoint(run) or dismissal(run):
        return False
    if run[0] in _COURTESIES and run[-1] in _REQUESTS:
        return False  # "Kindly advise: is season 3 out", "please confirm: ...": the fan's request
    return not set(run) <= TALK  # "cool cool, who created it?" is a reaction, not a title


# Verbs of a show coming out said right after its title ("did reacher come out before or after hs"), or
# "still" ("is reacher still filming"), and a season said right after it ("wen reacher s2"): the words
# between are the title, however everyday.
_OUT_VERBS = frozenset(
    "come comes came coming premiere premiered premieres air aired airs drop dropped still".split()
)  # "still": "is reacher still filming"
# One season word, its number glued on or not ("s2", "season", "series3"); singular only, unlike SEASON_NOUN:
# a season said after "when" is one season.
_SEASON = re.compile(r"^(?:s|season|series)\d*$")
_NO_TITLE = SOMEONE_UNNAMED | frozenset(
    "it its this that they them he she the a an one show series season new next everything anything".split()
)  # "is everyone still in it": no one named


def _slotted_words(tokens: list[str], res: Resolution) -> list[str]:
    """Words nobody knows standing alone between an auxiliary and a verb of coming out ("did reacher come
    out"), or between "when" and a season ("when reacher s2"): the title asked of; empty else."""
    if len(tokens) < 3:
        return []
    for run in res.leftovers:
        n = len(run)
        if tokens[1 : 1 + n] != run or set(run) <= _NO_TITLE or 1 + n >= len(tokens):
            continue
        after = tokens[1 + n]
        if (tokens[0] in AUXILIARIES and after in _OUT_VERBS) or (
            tokens[0] == "when" and _SEASON.match(after) and 2 + n == len(tokens)
        ):
            return run
    return _fact_of_words(tokens, res)


# Facts asked "of" a title closing the message ("tell me the release date of how i met your mother"), and
# where one is asked to be on ("what channel house is on"): the words after them are the title.
_FACTS_OF = frozenset(
    "date premiere cast trailer rating ratings score creator director network channel".split()
)
_PLACES = frozenset("channel network platform service".split())


def _fact_of_words(tokens: list[str], res: Resolution) -> list[str]:
    """The words after a fact and "of" to the end of the message, or between "what channel" and "is on",
    when one of them is a word nobody knows and none is talk of a show or a pointer; empty else."""
    unknown = {word for run in res.leftovers for word in run}
    spans = [
        tokens[at + 1 :]
        for at in range(1, len(tokens) - 1)
        if tokens[at] == "of" and tokens[at - 1] in _FACTS_OF
    ]
    if tokens[:1] == ["what"] and tokens[1:2] and tokens[1] in _PLACES and tokens[-2:] == ["is", "on"]:
        spans.append(tokens[2:-2])
    for span in spans:
        bare = span[1:] if span[:1] == ["the"] else span
        if bare and unknown & set(bare) and _NO_TITLE.isdisjoint(bare) and DOMAIN_WORDS.isdisjoint(bare):
            return span
    return []
