"""What a show is about, and how many seasons and episodes it has."""

from __future__ import annotations

import datetime as dt

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.handlers.common import final_season, missing, need_show
from intents.query import Query, join_names, latest_season_number, sources_for
from intents.registry import Intent
from intents.timefmt import long_date


async def about(q: Query) -> Answer:
    """What a show is about, in one line."""
    if (ask := need_show(q, "about")) is not None:
        return ask
    assert q.show is not None
    if not q.show.synopsis:
        return missing(q, "about", f"a synopsis for {q.show.title}")
    return Answer(
        text=f"{q.show.title}: {q.show.synopsis}",
        intent="about",
        confidence=1.0,
        answers=(q.show.synopsis,),
        sources=sources_for(q.kb, [q.show.article_id]),
        title=q.show.title,
        show_id=q.show.id,
    )


async def seasons(q: Query) -> Answer:
    """How many seasons and episodes a show has."""
    if (ask := need_show(q, "seasons")) is not None:
        return ask
    assert q.show is not None
    show = q.show
    asks_episodes = q.has("episode", "episodes", "eps")
    season = q.resolved_season()
    articles = [s.article_id for s in show.seasons] + [r.article_id for r in show.releases if r.season]
    if asks_episodes:
        spans = [s for s in show.seasons if s.episodes]
        if season is not None:
            spans = [s for s in spans if s.number <= season <= (s.through or s.number)]
        if not spans:
            scope = f" season {season}" if season is not None else ""
            return missing(q, "seasons", f"an episode count for {show.title}{scope}", articles)
        parts = [
            f"{s.episodes} episodes across seasons {s.number}–{s.through}"
            if s.through
            else f"{s.episodes} episodes in season {s.number}"
            for s in spans
        ]
        text = f"{show.title} has {join_names(parts)}."
        unknown = [s.number for s in show.seasons if not s.episodes]
        if unknown and season is None:
            text += f" No episode count has been reported for season {join_names([str(n) for n in unknown])}."
        return Answer(
            text=text,
            intent="seasons",
            confidence=1.0,
            answers=tuple(str(s.episodes) for s in spans),
            sources=sources_for(q.kb, articles),
            title=f"{show.title}: episodes",
            show_id=show.id,
        )
    count = latest_season_number(show)
    if count is None:
        return missing(q, "seasons", f"a season count for {show.title}", articles)
    text = _season_count_text(show, count, q.today)
    if q.has(*_PLANNED_WORDS) and not q.has("episodes", "eps"):
        # "how many seasons will there be in total": the seasons still to be made are no fact held
        final = final_season(show)
        planned = f"{show.title} will have {final} seasons in all: season {final} is its final one."
        not_known = "I don't know how many seasons there will be in all."
        text = f"{planned if final else not_known} {text}"
    return Answer(
        text=text,
        intent="seasons",
        confidence=1.0,
        answers=(str(count),),
        sources=sources_for(q.kb, articles),
        title=f"{show.title}: seasons",
        show_id=show.id,
    )


# Words that ask for the seasons a show will have in all, not the ones it has.
_PLANNED_WORDS = ("will", "going to", "gonna", "planned", "plan", "end up with")


def _season_count_text(show: ShowFacts, count: int, today: dt.date) -> str:
    """'3 seasons so far', or, when the last one has yet to premiere, how many are out and when it comes."""
    plural = "s" if count != 1 else ""
    coming = [r.on for r in show.releases if r.season == count and r.on is not None and r.on > today]
    if not coming or count < 2:
        return f"{show.title} has {count} season{plural} so far (counting announced ones)."
    out = "season 1 is" if count == 2 else f"seasons 1–{count - 1} are"
    return (
        f"{show.title} has {count} seasons counting season {count}, which premieres on "
        f"{long_date(coming[0])}; {out} out so far."
    )


INTENTS = [
    Intent(
        "about",
        (
            "{show}",
            "what is {show} a spin off of",
            "is {show} a spin off",
            "what does {show} spin off from",
            "which show does {show} spin off of",
            "what show does {show} spins off from",
            "what is {show}",
            "what is {show} about",
            "what is the plot of {show}",
            "{show} synopsis",
            "what happens in {show}",
            "tell me about {show}",
            "what kind of show is {show}",
            "about",
            "what is it about",
            "summary of {show}",
            "what is the story of {show}",
            "plot",
        ),
        about,
        # "a quick rundown", "the gist": a fan's words for a summary
        cues=(
            "about",
            "plot",
            "synopsis",
            "summary",
            "story",
            "premise",
            "spin off",
            "spinoff",
            "rundown",
            "gist",
            "overview",
            "lowdown",
        ),
        commands=("about", "synopsis", "plot"),
        description="what a show is about",
        sample="what is heartstopper about?",
    ),
    Intent(
        "seasons",
        (
            "how many seasons does {show} have",
            "how many episodes does {show} have",
            "how many episodes in {season}",
            "number of seasons of {show}",
            "how many episodes are in {show} {season}",
            "seasons",
            "episodes",
            "how many seasons are there",
            "how long is {show}",
            "episode count {show}",
        ),
        seasons,
        cues=(
            "how many seasons",
            "how many episodes",
            "number of seasons",
            "number of episodes",
            "episode count",
        ),
        commands=("seasons", "episodes"),
        command_words=("episodes",),
        description="number of seasons and episodes",
        sample="how many episodes does heartstopper have?",
    ),
]
