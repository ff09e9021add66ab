"""Release dates told with the show as the verb's object or as a list entry: "Netflix will launch the
second season of Iron Bay on March 4", "the third season of Iron Bay on March 4th, plus the second season of
Night Nurse on March 18th". The date must follow the title right away ("on March 4"), so it is that
show's day; an announcing or ordering verb before it makes it the day of the news, not the premiere."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.dates import find_dates
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import find_networks
from ingest.release_shapes import forward_day
from ingest.season_refs import parse_season_number
from ingest.sentences import Sentence
from ingest.title_patterns import GENRE

_ORDINAL = r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final)"
_SEASON_OF = rf"(?:(?:the|its|a) {_ORDINAL} season of |[Ss]eason \d+ of )"
_SEASON_SAID = re.compile(rf"\b(?:({_ORDINAL}) season|[Ss]eason (\d+)) of\b")
# A release verb whose object is the show: "will launch", "premieres", "is dropping".
_VERB = (
    r"\b(?:launch(?:es|ed|ing)?|premieres?|premiering|releases?|releasing|debuts?|debuting|drops?|dropping"
    r"|rolls? out|bows?)\s+"
)
_BEFORE_TITLE = re.compile(
    rf"(?:{_VERB}(?:{_SEASON_OF}|(?:the|its) (?:new |upcoming )?(?:[\w'’-]+ )?{GENRE},?\s+)?"
    rf"|(?:^|[:;,]\s+|\b(?:and|plus)\s+){_SEASON_OF})[“\"‘']?$"
)
# Verbs that make a date the day of some news, not of the premiere.
_NEWS_VERB = re.compile(
    r"\b(?:announc\w*|renew\w*|order\w*|confirm\w*|reveal\w*|unveil\w*|trailer|teaser|filming|production"
    r"|wrapped|cancel\w*|said|revealed)\b",
    re.IGNORECASE,
)


def object_releases(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """The day a show named as a release verb's object, or as "the Nth season of X" entry, premieres."""
    text = sentence.text
    if not sentence.states:
        return []
    dates = {m.start: m for m in find_dates(text, ctx.published) if m.day is not None and not m.relative}
    if not dates:
        return []
    networks = {name for _s, _e, name in find_networks(text)}
    out: list[ExtractedFact] = []
    for start, end, title in ctx.titles_in(text):
        lead = _BEFORE_TITLE.search(text[max(0, start - 80) : start])
        next_date = re.match(r"[”\"’']?,?\s+(?:on|from)\s+", text[end:])
        if title not in ctx.shows or not lead or not next_date:
            continue
        mention = dates.get(end + next_date.end())
        clause = re.split(r"[;:]|,\s+(?:and\s+)?", text[:start])[-1] if lead.group().strip() else ""
        if mention is None or mention.day is None or _NEWS_VERB.search(clause + lead.group()):
            continue
        told = _SEASON_SAID.search(lead.group())
        said = (told.group(1) or told.group(2)) if told else None
        season = parse_season_number(said) if said and said != "final" else None
        day = forward_day(mention, mention.day, text, lead.group(), ctx.published)
        network = next(iter(networks)) if len(networks) == 1 else None
        out.append(fact(FactKind.RELEASE, text, 0.75, show=title, season=season, date=day.isoformat(),
                        network=network))  # fmt: skip
    return out
