"""Ratings (Rotten Tomatoes, IMDb) and awards (nominations, wins, "has not been nominated")."""

from __future__ import annotations

import re

from ingest.context import Context, clauses_of, person_list
from ingest.dates import NUMBERS
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import CAPW
from ingest.season_refs import SEASON_REF
from ingest.sentences import Sentence

_BODIES = [
    ("Emmy Awards", r"(?:Primetime |Creative Arts |Daytime )?Emmys?(?: Awards?)?"),
    ("BAFTA", r"(?:TV )?BAFTAs?(?: TV)?(?: Awards?)?"),
    ("Golden Globe Awards", r"Golden Globes?(?: Awards?)?"),
    ("SAG Awards", r"SAG(?: Awards?)?|Screen Actors Guild(?: Awards?)?"),
    ("Critics' Choice Awards", r"Critics['’]? Choice(?: Awards?)?"),
    ("Peabody Awards", r"Peabody(?: Awards?)?"),
    ("Academy Awards", r"Oscars?|Academy Awards?"),
    ("Broadcast Awards", r"Broadcast Awards?"),
]
_BODY = "|".join(f"(?:{p})" for _n, p in _BODIES)
_COUNT = (
    r"(?:(?:a record |a total of |the )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)\s+"
    r"|an?\s+(?:[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+)?(?=Emmy|BAFTA|Golden|SAG|Critics|Peabody))?)?"
)
_CATEGORY = rf"{CAPW}(?:\s+(?:(?:for|of|in|a|an|the|and|or)\s+)*{CAPW}){{0,14}}"
_CATEGORY_LIST = re.compile(rf"^\s*({_CATEGORY}(?:\s*,\s*(?:and\s+)?{_CATEGORY}|\s+and\s+{_CATEGORY})*)")
_NONE = re.compile(rf"\b(?:has|have|had) (?:not|never) been nominated for (?:any|an?|the) (?:{_BODY})|"
                   rf"\bhas yet to (?:receive|earn|land) (?:an?|any) (?:{_BODY}) nomination"
                   rf"|\bno (?:{_BODY}) nominations\b")  # fmt: skip
_NOMINATED = re.compile(
    rf"\b(?:received|receives|earned|earns|picked up|garnered|scored|landed|nabbed|got|racked up"
    rf"|has)\s+{_COUNT}"
    rf"(?:{_BODY}) nominations?(?: (?:for|in|including)\s+|, including\s+)?"
    rf"|\b(?:was|were|is|has been|have been) nominated for {_COUNT}(?:the |an? )?(?:{_BODY})(?: Awards?)?"
    rf"(?: (?:for|in)\s+|, including\s+)?"
)
_WON = re.compile(
    rf"\b(?:won|wins|win|took home|picked up|claimed)\s+{_COUNT}(?:the "
    rf"|an? )?(?:{_BODY})(?: Awards?)?(?! nomination)"
    rf"(?:\s+for\s+(?=[A-Z])|[^,.;:]{{0,40}}?,? including\s+)?"
    r"|\bwon (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?::\s*(?=[A-Z])|\b)"
)


def _body(match: re.Match[str]) -> str | None:
    for name, pattern in _BODIES:
        if re.search(rf"\b(?:{pattern})", match.group()):
            return name
    return None


def _categories(text: str) -> list[str]:
    match = _CATEGORY_LIST.match(text)
    if not match:
        return []
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=[A-Z])", match.group(1))
    return [p.strip() for p in parts if p.strip() and p.strip()[0].isupper()]


def _person_subject(clause: str, ctx: Context) -> bool:
    items, _end = person_list(clause.lstrip(), ctx)
    return bool(items)


def award_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Nominations, wins and reported absences of nominations, for the show (never a person's award)."""
    text = sentence.text
    show = ctx.show_for(sentence)
    if show is None:
        return []
    out: list[ExtractedFact] = []
    last_body: str | None = None
    clauses = [c for c in clauses_of(text) if c]
    person_subject = False
    for clause in clauses:
        # "Oldman received a nomination": a person's award is not the show's, nor is "... and was nominated".
        if _person_subject(clause, ctx) or clause.startswith("who "):
            person_subject = True
            continue
        if person_subject and clause[:1].islower():
            continue
        person_subject = False
        if re.search(
            r"\bnot\b.*\bwon\b|\bhas(?:n't| not) won\b|\bwon none\b|\bwithout (?:a |any )?win", clause
        ):
            continue
        for match in _NONE.finditer(clause):
            body = _body(match)
            if body:
                out.append(fact(FactKind.AWARD, text, 0.85, show=show, body=body, outcome="none"))
        for pattern, outcome in ((_NOMINATED, "nominated"), (_WON, "won")):
            for match in pattern.finditer(clause):
                body = _body(match) or last_body
                if body is None:
                    continue
                last_body = body
                categories: list[str | None] = []
                if match.group().endswith(" "):
                    categories.extend(_categories(clause[match.end() :]))
                for category in categories or [None]:
                    out.append(
                        fact(
                            FactKind.AWARD,
                            text,
                            0.8,
                            show=show,
                            body=body,
                            category=category,
                            outcome=outcome,
                        )
                    )
    return out


_PERCENT = re.compile(r"\b(\d{1,3})(?:\s?%|\s+per\s?cent\b)")
_IMDB = re.compile(r"\b(\d(?:\.\d)?)\s*(?:/\s*10|out of 10)?\s*(?:rating |score )?on IMDb\b|"
                   r"\bIMDb (?:rating|score) of (\d(?:\.\d)?)\b")  # fmt: skip


def rating_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Rotten Tomatoes critics/audience scores and IMDb ratings of the show as a whole."""
    text = sentence.text
    show = ctx.show_for(sentence)
    if show is None or (SEASON_REF.search(text) and not re.search(r"\bseries\b", text)):
        # A single season's score is not the show's rating.
        return []
    out: list[ExtractedFact] = []
    if re.search(r"Rotten Tomatoes|Tomatometer|Popcornmeter", text):
        for match in _PERCENT.finditer(text):
            after = text[match.end() : match.end() + 45].lower()
            before = text[max(0, match.start() - 40) : match.start()].lower()
            audience = None
            # ("adding up to a 100% fresh rating": "fresh" is the Tomatometer's word, the critics' score.)
            if re.search(r"^\W*(?:\w+\W+){0,3}(?:critics?|tomatometer|critical|fresh\b)", after):
                audience = "critics"
            elif re.search(
                r"^\W*(?:\w+\W+){0,3}(?:audiences?|viewers|fans|popcornmeter|users)", after
            ) or re.search(r"(?:audience|popcornmeter)[\w\s]{0,20}$", before):
                audience = "audience"
            elif re.search(r"(?:critics|tomatometer)[\w\s]{0,20}$", before):
                audience = "critics"
            elif re.match(
                r"\W*(?:(?:approval |critics['’]? )?(?:score|rating) )?on Rotten Tomatoes", after, re.I
            ) and not re.search(r"audience|popcorn|viewers|fans|users", text, re.IGNORECASE):
                audience = "critics"  # "holds a 94% score on Rotten Tomatoes": the Tomatometer, said plainly
            if audience:
                value = float(match.group(1))
                out.append(fact(FactKind.RATING, text, 0.85, show=show, source="Rotten Tomatoes",
                                audience=audience, value=value, scale="%"))  # fmt: skip
    for match in _IMDB.finditer(text):
        value = float(match.group(1) or match.group(2))
        if 0 < value <= 10:
            out.append(fact(FactKind.RATING, text, 0.8, show=show, source="IMDb", audience="users",
                            value=value, scale="/10"))  # fmt: skip
    return out


def count_word(word: str) -> int | None:
    """'8' or 'eight' -> 8."""
    low = word.lower()
    return int(low) if low.isdigit() else NUMBERS.get(low)
