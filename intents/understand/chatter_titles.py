"""A title named in chatter before the question about it: "been meaning to start the velvet quarry, worth it?"
asks about that title, so "it" means it, never the show the conversation was about (nor, for a title nobody
knows, another show's facts)."""

from __future__ import annotations

from intents.resolve import Resolution
from intents.show_moments import names_a_moment
from intents.text import STOPWORDS
from intents.time_talk import amount_of_time
from intents.title_words import FAN_ACTIVITIES, PERSON_HEADS, POINTING_WORDS
from intents.understand.aside_seasons import show_around
from intents.understand.fanwords import COMMON_WORDS

# Words after which fans name a title: "started X", "watching X", "talking about X", "into X".
_INTRODUCERS = frozenset(
    """start started starting watch watching watched rewatch rewatching rewatched finish finished finishing
    binge binged binging bingeing seen about into recommend recommended recommends loving mentioning
    mentioned mentions watches love loves loved adore adores adored enjoy enjoys enjoyed enjoying heard
    likes liked obsession""".split()
)
# Two words after which fans name a title: "obsessed with X", "hooked on X", "heard of X".
_INTRODUCING_PAIRS = frozenset(
    {("obsessed", "with"), ("hooked", "on"), ("heard", "of"), ("into", "watching")}
)
# Words that end the title's run: "the velvet quarry worth it", "fleabag tho".
# "my new obsession is X", "fave show rn is X": a copula between the naming noun and the title.
_COPULAS = frozenset({"is", "was"})
_FOR_NOW = frozenset("rn atm currently now lately".split())
_NAMING_NOUNS = _INTRODUCERS | frozenset("show fave fav favourite favorite pick".split())
_AFTER_TITLE = frozenset("worth tho though lately rn now yet again so and but is was any good".split())
_STAND_INS = ("it", "that", "this")
_SHOW_PARTS = POINTING_WORDS - PERSON_HEADS  # "the soundtrack", "the cast" ("friends" may be a title)
_OPENERS = (["what", "about"], ["how", "about"])  # "what about shogun, did that win one?" opens a follow-up
# Plural nouns of what shows are: the words right before them say which kind ("recommended comfort shows",
# "i love crime dramas"), never one title.
_KINDS_OF_SHOW = frozenset("shows movies films dramas sitcoms comedies documentaries docs cartoons".split())


def title_in_chatter(tokens: list[str], res: Resolution) -> tuple[int, int, list[str]] | None:
    """Where the title a message names right after a word that introduces one stands (an unknown one, or a
    show's), and its words, when the message also says "it"/"that" after it; None otherwise."""
    shows = [tokens[m.start : m.end] for m in res.mentions if m.refs[0].kind == "show"]
    # A run of unknown words may hold its own introducer ("friend keeps mentioning bramblewood").
    tails = [r[i + 1 :] for r in res.leftovers for i in range(len(r) - 1) if r[i] in _INTRODUCERS]
    for run in [*res.leftovers, *tails, *shows]:
        at = _start_of(tokens, run)
        if at is None or at == 0 or not _introduced(tokens, at) or tokens[at - 2 : at] in _OPENERS:
            continue
        if amount_of_time(tokens[at : at + 2]):
            continue  # "been a critic for about fifteen years": how long, no title
        if tokens[at + len(run) : at + len(run) + 1] != [] and tokens[at + len(run)] in _KINDS_OF_SHOW:
            continue  # "my doctor recommended comfort shows and this one ...": a kind of show, no title
        title = list(run)
        if title[0] in FAN_ACTIVITIES:
            continue  # "just finished reading the novels, is it ...": what the fan did, no title
        while title and title[-1] in _AFTER_TITLE:
            title.pop()
        if names_a_moment(title):
            continue  # "watched the kiss scene like 40 times this week": a moment of the show, no title
        # "obsessed with the soundtrack": a part of the show talked about is no title
        named = [w for w in title if w not in STOPWORDS and w not in COMMON_WORDS and w not in _SHOW_PARTS]
        if named and any(w in _STAND_INS for w in tokens[at + len(run) :]):
            return at, at + len(run), title
    return None


def about_title_in_chatter(tokens: list[str], res: Resolution) -> list[str] | None:
    """The message with its "it"/"that" after a title named in chatter replaced by that title, and the words
    between them that only chat left out ("start the velvet quarry worth it" -> "start the velvet quarry");
    None when it names no such title."""
    found = title_in_chatter(tokens, res)
    if found is None:
        return None
    start, end, title = found
    at = next(i for i in range(len(tokens) - 1, end - 1, -1) if tokens[i] in _STAND_INS)
    between = [w for w in tokens[end:at] if w not in _AFTER_TITLE and w not in _STAND_INS]
    return [*tokens[:start], *between, *title, *(w for w in tokens[at + 1 :] if w not in _AFTER_TITLE)]


def _introduced(tokens: list[str], at: int) -> bool:
    if tokens[at - 1] in _COPULAS:
        before = at - 2
        while before >= 0 and tokens[before] in _FOR_NOW:
            before -= 1  # "fave show rn is X"
        if before >= 0 and tokens[before] in _NAMING_NOUNS:
            return True
    return tokens[at - 1] in _INTRODUCERS or tuple(tokens[max(0, at - 2) : at]) in _INTRODUCING_PAIRS


def _start_of(tokens: list[str], run: list[str]) -> int | None:
    n = len(run)
    return next((i for i in range(len(tokens) - n + 1) if tokens[i : i + n] == run), None)


def subject_in_chatter(
    aside: list[str], around: Resolution, question: list[str], asked: Resolution
) -> int | tuple[str, ...] | None:
    """The subject a title named in the chatter before a question makes of it ("my friend keeps talking
    about X, what's that about"): the show's id, or the words of a title nobody knows; None when the question
    names a show itself or the chatter names no title its "it"/"that" could mean. A known show named
    anywhere in the chatter is the subject ("i loved X, who directed it")."""
    if asked.shows or asked.unknown_title:
        return None
    if (show_id := show_around(around)) is not None:
        return show_id
    found = title_in_chatter([*aside, *question], around)
    if found is None or found[1] > len(aside):
        return None
    start, end, title = found
    shown = next((m for m in around.mentions if m.refs[0].kind == "show" and m.start == start), None)
    return shown.refs[0].id if shown is not None and shown.end == end else tuple(title)
