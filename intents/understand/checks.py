"""Yes/no checks: the asserted value is checked against the facts, the answer says yes or no first and then
the fact that decided it ("No. Heartstopper's season 3 director is Andy Newberry.")."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from intents.answer import Answer
from intents.awards import AWARD_BODIES
from intents.understand.both_checks import both_check
from intents.understand.claims import asserted_day, date_check, network_choice, score_check
from intents.understand.context import Composing, merged_sources
from intents.understand.credit_checks import credit_check, plays_check, source_check
from intents.understand.hedges import gives_opinion
from intents.understand.out_windows import only_a_time, out_within, window
from intents.understand.release_checks import (
    NOW_WORDS,
    STILL_TO_COME,
    asks_if_dated,
    check_out_yet,
    coming_back,
    date_known,
    still_to_come,
)
from intents.understand.seasons_out import several_out
from intents.understand.value_checks import (
    award_check,
    category_check,
    count_check,
    network_check,
    network_named,
)
from intents.understand.work_checks import work_check

# Words that make "is X ..." a question about whether it has come out.
_BACK_WORDS = ("coming back", "come back", "returning", "return", "back for", "get another season")
_OUT_WORDS = (
    "out",
    "out yet",
    "released",
    "release",
    "premiered",
    "premiere",
    "drop",
    "air",
    "come out",
    "came out",
    "available",
    "stream",
    "streaming",
    "on yet",
    "started",
    "start",
    "back",
    "return",
    "yet",
)
# Words that say a show can be watched: with a word about now, the question asks whether it is out.
_AVAILABLE = ("out", "up", "available", "released", "premiered", "drop", "stream", "watch", "binge", "air")
# A question with no question word ending on one of these asks whether it is out: "wot s3 dropped?", "sev s2
# streaming?" (fans' word forms are spelt "drop", "air", "stream" by then).
_AVAILABLE_AT_THE_END = frozenset(
    {"out", "up", "available", "released", "drop", "premiered", "air", "stream"}
)
# Verbs of coming out on a network: "has season 3 been released on netflix", "did it drop on netflix".
# ("is it finally on netflix" asks whether it has arrived there.)
_ARRIVED = (
    "finally", "hit", "arrived", "landed", "up", "released", "premiered", "drop", "come out", "came out",
    "out", "started", "begun", "began",
)  # fmt: skip
# Words that ask about what is to come: "s3 is coming out on netflix right?" asks where it will be, not
# whether it is out already (unless a word about now says so: "is it coming out on netflix yet").
# (A verb in the present said of a season says where it comes: "hs3 comes out on netflix, right?")
_FUTURE = (
    "coming", "will", "gonna", "going to", "due", "set to", "upcoming", "comes", "lands", "arrives", "debuts",
)  # fmt: skip
# Verbs of a network's decision about a show: "did netflix cancel X" asks about its fate, not where it is.
_DECISIONS = (
    "cancel", "cancels", "cancelled", "canceled", "axe", "axed", "axes", "scrap", "scrapped", "renew",
    "renews", "renewed", "pick up", "picked up", "order", "ordered", "greenlit", "greenlight", "greenlighted",
)  # fmt: skip
_COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")
_WH = frozenset("when what who where which why how whose whom whens whats whos".split())
# "has euros lyn done anything besides heartstopper" asks for other work, not a check.
_NOT_A_CHECK = (
    "else",
    "besides",
    "other",
    "anything",
    "apart from",
    "how many",
    "how long",
    "final",
    "renewed",
    "renew",
    "cancelled",
    "canceled",
    "last one",
    "last season",
    "ending",
    "confirmed",
)
_NOT_A_CHECK_WORDS = frozenset(w for w in _NOT_A_CHECK if " " not in w)
# "was it directed by X or someone else?" still checks X.
_OTHER_TAILS = (("or", "someone", "else"), ("or", "somebody", "else"), ("or", "someone", "different"))


def _claim_words(c: Composing) -> set[str]:
    """The question's words without an 'or someone else' ending."""
    tokens = c.tokens
    for tail in _OTHER_TAILS:
        if tuple(tokens[-3:]) == tail:
            tokens = tokens[:-3]
    return set(tokens)


# Words that join a person to a part in a flat statement: "joe locke is nick nelson", "kit connor as charlie".
_PART_LINKS = frozenset({"is", "was", "as", "plays", "played", "playing", "portrays", "voices"})


def _states_a_part(c: Composing) -> bool:
    """A statement, no question, of who plays whom ("Joe Locke is Nick Nelson in Heartstopper"): a claim to
    check, whichever way round it is said."""
    # (the mentions' places are in the linked words, which may differ from the question's own)
    words = c.res.tokens or c.tokens
    kinds = [(m.start, m.end, m.refs[0].kind) for m in c.res.mentions if m.refs]
    for (_, end, kind), (start, _, other) in itertools.pairwise(sorted(kinds)):
        linked = start == end + 1 and end < len(words) and words[end] in _PART_LINKS
        if linked and {kind, other} == {"person", "character"} and words[0] not in _WH:
            return not gives_opinion(c.tokens)  # "kit connor as nick is perfect" praises him
    return False


def _has_phrase(c: Composing, phrases: tuple[str, ...]) -> bool:
    return c.has(*(p for p in phrases if " " in p))


# Verbs of watching someone in a show: "can i watch joe locke in agatha yet" asks whether it is out.
_WATCHING = ("watch", "see", "stream", "catch")


async def _watched_in_show_yet(c: Composing) -> Answer | None:
    """'can i watch joe locke in agatha yet': no when they are not in it; else whether it is out, with their
    part after. None when the credit is not checked."""
    credited = await credit_check(c)
    if credited is None or credited.answers[:1] != ("Yes",):
        return credited
    out = await check_out_yet(c)
    if out is None:
        return credited
    part = _YES_LEAD.sub("", credited.text)
    part = part[:1].upper() + part[1:]
    return replace(out, text=f"{out.text} {part}", sources=merged_sources(out, credited))


# The "yes" a credit check leads with, and its hedge: "Yes, ", "Yes. ", "Yes as far as my facts go: ".
_YES_LEAD = re.compile(r"^Yes[,.]?(?: as far as my facts go:)? ")


async def _day_said(c: Composing) -> Answer | None:
    """The check of the day a claim says of a show ("... premieres sept 28"), or None when it says none."""
    day = asserted_day(c)
    return await date_check(c, day) if day is not None and not c.res.people else None


async def yes_no(c: Composing) -> Answer | None:
    """Answer a yes/no question by checking one asserted value, or None when it isn't one."""
    # "anything to do with" checks any credit; "the only confirmed director", "confirmed as wiccan" one.
    involved = c.has(
        "anything to do with", "something to do with", "only confirmed", "confirmed as", "confirmed to play"
    )
    if not involved and (_claim_words(c) & _NOT_A_CHECK_WORDS or _has_phrase(c, _NOT_A_CHECK)):
        return None
    res = c.res
    choice = await network_choice(c)
    if choice is not None:
        return choice
    out_yet = (
        c.tokens[0] not in _WH
        and not c.has("when", "whens")
        and (
            c.has("out yet", "yet")
            or c.tokens[-1] in _AVAILABLE_AT_THE_END
            or (c.has(*_AVAILABLE) and c.has(*NOW_WORDS))
            or (c.has(*_AVAILABLE) and window(c) is not None)  # "hs3 out next week?"
            or (only_a_time(c) and window(c) is not None)  # "hs3 in like 3 weeks?"
        )
    )
    if not (c.is_yes_no or out_yet or _states_a_part(c)):
        return None
    if (out_yet or c.has(*_AVAILABLE, *_OUT_WORDS)) and (several := await several_out(c)) is not None:
        return several  # "can i stream seasons 1 and 2 yet": the newest named decides, not season 3
    if res.people and res.characters:
        return await plays_check(c)
    watching = out_yet and c.has(*_WATCHING) and res.people and res.shows
    if watching and (watched := await _watched_in_show_yet(c)) is not None:
        return watched  # "can i watch joe locke in agatha yet": whether the show is out, them in it
    if (both := await both_check(c)) is not None:
        return both
    if not res.people and (res.shows or c.show) and (timed := await out_within(c)) is not None:
        return timed  # "is it out by halloween?", "can i binge it this weekend?"
    network = res.networks[0] if res.networks else network_named(c)
    if c.has(*_DECISIONS):
        network = None
    season_asked = res.season is not None or c.has("new", "next", "latest", "upcoming")
    if (
        network is not None
        and (res.shows or c.show)
        and (c.has(*_ARRIVED, "yet") or (season_asked and c.has(*NOW_WORDS)))
        and (c.has(*NOW_WORDS) or not c.has(*_FUTURE))
    ):
        # "has season 3 hit netflix yet", "is s3 up on netflix", "is hs3 on netflix now" ask whether it is
        # out there: on another network it is not. ("is the show on prime video now" asks where it is.)
        there = await network_check(c, network)
        if there is None or there.answers[:1] == ("No",):
            return there
        return await _day_said(c) or await check_out_yet(c)  # "hs3 drops oct 3 on netflix?": that day
    if network is not None and (res.shows or c.show):
        there = await network_check(c, network)
        # "agatha premieres sept 28 on disney+ yes?": the right network, so the day said decides
        right = there is not None and there.answers[:1] == ("Yes",)
        return (await _day_said(c) if right else None) or there
    show = res.shows[0] if res.shows else c.show
    scored = await score_check(c, show) if show is not None and not res.people else None
    if scored is not None:
        return scored
    award = next((body for word, body in AWARD_BODIES.items() if c.has(word)), None)
    if award is not None and c.show is not None:
        return await award_check(c, award)
    if res.people and (worked := await work_check(c)) is not None:
        return worked
    if res.people and (credited := await credit_check(c)) is not None:
        return credited
    if c.has("based on") and show is not None and (based := await source_check(c, show)) is not None:
        return based
    day = asserted_day(c)
    dated = await date_check(c, day) if day is not None and not res.people else None
    if dated is not None:
        return dated
    counted = any(t.isdigit() for t in c.tokens) or c.has(*_COUNT_WORDS)
    if c.has("episodes", "episode", "seasons") and c.show is not None and (counted or not out_yet):
        return await count_check(c)  # "are the new episodes out yet" asks whether they are out
    if c.has("nominated", "nomination", "nominations", "won", "win") and c.show is not None:
        return await category_check(c)
    if c.has(*STILL_TO_COME) and (res.shows or c.show is not None) and not res.people:
        return await still_to_come(c)  # "is hs3 still coming?"
    if c.has(*_BACK_WORDS) and (res.shows or c.show is not None) and not res.people:
        return await coming_back(c)
    if (out_yet or c.has(*_OUT_WORDS)) and (res.shows or c.show is not None) and not res.people:
        if asks_if_dated(c) and (known := await date_known(c)) is not None:
            return known  # "is there a date for hs3 yet": a date weeks away is a yes
        return await check_out_yet(c)
    return None
