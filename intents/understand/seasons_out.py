"""Whether several seasons named together are out ("can i stream seasons 1 and 2 yet?", "are all three
seasons out?"): the newest of them decides, so a season still to come after them is no "no"; and how many
seasons are out so far, for a count asserted of them ("it has two seasons out, right?")."""

from __future__ import annotations

import datetime as dt
import re

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.query import latest_season_number, sources_for
from intents.seasons import SEASON_NOUN, SEASON_ORDINALS, SPOKEN_SEASON_NUMBER
from intents.text import NUMBER_WORDS
from intents.timefmt import long_date
from intents.understand.context import Composing

# A season's number, or its place up to the fifth ("the first to third seasons").
_N = rf"({SPOKEN_SEASON_NUMBER}|first|second|third|fourth|fifth)"
# "seasons 1 and 2", "seasons one to three", "s1 and s2", "season 1 & 2", "series 1-3"
_PAIR = re.compile(
    rf"\b(?:{SEASON_NOUN}|s) ?{_N} (?:and|to|through|thru|n|or|-) (?:{SEASON_NOUN} |s ?)?{_N}\b"
)
# "the first two seasons", "all three seasons", "both seasons" are counted from the first season.
_FIRST_N = re.compile(rf"\b(?:first|all|all of the|all the|the) {_N} (?:seasons|series)\b")


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word) or SEASON_ORDINALS.get(word)


def named_seasons(tokens: list[str]) -> tuple[int, int] | None:
    """The first and last of several seasons the question names together, or None for one or none."""
    text = " ".join(tokens)
    pair = _PAIR.search(text)
    if pair is not None:
        first, last = _number(pair.group(1)), _number(pair.group(2))
        if first is not None and last is not None and first < last:
            return first, last
    counted = _FIRST_N.search(text)
    if counted is not None and (n := _number(counted.group(1))) is not None and n >= 2:
        return 1, n
    return None


def season_out(show: ShowFacts, number: int, today: dt.date) -> bool | None:
    """Whether season `number` is out by `today`: its own premiere, else a later season's that has come, else
    (the newest season still to come) every season before it is out; None when nothing says."""
    own = [r.on for r in show.releases if r.season == number and r.on is not None]
    if own:
        return min(own) <= today
    later = [r.on for r in show.releases if r.season is not None and r.season > number and r.on is not None]
    if any(on <= today for on in later):
        return True
    latest = latest_season_number(show)
    if latest is not None and number < latest and later:
        return True  # only seasons after it are still to come: it is one of the seasons out so far
    return None


def seasons_out_so_far(show: ShowFacts, today: dt.date) -> int | None:
    """How many seasons are out by `today` (the newest season out), or None when nothing says."""
    latest = latest_season_number(show)
    if latest is None:
        return None
    for number in range(latest, 0, -1):
        if season_out(show, number, today):
            return number
    return None


async def several_out(c: Composing) -> Answer | None:
    """'can i stream seasons 1 and 2 yet?': yes when the newest season named is out, with the season still
    to come after them said; no with the premiere of the first one named not out yet."""
    named = named_seasons(c.tokens)
    show = c.res.shows[0] if c.res.shows else c.show
    if named is None or show is None or c.res.people:
        return None
    first, last = named
    outs = [season_out(show, n, c.today) for n in range(first, last + 1)]
    if any(o is None for o in outs):
        return None
    span = (
        f"{show.title} seasons {first}–{last}"
        if last > first + 1
        else f"{show.title} seasons {first} and {last}"
    )
    if all(outs):
        # Where they stream is what "can i stream them yet" wants as well: their releases' network, else
        # the show's.
        networks = [r.network for r in show.releases if r.network and first <= (r.season or 1) <= last]
        network = networks[0] if networks else show.network
        text = f"Yes, {span} are out, on {network}." if network else f"Yes, {span} are out."
        waiting = [
            r for r in show.releases if r.season is not None and r.season > last and r.on and r.on > c.today
        ]
        if waiting:
            nxt = min(waiting, key=lambda r: r.season or 0)
            text += f" Season {nxt.season} premieres on {long_date(nxt.on or c.today)}."
        articles = [r.article_id for r in show.releases]
        return Answer(
            text=text, kind="answer", intent="premiere", answers=("Yes",),
            sources=sources_for(c.kb, articles), show_id=show.id,
        )  # fmt: skip
    missing = next(first + i for i, o in enumerate(outs) if not o)
    premiere = await c.ask(f"when does {show.title} season {missing} premiere")
    if premiere.kind != "answer":
        return None
    out_so_far = seasons_out_so_far(show, c.today)
    told = f" {show.title} seasons 1–{out_so_far} are out." if out_so_far and out_so_far > 1 else ""
    if out_so_far == 1:
        told = f" {show.title} season 1 is out."
    return Answer(
        text=f"No, not yet: {premiere.text}{told}", kind="answer", intent="premiere",
        answers=("No", *premiere.answers), sources=premiere.sources, show_id=show.id,
    )  # fmt: skip
