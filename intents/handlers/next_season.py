"""A question about a season still to come ("when does heartstopper come back?", "when's the next season?")
asked after the last season Marquee knows of has premiered: say first that no date is known for the next one
(renewed or not), then what is known."""

from __future__ import annotations

from db.knowledge import ReleaseFact, ShowFacts
from intents.handlers.renewal import renewed_seasons
from intents.query import Query
from intents.timefmt import is_future

# Words that ask about a season after the ones that have aired.
_TO_COME = ("come back", "coming back", "comes back", "be back", "back", "return", "returns", "returning",
            "next season", "next one", "another season", "upcoming")  # fmt: skip
# Words that ask about a past release ("when did it come back for season 3").
_PAST = ("did", "was", "were", "came", "premiered", "released", "aired")


def next_season_lead(q: Query, show: ShowFacts, release: ReleaseFact, season: int | None) -> str | None:
    """'I don't have a premiere date for Shōgun season 2 yet (it has been renewed).' or 'No new season of
    Heartstopper has been announced as far as my facts go.' when the question asks about a season to come
    and the release found has already premiered; None otherwise."""
    if q.season is not None or not q.has(*_TO_COME) or q.has(*_PAST):
        return None
    if release.on is not None and is_future(release.on, q.today):
        return None
    if release.on is None and (release.year or 0) >= q.today.year:
        return None
    known = [r.season or 1 for r in show.releases if r.on is not None or r.year is not None]
    following = max([season or 1, *known]) + 1
    renewed = [n for n in renewed_seasons(show) if n >= following]
    if renewed:
        return f"I don't have a premiere date for {show.title} season {renewed[0]} yet (it has been renewed)."
    return f"No new season of {show.title} has been announced as far as my facts go."
