"""A show described by when it comes out ("the show that premieres october 3", "the one coming out in
october", "which show is coming out on peacock in october"): the show whose release falls then is found
first, then the question is asked about it."""

from __future__ import annotations

import datetime as dt
import re

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.text import fold
from intents.understand.chains import asks_more
from intents.understand.claims import networks_in
from intents.understand.context import Composing, lead_with, merged_sources

_MONTHS = "january february march april may june july august september october november december".split()
_MONTH_WORDS = {m: n for n, m in enumerate(_MONTHS, 1)} | {m[:3]: n for n, m in enumerate(_MONTHS, 1)}
_RELEASING = (
    r"(?:(?:is |s |will be )?(?:coming|comes|come) (?:out|back)|(?:is |s )?out|premieres?|premiering|"
    r"premiered|(?:is |s )?releasing|releases|released|drops?|dropping|dropped|airs?|airing|returns?|"
    r"returning|debuts?|debuting|starts?|starting|launches|launching|lands?|landing|arrives?|arriving)"
)
_DESCRIBED = re.compile(
    r"\b(?:the |that |which |what )?(?:[a-z+]+ )?(?:show|series|one|tv show|season)(?: that| which)?"
    r"(?: is| s)? "
    rf"{_RELEASING}(?: (?:on|in) [a-z+]+(?: [a-z+]+)?)??(?: (?:on|in))?(?: the)? "
    rf"(?:(?P<month>{'|'.join(_MONTH_WORDS)})(?: (?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?"
    r"|(?P<rel>next|this) month)\b"
)
# "the october season", "the september show": the month said before what it describes.
_MONTH_FIRST = re.compile(
    rf"\bthe (?P<month>{'|'.join(_MONTHS)}) (?:show|series|season|one|premiere|release)\b"
)
# Words that may stand between "show" and the date without being the show's description.
_NOT_A_DESCRIPTION = frozenset({"the", "that", "which", "what"})
# A yes/no question's opening verb: "is the new season coming out in november?" checks a date it names.
_CHECK_OPENERS = frozenset("is s does do will did was are has".split())
_RELATIVE_WORDS = frozenset({"that", "which"})


def show_released(c: Composing, month: int, day: int | None) -> tuple[ShowFacts, int | None] | None:
    """The show (and season) with a release in that month (on that day), on the network the question names;
    the nearest one still to come, else the latest gone."""
    networks = [fold(n) for n in networks_in(c)]
    found: list[tuple[dt.date, ShowFacts, int | None]] = []
    for show in c.kb.shows.values():
        for r in show.releases:
            if r.on is None or r.on.month != month or (day is not None and r.on.day != day):
                continue
            where = fold(r.network or show.network or "")
            if networks and not any(n == where for n in networks):
                continue
            found.append((r.on, show, r.season))
    if not found:
        return None
    coming = sorted((f for f in found if f[0] >= c.today), key=lambda f: f[0])
    gone = sorted((f for f in found if f[0] < c.today), key=lambda f: f[0], reverse=True)
    _, show, season = (coming or gone)[0]
    return show, season


def _month_from_today(today: dt.date, which: str) -> int:
    """The month "this month" or "next month" is, from today."""
    return today.month if which == "this" else today.month % 12 + 1


def _checks_the_date(before: str, described: str) -> bool:
    """Whether the phrase is the question itself, a yes/no check of when its subject comes out ("is the new
    season coming out in november?"), rather than a description ("is the show that premieres october 3 on
    netflix?"): the month is then the fan's guess, never a way to pick the show."""
    opener = before.split()
    return len(opener) == 1 and opener[0] in _CHECK_OPENERS and _RELATIVE_WORDS.isdisjoint(described.split())


async def dated_show(c: Composing) -> Answer | None:
    """Answer a question about a show described by its release date, or None when it has no such phrase."""
    if any(m.refs[0].kind != "network" for m in c.res.mentions):
        return None  # a name says which show (or whose): the date is then what is asked, not a description
    text = " ".join(c.tokens)
    match = _DESCRIBED.search(text) or _MONTH_FIRST.search(text)
    if match is None or _checks_the_date(text[: match.start()], match[0]):
        return None
    groups = match.groupdict()
    month = _MONTH_WORDS[groups["month"]] if groups["month"] else _month_from_today(c.today, groups["rel"])
    found = show_released(c, month, int(groups["day"]) if groups.get("day") else None)
    if found is None:
        return None
    show, season = found
    season_words = f" season {season}" if season else ""
    bridge = await c.ask(f"when does {show.title}{season_words} premiere")
    if bridge.kind != "answer":
        return None
    before, after = text[: match.start()], text[match.end() :]
    if not asks_more(f"{before} {after}"):
        return bridge  # "which show is coming out on peacock in october" is answered by the release itself
    outer = await c.ask_composed(f"{before} {fold(show.title)}{season_words} {after}")
    if outer.kind not in ("answer", "unknown"):
        return None
    if outer.kind == "unknown" or outer.answers[:1] in (("Yes",), ("No",)):
        return Answer(
            f"{outer.text} ({bridge.text})",
            kind=outer.kind,
            intent=outer.intent,
            confidence=outer.confidence,
            answers=outer.answers,
            sources=merged_sources(outer, bridge),
            show_id=show.id,
        )
    return lead_with(bridge.text, outer, intent=outer.intent or "chain", extra_sources=bridge.sources)
