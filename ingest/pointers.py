"""Sentences that point back: "He", "They", "The three" to people named before; "It", "The series"."""

from __future__ import annotations

import itertools
import re

from ingest.context import Context, person_list
from ingest.names import CAPW, PERSON
from ingest.sentences import Sentence

ANAPHOR = re.compile(r"(?:He|She|They|Both|The (?:two|three|four|pair|duo|trio))\b")
_COUNTED = {"Both": 2, "two": 2, "pair": 2, "duo": 2, "three": 3, "trio": 3, "four": 4}


def antecedents(sentences: list[Sentence], ctx: Context) -> dict[str, tuple[str, ...]]:
    """For each sentence opening with He/She/They/Both/The three, the people it points back to."""
    out: dict[str, tuple[str, ...]] = {}
    for before, sentence in itertools.pairwise(sentences):
        opener = ANAPHOR.match(sentence.text)
        if not opener:
            continue
        word = opener.group().split()[-1]
        if word in _COUNTED:
            # A counted anaphor may open a paragraph: "The three, who met as writers on ..." after a
            # paragraph naming three people.
            # "Both serve as showrunners": exactly that many credited people in the sentence before.
            named = dict.fromkeys(
                p for m in re.finditer(rf"{PERSON}|{CAPW}", before.text) if (p := ctx.person(m.group()))
                and p in ctx.people
            )  # fmt: skip
            if len(named) == _COUNTED[word]:
                out[sentence.text] = tuple(named)
            continue
        if before.paragraph != sentence.paragraph:
            continue
        people, _end = person_list(before.text, ctx)
        # "They" points back to several people, "He" or "She" to one.
        if people and (len(people) > 1) == (word == "They"):
            out[sentence.text] = tuple(p for p, _a in people)
    return out


_POINTER_OPENING = re.compile(r"(?:It|The (?:[\w+-]+ ){0,2}?(?:series|show|drama|comedy|film|movie))\b")


_MADE_BEFORE = re.compile(
    r"\b(?:previously|formerly|once|made|ran|wrote|directed|created|produced|starred|worked|appeared)\b"
)


def sentence_referents(sentences: list[Sentence], ctx: Context) -> dict[str, str]:
    """For a sentence opening "It ..." or "The series ...", the show the sentence before (in the same
    paragraph) opened with, when that is not the paragraph's own show: "The drama Silent Harbor, starring A,
    is based on a webtoon. It premieres Thursday." points at Silent Harbor, not the article's main show."""
    out: dict[str, str] = {}
    for before, sentence in itertools.pairwise(sentences):
        if before.paragraph != sentence.paragraph or not _POINTER_OPENING.match(sentence.text):
            continue
        if ctx.titles_in(sentence.text):
            continue
        named = {t for _s, _e, t in ctx.titles_in(before.text) if t in ctx.shows}
        spans = [s for s in ctx.titles_in(before.text) if s[2] in ctx.shows]
        # The show must be the sentence's subject: named within its first few words, and the only one.
        # ("The pair previously made the BBC drama Copper Bells": a title after what someone made is the
        # object, the sentence's subject is the maker.)
        if (
            len(named) == 1
            and spans[0][0] <= 40
            and not re.search(r"[.;]", before.text[: spans[0][0]])
            and not _MADE_BEFORE.search(before.text[: spans[0][0]])
        ):
            show = spans[0][2]
            if show != ctx.topics.get(sentence.paragraph, ctx.main):
                out[sentence.text] = show
    return out | _before_another_show(sentences, ctx, out)


# "It stars ...", "This show comes from ...", "The third season will debut ...": pointers to the show at hand.
_POINTER_OR_THIS = re.compile(
    r"(?:It|Th(?:e|is) (?:[\w+-]+ ){0,2}?(?:series|show|drama|comedy|season))\b(?![ -]\d|\s+[A-Z])"
)


def _before_another_show(sentences: list[Sentence], ctx: Context, found: dict[str, str]) -> dict[str, str]:
    """Pointers inside a paragraph that goes on about the main show before any title is named in it, when a
    later sentence names another show and so makes that the paragraph's topic ("Colony will return. || The
    third season debuts in 2018. It stars A and B. On Monday, USA renewed Falling Water."): the main
    show's."""
    out: dict[str, str] = {}
    named: set[int] = set()  # paragraphs where a show has been named so far
    # (A paragraph whose topic is only pointed at, "The musical drama ... It starred A", keeps that topic.)
    naming = {(s.paragraph, t) for s in sentences for _s, _e, t in ctx.titles_in(s.text) if t in ctx.shows}
    for before, sentence in itertools.pairwise(sentences):
        paragraph = sentence.paragraph
        if before.paragraph == paragraph and any(t in ctx.shows for _s, _e, t in ctx.titles_in(before.text)):
            named.add(paragraph)
        if (
            ctx.main
            and paragraph not in named
            and sentence.text not in found
            and _POINTER_OR_THIS.match(sentence.text)
            and not ctx.titles_in(sentence.text)
            and ctx.topics.get(paragraph, ctx.main) != ctx.main
            and (paragraph, ctx.topics.get(paragraph)) in naming
            and ctx.topics.get(paragraph - 1, ctx.main) == ctx.main
        ):
            out[sentence.text] = ctx.main
    return out
