"""Premiere and release dates, and countdowns to them."""

from __future__ import annotations

from dataclasses import replace

from db.knowledge import ReleaseFact, ShowFacts
from intents.answer import Answer
from intents.handlers.common import describe_release, missing, need_show, newest, season_label, season_release
from intents.handlers.next_season import next_season_lead
from intents.query import Query, sources_for
from intents.registry import Intent
from intents.timefmt import distance, is_future, long_date
from intents.understand.date_spans import asked_unit, in_unit
from intents.understand.release_checks import out_undated


def _dated_new_season(q: Query, show: ShowFacts, latest: int) -> int:
    """ "The new season" of a show renewed past its dated seasons ("slow horses new season when", season 6
    confirmed): the next dated season, else the last one that aired."""
    dated = [r for r in show.releases if r.season is not None and r.on is not None]
    if not dated or any(r.season == latest for r in dated):
        return latest
    soon = [r for r in dated if r.on is not None and r.on >= q.today]
    pick = min(soon, key=lambda r: r.on or q.today) if soon else max(dated, key=lambda r: r.on or q.today)
    return pick.season or latest


def _release_for(q: Query, show: ShowFacts, season: int | None) -> tuple[ReleaseFact | None, int | None]:
    """The release asked about and the season it belongs to (None = the series itself)."""
    if q.latest_season and q.season is None and season is not None:
        season = _dated_new_season(q, show, season)
    if season is not None:
        return season_release(q, show, season), season
    series = newest(q, [r for r in show.releases if r.season is None])
    seasons = [r for r in show.releases if r.season is not None]
    latest = (
        newest(q, [r for r in seasons if r.season == max(x.season or 0 for x in seasons)])
        if seasons
        else None
    )
    asks_first = q.has(
        "first", "originally", "original", "debut", "debuted", "first season", "start", "started"
    )
    asks_past = q.has("did", "was", "released", "premiered", "aired", "came")
    if (series is not None and (asks_first or (asks_past and not q.has("season")))) or latest is None:
        return series, None
    if series is None and _asks_first_premiere(q):
        # "when did andor first come out": the first dated season, not the latest.
        first = min(seasons, key=lambda r: r.season or 0)
        return newest(q, [r for r in seasons if r.season == first.season]), first.season
    upcoming = latest.on is not None and is_future(latest.on, q.today)
    if upcoming and series is not None and series.on is not None and is_future(series.on, q.today):
        return series, None  # asked before the first season: the premiere to come first is that one
    if series is None or upcoming or not asks_past:
        return latest, latest.season
    return series, None


def _asks_first_premiere(q: Query) -> bool:
    """'when did X first come out', 'when did X originally air', 'when did X debut' (no season named)."""
    return q.season is None and q.has("first", "originally", "debut", "debuted") and not q.has("season")


def _value(release: ReleaseFact) -> str:
    return release.on.isoformat() if release.on else str(release.year)


def _with_status(q: Query, lacking: Answer) -> Answer:
    """No date, but a renewal or cancellation on record: "is it coming back?" is answered by that, after
    saying the date is missing ("...renewed for season 3", "...cancelled after season 2")."""
    assert q.show is not None
    statuses = q.show.descriptors.get("status", [])
    if lacking.kind != "unknown" or not statuses:
        return lacking
    told = "; ".join(statuses)
    text = f"{lacking.text} What I have: {q.show.title}: {told}."
    # The date stays a fact Marquee lacks (`kind` and `answers` say so): the renewal is offered beside it,
    # never given as the date ("is it coming back?" reads the status itself: understand/release_checks.py).
    return replace(lacking, text=text, sources=sources_for(q.kb, [q.show.article_id]))


async def premiere(q: Query) -> Answer:
    """When a show or one of its seasons premieres (or premiered)."""
    if (ask := need_show(q, "premiere")) is not None:
        return ask
    assert q.show is not None
    season = q.resolved_season()
    release, season = _release_for(q, q.show, season)
    if release is None and season is not None and (out := out_undated(q.show, season, q.today)) is not None:
        # "when is season 2 coming out" of a season already out with no date held: out, then how it is known
        told, later = out
        where = f" on {q.show.network}" if q.show.network else ""
        return Answer(
            text=f"I don't have the exact date {season_label(q.show, season)} came out, but it is already "
            f"out{where}. {told}",
            intent="premiere",
            confidence=0.8,
            sources=sources_for(q.kb, [r.article_id for r in later]),
            show_id=q.show.id,
        )
    if release is None:
        what = f"a premiere date for {season_label(q.show, season)}"
        return _with_status(q, missing(q, "premiere", what, [r.article_id for r in q.show.releases]))
    lead = next_season_lead(q, q.show, release, season)
    lines = [*([lead] if lead else []), describe_release(q, q.show, release, season)]
    values = [_value(release)]
    others = sorted(
        (r for r in q.show.releases if r is not release and r.season != season), key=lambda r: r.season or 0
    )
    if q.resolved_season() is None and not _asks_first_premiere(q):  # "first came out": that day alone
        for other in others[:2]:
            lines.append(describe_release(q, q.show, other, other.season))
            values.append(_value(other))
    return Answer(
        text=" ".join(lines),
        intent="premiere",
        confidence=1.0,
        answers=tuple(values),
        sources=sources_for(q.kb, [release.article_id]),
        title=f"{season_label(q.show, season)}: premiere",
        fields=(("Date", long_date(release.on) if release.on else str(release.year)),),
        show_id=q.show.id,
    )


async def countdown(q: Query) -> Answer:
    """How long until a premiere."""
    if (ask := need_show(q, "countdown")) is not None:
        return ask
    assert q.show is not None
    release, season = _release_for(q, q.show, q.resolved_season())
    if release is None or release.on is None:
        return missing(q, "countdown", f"a premiere date for {season_label(q.show, q.resolved_season())}")
    days = (release.on - q.today).days
    label = season_label(q.show, season)
    where = f" on {release.network}" if release.network else ""
    # "how many weeks until hs3", "how many months ago did it come out": the distance in the unit asked.
    unit = asked_unit(q.tokens)
    span = in_unit(release.on, q.today, unit) if unit is not None and days else None
    if span is not None and unit is not None and unit not in span:
        span = f"{span} (less than a {unit})"  # "how many months": 23 days is not one yet
    if unit is None and q.has("days") and abs(days) > 1:
        # "and s3, how many days ago": days, even past the two months `distance` counts in days
        span = f"{abs(days)} days"
    if days > 0:
        away = f"in {span}" if span else distance(release.on, q.today)
        text = f"{label} premieres{where} {away}, on {long_date(release.on)}."
        if q.has("ago", "been out"):  # "how long ago did it come out" of a season still to come
            text = f"It isn't out yet: {text}"
        value = f"{days} day{'s' if days != 1 else ''}"
    elif days == 0:
        text, value = f"{label} premieres{where} today, {long_date(release.on)}!", "0 days"
    else:
        ago = f"{span} ago" if span else distance(release.on, q.today)
        text = f"{label} premiered{where} on {long_date(release.on)}, {ago}."
        if not q.has("ago", "since", "been out"):
            text = f"No wait: {label} already premiered{where} on {long_date(release.on)} ({ago})."
        value = "0 days"
    return Answer(
        text=text,
        intent="countdown",
        confidence=1.0,
        answers=(value, release.on.isoformat()),
        sources=sources_for(q.kb, [release.article_id]),
        title=f"{label}: countdown",
        show_id=q.show.id,
    )


INTENTS = [
    Intent(
        "premiere",
        (
            "whens {show} {season} out",
            "when is {season} of {show} out",
            "what date does {show} {season} drop on {network}",
            "when does {show} {season} drop",
            "when does {show} come back",
            "what day of the week does {show} {season} release",
            "what year did {show} start",
            "{show} {season} when",
            "will there be a {show} {season}",
            "is there going to be a {show} {season}",
            "when does the new show with {person} come out",
            "is {show} {season} out",
            "what year did {show} come out",
            "when does {show} come out",
            "when does {show} {season} come out",
            "when is {show} {season} released",
            "{show} {season} release date",
            "release date for {show}",
            "when does {show} premiere",
            "when is the {show} {season} premiere",
            "when will {show} {season} be out",
            "premiere date {show}",
            "when did {show} come out",
            "when was {show} released",
            "when did {show} first premiere",
            "when is {season} of {show} coming",
            "is {show} {season} out yet",
            "when does {season} start",
            "when does {show} return",
            "when is {show} back",
            "what day does {show} {season} drop",
            "when did {show} start",
            "when did {show} {season} air",
            "premiere",
            "release date",
            "what date is {show} {season} out",
            "{show} {season} premiere date",
            "when can i watch {show} {season}",
            # "when is the blame on itv": naming the network still asks when, not where.
            "when is {show} on {network}",
            "when does {show} start on {network}",
            "when does {show} start",
        ),
        premiere,
        answers_when=True,
        cues=(
            "premiere",
            "premieres",
            "premiered",
            "release date",
            "released",
            "come out",
            "comes out",
            "coming out",
            "came out",
            "air date",
            "out yet",
            "come back",
            "comes back",
            "debut",
            "return",
        ),
        commands=("premiere", "release", "when"),
        description="premiere and release dates",
        sample="when does heartstopper season 3 come out?",
    ),
    Intent(
        "countdown",
        (
            "how long till {show} {season} comes out",
            "how long until {show} premieres",
            "how many weeks until {show} {season}",
            "how many days left until {show} {season}",
            "how long until {show} {season}",
            "how many days until {show} {season}",
            "countdown to {show}",
            "how long do i have to wait for {show} {season}",
            "days until {show} premiere",
            "how much longer until {season}",
            "how soon is {show} {season}",
            "how many months until {show} {season}",
            "how long ago did {show} {season} come out",
            "how long ago was {show} {season} released",
            "how long has {show} {season} been out",
            "countdown",
        ),
        countdown,
        answers_when=True,
        cues=(
            "how long until",
            "how long till",
            "how many days",
            "countdown",
            "days until",
            "days till",
            "how much longer",
            "how soon",
            "how many weeks",
            "weeks until",
            "days left",
            "how many months",
            "months until",
            "how long ago",
            "been out",
            "days ago",
            "weeks ago",
            "months ago",
            "years ago",
        ),
        commands=("countdown",),
        outranks=("premiere",),
        description="countdown to a premiere",
        sample="how long until heartstopper season 3?",
    ),
]
