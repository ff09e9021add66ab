"""Openers and take-backs around a follow-up: "ok what about", "no sorry i meant", "wrong show lol, i meant
andor" lead into it; "..., not severance" and "not the creator, the showrunner" take a word back."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from intents.dialogue import Conversation
from intents.resolve import Resolution

# What a fan says they got wrong before saying what they meant ("wrong director, the season 3 one").
WRONG_NOUNS = frozenset(
    """guy person actor actress director creator writer author consultant lady woman man dude name season
    score one show question thing""".split()
)
_LEADS = (
    ("what", "about"), ("how", "about"), ("what", "of"), ("i", "meant"), ("i", "mean"), ("same", "for"),
    ("same", "question", "for"), ("i", "was", "asking", "about"), ("i", "was", "talking", "about"),
    ("back", "to"), ("and", "for"), ("and", "what", "about"), ("switching", "to"), ("now", "do"),
    ("my", "bad"), ("my", "mistake"), ("i", "meant", "to", "say"), ("scratch", "that"), ("never", "mind"),
    ("going", "back", "to"), ("what", "i", "meant", "is"), ("meant",), ("go", "back", "to"),
    ("i", "was", "thinking", "of"), ("correction",), ("meant", "to", "ask"), ("i", "meant", "to", "ask"),
    ("i", "wanted", "to", "ask"), ("what", "i", "meant", "was"), ("i", "meant", "was"), ("i", "wanted"),
    ("meant", "to", "say"), ("wrong", "show"), ("wrong", "one"), ("wrong", "person"),
    ("i", "am", "asking", "about"), ("i", "am", "talking", "about"), ("i", "asked", "about"),
    ("asking", "about"), ("i", "said"), ("thats", "not", "what", "i", "asked"),
    ("thats", "not", "what", "i", "meant"), ("not", "what", "i", "asked"), ("not", "what", "i", "meant"),
    ("you", "misunderstood"), ("i", "think", "you", "misunderstood"), ("you", "got", "it", "wrong"),
    ("i", "typed", "that", "wrong"), ("typed", "that", "wrong"), ("i", "typed", "it", "wrong"),
    ("i", "misspoke"), ("misspoke",), ("i", "misread"),
    ("make", "that"), ("made", "that"), ("make", "it"), ("change", "that", "to"), ("change", "it", "to"),
    ("scrap", "that"), ("forget", "that"), ("ignore", "that"),
    # what "i meant to ask about ..." leaves once its "i meant" is read as a correction
    ("to", "ask", "about"), ("to", "ask"), ("to", "say"), ("meant", "to", "ask", "about"),
    # "wrong guy, the season 3 director": whom the fan got wrong, then whom they meant
    *(("wrong", noun) for noun in WRONG_NOUNS),
    # "no wait, she meant season 3": what someone else in the talk meant, put right for them
    *((pronoun, "meant") for pronoun in ("he", "she", "they", "we")),
)  # fmt: skip
# Words after the question that only say it corrects the last one: "the first season i mean", "heartstopper
# is what i meant", "agatha is the one im asking about".
_TRAILING_LEADS = (
    ("i", "mean"), ("i", "meant"), ("i", "meant", "to", "say"), ("is", "what", "i", "meant"),
    ("is", "what", "i", "mean"), ("is", "who", "i", "meant"), ("is", "the", "one", "i", "meant"),
    ("is", "the", "one", "im", "asking", "about"), ("is", "the", "one", "i", "am", "asking", "about"),
    ("is", "what", "im", "asking", "about"), ("is", "the", "one", "i", "was", "asking", "about"),
    ("is", "what", "i", "was", "asking", "about"),
)  # fmt: skip
_LONGEST_FIRST = tuple(sorted(_LEADS, key=len, reverse=True))  # "i meant to say" before "i meant"
# The leads by their first word, each with its place in _LONGEST_FIRST: a pass reads only those a word starts.
_BY_FIRST_WORD: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = {
    word: tuple((at, lead) for at, lead in enumerate(_LONGEST_FIRST) if lead[0] == word)
    for word in {lead[0] for lead in _LEADS}
}
_LEAD_WORDS = frozenset(
    """and ok okay so also then but oh hmm sorry no nope wait actually oops ah right ugh typo whoops um uh
    erm hm argh k kk okk oki okie srry sry soz anyway anyways whatever""".split()
)
# A pronoun put right before an apology ("oh she, my bad"), and the apologies it comes before.
_CORRECTED_PRONOUNS = frozenset("he she they him her them".split())
_SORRY = (("my", "bad"), ("my", "mistake"), ("sorry",), ("srry",), ("sry",), ("soz",), ("oops",), ("whoops",))
_THANKS = frozenset(
    "thanks thank you thx ty tysm cheers cool nice great awesome perfect fine alright alrighty gotcha".split()
)
_TRAILING = frozenset(
    {
        "sorry",
        "instead",
        "please",
        "pls",
        "lol",
        "thanks",
        "thx",
        "actually",
        "tho",
        "though",
        "haha",
        "lmao",
        "then",
    }
)
# Words before which "not" negates the question itself ("is it not out yet?") rather than taking back a word.
_NEGATED = frozenset("is was are were does did do has have it its isnt doesnt cant can will why".split())


# What a fan says to drop the subject before asking about another: "ok forget agatha, who directed hs3".
_DISMISSALS = (
    ("never", "mind"), ("nevermind",), ("forget", "about"), ("forget",), ("enough", "about"),
    ("moving", "on", "from"),
)  # fmt: skip
_DISMISSAL_FIRSTS = frozenset(d[0] for d in _DISMISSALS)
_QUESTION_WORDS = frozenset("who whos what whats when whens where wheres which how is are does did".split())
_DISMISSED_WORDS = 6  # a title dropped before the question: a few words


def dismissal(words: list[str]) -> bool:
    """Whether the words are what a fan says to drop a subject or take a question back ("never mind")."""
    return tuple(words) in _DISMISSALS


def without_dismissed(tokens: list[str], talked_about: Callable[[list[str]], bool]) -> list[str]:
    """The question after a subject the fan drops ("forget agatha, who directed hs3", "never mind the bear,
    when's heartstopper back"): the dropped words, when `talked_about` says the conversation was on them,
    name no subject of it ("never mind the buzzcocks, who hosts it" drops no title). Unchanged otherwise."""
    at = 0
    while at < len(tokens) and tokens[at] in _LEAD_WORDS:
        at += 1
    if at >= len(tokens) or tokens[at] not in _DISMISSAL_FIRSTS:
        return tokens  # no dismissal opens there (most questions): the one test below would find none
    lead = next((d for d in _DISMISSALS if tuple(tokens[at : at + len(d)]) == d), None)
    if lead is None:
        return tokens
    start = at + len(lead)
    end = min(len(tokens), start + _DISMISSED_WORDS + 1)
    asked = next((i for i in range(start + 1, end) if tokens[i] in _QUESTION_WORDS), None)
    if asked is None or len(tokens) - asked < 2 or not talked_about(tokens[start:asked]):
        return tokens
    return tokens[asked:]


def opens_a_correction(words: list[str]) -> bool:
    """Whether the words open with the fan saying what they meant ("i was thinking of agatha", "i meant the
    audience one"): a correction of the question before, never a remark about themselves."""
    return words[:1] == ["i"] and any(tuple(words[: len(lead)]) == lead for _, lead in _BY_FIRST_WORD["i"])


# How many words a fan's excuse before "i meant" runs to ("ugh stupid autocorrect, i meant emmys").
_EXCUSE_WORDS = 4


def without_excuse(tokens: list[str], link: Callable[[list[str]], Resolution]) -> list[str]:
    """The correction without the few words the fan opens it with that name nothing ("ugh autocorrect, i
    meant emmys", "fat fingers, i mean season 2"): what they meant follows, and the excuse is no title.
    Words naming a show, a person or a season ("not charlie, i meant nick") are kept for the take-back."""
    at = next((i for i in range(1, _EXCUSE_WORDS + 1) if opens_a_correction(tokens[i:])), None)
    if at is None or len(tokens) <= at + 2:
        return tokens
    excuse = link(tokens[:at])
    if excuse.mentions or excuse.season is not None or "not" in tokens[:at]:
        return tokens
    return tokens[at:]


def strip_lead(tokens: list[str]) -> tuple[list[str], bool]:
    """The question without follow-up openers ("ok what about", "no sorry i meant"); True when it had one."""
    rest, marked = _stripped(tuple(tokens))
    return list(rest), marked


# A follow-up's words are stripped by more than one reader (and the same follow-ups recur across channels);
# the stripping reads only the words, so each wording is stripped once.
@functools.lru_cache(maxsize=4096)
def _stripped(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    rest, marked = list(tokens), False
    changed = True
    while changed and rest:
        changed = False
        rest, stripped = _without_leads(rest)
        marked, changed = marked or stripped, stripped
        if (
            rest[:1]
            and rest[0] in _CORRECTED_PRONOUNS
            and any(tuple(rest[1 : 1 + len(x)]) == x for x in _SORRY)
        ):
            # "oh she, my bad. and ...": the fan puts right whom they meant, then moves on
            rest, marked, changed = rest[1:], True, True
        if rest and rest[0] in _LEAD_WORDS and len(rest) > 1:
            rest, marked, changed = rest[1:], True, True
        elif (
            rest[:1]
            and rest[0] in _THANKS
            and rest[1:2]
            and (rest[1] in _LEAD_WORDS or rest[1] in _THANKS or _without_leads(rest[1:])[1])
        ):
            # "cool and is s3 out now?", "thanks! what about andor", "fine what about agatha then": thanks
            # or a shrug before the opener open nothing.
            rest, marked, changed = rest[1:], True, True
    # "not charlie, nick sorry", "andor instead": words after the point change nothing.
    while len(rest) > 1 and rest[-1] in _TRAILING:
        rest, marked = rest[:-1], True
    for lead in sorted(_TRAILING_LEADS, key=len, reverse=True):  # "is what i meant" before "i meant"
        if len(rest) > len(lead) and tuple(rest[-len(lead) :]) == lead:
            rest, marked = rest[: -len(lead)], True
            break
    return tuple(rest), marked


def _without_leads(rest: list[str]) -> tuple[list[str], bool]:
    """One pass over the leads, longest first: each lead that starts what is left (and leaves a word) goes,
    and only the leads after it in that order are tried next."""
    tried, stripped = -1, False
    while rest and rest[0] in _BY_FIRST_WORD:
        for at, lead in _BY_FIRST_WORD[rest[0]]:
            if at > tried and len(rest) > len(lead) and tuple(rest[: len(lead)]) == lead:
                tried, rest, stripped = at, rest[len(lead) :], True
                break
        else:
            break
    return rest, stripped


def without_taken_back(fragment: list[str]) -> list[str]:
    """The fragment without the words it takes back: "tlou not severance", "the audience score not critics"
    keep what comes before "not"; "not the creator the showrunner" keeps the second phrase."""
    at = next((i for i, w in enumerate(fragment) if w == "not"), None)
    if at is None:
        return fragment
    if at > 0 and fragment[at - 1] not in _NEGATED and not (_NEGATED & set(fragment[:at])):
        return fragment[:at]
    if at == 0:
        return _second_phrase(fragment) or fragment
    return fragment


_MEANT = (["i", "mean"], ["i", "meant"])


def _shape(word: str) -> str:
    return re.sub(r"\d+", "#", word)  # "s2" and "s1" are the same kind of word


def _second_phrase(fragment: list[str]) -> list[str]:
    """What "not X, Y" asks for: Y, found by a "but" before it, by its first word repeating X's ("not season
    2 season 1", "not s2 s1"), by a second "the" ("not him the other guy"), or as the last of two words ("not
    creator director"); empty when none is found."""
    if "but" in fragment[1:-1]:
        return fragment[len(fragment) - fragment[::-1].index("but") :]
    # "not the first season, i mean the upcoming one": what the fan says they mean
    meant = next((i + 2 for i in range(2, len(fragment) - 2) if fragment[i : i + 2] in _MEANT), None)
    if meant is not None:
        return fragment[meant:]
    again = next((i for i in range(2, len(fragment)) if _shape(fragment[i]) == _shape(fragment[1])), None)
    if again is not None:
        return fragment[again:]
    thes = [i for i, w in enumerate(fragment) if w == "the" and i > 1]
    if thes:
        return fragment[thes[0] :]
    return fragment[2:] if len(fragment) == 3 else []


_BACK_TO = (
    ("back", "to"), ("going", "back", "to"), ("go", "back", "to"), ("returning", "to"), ("return", "to"),
)  # fmt: skip
_SHOW_NOUNS = frozenset("show series one drama thing program programme".split())
_LEAD_IN = frozenset("ok okay so and anyway alright right cool".split())


def back_to_described(
    tokens: list[str], conv: Conversation, link: Callable[[list[str]], Resolution]
) -> list[str]:
    """'back to the spy show, who ...': a show the fan describes after "back to", with no name Marquee knows
    in it, is the one talked about before the current one ("the other show")."""
    at = 0
    while at < len(tokens) and tokens[at] in _LEAD_IN:
        at += 1
    lead = next((b for b in _BACK_TO if tuple(tokens[at : at + len(b)]) == b), None)
    if lead is None or len([s for s in conv.shows if s != conv.last_show_id]) == 0:
        return tokens
    start = at + len(lead)
    if tokens[start : start + 1] != ["the"]:
        return tokens
    end = next((i for i in range(start + 1, min(start + 5, len(tokens))) if tokens[i] in _SHOW_NOUNS), None)
    if end is None or end == start + 1 or link(tokens[start + 1 : end + 1]).mentions:
        return tokens  # "back to the show" is the current one; "back to the andor one" names it
    return [*tokens[:start], "the", "other", "show", *tokens[end + 1 :]]
