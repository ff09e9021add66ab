"""Yes/no checks of a release: "is it out yet?", "is heartstopper coming back?". A show whose newest season
is still to come is not out yet in the sense fans ask about, whatever its first season did."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from db.knowledge import ReleaseFact, ShowFacts
from intents.answer import Answer
from intents.query import latest_season_number, sources_for
from intents.timefmt import long_date
from intents.understand.context import Composing, verdict

# Words that ask about now: "is it out yet", "can i watch it already".
NOW_WORDS = ("yet", "already", "now", "tonight", "today", "finally")


async def coming_back(c: Composing) -> Answer | None:
    """'is heartstopper coming back?': yes when a season to come has a date, else what is known."""
    premiere = await c.ask(f"when does {c.subject_words()} premiere")
    statuses = tuple(c.show.descriptors.get("status", [])) if c.show is not None else ()
    if premiere.kind == "unknown" and statuses and c.show is not None and premiere.show_id == c.show.id:
        premiere = replace(premiere, kind="answer", answers=statuses)  # no date: the status decides
    if premiere.kind != "answer" or not premiere.answers:
        return None
    first = premiere.answers[0]
    if not first[:4].isdigit():
        # No date, only the show's status ("renewed for season 3", "cancelled after season 2"): it decides.
        renewed = "renew" in first.lower()
        return verdict(renewed, "Yes." if renewed else "No.", premiere, "premiere")
    try:
        upcoming = dt.date.fromisoformat(first) > c.today
    except ValueError:
        upcoming = first.isdigit() and int(first) > c.today.year
    if upcoming:
        return verdict(True, "Yes.", premiere, "premiere")
    return verdict(False, "No new season has been announced as far as my facts go.", premiere, "premiere")


def _newest_season(show: ShowFacts) -> ReleaseFact | None:
    """The release of the show's highest-numbered season after its first, when it has a day or a year."""
    later = [r for r in show.releases if r.season is not None and r.season > 1 and (r.on or r.year)]
    return max(later, key=lambda r: r.season or 0, default=None)


def _is_future(release: ReleaseFact, today: dt.date) -> bool:
    if release.on is not None:
        return release.on > today
    return release.year is not None and release.year > today.year


def _earlier_seasons(number: int) -> str:
    return "Season 1 is already out." if number == 2 else f"Seasons 1–{number - 1} are already out."


def _nearest(show: ShowFacts, today: dt.date) -> ReleaseFact | None:
    """The dated release nearest to today, before or after it: the one a fan asking "is it out yet" means."""
    dated = [r for r in show.releases if r.on is not None]
    return min(dated, key=lambda r: (abs((r.on or today) - today), r.season or 0), default=None)


async def _newest_season_out_yet(c: Composing, show: ShowFacts) -> Answer | None:
    """'is it out yet?' about a show with later seasons: the newest season decides, the older ones are out;
    unless another release is nearer today (asked weeks before the first season, the first one decides)."""
    newest = _newest_season(show)
    if newest is None or newest.season is None:
        return None
    nearest = _nearest(show, c.today)
    if newest.on is not None and nearest is not None and nearest is not newest:
        return None
    label = f"{show.title} season {newest.season}"
    if _is_future(newest, c.today):
        premiere = await c.ask(f"when does {label} premiere")
        if premiere.kind != "answer" or not premiere.answers:
            return None
        answer = verdict(False, "Not yet:", premiere, "premiere")
        return replace(answer, text=f"{answer.text} {_earlier_seasons(newest.season)}")
    premiere = await c.ask(f"when did {label} premiere")
    if premiere.kind != "answer" or not premiere.answers:
        return None
    lead = "Yes, it's out today." if newest.on == c.today else "Yes, it's out."
    return verdict(True, lead, premiere, "premiere")


# Words that ask whether a premiere is still ahead ("is hs3 still coming?"): yes is "not out yet".
STILL_TO_COME = ("still coming", "still to come", "still upcoming", "still happening", "still on the way",
                 "still due", "still on its way")  # fmt: skip
_OUT_LEAD = re.compile(r"^(?:yes|no|not yet)\b[^.:]*[.:]\s*", re.IGNORECASE)


async def still_to_come(c: Composing) -> Answer | None:
    """'is the new season still coming?': yes while its premiere is ahead, no once it has come; the premiere
    that decided it follows (the out-yet check, its verdict turned round)."""
    still = next(i for i, t in enumerate(c.tokens) if t == "still")
    if "or" in c.tokens[:still]:
        return await check_out_yet(c)  # "has it started already or is it still coming?": out yet is asked
    out = await check_out_yet(c)
    if out is None or out.answers[:1] not in (("Yes",), ("No",)):
        return None
    came = out.answers[0] == "Yes"
    facts = replace(out, text=_OUT_LEAD.sub("", out.text, count=1), answers=out.answers[1:])
    lead = "No, it's already out." if came else "Yes, it's still to come."
    return verdict(not came, lead, facts, "premiere")


async def check_out_yet(c: Composing) -> Answer | None:
    """'is heartstopper season 3 out yet?', 'is it out?': yes or no from the premiere date and the clock."""
    # "is heartstopper out" with no season asks about the show, whose newest season decides.
    series_only = c.res.season is None and not c.has("new", "next", "latest", "upcoming")
    show = c.res.shows[0] if c.res.shows else c.show
    # "is it out yet", "has it come out": the season fans wait for; "is heartstopper out" names the show,
    # which is out (its season to come is said after).
    awaited = c.has(*NOW_WORDS) or not c.res.shows
    if series_only and awaited and show is not None and (newest := await _newest_season_out_yet(c, show)):
        return newest
    # ("start", not "first": a first premiere asked for alone is answered without the seasons after it.)
    premiere = await c.ask(
        f"when did {c.subject_words()} start" if series_only else f"when does {c.subject_words()} premiere"
    )
    if premiere.kind != "answer" or not premiere.answers:
        number = c.res.season.number if c.res.season is not None else None
        return _out_undated(c, show, number) if show is not None and number is not None else None
    value = premiere.answers[0]
    try:
        on = dt.date.fromisoformat(value)
    except ValueError:
        if not value.isdigit():
            return None
        out = int(value) < c.today.year
        return verdict(out, "Yes." if out else "No, not yet.", premiere, "premiere")
    if on <= c.today:
        return verdict(True, "Yes, it's out.", premiere, "premiere")
    return verdict(False, "No, not yet.", premiere, "premiere")


def out_undated(show: ShowFacts, number: int, today: dt.date) -> tuple[str, list[ReleaseFact]] | None:
    """Whether season `number`, with no date of its own, is out all the same: a later season has premiered,
    or the show's newest season is still to come with none between them ("seasons 1–2 are out" of the
    count). The sentence that says how it is known, and the later releases it rests on; None when not."""
    later = sorted(
        (r for r in show.releases if r.season is not None and r.season > number and r.on is not None),
        key=lambda r: r.season or 0,
    )
    aired = [r for r in later if r.on is not None and r.on <= today]
    if aired:
        told = f"Season {aired[0].season} premiered on {long_date(aired[0].on or today)}."
    elif later and latest_season_number(show) == later[0].season:
        told = f"{_earlier_seasons(later[0].season or 0)} Season {later[0].season} premieres on "
        told += f"{long_date(later[0].on or today)}."
    else:
        return None  # a later season still to come says nothing of this one
    return told, later


def _out_undated(c: Composing, show: ShowFacts, number: int) -> Answer | None:
    """A season with no date of its own that is out all the same (`out_undated`): yes, and how it is known."""
    if (out := out_undated(show, number, c.today)) is None:
        return None
    told, later = out
    where = f" on {show.network}" if show.network else ""
    return Answer(
        text=f"Yes, {show.title} season {number} is out{where} (its exact date isn't in my facts). {told}",
        kind="answer",
        intent="premiere",
        confidence=0.8,
        answers=("Yes",),
        sources=sources_for(c.kb, [r.article_id for r in later]),
        show_id=show.id,
    )


# "is there a date for hs3 yet", "do we have a release date yet", "any date yet": whether a date is known,
# not whether the season is out (a date weeks away is a yes).
_DATE_KNOWN_ASKS = ("is there a", "is there any", "do we have a", "do we have any", "do they have a", "any",
                    "got a", "has a", "have a")  # fmt: skip


def asks_if_dated(c: Composing) -> bool:
    """Whether the check asks if a date has been given ("is there a date for hs3 yet")."""
    return c.has("date", "dates") and c.has(*_DATE_KNOWN_ASKS) and not c.has("out", "released", "premiered")


async def date_known(c: Composing) -> Answer | None:
    """Yes with the premiere when one is dated; None (the out-yet check reads it) otherwise."""
    premiere = await c.ask(f"when does {c.subject_words()} premiere")
    if premiere.kind != "answer" or not premiere.answers:
        return None
    try:
        dt.date.fromisoformat(premiere.answers[0])
    except ValueError:
        return None
    return verdict(True, "Yes:", premiere, "premiere")
