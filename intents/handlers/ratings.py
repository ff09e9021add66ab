"""Ratings: the scores Marquee holds for a show, never passed off as another site's, another audience's or
one season's."""

from __future__ import annotations

import re
from dataclasses import replace

from db.knowledge import RatingFact
from intents.answer import Answer
from intents.handlers.common import missing, need_show
from intents.query import Query, join_names, sources_for
from intents.rating_sites import RATING_SITES
from intents.seasons import SEASON_TAG
from intents.text import fold
from intents.understand.context import YES_NO_OPENERS, YES_NO_TAILS


def _score(value: float, scale: str) -> str:
    number = f"{value:g}"
    return f"{number}%" if scale == "%" else f"{number}{scale}"


async def ratings(q: Query) -> Answer:
    """Scores from Rotten Tomatoes, IMDb and others."""
    if (ask := need_show(q, "ratings")) is not None:
        return ask
    assert q.show is not None
    found = list(q.show.ratings)
    asked = _asked_rating_site(q)
    held = {fold(r.source) for r in found}
    if asked is not None and not any(fold(asked) in h or h in fold(asked) for h in held):
        # Never pass another site's score off as the one asked for: say what is missing first.
        article = "an" if asked[:1] in "AEIOU" else "a"
        lacking = f"I don't have {article} {asked} score for {q.show.title}."
        if not found:
            return missing(q, "ratings", f"{article} {asked} score for {q.show.title}")
        other = await ratings_known(q, found)
        # The other site's scores are offered, never the answer asked for (as the creator handler does).
        return replace(
            other, text=f"{lacking} What I have: {other.text}", kind="answer", confidence=0.6, answers=()
        )
    if not found:
        return missing(q, "ratings", f"ratings for {q.show.title}")
    season = _season_asked(q)
    if season is not None or q.has(*_SEASONS_RANKED):
        # A score is held for a show, never for one season: "hs3's rt score" is not the show's.
        other = await ratings_known(q, found)
        one = (
            f"a score for {q.show.title} season {season} on its own" if season else "scores season by season"
        )
        lacking = f"I don't have {one}."
        text = f"{lacking} What I have is for the whole show: {other.text}"
        return replace(other, text=text, confidence=0.6, answers=())
    on_site = [
        r for r in found if asked is None or fold(asked) in fold(r.source) or fold(r.source) in fold(asked)
    ]
    if _asks_audience(q) and not any(r.audience in _AUDIENCES for r in on_site):
        # "and the audience?" where only critics' scores are held (on the site asked: "the rt audience score"
        # is no IMDb users' score): say so, then what there is.
        other = await ratings_known(q, found)
        elsewhere = asked is not None and any(r.audience in _AUDIENCES for r in found)  # another site's users
        lacking = f"I don't have {f'a {asked}' if elsewhere else 'an'} audience score for {q.show.title}."
        return replace(other, text=f"{lacking} What I have: {other.text}", confidence=0.6, answers=())
    if asked is not None and on_site and _checks_site(q.tokens):
        # "that's rotten tomatoes yeah?", "is it on imdb": the site checked holds scores, which are given
        on_site_known = await ratings_known(q, on_site)
        return replace(on_site_known, text=f"Yes. {on_site_known.text}")
    return await ratings_known(q, found)


# Words that judge or measure the score ("is it rated well on rt", "is it over 90 on rt"): a check of the
# score, which the site alone does not answer.
_JUDGING = frozenset(
    """well good highly high bad badly low poorly great better worse best worst above over under below more
    less than fresh certified decent liked loved hated""".split()
)


def _checks_site(tokens: list[str]) -> bool:
    """Whether the question checks only the site it names: opened by an auxiliary ("is that on rt") or
    closed by a tag asking it back ("that's rt yeah?"), with no judgement or number of the score."""
    if not _JUDGING.isdisjoint(tokens) or any(any(c.isdigit() for c in t) for t in tokens):
        return False
    opened = tokens[:1] != [] and tokens[0] in YES_NO_OPENERS
    return opened or any(tuple(tokens[-n:]) in YES_NO_TAILS for n in (1, 2))


_SEASON_WORDS = ("season", "seasons", "series", "szn")
_SEASONS_RANKED = ("which season", "what season", "which seasons", "best season", "worst season")
# A season tag, and fans' "szn" glued to its number too ("szn3"), which no other reader needs.
_SEASON_TAG = re.compile(rf"{SEASON_TAG}|szn\d{{1,2}}")


def _season_asked(q: Query) -> int | None:
    """The season the question's own words ask a score of ("season 3", "hs3", "the new season"), if any; a
    season the conversation left behind is no part of a score question."""
    said = q.has(*_SEASON_WORDS) or any(_SEASON_TAG.fullmatch(t) for t in q.tokens)  # "s2", "szn3"
    return q.resolved_season() if said else None


_AUDIENCES = frozenset({"audience", "users"})
_AUDIENCE_WORDS = ("audience", "audiences", "fans", "viewers", "popcornmeter", "users", "people")
_CRITICS_WORDS = ("critics", "critic", "tomatometer", "reviews")


def _asks_audience(q: Query) -> bool:
    """Whether the question asks for audiences' scores and not critics'."""
    return q.has(*_AUDIENCE_WORDS) and not q.has(*_CRITICS_WORDS)


def _asked_rating_site(q: Query) -> str | None:
    """The review site a question names, if any ("what's its metacritic score")."""
    for words, site in RATING_SITES:
        if q.has(*words):
            return site
    return None


async def ratings_known(q: Query, found: list[RatingFact]) -> Answer:
    """The scores Marquee holds for the show, critics first unless audiences are asked about."""
    assert q.show is not None
    audience_first = q.has(*_AUDIENCE_WORDS)
    critics_first = q.has(*_CRITICS_WORDS)
    only = [r for r in found if (r.audience == "critics") == critics_first]
    if audience_first != critics_first and only and q.has("score", "rating", "percent", "think", "say"):
        found = only  # "what's the critics score": that score alone, not the audience's beside it
    if audience_first and not critics_first:
        found.sort(key=lambda r: r.audience not in ("audience", "users"))
    else:
        found.sort(key=lambda r: r.audience != "critics")
    by_source: dict[str, list[str]] = {}
    for r in found:
        who = {"audience": "audiences", "users": "users"}.get(r.audience, r.audience)
        by_source.setdefault(r.source, []).append(f"{_score(r.value, r.scale)} from {who}")
    parts = [f"{join_names(scores)} on {source}" for source, scores in by_source.items()]
    return Answer(
        text=f"{q.show.title} scores {'; '.join(parts)}.",
        intent="ratings",
        confidence=1.0,
        answers=tuple(_score(r.value, r.scale) for r in found),
        sources=sources_for(q.kb, [r.article_id for r in found]),
        title=f"{q.show.title}: ratings",
        fields=tuple((f"{r.source} ({r.audience})", _score(r.value, r.scale)) for r in found),
        show_id=q.show.id,
    )
