"""Sentences that point back at two shows at once: "Both comedies will return ...", "The western and the
crime drama will both return ...". What such a sentence says holds for each show the sentence before named.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from ingest.context import Context
from ingest.model import ExtractedFact
from ingest.sentences import Sentence

# The kind of thing a show is called when pointed at: "the two dramas", "both series".
_SHOW_NOUN = r"(?:shows?|series|dramas?|comedies|comedy|sitcoms?|thrillers?|westerns?|[\w-]+ dramas?|titles)"
_POINTER = re.compile(
    rf"^(?:Both (?:the )?{_SHOW_NOUN}|Both of them|The two {_SHOW_NOUN}"
    # "The western and the crime drama will both return": two described shows, then "both".
    rf"|The (?:[\w-]+ ){{0,2}}?{_SHOW_NOUN} and the (?:[\w-]+ ){{0,2}}?{_SHOW_NOUN}(?= (?:\w+ )?both\b))"
    r"(?: (?:will |have |are |were )?both\b)?",
    re.IGNORECASE,
)

Runner = Callable[[list[Sentence]], list[ExtractedFact]]


def pointed_pairs(sentences: list[Sentence], ctx: Context) -> list[tuple[Sentence, tuple[str, str]]]:
    """Each sentence opening with a plural pointer whose sentence before names exactly two shows (and the
    pointer sentence names none), with those two shows."""
    out: list[tuple[Sentence, tuple[str, str]]] = []
    for before, sentence in itertools.pairwise(sentences):
        if not _POINTER.match(sentence.text) or ctx.titles_in(sentence.text):
            continue
        named = list(dict.fromkeys(t for _s, _e, t in ctx.titles_in(before.text) if t in ctx.shows))
        if len(named) == 2:
            out.append((sentence, (named[0], named[1])))
    return out


def shared_facts(
    facts: list[ExtractedFact], sentences: list[Sentence], ctx: Context, run: Runner
) -> list[ExtractedFact]:
    """`facts` with each plural-pointer sentence read once per show it points at: the sentence's facts
    about any other show are dropped, and `run` extracts it again with each show's title in the pointer's
    place (the facts still cite the article's own sentence)."""
    for sentence, shows in pointed_pairs(sentences, ctx):
        facts = [f for f in facts if f.sentence != sentence.text or f.get("show") in (*shows, None)]
        match = _POINTER.match(sentence.text)
        assert match is not None  # pointed_pairs matched it
        for show in shows:
            named = replace(sentence, text=show + sentence.text[match.end() :])
            facts += [replace(f, sentence=sentence.text) for f in run([named])]
    return facts
