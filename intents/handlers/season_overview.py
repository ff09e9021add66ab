"""Everything held about one season of a show ("heartstopper season 2?", "what do you know about s3")."""

from __future__ import annotations

from db.knowledge import CreditFact, ShowFacts
from intents.answer import Answer
from intents.handlers.common import describe_release, missing, need_show, season_label, season_release
from intents.handlers.crew import credit_line
from intents.picture.held import pictures_of
from intents.picture.told import describe
from intents.query import Query, parse_seasons, sources_for
from intents.registry import Intent

# Roles whose credits can be limited to some seasons, in the order an overview names them.
_SEASON_ROLES = ("director", "showrunner", "writer")


def _season_credits(show: ShowFacts, season: int) -> list[CreditFact]:
    """Crew credited with this season by number (credits for the whole show say nothing of one season)."""
    return [c for c in show.credits if c.role in _SEASON_ROLES and season in parse_seasons(c.seasons)]


def _episodes_line(show: ShowFacts, season: int) -> str | None:
    for span in show.seasons:
        if span.episodes and span.number == season and not span.through:
            return f"Season {season} has {span.episodes} episodes."
    return None


def _renewal_line(show: ShowFacts, season: int) -> str | None:
    for status in show.descriptors.get("status", []):
        if str(season) in status.split():
            return f"{show.title}: {status}."
    return None


async def season_overview(q: Query) -> Answer:
    """What is held about the season asked about: premiere, crew credited by season, episodes, status."""
    if (ask := need_show(q, "season_overview")) is not None:
        return ask
    assert q.show is not None
    show = q.show
    season = q.resolved_season()
    if season is None:
        # No season named: the newest season's premiere is what a fan asking "heartstopper?" hopes for.
        dated = [r for r in show.releases if r.season is not None]
        season = max((r.season for r in dated if r.season is not None), default=None)
        if season is None:
            return missing(q, "season_overview", f"season facts for {show.title}")
    label = season_label(show, season)
    lines: list[str] = []
    articles: list[int | None] = []
    release = season_release(q, show, season)
    if release is not None:
        lines.append(describe_release(q, show, release, season))
        articles.append(release.article_id)
    for credit in _season_credits(show, season):
        lines.append(credit_line(q, credit) + ".")
        articles.append(credit.article_id)
    extra = [_episodes_line(show, season), _renewal_line(show, season)]
    # The season's posted picture is news of it too ("any heartstopper news?").
    extra += [describe(p, show) for p in pictures_of(show) if p.season == season]
    lines.extend(line for line in extra if line)
    if not lines:
        return missing(q, "season_overview", f"anything on {label}", [show.article_id])
    if release is None:
        # Say what is lacking before what is held: a fan asking about a season most wants its date.
        lines.insert(0, f"I don't have a premiere date for {label}.")
    return Answer(
        text=" ".join(lines),
        intent="season_overview",
        confidence=1.0,
        # The premiere's day as well, for "how far away is that" next.
        answers=(*lines, release.on.isoformat()) if release is not None and release.on else tuple(lines),
        sources=sources_for(q.kb, articles),
        title=label,
        show_id=show.id,
    )


INTENTS = [
    Intent(
        "season_overview",
        (
            "{show} {season}",
            "{show} {season} news",
            "tell me about {show} {season}",
            "what do you know about {show} {season}",
            "any news on {show} {season}",
            "info on {show} {season}",
            "any updates on {show} {season}",
            "any {show} news",
            "any news about {show}",
            "latest {show} news",
        ),
        season_overview,
        cues=("what do you know about", "any news", "any updates", "info on", "the latest on"),
        commands=("season",),
        description="what is known about one season",
        sample="what do you know about heartstopper season 3?",
    )
]
