"""A title of everyday words an aside is about by its shape alone: the aside is nothing but the title ("two
and a half men, who's in it"), asks about another one ("what about 1899, ..."), or judges it as fans judge
a show ("friends is so funny", "my sister says dark is better", "X is a classic").

The linker knows every everyday word, so such a title leaves no unknown word behind and the fan frames of
intents.understand.aside_titles do not read it. Where the aside's shape says it is a title, the question
after it ("who's in it") is about that title; answering with the conversation's or the default show would
give another show's facts.
"""

from __future__ import annotations

import re
from enum import Enum

from intents.known_words import DOMAIN_WORDS
from intents.opening_phrases import past_opening
from intents.ordinary_words import everyday
from intents.resolve import Resolution
from intents.text import STOPWORDS, fold
from intents.title_evidence import talk_in_title_place
from intents.understand.aside_frames import (
    ABOUT_OPENERS,
    ASIDE_FILLERS,
    ASIDE_TALK_WORDS,
    JUDGEMENT_LEADS,
    JUDGEMENT_REPORTERS,
    NOT_TITLE_STARTS,
    POINTING_WORDS,
    SHOW_JUDGEMENTS,
    SHOW_PARTS,
    TITLE_ENDS,
    TITLE_INTRODUCERS,
    TITLE_TRAILERS,
)
from intents.understand.fanwords import FAN_WORDS
from intents.understand.never_names import CHAT_ABBREVIATIONS
from intents.understand.openers import WRONG_NOUNS, opens_a_correction
from intents.understand.talk import TALK
from intents.understand.value_slots import value_spans

_MAX_TITLE_WORDS = 7
_ABOUT_FIRSTS = frozenset(lead[0] for lead in ABOUT_OPENERS)  # "what" of "what about": a cheap test first
_MAX_BARE_WORDS = 5  # "two and a half men": longer words set off alone are a sentence
_SOMEONE_IS = frozenset("hes shes theyre were im ive".split())  # a clause's subject and its verb, folded
# Words that start the question after "what about X": "what about 24, who's in it".
_QUESTION_WORDS = frozenset(
    "who whos what whats when whens where wheres how is are does did do can will which".split()
)


# "is there a X movie", "will there be a X sequel": X is a title.
_THERE_OPENERS = frozenset({("is", "there"), ("are", "there"), ("will", "there")})
_ARTICLES = frozenset({"a", "an", "any"})
# The mark that sets a head off before the question: "two and a half men, ...", "euphoria!! when's it back".
_SET_OFF = re.compile(r"[,!:;]+\s|[.?]+\s")
_PLACING = frozenset("in on at for from by with to".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten both".split())  # "the first two"
_DRAWN_OUT = re.compile(r"([a-z])\1\1")
_INTENSIFIERS = frozenset("so soo sooo really very super too".split())
_JOINERS = frozenset({"and", "but", "or"})  # "and the bear, who's in it": the title after them
# Words that put a topic first ("regarding 1923, is there a season 3"): the title after them, none of its own.
_TOPIC_WORDS = frozenset({"regarding", "concerning", "re"})
# Words after a title set off alone that turn the talk to it: "ok but severance though, who made it".
_TURNING_TO = frozenset({"though", "tho"})
_TAGS = (["right"], ["yeah"], ["yes"], ["no"], ["correct"], ["innit"])
_MADE_AFTER = frozenset("movie movies film films sequel prequel reboot spinoff remake musical".split())


class TitleShape(Enum):
    """How the aside says its words are a title."""

    BARE = "bare"  # the aside is the title alone
    ABOUT = "about"  # "what about X"
    JUDGED = "judged"  # "X is so funny"


_FIRST_RECENT_YEAR = 2000  # "what about 2022" asks of a year; "what about 1899" of a title
_JUDGEMENT_REACH = 4  # words from the verb to the judgement: "is honestly the best"


def aside_opening(tokens: list[str]) -> int:
    """Where the aside's own words start, past fillers ("ok", "ngl") and opening phrases ("hot take")."""
    return past_opening(tokens, ASIDE_FILLERS)


def headed_title(
    tokens: list[str], res: Resolution, relation_words: frozenset[str], bare: bool = True
) -> list[str] | None:
    """The title of everyday words the aside is about by its shape, or None. `relation_words`: the words
    questions ask with ("director", "critics", "books"), never a title alone; `bare`: the aside's words
    alone may be the title (an aside before a question; a message alone is read by the title slot)."""
    opening = aside_opening(tokens)
    words = tokens[opening:]
    for lead in ABOUT_OPENERS:
        if tuple(words[: len(lead)]) == lead:
            start = opening + len(lead)
            asked = next((i for i in range(start, len(tokens)) if tokens[i] in _QUESTION_WORDS), len(tokens))
            return _title(tokens[start:asked], start, res, relation_words, TitleShape.ABOUT)
    judged = _judged(tokens, opening, res, relation_words)
    if judged is not None or not bare:
        return judged
    while words[:1] and words[0] in _JOINERS:  # "ok and fellow travelers, is that getting a s2"
        words, opening = words[1:], opening + 1
    return _title(_before_its_star(words, opening, res), opening, res, relation_words, TitleShape.BARE)


def _before_its_star(words: list[str], opening: int, res: Resolution) -> list[str]:
    """The words before "with" when a name follows it ("dickinson w hailee steinfeld"): a title and who is
    in it, the title alone; else the words as they are."""
    at = next((i for i, w in enumerate(words) if w == "with"), None)
    if at is None or at == 0:
        return words
    after = opening + at + 1
    named = any(m.start == after and m.refs[0].kind == "person" for m in res.mentions) or any(
        run == res.tokens[after : after + len(run)] and not everyday(run[0]) for run in res.leftovers
    )
    return words[:at] if named else words


def _judged(
    tokens: list[str], opening: int, res: Resolution, relation_words: frozenset[str]
) -> list[str] | None:
    """ "X is so funny": X, from the aside's opening or after a word reporting someone's view."""
    # Someone's view reported first ("anyone else think X is overrated"): the title is after its verb.
    reported = [i + 1 for i, t in enumerate(tokens) if t in JUDGEMENT_REPORTERS]
    starts = [*reversed(reported), opening]
    for start in starts:
        for end in range(start + 1, min(len(tokens), start + _MAX_TITLE_WORDS + 1)):
            if tokens[end] not in ("is", "was", "s"):
                continue
            judgement = tokens[end + 1 : end + 1 + _JUDGEMENT_REACH]
            leads = [w for w in judgement if w not in SHOW_JUDGEMENTS]
            reaches = any(w in SHOW_JUDGEMENTS for w in judgement)
            if reaches and all(w in JUDGEMENT_LEADS for w in leads[: judgement.index(_first(judgement))]):
                title = _title(tokens[start:end], start, res, relation_words, TitleShape.JUDGED)
                if title is not None:
                    return title
            break
    return None


def _first(judgement: list[str]) -> str:
    return next(w for w in judgement if w in SHOW_JUDGEMENTS)


def _title(
    words: list[str], start: int, res: Resolution, relation_words: frozenset[str], shape: TitleShape
) -> list[str] | None:
    """The words as a title, or None when they read as talk, a clause, a known name or a season."""
    if not words or len(words) > _MAX_TITLE_WORDS or words[0] in NOT_TITLE_STARTS:
        return None
    if words[0] in _PLACING:
        return None  # "what about in australia", "and in agatha, ...": where, not a title
    end = start + len(words)
    if any(m.start < end and start < m.end for m in res.mentions):
        return None  # a known show or person: linked as itself
    if res.season is not None and res.season.start < end and start < res.season.end:
        return None  # "what about season 3"
    if value_spans(words):
        return None  # "what about the baftas", "sorry i meant bbc two": a network, award or site, no title
    if words[-1] in STOPWORDS or words[-1] in DOMAIN_WORDS:
        return None  # "the new season": show-talk, no title
    # The fan's people may be judged too, but "friends is so funny" judges the show: no talk check there.
    talk = TALK if shape is not TitleShape.JUDGED else SHOW_PARTS
    if shape is TitleShape.BARE:  # "nvm", "idk", "bruh": an aside of talk alone
        talk = talk | ASIDE_TALK_WORDS | CHAT_ABBREVIATIONS | frozenset(FAN_WORDS) | SHOW_JUDGEMENTS
    clause = TITLE_TRAILERS | TITLE_ENDS | TITLE_INTRODUCERS | POINTING_WORDS | talk
    if shape is TitleShape.BARE and any(len(w) == 1 and w.isalpha() and w != "a" for w in words):
        return None  # "side q, who plays nick": a letter alone is shorthand for talk, not a title word
    if shape is TitleShape.BARE and words[0] in _SOMEONE_IS and len(words) > 1 and everyday(words[1]):
        return None  # "he's throwing a watch party": someone doing something ("She's Gotta Have It" stays)
    if shape is TitleShape.BARE and any(_DRAWN_OUT.search(w) for w in words):
        return None  # "yesss", "omgggg": a word drawn out is a cry, not a title
    if shape is TitleShape.BARE and (len(words) > _MAX_BARE_WORDS or any(w in DOMAIN_WORDS for w in words)):
        return None  # "heard a rumour the date moved": a sentence of show-talk, not a title set off alone
    if shape is TitleShape.BARE and "".join(words) in talk:
        return None  # "never mind", "oh kay": a word of talk written apart ("nevermind"), no title
    if any(w in clause for w in words) or talk_in_title_place(words) is not None:
        return None  # "quick question", "sorry", "whoever wrote the books": the fan talking, not a title
    named = [w for w in words if w not in STOPWORDS and w not in DOMAIN_WORDS]
    if not named or all(w in relation_words or w in _NUMBER_WORDS for w in named):
        return None  # "what about the director", "the wait is the best part": what questions ask about
    if all(w.isdigit() for w in named):
        # A number is a title only where it is no season or recent year: "what about 1899", not "and 2"
        number = int(named[0])
        title_like = len(named) > 1 or (len(named[0]) >= 2 and not _FIRST_RECENT_YEAR <= number < 2100)
        return words if shape is TitleShape.ABOUT and title_like else None
    return words


def asked_about_title(
    text: str, tokens: list[str], res: Resolution, relation_words: frozenset[str]
) -> list[str] | None:
    """The title a question is about by its shape: "what about X" ("what about 1899", "what about 24, who's
    in it"), "is there a X movie", X judged before the question ("the good place is so underrated, who
    created it") or set off alone before it ("house md, is it on netflix"); None when X is a known name, a
    season, a recent year or talk."""
    if (
        tokens[:1]
        and tokens[0] in _ABOUT_FIRSTS
        and any(tuple(tokens[: len(lead)]) == lead for lead in ABOUT_OPENERS)
    ):
        return headed_title(tokens, res, relation_words, bare=False)
    if tokens[:1] == ["and"] and not _QUESTION_WORDS.intersection(tokens):
        # "and 1899?", "and bluey?": only a word no everyday talk holds, or a number, marks a title here
        title = _title(tokens[1:], 1, res, relation_words, TitleShape.ABOUT)
        if title is None or all(everyday(w) for w in title) or any(w in relation_words for w in title):
            return None  # "and regular people?": whose score, not a title
        return title
    start = 3 if tokens[2:3] == ["be"] else 2  # "will there be a X movie"
    if tuple(tokens[:2]) in _THERE_OPENERS and tokens[start : start + 1] and tokens[start] in _ARTICLES:
        ends = [i for i in range(start + 1, len(tokens)) if tokens[i] in _MADE_AFTER]
        if ends:
            return _title(tokens[start + 1 : ends[0]], start + 1, res, relation_words, TitleShape.ABOUT)
    if any(m.refs[0].kind in ("show", "person") for m in res.mentions):
        return None  # "true or false: heartstopper is on disney+": the question names its own subject
    if (judged := _judged(tokens, 0, res, relation_words)) is not None:
        return judged
    return _set_off_title(text, tokens, res, relation_words)


def _set_off_title(
    text: str, tokens: list[str], res: Resolution, relation_words: frozenset[str]
) -> list[str] | None:
    """The title set off alone just before the question ("two and a half men, who's in it", "new
    obsession: abbott elementary. who created it"), talk before it skipped; None when there is none."""
    # "and yellowjackets, is it on netflix, right?": a check's tag after the question sets off no head.
    cuts = [cut for cut in _SET_OFF.finditer(text) if fold(text[cut.end() :]).split() not in _TAGS]
    if not cuts:
        return None
    before = cuts[-2].end() if len(cuts) > 1 else 0  # the piece right before the question's own words
    said = fold(text[: cuts[-1].start()]).split()
    start = len(fold(text[:before]).split())
    while said[:1] and said[0] in ASIDE_FILLERS | _JOINERS and said[:1] != tokens[:1]:
        # "ok and bridgerton, ...", "but the bear though, ...": reading dropped the "ok", the "but"
        said, start = said[1:], max(0, start - 1)
    if not said or not _same_words(said, tokens) or len(said) >= len(tokens):
        return None
    if opens_a_correction(tokens[len(said) :]):
        return None  # "ugh autocorrect, i meant emmys": what the fan meant follows; the head is their excuse
    head = tokens[: len(said)]
    opening = start
    leading = ASIDE_FILLERS | _JOINERS | TALK | ASIDE_TALK_WORDS | _TOPIC_WORDS
    while opening < len(head) and head[opening] in leading:
        opening += 1  # "ugh the bear, who's in it", "random but yellowjackets, is it renewed"
    if any(w in _INTENSIFIERS for w in head[start:opening]):
        return None  # "so hyped, when's s3": a feeling, whatever word follows
    if (
        head[opening : opening + 1] == ["wrong"]
        and head[opening + 1 : opening + 2] != []
        and (head[opening + 1] in WRONG_NOUNS)
    ):
        return None  # "wrong director, the season 3 one": a correction, whom it takes back no title
    if len(head) - opening > 1 and head[-1] in _TURNING_TO:
        head = head[:-1]  # "ok but severance though, who made it": the fan turns to the title set off
    season = res.season
    if season is not None and opening < season.start and season.end == len(head):
        head = head[: season.start]  # "bridgerton season 3, is it out": the title before its season
    return _title(head[opening:], opening, res, relation_words, TitleShape.BARE)


def _same_words(head: list[str], tokens: list[str]) -> bool:
    """Whether the question's words open with the head's, a possessive "s" dropped ("grey's" is "grey")."""
    return len(head) <= len(tokens) and all(
        h == t or (h.endswith("s") and h[:-1] == t) for h, t in zip(head, tokens, strict=False)
    )
