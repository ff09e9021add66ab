"""A title a fan names in an aside ("i love the bear so much", "schitts creek fan here", "just finished
ted lasso", "the summer i turned pretty has me in shambles"): the frame says the words are a show even when
they are everyday words ("friends", "lost", "the office"). When Marquee holds no facts about that show, the
question that follows it ("is it on netflix?") is about it, and must never get the default show's facts.
"""

from __future__ import annotations

import re

from intents.answer import Answer
from intents.known_words import DOMAIN_WORDS
from intents.linking import EntityIndex
from intents.number_titles import numbers_name_a_title
from intents.ordinary_words import GREETINGS
from intents.partial_names import name_part_alone
from intents.replies import no_facts_about
from intents.resolve import Resolution
from intents.seasons import SEASON_NOUN
from intents.text import STOPWORDS, title_case
from intents.title_evidence import talk_in_title_place
from intents.title_words import PERSON_HEADS, POINTING_WORDS, WATCHING_VERBS
from intents.understand.aside_frames import (
    BARE_INTRODUCERS,
    FAN_DEGREES,
    FAN_WORDS,
    INTRODUCER_LEADS,
    NOT_TITLE_STARTS,
    SHOW_PARTS,
    TITLE_ENDS,
    TITLE_INTRODUCERS,
    TITLE_INTRODUCING_PAIRS,
    TITLE_TRAILERS,
)
from intents.understand.aside_heads import aside_opening, headed_title
from intents.understand.talk import TALK, everyday_talk

_MAX_TITLE_WORDS = 7
# A joining word and the subject of a new clause after it ("X and i'm hooked", "X but she says ...").
_JOINING = frozenset("and but so".split())
_NEXT_CLAUSE = tuple([w] for w in "i im ive id we were she shes he hes they theyre my".split())
# What the words are said to be when they are the fan: "the friend is me", "the sister was me".
_THE_FAN_ITSELF = (["is", "me"], ["was", "me"], ["is", "myself"])
_SEASON_OR_EPISODE = re.compile(rf"^(?:s|{SEASON_NOUN}|ep|eps|episode|episodes|finale)\d*$")


def aside_title(tokens: list[str], res: Resolution) -> list[str] | None:
    """The title an aside names in a fan's frame, when it holds a word Marquee does not know and no known
    name; None when no frame holds one ("i love this show so much", "joe locke fan here")."""
    opening = aside_opening(tokens)
    for start in _title_starts(tokens, opening):
        title = _title_from(tokens, start, trailed=start == opening)
        after = tokens[start + len(title) : start + len(title) + 1]
        if tokens[start + len(title) : start + len(title) + 2] in _THE_FAN_ITSELF:
            continue  # "asking for a friend (the friend is me)": the fan, no title
        fan_of = bool(after) and after[0] in FAN_WORDS
        if title and _reads_as_unknown_title(title, start, res, fan_of, watched=start != opening):
            return title
    return None


def _title_starts(tokens: list[str], opening: int) -> list[int]:
    """Where a title may start: at the aside's opening, and after a word or pair that introduces one."""
    starts = [opening]
    for i in range(len(tokens)):
        opens = i == opening and tokens[i] not in BARE_INTRODUCERS  # "loved the bear", not "love island"
        fans_doing = opens or (i > 0 and tokens[i - 1] in INTRODUCER_LEADS)
        if (tokens[i] in TITLE_INTRODUCERS and fans_doing) or tuple(tokens[max(0, i - 1) : i + 1]) in (
            TITLE_INTRODUCING_PAIRS
        ):
            starts.append(i + 1)
    return starts


def _title_from(tokens: list[str], start: int, trailed: bool) -> list[str]:
    """The words from `start` up to the first word that ends a title, or [] when too long to be one. A
    title the aside opens with must be followed by a word that follows titles ("X fan here", "X is better",
    "X has me"): "crying at how cute it is" opens with no title."""
    words: list[str] = []
    for at, token in enumerate(tokens[start:], start):
        if token in TITLE_TRAILERS:
            break
        # "got me into X and i'm hooked": the fan's next clause ends the title as a title's end word does
        next_clause = token in _JOINING and tokens[at + 1 : at + 2] in _NEXT_CLAUSE
        ends = token in TITLE_ENDS or next_clause
        if ends or (trailed and token in TITLE_INTRODUCERS and token not in BARE_INTRODUCERS):
            if trailed:
                return []
            break
        words.append(token)
    else:
        if trailed:
            return []
    while words and words[0] in TITLE_INTRODUCERS:  # "love love love this show"
        words.pop(0)
    if not words or len(words) > _MAX_TITLE_WORDS or words[0] in NOT_TITLE_STARTS:
        return []
    if _SEASON_OR_EPISODE.match(words[0]):
        return []  # "not me finishing s2 in one sitting": what was watched is a season, not a title
    if all(w in POINTING_WORDS and w not in PERSON_HEADS for w in words):
        return []  # "obsessed with the soundtrack": a part of the show talked about, no title
    if words[-1] in STOPWORDS or words[-1] in DOMAIN_WORDS or words[-1] in SHOW_PARTS:
        # "so nervous about the new season", "just rewatched the rugby scene": the run ends in show-talk (a
        # part of the show), no title ends there
        return []
    return words


def _reads_as_unknown_title(
    title: list[str], start: int, res: Resolution, fan_of: bool, watched: bool = False
) -> bool:
    """A word no fact or question word explains, no known name inside, and more than show-talk; the words
    a fan says they are a fan of ("friends fan here") are a title whatever they are."""
    end = start + len(title)
    if any(m.start < end and start < m.end for m in res.mentions):
        return False  # a known show is the aside's subject elsewhere; a person is no title
    if numbers_name_a_title(title, fan_of, watched):
        return True  # "1923 was amazing", "9-1-1 fan here": digits are known words, yet here a title
    unknown = {w for run in res.leftovers for w in run}
    named = [w for w in title if w not in STOPWORDS and w not in DOMAIN_WORDS]
    if not named or not any(w in unknown for w in named):
        return False
    if fan_of:  # "greetings fellow fans": the fan's address to the others; "big fan of ...": how much
        return not all(w in GREETINGS or w in FAN_DEGREES for w in named)
    if title[0] in TALK or talk_in_title_place(title) is not None:
        return False  # "mum is asking me": the fan's people; "whoever wrote the books": a clause
    # Everyday words are a title only in a title's shape: one word ("friends") or "the ..." ("the bear"), or
    # a few words with no small one among them right after a verb of watching ("just finished breaking bad");
    # "sorry what i meant is ..." is talk.
    watched = start > 0 and res.tokens[start - 1] in WATCHING_VERBS and STOPWORDS.isdisjoint(title)
    return not everyday_talk(" ".join(title)) or len(title) == 1 or title[0] == "the" or watched


def untold_title_around(
    around: Resolution, res: Resolution, relation_words: frozenset[str]
) -> list[str] | None:
    """The unknown title the aside names when the question names no subject of its own ("i love the bear
    so much, is it on netflix"), or only a first name ("atypical fan here, who plays sam"): what the
    question is about; None when the question names one."""
    if res.shows or res.unknown_title:
        return None
    if any(m.refs[0].kind in ("person", "character") and not name_part_alone(m) for m in res.mentions):
        return None  # someone named in full ("kit connor") is the question's subject
    return aside_title(around.tokens, around) or headed_title(around.tokens, around, relation_words)


def aside_subject(
    around: Resolution, res: Resolution, relation_words: frozenset[str]
) -> tuple[str, ...] | None:
    """The unknown title an aside names, as the conversation's subject when the question names none; None
    changes nothing (intents.understand.memory.take_subject)."""
    title = untold_title_around(around, res, relation_words)
    return tuple(title) if title is not None else None


def said_in_aside_only(
    answer: Answer, tokens: list[str], res: Resolution, index: EntityIndex, relation_words: frozenset[str]
) -> Answer:
    """A message not understood that names a show in a fan's frame and asks nothing ("schitts creek fan
    here"): "I don't have facts about X", with X the subject from then on; other answers unchanged."""
    if answer.kind != "unknown" or answer.intent is not None:
        return answer
    if (title := aside_title(tokens, res) or headed_title(tokens, res, relation_words, bare=False)) is None:
        return answer
    res.unknown_title = title  # remembered as the conversation's subject
    return no_facts_about(title_case(title), index)
