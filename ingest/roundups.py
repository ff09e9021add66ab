"""Renewal round-ups that list shows after a cue: "Series not returning include the comedies 'A,' which ran
for three seasons; 'B' and 'C'", "will not include new seasons of A, B, Schooled, or D", "Among the series
earning new seasons are A, black-ish, The Conners and B".

Each listed title gets the status the cue gives. A listed item must look like a title (quoted, or words with a
capital or a hyphen, at most seven of them); a list that runs into anything else stops there.
"""

from __future__ import annotations

import re

from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import NOT_NAME, network_names
from ingest.season_refs import parse_season_number
from ingest.sentences import Sentence

_CUES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:(?:series|shows?) )?(?:not returning|that (?:will not|won't) return|not coming back)"
            r" (?:include|are)\s+|\bwill not include new seasons of\s+"
            r"|\b(?:cancell?ed|axed) (?:series|shows) (?:include|are)\s+|\bcancell?ations (?:include|are)\s+"
        ),
        "canceled",
    ),
    (
        re.compile(
            r"\b(?:earning|getting|receiving|landing) (?:new|another|additional) seasons? (?:are|include)\s+"
            r"|\brenewals? (?:include|are)\s+|\b(?:series|shows) renewed (?:include|are)\s+"
            # "will return for second seasons – the drama 'A' and the comedy 'B'".
            r"|\bwill return for (?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) seasons"
            r"\s*[–—:-]\s+"
        ),
        "renewed",
    ),
]
_KIND_WORDS = re.compile(
    r"^(?:the\s+)?(?:[a-z][\w/-]*\s+){0,2}?(?:comedies|dramas|comedy|drama|series|shows?|sitcoms?)\s+"
)
_ITEM_SPLIT = re.compile(r"\s*;\s*(?:and\s+)?|,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_TITLE_SHAPED = re.compile(r"[A-Za-z0-9][\w'’&:.!/-]*(?:\s+[\w'’&:.!/-]+){0,6}")


def _items(rest: str) -> list[str]:
    """The titles a list starts with: quoted ones when it quotes, else title-shaped items up to the end."""
    rest = _KIND_WORDS.sub("", rest)
    if rest[:1] in '“"':
        # "“Gleam,” which ran for three seasons; “Ironclad,” ...": the quotes hold the titles.
        found = re.findall(r"[“\"]([^”\"]{1,60})[”\"]", rest)
        return [re.sub(r"(?<![A-Z])\.$", "", m.strip(" ,")) for m in found]  # "S.H.I.E.L.D." keeps its dot
    rest = re.split(r"[.!?](?:\s|$)", rest, maxsplit=1)[0]
    out: list[str] = []
    for item in _ITEM_SPLIT.split(rest):
        item = _KIND_WORDS.sub("", item.strip())
        shaped = _TITLE_SHAPED.fullmatch(item) and (re.search(r"[A-Z]", item) or "-" in item)
        if not shaped or (item.split()[0].islower() and "-" not in item.split()[0]):
            break
        out.append(item)
    return out


def roundup_status(sentences: list[Sentence]) -> tuple[list[ExtractedFact], set[str]]:
    """Status facts for every title a round-up's list gives, and the titles listed."""
    facts: list[ExtractedFact] = []
    titles: set[str] = set()
    for sentence in sentences:
        if not sentence.states:
            continue
        for pattern, status in _CUES:
            for cue in pattern.finditer(sentence.text):
                for title in _items(sentence.text[cue.end() :]):
                    if title in NOT_NAME or network_names(title):
                        continue  # "include Netflix": no show
                    titles.add(title)
                    value = status
                    number = parse_season_number(cue.groupdict().get("ord") or "")
                    if number:
                        value = f"renewed for season {number}"
                        facts.append(fact(FactKind.SEASON, sentence.text, 0.75, show=title, number=number))
                    facts.append(
                        fact(FactKind.DESCRIPTOR, sentence.text, 0.75, show=title, kind="status", value=value)
                    )
    return facts, titles
