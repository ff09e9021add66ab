"""Renewals, cancellations and final seasons, from the status facts articles report."""

from __future__ import annotations

import re

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.handlers.common import describe_release, final_season, missing, need_show, season_release
from intents.query import Query, join_names, latest_season_number, sources_for
from intents.registry import Intent

_RENEWED = re.compile(r"renewed for (?:a )?season (\d+)", re.IGNORECASE)
# A status fact calling a season the final one, its number optional ("final season" alone is "its current
# season"); common.py's final_season needs the number, so it keeps its own pattern.
_FINAL = re.compile(r"final season:? ?(\d+)?", re.IGNORECASE)
_CANCELLED = re.compile(r"cancel", re.IGNORECASE)
# Words that ask whether a season is coming ("is there going to be a season 5", "are they making s4").
_ASKS_IF_RENEWED = (
    "renewed", "renew", "confirmed", "coming", "happening", "getting", "get", "there", "making",
)  # fmt: skip


def renewed_seasons(show: ShowFacts) -> list[int]:
    """The seasons a show was reported renewed for, lowest first."""
    return sorted({int(m.group(1)) for s in show.descriptors.get("status", []) if (m := _RENEWED.search(s))})


def _season_on_record(q: Query, show: ShowFacts) -> Answer | None:
    """'will there be a season 4?' when season 4 has a release on record (or, with no season named, a season
    still to come): yes, with its date. A premiere reported is news of the season, whatever the status
    facts say."""
    if q.has("final", "last", "ending", "end", "cancelled", "canceled", "cancel"):
        return None
    asked = q.resolved_season()
    if asked is None and not q.has(*_ASKS_IF_RENEWED, "another", "more", "new", "next"):
        return None
    if asked is not None and asked in renewed_seasons(show):
        return None  # "was it renewed for season 3?": the renewal on record is the answer it asks for
    season = asked
    if season is None:
        # No season named: the nearest season still to come, with a day or a year on record.
        upcoming = [
            r.season
            for r in show.releases
            if r.season is not None and ((r.on and r.on > q.today) or (r.year or 0) > q.today.year)
        ]
        season = min(upcoming, default=None)
        if show.descriptors.get("status"):
            # "has slow horses been renewed": the reported status says for which season (or that the coming
            # one is the last); a season to come answers only when no status was reported.
            return None
    release = season_release(q, show, season) if season is not None else None
    if release is None or season is None:
        return None
    return Answer(
        text=f"Yes. {describe_release(q, show, release, season)}",
        intent="renewal",
        confidence=1.0,
        answers=("Yes", release.on.isoformat() if release.on else str(release.year)),
        sources=sources_for(q.kb, [release.article_id]),
        title=f"{show.title}: renewal",
        show_id=show.id,
    )


# Words asking when a season comes, not whether it is the last one ("cr final szn date").
_ASKS_WHEN = ("date", "when", "whens", "release", "released", "premiere", "premieres", "drop", "come out")


def _final_season_premiere(q: Query, show: ShowFacts) -> Answer | None:
    """'carnival row final season date': the premiere of the season a status fact calls the final one."""
    final = final_season(show)
    if final is None or q.season is not None or not q.latest_season or not q.has(*_ASKS_WHEN):
        return None
    release = season_release(q, show, final)
    if release is None:
        return None
    return Answer(
        text=f"{show.title}'s final season is season {final}. {describe_release(q, show, release, final)}",
        intent="premiere",
        confidence=1.0,
        answers=(release.on.isoformat() if release.on else str(release.year),),
        sources=sources_for(q.kb, [release.article_id]),
        title=f"{show.title} season {final}: premiere",
        show_id=show.id,
    )


def _beyond_latest(q: Query, show: ShowFacts) -> Answer | None:
    """'will there be a season 5?' past the last season on record: no news of it, and which is the last."""
    asked, latest = q.resolved_season(), latest_season_number(show)
    if asked is None or latest is None or asked <= latest:
        return None
    release = season_release(q, show, latest)
    last = describe_release(q, show, release, latest) if release is not None else ""
    text = f"I don't have news of a season {asked} of {show.title}. The latest season I know of is season "
    text += f"{latest}{':' if last else '.'} {last}".rstrip()
    return Answer(
        text=text,
        kind="unknown",
        intent="renewal",
        confidence=0.9,
        sources=sources_for(q.kb, [release.article_id] if release is not None else []),
        show_id=show.id,
    )


async def renewal(q: Query) -> Answer:
    """Whether a show was renewed (for the season asked about), cancelled, or is ending."""
    if (ask := need_show(q, "renewal")) is not None:
        return ask
    assert q.show is not None
    show = q.show
    if (final_premiere := _final_season_premiere(q, show)) is not None:
        return final_premiere
    if (on_record := _season_on_record(q, show)) is not None:
        return on_record
    statuses = show.descriptors.get("status", [])
    if not statuses:
        beyond = _beyond_latest(q, show)
        return beyond or missing(q, "renewal", f"news of a renewal or cancellation for {show.title}")
    renewed = renewed_seasons(show)
    final = next((m for s in statuses if (m := _FINAL.search(s))), None)
    cancelled = any(_CANCELLED.search(s) for s in statuses)
    # "X got renewed": an article may report a renewal without saying for which season.
    renewed_unnumbered = not renewed and any(s.strip().lower() == "renewed" for s in statuses)
    asked = q.resolved_season()
    sentences: list[str] = []
    verdict = ""
    if renewed:
        # Every season reported renewed, each by its name: "renewed for season 2 and season 3".
        seasons = join_names([f"season {n}" for n in renewed])
        sentences.append(f"{show.title} has been renewed for {seasons}.")
    elif renewed_unnumbered:
        sentences.append(f"{show.title} has been renewed (the report does not say for which season).")
    if final is not None:
        season = f"season {final.group(1)}" if final.group(1) else "its current season"
        sentences.append(f"{show.title}'s {season} is its final season.")
    if cancelled:
        sentences.append(f"{show.title} has been cancelled.")
    asks_if = q.has(*_ASKS_IF_RENEWED)
    if asked is not None and asks_if:
        if asked in renewed or any(asked <= r for r in renewed):
            verdict = "Yes. "
        elif not renewed_unnumbered:  # said first: the season asked about has no renewal held
            verdict = f"Not that I know of: I don't have a renewal for season {asked} in my facts. "
    elif q.has("renewed", "renew", "renewal", "coming back", "another season", "more seasons"):
        verdict = "Yes. " if renewed or renewed_unnumbered else "Not that I know of. "
    elif q.has("final", "last", "ending", "end"):
        verdict = "Yes. " if final is not None else "Not that I know of. "
    elif q.has("cancelled", "canceled", "cancel"):
        verdict = "Yes. " if cancelled else "No. "
    yes_no = verdict.split(".")[0].split()[0] if verdict else None
    return Answer(
        text=verdict + " ".join(sentences),
        intent="renewal",
        confidence=1.0,
        answers=tuple(x for x in (yes_no, *statuses) if x),
        sources=sources_for(q.kb, [show.article_id]),
        title=f"{show.title}: renewal",
        show_id=show.id,
    )


INTENTS = [
    Intent(
        "renewal",
        (
            "has {show} been renewed",
            "is {show} renewed for {season}",
            "was {show} renewed",
            "is {show} getting a {season}",
            "will there be a {season} of {show}",
            "is {show} cancelled",
            "has {show} been cancelled",
            "is {season} the final season of {show}",
            "is this the last season of {show}",
            "is {show} ending",
            "{show} {season} confirmed",
            "{show} renewed",
            "{show} final season",
            "will there be a {season}",
            "is there going to be a {season}",
            "is there a {season} coming",
            "are they making a {season}",
            "is {season} confirmed",
        ),
        renewal,
        cues=(
            "renewed",
            "renewal",
            "renew",
            "cancelled",
            "canceled",
            "final season",
            "last season",
            "confirmed",
        ),
        commands=("renewal",),
        description="renewals, cancellations and final seasons",
        sample="has heartstopper been renewed?",
    )
]
