"""A premiere told as the wait before it: "fans will have to wait until Jan. 6", "viewers in the U.S. must
wait until March 3 for the new season". Only an audience's wait counts: "the network will wait until May
to decide" dates no premiere, and neither does a wait for anything but the show ("wait until the trailer")."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.dates import find_dates
from ingest.model import ExtractedFact, FactKind, fact
from ingest.release_shapes import forward_day
from ingest.releases import season_before
from ingest.sentences import Sentence

# Who waits: an audience, never a network or a person deciding.
_AUDIENCE = (
    r"(?:fans|viewers|audiences|Americans|Brits|Canadians|Australians|subscribers|everyone(?: else)?|we|you"
    r"|(?:U\.?S\.?|American|British|UK|U\.K\.|Canadian|Australian|stateside) (?:fans|viewers|audiences))"
)
_WAIT = re.compile(
    rf"\b{_AUDIENCE}(?: in the (?:U\.?S\.?|U\.?K\.?|States))? (?:will |would |)(?:have|has|need|needs|must)"
    r"(?: to)? wait (?:until|till|'til|for)\s+$",
    re.IGNORECASE,
)
# "wait until Jan. 6 for the premiere", "wait until March to see it": what the wait is for, when told.
_FOR_OTHER = re.compile(
    r"\s*(?:(?:for|to see)\s+(?:the\s+)?(?:trailer|teaser|news|announcement|details|word)\b"
    # "wait until May to find out whether it is renewed": the date of some news.
    r"|,?\s*(?:to|before they)\s+(?:find out|learn|hear|know|see (?:if|whether)|get (?:word|news))\b)"
)


def waited_releases(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """A release dated by how long the show's audience has to wait for it."""
    text = sentence.text
    if not sentence.states or "wait" not in text:
        return []
    out: list[ExtractedFact] = []
    for mention in find_dates(text, ctx.published):
        if mention.relative or not _WAIT.search(text[max(0, mention.start - 80) : mention.start]):
            continue
        if _FOR_OTHER.match(text[mention.end :]):
            continue
        show = ctx.show_for(sentence)
        if show is None:
            continue
        season = season_before(text[: mention.start], ctx) or ctx.focus_season
        if mention.day is not None:
            day = forward_day(mention, mention.day, text, "will premiere", ctx.published)
            out.append(fact(FactKind.RELEASE, text, 0.7, show=show, season=season, date=day.isoformat()))
        elif mention.year is not None:
            out.append(fact(FactKind.RELEASE, text, 0.5, show=show, season=season, year=mention.year))
    return out
