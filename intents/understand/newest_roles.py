"""A crew role called new ("the new director", "the latest writer", "the current showrunner") means whoever
holds it on the show's latest season with that role credited: "what else has the new director of heartstopper
done" asks about the season 3 director, not about everyone who ever directed it. Read only when the question
names one show (or people whose shows leave one with such a credit)."""

from __future__ import annotations

import re

from db.knowledge import Knowledge, ShowFacts
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.person_shows import their_shows

_NEW = frozenset("new newest latest current".split())
# Role nouns a credit's role is named by (folded, singular and plural).
ROLE_NOUNS: dict[str, str] = {
    "director": "director",
    "directors": "director",
    "writer": "writer",
    "writers": "writer",
    "showrunner": "showrunner",
}
_NUMBER = re.compile(r"\d+")


def _latest_season(show: ShowFacts, role: str) -> int | None:
    """The highest season number the show's credits of this role name, or None when none names one."""
    numbers = [
        int(n) for c in show.credits if c.role == role and c.seasons for n in _NUMBER.findall(c.seasons)
    ]
    return max(numbers, default=None)


def newest_role_season(
    tokens: list[str], res: Resolution, kb: Knowledge, around: int | None = None
) -> list[str] | None:
    """The tokens with "new director" read as "season N director" (N the latest season with a director
    credited); None when the question holds no such role or no single show has one."""
    at = next((i for i in range(len(tokens) - 1) if tokens[i] in _NEW and tokens[i + 1] in ROLE_NOUNS), None)
    if at is None or res.season is not None:
        return None
    role = ROLE_NOUNS[tokens[at + 1]]
    shows = {m.refs[0].id for m in res.mentions if m.refs[0].kind == "show"}
    if not shows:
        people = [
            m.refs[0].id for m in res.mentions if m.refs[0].kind == "person" and m.refs[0].id in kb.people
        ]
        shows = {s for p in people for s in their_shows(kb.people[p])}
    titled: list[str] = []
    if not shows and around is not None:
        # "someone brought up heartstopper s3. what else has the new director done": the show talked about
        shows, titled = {around}, fold(kb.shows[around].title).split() if around in kb.shows else []
    seasons = {s: n for s in shows if s in kb.shows and (n := _latest_season(kb.shows[s], role)) is not None}
    if len(seasons) != 1:
        return None
    (season,) = seasons.values()
    return [*tokens[:at], *titled, "season", str(season), *tokens[at + 1 :]]
