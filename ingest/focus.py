"""The season an article is about: the one it names most beside its main show."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ingest.mentions import title_spans
from ingest.season_refs import SEASON_REF, parse_season_number
from ingest.sentences import Sentence

_DOUBTED = re.compile(r"\b(?:not|yet to|whether|if|hopes?|could|might)\b|n['’]t\b")
_OF_TITLE = re.compile(r"\s*(?:premiere\s+|finale\s+)?of\s+[“\"‘']?")
# "AMC renewed the series for a fourth season in September": the season a renewal orders is the next one, so
# an article naming another season is about that one ("Season 3 picks up in 1871").
_ORDERED = re.compile(
    r"\b(?:renew(?:ed|s|ing)|order(?:ed|s|ing)|pick(?:ed|s|ing) (?:it |the \w+ )?up|greenlit|greenlights?"
    r"|greenlighting|commission(?:ed|s|ing)|recommission(?:ed|s|ing)|handed|gave|given)\b[^.;]{0,60}$"
)


def focus_season(
    sentences: list[Sentence],
    title: str | None,
    main: str | None,
    others: set[str],
    topics: Mapping[int, str | None],
) -> int | None:
    """The season the article is mostly about: the one it names most, headline counting triple.

    Looking back at "the first season" is common in any article, so those mentions count half, as do seasons a
    renewal orders ("renewed for a fourth season": the next one, often beside the one airing); seasons in
    questions, denials ("has not been recommissioned for a second series") or about other shows do not count.
    """
    counts: dict[int, float] = {}
    previous: Sentence | None = None
    for sentence in sentences:
        text = sentence.text
        before, previous = previous, sentence
        if main and main not in text and before and before.paragraph == sentence.paragraph:
            named = [t for t in others if t != main and t in before.text]
            if named and main not in before.text:
                continue  # "... The Boys, a hit. Season 2 is already in the works.": that show's season
        # ("won't be back for season three": the "n't" sits inside a word.)
        if text.endswith("?") or _DOUBTED.search(text):
            continue
        if sentence.heading and text != title:
            continue  # "RELATED: 'Slow Horses' Season 5 Premieres ...": a link to another story
        if main and main not in text and any(t in text for t in others if t != main):
            continue
        if main and main not in text and topics.get(sentence.paragraph) not in (None, main):
            continue  # "Season 2 is already in the works" in a paragraph about another show
        about_main = (main is not None and main in text) or re.search(
            r"\b(?:its|it|the (?:show|series|drama|comedy|season))\b", text, re.IGNORECASE
        )
        refs = list(SEASON_REF.finditer(sentence.text))
        spans = title_spans(text, others | {main}) if main and refs else []
        for ref in refs:
            number = parse_season_number(ref.group("num") or ref.group("ord"))
            if main and _season_owner(text, ref.start(), ref.end(), spans) not in (None, main):
                continue  # "“Luck” debuts ..., and “X” follows the third season premiere of “Y”"
            # "which returned for a second series": an ordinal season needs the show named or pointed at.
            if number and (ref.group("num") or about_main):
                weight = 3.0 if sentence.text == title else 1.0
                looked_back = number == 1 and ref.group("ord")
                ordered = sentence.text != title and _ORDERED.search(text[: ref.start()])
                counts[number] = counts.get(number, 0.0) + weight * (0.5 if looked_back or ordered else 1)
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _season_owner(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> str | None:
    """The title a season mention belongs to: the one after "(premiere) of", else the nearest before it."""
    after = _OF_TITLE.match(text[end:])
    if after:
        owner = [t for s, _e, t in spans if s == end + after.end()]
        if owner:
            return owner[0]
    before = [t for _s, e, t in spans if e <= start]
    return before[-1] if before else None


def names_season(sentences: list[Sentence], main: str, number: int) -> bool:
    """Does a sentence (or the headline) name season `number` beside the main show or a word for it?"""
    for sentence in sentences:
        if main not in sentence.text:
            continue
        for ref in SEASON_REF.finditer(sentence.text):
            if parse_season_number(ref.group("num") or ref.group("ord")) == number:
                return True
    return False
