"""Where to watch, ratings, awards, synopsis, and season/episode counts."""

from __future__ import annotations

from db.knowledge import AwardFact
from intents.answer import Answer
from intents.awards import bodies_named
from intents.handlers.common import missing, need_show, newest
from intents.handlers.ratings import ratings
from intents.query import Query, join_names, sources_for
from intents.registry import Intent
from intents.text import count_in_words


async def where_to_watch(q: Query) -> Answer:
    """The network or streamer a show is on."""
    if (ask := need_show(q, "where_to_watch")) is not None:
        return ask
    assert q.show is not None
    season = q.resolved_season()
    release = newest(q, [r for r in q.show.releases if r.season == season and r.network])
    network = (release.network if release else None) or q.show.network
    if network is None:
        return missing(q, "where_to_watch", f"where {q.show.title} streams")
    articles = [release.article_id if release else None, q.show.article_id]
    label = f"{q.show.title} season {season}" if season is not None and release else q.show.title
    return Answer(
        text=f"You can watch {label} on {network}.",
        intent="where_to_watch",
        confidence=1.0,
        answers=(network,),
        sources=sources_for(q.kb, articles),
        title=f"{label}: where to watch",
        fields=(("Network", network),),
        show_id=q.show.id,
    )


async def awards(q: Query) -> Answer:
    """Award nominations and wins, including bodies that never nominated the show."""
    if (ask := need_show(q, "awards")) is not None:
        return ask
    assert q.show is not None
    found = list(q.show.awards)
    if not found:
        return missing(q, "awards", f"award facts for {q.show.title}")
    bodies = sorted({a.body for a in found})
    named = bodies_named(q.tokens)  # "emmys" names the Emmy Awards
    asked = [
        b
        for b in bodies
        if q.has(*(w.lower() for w in b.replace("Awards", "").split())) or any(n in b for n in named)
    ]
    sentences: list[str] = []
    values: list[str] = []
    for body in asked + [b for b in bodies if b not in asked]:
        rows = [a for a in found if a.body == body]
        if all(a.outcome == "none" for a in rows):
            sentences.append(f"{q.show.title} has not been nominated for any {body}.")
            none = "0" if q.has("how many") else "No"
            values.append(none if body in asked else f"No {body} nominations")
            continue
        noms = [a.category or "unnamed category" for a in rows if a.outcome in ("nominated", "won")]
        wins = [a.category or "unnamed category" for a in rows if a.outcome == "won"]
        plural = "s" if len(noms) != 1 else ""
        if wins and q.has("how many") and q.has("win", "won", "wins"):
            # "how many emmys did shogun win": the wins counted first, the nominations after.
            won = f"{count_in_words(len(wins))} {body.removesuffix(' Awards')} award{'s' * (len(wins) != 1)}"
            sentences.append(
                f"{q.show.title} has won {won} I know of: {join_names(wins)} (from "
                f"{count_in_words(len(noms))} nomination{plural})."
            )
            values.extend([str(len(wins)), *wins])
            continue
        text = f"{q.show.title} has received {count_in_words(len(noms))} {body} nomination{plural}"
        text += f": {join_names(noms)}." if noms else "."
        if wins:
            text += f" It won {join_names(wins)}."
        sentences.append(text)
        values.extend([str(len(noms)), *noms] if q.has("how many") else noms)
    rows_asked = [a for a in found if a.body in (asked or bodies)]
    verdict = _yes_or_no(q, rows_asked)
    if verdict is None and q.has("win", "won", "wins") and not any(a.outcome == "won" for a in rows_asked):
        if asked and all(a.outcome == "none" for a in rows_asked):
            # "heartstopper won an emmy?": the facts say it was never nominated, so no win is certain
            verdict = "None." if q.has("how many") else "No."
        else:
            # "how many baftas did it win?" of a show with nominations only: no win is on record, said first
            body = f"{asked[0]} " if len(asked) == 1 else ""
            verdict = f"I don't have any {body}wins on record for {q.show.title}. What I have:"
    unheld = [b for b in named if not any(b in held for held in bodies)]
    if unheld and not asked and verdict is None:
        # "and the baftas?" of a show with only Emmy facts: that body first, then what is held.
        verdict = f"I don't have any {unheld[0]} nominations on record for {q.show.title}. What I have:"
    return Answer(
        text=" ".join([verdict, *sentences] if verdict else sentences),
        intent="awards",
        confidence=1.0,
        answers=tuple(values),
        sources=sources_for(q.kb, [a.article_id for a in found]),
        title=f"{q.show.title}: awards",
        show_id=q.show.id,
    )


_YES_NO_OPENERS = frozenset("did does has have is was were any ever".split())


def _yes_or_no(q: Query, rows: list[AwardFact]) -> str | None:
    """'Yes.' or 'No.' ahead of a yes/no award question ('did it win an emmy?', 'any wins?', 'was it
    nominated for a bafta?'), None for other questions."""
    opener = next((w for w in q.tokens if w not in ("and", "ok", "okay", "so", "but", "well")), None)
    if opener not in _YES_NO_OPENERS:
        return None
    if q.has("win", "won", "wins", "winner"):
        if any(a.outcome == "won" for a in rows):
            return "Yes."
        # The news reports nominations; a win it never reports is not known to be no win.
        nominated = any(a.outcome == "nominated" for a in rows)
        return "No win I know of: my facts don't report one." if nominated else "No."
    if q.has("nominated", "nomination", "nominations", "nom", "noms"):
        return "Yes." if any(a.outcome in ("nominated", "won") for a in rows) else "No."
    return None


INTENTS = [
    Intent(
        "where_to_watch",
        (
            "how can i watch {show}",
            "how do i watch {show}",
            "is {show} on {network}",
            "is {show} streaming on {network}",
            "can i watch {show} on {network}",
            "where can i watch {show}",
            "where to watch {show}",
            "what network is {show} on",
            "is {show} on netflix",
            "where is {show} streaming",
            "what streaming service has {show}",
            "where can i stream {show}",
            "what channel is {show} on",
            "where is it streaming",
            "where",
            "where can i watch it",
            "{show} network",
            "where {show}",  # the question word alone with the title, either side: "hs where?"
            "{show} where",
        ),
        where_to_watch,
        cues=(
            "where can i watch",
            "where to watch",
            "stream",
            "streaming",
            "network",
            "channel",
            "platform",
            "watch it",
        ),
        commands=("where", "watch", "network"),
        description="where to watch",
        sample="where can i watch heartstopper?",
    ),
    Intent(
        "ratings",
        (
            "is {show} any good",
            "what did audiences rate {show}",
            "how do audiences rate {show}",
            "how did critics rate {show}",
            "what is {show} rated",
            "{show} rotten tomatoes score",
            "what are the ratings for {show}",
            "is {show} good",
            "how good is {show}",
            "what do critics think of {show}",
            "{show} reviews",
            "what is the audience score of {show}",
            "ratings",
            "how well reviewed is {show}",
            "imdb rating of {show}",
        ),
        ratings,
        cues=(
            "rating",
            "ratings",
            "rated",
            "score",
            "scores",
            "rotten tomatoes",
            "tomatometer",
            "reviews",
            "critics",
            "imdb",
            "reviewed",
            "rate",
            "any good",
        ),
        commands=("ratings", "rating", "score", "scores"),
        description="Rotten Tomatoes and other scores",
        sample="what is heartstopper's rotten tomatoes score?",
    ),
    Intent(
        "awards",
        (
            "has {show} won any awards",
            "what awards has {show} been nominated for",
            "{show} awards",
            "was {show} nominated for an emmy",
            "how many bafta nominations does {show} have",
            "awards",
            "has {show} won an emmy",
            "{show} bafta nominations",
            "did {show} get any nominations",
        ),
        awards,
        cues=(
            "award",
            "awards",
            "emmy",
            "emmys",
            "bafta",
            "baftas",
            "nominated",
            "nomination",
            "nominations",
            "golden globe",
            "won",
        ),
        commands=("awards", "award", "nominations"),
        description="award nominations and wins",
        sample="has heartstopper been nominated for an emmy?",
    ),
]
