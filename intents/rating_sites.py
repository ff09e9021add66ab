"""Review sites as fans name them ("rt", "meta critic", "imbd"), with the names rating facts use."""

from __future__ import annotations

from db.knowledge import RatingFact, ShowFacts
from intents.phrase_spans import PhraseSpans

RATING_SITES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("metacritic", "meta critic", "metascore"), "Metacritic"),
    (("imdb", "imbd"), "IMDb"),
    (("letterboxd",), "Letterboxd"),
    (("rotten tomatoes", "rotten", "tomatometer", "rt"), "Rotten Tomatoes"),
    (("tv guide",), "TV Guide"),
    (("common sense media",), "Common Sense Media"),
)
_SITE_PHRASES = PhraseSpans(name for names, _site in RATING_SITES for name in names)


def rating_site_span(tokens: list[str]) -> tuple[int, int] | None:
    """Where the folded tokens name a review site, the longest name first, or None."""
    return _SITE_PHRASES.find(tokens)


def rotten_tomatoes_pair(show: ShowFacts) -> tuple[RatingFact, RatingFact] | None:
    """The show's critics and audience scores on Rotten Tomatoes, when it holds both."""
    rt = [r for r in show.ratings if "rotten" in r.source.lower()]
    critics = next((r for r in rt if r.audience == "critics"), None)
    audience = next((r for r in rt if r.audience != "critics"), None)
    return (critics, audience) if critics is not None and audience is not None else None
