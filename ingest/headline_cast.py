"""The cast a headline alone states about a show the article covers: '"Harrow Lane" season 3 to star A and B',
"Glass Orchard To Star A", "Mara Quell to star in Velvet Hours". Like `headline_release`, only a tight shape
around a title the article covers is read, said again as the plain sentence the cast extractor reads ("Harrow
Lane season 3 will star A and B."); the facts keep the headline as their evidence. A news headline leaves out
"will", so the body's cast reader never sees this shape, and an article whose body names its cast only in
passing ("the stars whose roles HBO confirmed") would otherwise yield nothing about its show."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.context import Context
from ingest.model import ExtractedFact
from ingest.names import ANY_NETWORK, PERSON
from ingest.people import cast_facts
from ingest.sentences import Sentence, headline

_TO_STAR = r"(?:[Tt]o|[Ww]ill|[Ii]s [Tt]o) (?:[Cc]o-)?[Ss]tar"
# Words a headline adds about a person ("to star Joel Ren, the Dark Pines actor, and Cara Bly") or about who
# tells the news ("..., Netflix Confirms"): said of the person or of the telling, they are left out before the
# names are read (never a credit of their own: "Dark Pines" is another work).
_ABOUT_PERSON = re.compile(
    r"(?<=\w),\s+(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+[^,]{1,40}?(?=,?\s+(?:[Aa]nd|&)\s|,|$)"
)
_TOLD_BY = re.compile(
    rf",\s+(?:{ANY_NETWORK}|[A-Z][\w'’+-]*)\s+(?:[Cc]onfirms|[Ss]ays|[Aa]nnounces|[Rr]eveals)$"
)
# A list of full names and nothing after it but the end of the line: "A", "A and B", "A, B And C".
_NAMES = rf"({PERSON}(?:,? (?:[Aa]nd |&\s)?{PERSON})*)"


def headline_cast(sentences: list[Sentence], ctx: Context) -> list[ExtractedFact]:
    """Actor credits the headline gives the first title it names that the article covers."""
    said = headline(sentences)
    if not said:
        return []
    line = _ABOUT_PERSON.sub("", _TOLD_BY.sub("", said.rstrip(".!")))
    # A sentence-case headline's titles are not told apart by capitals ("Mara Quell to star in Velvet Hours"),
    # so every covered title the line holds is tried, the longest first, against the tight shapes below.
    for title in sorted((t for t in ctx.shows if t in line), key=len, reverse=True):
        quoted = rf"[“\"‘']?{re.escape(title)}[”\"’']?"
        season = r"(?: (?:[Ss]eason|[Ss]eries) (\d+))?"
        if match := re.match(rf"{quoted}{season} {_TO_STAR} {_NAMES}[.!]?$", line):
            return _said(title, match.group(1), match.group(2), said, sentences[0].paragraph, ctx)
        if match := re.match(rf"{_NAMES} {_TO_STAR} [Ii]n {quoted}{season}[.!]?$", line):
            return _said(title, match.group(2), match.group(1), said, sentences[0].paragraph, ctx)
        # "10 Questions with Iron Bay star Ann Bell": the person the headline presents as the show's star.
        # (Only first, or after "with", "meet" or a colon: "Former Iron Bay star A" names other work.)
        if match := re.search(rf"{_STAR_OF}{quoted} [Ss]tar ({PERSON})[.!]?$", line):
            return _said(title, None, match.group(1), said, sentences[0].paragraph, ctx)
    return []


_STAR_OF = r"(?:^|(?<=[Ww]ith )|(?<=[Mm]eet )|(?<=: ))"


def _said(
    title: str, number: str | None, people: str, line: str, paragraph: int, ctx: Context
) -> list[ExtractedFact]:
    """The headline's cast said again as a plain sentence, read by the cast extractor."""
    people = re.sub(r"\bAnd\b", "and", people).replace("&", "and")
    subject = f"{title} season {number}" if number else title
    sentence = Sentence(f"{subject} will star {people}.", paragraph, heading=False)
    return [replace(f, sentence=line) for f in cast_facts(sentence, ctx) if f.get("show") == title]
