"""A renewal, cancellation or final season the headline alone states about a show the article covers:
"Netflix Renews 'Iron Bay' for Season 3", "Iron Bay Canceled After Two Seasons", "Iron Bay to End With
Season 5". Headlines are skipped by the sentence extractors (their title case hides which words are names),
so only these few tight shapes around a title the article is known to cover are read, each said again as
the plain sentence the status extractor reads; the fact keeps the headline as its evidence."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.context import Context
from ingest.headline_titles import headline_titles
from ingest.model import ExtractedFact
from ingest.season_refs import parse_season_number
from ingest.sentences import Sentence, headline
from ingest.status import status_facts
from ingest.titles import clean_title

_NUMBER = r"(\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
_ORDINAL = r"(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Sophomore)"
_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"
)  # fmt: skip
_Q = r"[“\"‘']?"
_QE = r"[”\"’']?"


def _shapes(title: str) -> list[tuple[re.Pattern[str], str]]:
    """The headline shapes about `title`, each with the sentence it says ({n}: the season's number)."""
    t = rf"{_Q}{re.escape(title)}{_QE}"
    season = (
        rf"(?:Season|Series) {_NUMBER}|(?:[Aa]n? |[Ii]ts )?{_ORDINAL} (?:[Aa]nd [Ff]inal )?(?:Season|Series)"
    )
    renewed = r"(?:Renews|Renewed|Renewal|Picks Up|Orders|Brings Back)"
    helper = r"(?: Is| Has Been| Officially| Gets)*"
    said_renewed = "{t} has been renewed for season {n}."
    return [
        # "Netflix Renews 'Iron Bay' for Season 3", "Iron Bay Renewed for a Third Season".
        (re.compile(rf"\b{renewed} {t}(?: for| With)? (?:{season})\b"), said_renewed),
        (re.compile(rf"^{t}{helper} {renewed} (?:for |at \S+ for )?(?:{season})\b"), said_renewed),
        # "Iron Bay Canceled After Two Seasons", "Fox Cancels Iron Bay".
        # ("NBC cancels Iron Bay after five seasons": a sentence-case headline writes words in lower case.)
        (re.compile(rf"^{t}{helper} (?i:canceled|cancelled|axed) (?i:after) (?i:{_NUMBER}) (?i:seasons?)\b"),
         "{t} has been canceled after {n} seasons."),
        (re.compile(rf"\b(?i:cancels|axes) {t} (?i:after) (?i:{_NUMBER}) (?i:seasons?)\b"),
         "{t} has been canceled after {n} seasons."),
        (re.compile(rf"^{t}{helper} (?:Canceled|Cancelled|Axed)\b(?! After)"),
         "{t} has been canceled."),
        (re.compile(rf"\b(?i:cancels|axes) {t}(?=$|[,:;]| After| at| on| in)"), "{t} has been canceled."),
        # "Iron Bay to End With Season 5", "Iron Bay Season 5 Will Be Its Last".
        (re.compile(rf"^{t}(?: Will| to|,)? (?:End|Ends|Ending) (?:With|After) (?:{season})\b"),
         "{t} will end with its {o} season."),
        (re.compile(rf"^{t} (?:{season}) (?:Will Be|Is) (?:Its|the) (?:Last|Final)\b"),
         "{t} will end with its {o} season."),
    ]  # fmt: skip


def headline_status(sentences: list[Sentence], ctx: Context) -> list[ExtractedFact]:
    """The status the headline states of the first title it names that the article covers."""
    line = headline(sentences)
    if not line:
        return []
    covered = [t for t in headline_titles(line, clean_title) if t in ctx.shows]
    if not covered:
        return []
    title = covered[0]
    for shape, said in _shapes(title):
        match = shape.search(line)
        if not match:
            continue
        words = [g for g in match.groups() if g]
        number = parse_season_number(words[0]) if words else None
        if ("{n}" in said or "{o}" in said) and not (number and number <= len(_ORDINAL_WORDS)):
            continue
        ordinal = _ORDINAL_WORDS[number - 1] if number else ""
        if "renewed" in said and re.search(r"\b[Ff]inal\b", match.group()):
            said = "{t} has been renewed for a {o} and final season."  # "... for Fourth and Final Season"
        sentence = Sentence(said.format(t=title, n=number, o=ordinal), sentences[0].paragraph, heading=False)
        return [replace(f, sentence=line) for f in status_facts(sentence, ctx)]
    return []
