"""A known show named as a yardstick for another one: "is boy swallows universe based on a book like hs is",
"did they post bts pics like they did for hs", "is it as good as heartstopper", "is it better than hs". Such a
show is not what the question asks about, so naming it does not make the question about it."""

from __future__ import annotations

import re

from intents.names import Mention
from intents.resolve import Resolution
from intents.text import fold

# Words that set a show up as the measure of another: "like hs", "than hs", "as good as hs", "unlike hs",
# "is it basically hs but american".
# "did X come out before or after hs", "X vs hs": a date or a match set against the show's.
_MEASURES = frozenset(
    {"like", "than", "unlike", "as", "basically", "literally", "before", "after", "vs", "versus"}
)
# Words setting a name the message opens with against another ("X vs hs which one is better").
_AGAINST = frozenset({"vs", "versus"})
# Words before "as" that make it a comparison: "as good as hs", "the same creator as hs".
_COMPARED = frozenset({"as", "same", "so"})
# How far before the show the measure word may stand: "like they did for hs".
_REACH = 4
# Words before "like" that make it the verb of liking ("do you like hs", "people like heartstopper"), not a
# comparison.
_LIKERS = frozenset("i you we they people fans everyone anyone dont do does did would to u ppl".split())


def _measured(tokens: list[str], start: int) -> bool:
    """Whether a measure word stands shortly before `start` and is no verb of liking."""
    for at in range(max(0, start - _REACH), min(start, len(tokens))):
        word = tokens[at]
        if word not in _MEASURES:
            continue
        if word == "like" and at > 0 and tokens[at - 1] in _LIKERS:
            continue
        if word == "as" and _COMPARED.isdisjoint(tokens[max(0, at - _REACH) : at]):
            continue  # "credited as story consultant on hs" names a role, not a measure ("as good as hs")
        if word in _AGAINST and at + 1 != start:
            continue  # "critics vs regular fans on hs": set against what follows it, not against the show
        return True
    return False


def yardstick(mention: Mention, tokens: list[str]) -> bool:
    """Whether the named show stands as the measure of another ("like hs", "as good as heartstopper")."""
    return _measured(tokens, mention.start)


def subject_mentions(mentions: list[Mention], tokens: list[str]) -> list[Mention]:
    """The mentions that name what the question is about: every one but the yardsticks."""
    return [m for m in mentions if not yardstick(m, tokens)]


def set_against(tokens: list[str], runs: list[list[str]]) -> list[str]:
    """The run of words nobody knows a message opens with when "vs" sets it against what follows ("fleabag
    vs heartstopper which one is better"): the subject of the match, the known show its yardstick."""
    for run in runs:
        n = len(run)
        if tokens[:n] == run and n < len(tokens) and tokens[n] in _AGAINST:
            return run
    return []


def without_yardsticks(mentions: list[Mention], tokens: list[str]) -> list[str]:
    """The words of the question but those of the shows it names as yardsticks."""
    measures = [m for m in mentions if m.refs and m.refs[0].kind == "show" and yardstick(m, tokens)]
    return [w for at, w in enumerate(tokens) if not any(m.start <= at < m.end for m in measures)]


# A message that is only a measure and what it measures against ("like heartstopper?", "similar to hs?",
# "as good as heartstopper tho?"): what the fan asked last is asked again of the subject, the show named its
# yardstick (not "and heartstopper?", which turns to it).
_LIKENED = re.compile(
    r"(?:(?:so|and|or|ok|oh|just|kinda|kind of|sort of|a bit|bit)\s+)*"
    r"(?:like|unlike|similar to|same as|as good as|better than|worse than)\s+(?:\w+\s*){1,4}"
)


def likened_fragment(text: str) -> bool:
    """Whether the whole message is a measure word and a few words after it ("like heartstopper?")."""
    return _LIKENED.fullmatch(fold(text).strip()) is not None


# Words a name set against a show is never made of alone ("the show vs heartstopper", "season 2 vs hs").
_NO_TITLE = frozenset("the a this that it its show series season seasons book books s1 s2 s3 s4".split())
_AGAINST_WORDS = range(1, 6)  # a title set against a show is one to five words


def set_against_known(tokens: list[str], res: Resolution) -> list[str]:
    """The words a message opens with when "vs" sets them against a known show ("friends vs heartstopper
    which one is better"): a title, even of everyday words, since it is matched with a show; empty else."""
    at = next((i for i, word in enumerate(tokens) if word in _AGAINST), 0)
    if at not in _AGAINST_WORDS or set(tokens[:at]) <= _NO_TITLE or tokens[at - 1].isdigit():
        return []
    shows = [m for m in res.mentions if m.refs and m.refs[0].kind == "show"]
    if not any(m.start == at + 1 for m in shows) or any(m.start < at for m in res.mentions):
        return []
    return tokens[:at]


# Verbs that liken the words before them to a show after "like" ("X is like hs", "X sounds like hs").
_LIKENING_VERBS = frozenset("is was looks sounds seems feels".split())


def likened_to_known(tokens: list[str], res: Resolution) -> list[str]:
    """A title nobody knows that a message likens to a known show ("my friends say heartbreak high is like
    heartstopper - where can i watch it"): what the message is about, the known show its yardstick; empty
    when there is none."""
    shows = [m for m in res.mentions if m.refs and m.refs[0].kind == "show"]
    for mention in shows:
        verb = mention.start - 2
        if verb < 1 or tokens[mention.start - 1] != "like" or tokens[verb] not in _LIKENING_VERBS:
            continue
        for run in res.named_runs:
            if len(run) in _AGAINST_WORDS and tokens[verb - len(run) : verb] == run:
                return run
    return []
