"""Who is new in a cast: answered only from a cast stated for a season; otherwise said to be unknown first."""

from __future__ import annotations

from intents.query import Query

# "who is new in the cast", "new cast members", "any newcomers", "who joined the cast for s3"
_NEWCOMER_WORDS = ("newcomers", "newcomer", "joined", "joining", "joins", "additions", "added")
_NEW_BEFORE = ("cast", "members", "actors", "faces", "stars", "castmembers")  # "new cast members"


def asks_who_is_new(q: Query) -> bool:
    """Whether the question asks who is new to the cast rather than who is in it."""
    if q.has(*_NEWCOMER_WORDS):
        return True
    if q.has("who is new", "who s new", "whos new", "who are new", "anyone new", "anybody new"):
        return True
    return q.has(*(f"new {word}" for word in _NEW_BEFORE))


def unknown_newcomers(q: Query, stated_seasons: set[int]) -> str | None:
    """The admission that opens a cast answer to "who is new", when no fact says who joined when; None when
    the question asks no such thing or a cast stated for the season asked answers it."""
    if not asks_who_is_new(q) or q.show is None:
        return None
    season = q.resolved_season()
    if season is not None and season in stated_seasons:
        return None  # "season 2 will star A and B": those are the season's own cast
    named = f"{q.show.title} season {season}" if season is not None else q.show.title
    return (
        f"I don't know who is new in the cast of {named}: my facts credit the cast of {q.show.title} to the "
        "show, not season by season. What I do know: "
    )
