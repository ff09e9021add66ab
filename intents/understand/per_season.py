"""Episodes per season on average: "so how many per season on average" after an episode count, "what's that
per season", "how many episodes a season did euros lyn direct". Worked out from an episode count held over a
run of seasons (the show's, or a person's credit on it when the question names them), said with the count it
comes from; seasons with no count reported are not guessed."""

from __future__ import annotations

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.query import parse_seasons, sources_for
from intents.understand.context import Composing

_PER_SEASON = ("per season", "a season", "each season", "every season", "per series", "an season", "per szn")
# Words that ask for the number itself ("how many", "average", "what's that"), not something else per season.
_ASKS = ("how many", "average", "avg", "on average", "mean", "whats that", "what is that", "thats")


def _span(first: int, last: int) -> str:
    return f"season {first}" if first == last else f"seasons {first}–{last}"


def _from_show(show: ShowFacts) -> tuple[int, int, int, int | None] | None:
    """(episodes, first season, last season, article) of the show's widest run with an episode count."""
    counted = [s for s in show.seasons if s.episodes]
    if not counted:
        return None
    widest = max(counted, key=lambda s: (s.through or s.number) - s.number)
    if len(counted) > 1 and all(s.through is None for s in counted):
        first, last = min(s.number for s in counted), max(s.number for s in counted)
        return sum(s.episodes or 0 for s in counted), first, last, counted[0].article_id
    return widest.episodes or 0, widest.number, widest.through or widest.number, widest.article_id


async def episodes_per_season(c: Composing) -> Answer | None:
    """The average number of episodes per season, or None when the question doesn't ask it."""
    if not c.has(*_PER_SEASON) or not c.has(*_ASKS) or c.res.season is not None:
        return None
    show = c.res.shows[0] if len(c.res.shows) == 1 else c.show if not c.res.shows else None
    if show is None:
        return None
    person = c.res.people[0] if len(c.res.people) == 1 else None
    found: tuple[int, int, int, int | None] | None
    if person is not None:
        credit = next((cr for cr in person.credits if cr.show_id == show.id and cr.episodes), None)
        seasons = sorted(parse_seasons(credit.seasons)) if credit is not None else []
        if credit is None or not seasons or credit.episodes is None:
            return None
        found = (credit.episodes, seasons[0], seasons[-1], credit.article_id)
        whose = f"{person.name}'s {credit.episodes} episodes of {show.title}"
    else:
        found = _from_show(show)
        whose = f"{show.title}'s {found[0]} episodes" if found is not None else ""
    if found is None:
        return None
    episodes, first, last, article = found
    count = last - first + 1
    mean = episodes / count
    text = (
        f"About {mean:g} episodes per season: {whose} span {_span(first, last)} "
        f"({count} season{'s' if count != 1 else ''})."
    )
    return Answer(
        text=text,
        kind="answer",
        intent="seasons",
        confidence=1.0,
        answers=(f"{mean:g}",),
        sources=sources_for(c.kb, [article]),
        show_id=show.id,
    )
