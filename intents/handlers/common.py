"""Small helpers shared by handlers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from db.knowledge import ReleaseFact, ShowFacts
from intents.answer import Answer
from intents.query import Query, sources_for
from intents.timefmt import distance, is_future, long_date


def missing(q: Query, intent: str, what: str, article_ids: Sequence[int | None] = ()) -> Answer:
    """An honest 'I don't have that' answer for a known show or person; a season past the show's final one
    says which season is the last ("carnival row season 3?")."""
    final = final_season(q.show) if q.show is not None else None
    if final is not None and q.season is not None and q.season > final and q.show is not None:
        # The status fact answers it: there is no such season.
        return Answer(
            text=f"{q.show.title}'s season {final} is its final season: I don't know of a season {q.season}.",
            kind="answer",
            intent=intent,
            confidence=0.8,
            answers=(f"final season: {final}",),
            sources=sources_for(q.kb, [q.show.article_id]),
            show_id=q.show.id,
        )
    return Answer(
        text=f"I don't have {what} in my facts yet.",
        kind="unknown",
        intent=intent,
        confidence=0.9,
        sources=sources_for(q.kb, article_ids),
        show_id=q.show.id if q.show else None,
    )


# A status fact's final season with its number ("final season: 3"); renewal.py also reads one unnumbered.
_FINAL = re.compile(r"final season:? ?(\d+)", re.IGNORECASE)


def final_season(show: ShowFacts) -> int | None:
    """The season a status fact calls the show's final one, if any."""
    found = (_FINAL.search(s) for s in show.descriptors.get("status", []))
    return next((int(m.group(1)) for m in found if m), None)


def need_show(q: Query, intent: str) -> Answer | None:
    """When no show could be chosen, an answer asking for one; otherwise None."""
    if q.show is not None:
        return None
    return Answer(
        text="Which show do you mean? Try naming it, like `!premiere heartstopper`.",
        kind="unknown",
        intent=intent,
        confidence=0.5,
    )


def newest(q: Query, releases: list[ReleaseFact]) -> ReleaseFact | None:
    """Of several reports of one release, the one from the newest article."""
    if not releases:
        return None
    order = q.kb.newest_first([r.article_id for r in releases])
    rank = {article: i for i, article in enumerate(order)}
    return min(releases, key=lambda r: rank.get(r.article_id, len(rank)))


def season_label(show: ShowFacts, season: int | None) -> str:
    """'Heartstopper season 3' or just 'Heartstopper'."""
    return f"{show.title} season {season}" if season is not None else show.title


def season_release(q: Query, show: ShowFacts, season: int) -> ReleaseFact | None:
    """The newest report of one season's release; a series' first season premieres with the series."""
    found = newest(q, [r for r in show.releases if r.season == season])
    if found is None and season == 1:
        return newest(q, [r for r in show.releases if r.season is None])
    return found


def describe_release(q: Query, show: ShowFacts, release: ReleaseFact, season: int | None) -> str:
    """'Heartstopper season 3 premieres on Netflix on Thursday, October 3, 2024, in 30 days.'"""
    label = season_label(show, season)
    network = release.network or show.network
    where = f" on {network}" if network else ""
    if release.on is None:
        year = release.year or 0
        verb = "premieres" if year > q.today.year else "premiered"
        ago = q.today.year - year
        when = f" ({ago} years ago)" if ago > 1 else ""
        return f"{label} {verb}{where} in {year}{when}."
    if release.on == q.today:
        return f"{label} premieres{where} today, {long_date(release.on)}."
    if is_future(release.on, q.today):
        return f"{label} premieres{where} on {long_date(release.on)}, {distance(release.on, q.today)}."
    return f"{label} premiered{where} on {long_date(release.on)} ({distance(release.on, q.today)})."
