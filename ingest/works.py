"""People's other work: "best known for directing episodes of A, B and C", "Craig Mazin (Chernobyl)"."""

from __future__ import annotations

import re

from ingest.context import Context, clauses_of, person_list
from ingest.cued import cued
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import CAPW, NETWORKS, NOT_NAME, PERSON, TITLE, network_names
from ingest.sentences import Sentence

_NET = "|".join(f"(?:{p.pattern})" for _n, p in NETWORKS)
# After these words comes the work itself (group "rest" is scanned for titles).
_CUES = [
    (
        r"(?:best |also |perhaps |widely |mostly )?(?:known|recognized|recognised|remembered) (?:for|from)\b",
        None,
    ),
    (r"\bfans (?:will )?(?:recognize|recognise|know) (?:him|her|them) from\b", "appeared in"),
    (r"\b(?:has |have |had )?(?:also )?worked on\b", "worked on"),
    (r"\bwhose (?:previous |past |other )?credits include\b", None),
    (r"\bwhose other (?:[\w+]+ )?(?:series|shows|films|projects) include\b", None),
    (r"\b(?:previously |also |has |have |had )*(?:starred|appeared|featured) in\b", "starred in"),
    (r"\b(?:was |is )?(?:most )?(?:recently |previously )?seen in\b", "appeared in"),
    (r"\b(?:previously )?wrote for\b", "wrote for"),
    (r"\b(?:previously |also )?co-wrote (?:the screenplay for |the script for )?", "co-wrote"),
    (r"\b(?:worked as |is |was )?an? (?:writer|director|producer) on\b", "writer"),
    (r"\bfirst played \w+(?: \w+)? in\b", "starred in"),
    (r"\bwhose (?:previous|last|latest|most recent) (?:feature|film|movie|series|show|project) was\b", None),
    (r"\bfresh off\b", None),
    (r"\bthe (?:creator|co-creator|writer|director|star|showrunner) of\b", None),
    (r"\b(?:voices|voiced|plays|played) (?:a|an) (?:\w+ )?(?:character|role) in\b", "starred in"),
]

_ANY_CUE = re.compile("|".join(f"(?:{cue})" for cue, _role in _CUES))


def _titles(rest: str, ctx: Context) -> list[str]:
    """Titles named in `rest`: after "in", "of", "such as", or as a plain list."""
    # Cut at the next clause so the subject of "while Henney ..." is not read as a title.
    # "known for creating Enlightened and writing School of Rock": the verbs are not part of the titles.
    rest = re.sub(
        r"\b(?:creating|co-creating|writing|co-writing|directing|producing|hosting)\s+(?=[A-Z])", "", rest
    )
    rest = re.split(
        r",?\s+(?:while|but|whereas|and (?:he|she|they|is|was|has))\b|(?<![A-Z]\w)[.;](?!\w)", rest
    )[0]
    # "such as A, B and C" names the titles; failing that, "a turn in A", "Legolas in A and Will Turner in B".
    anchors = list(re.finditer(r"\b(?:such as|including|like|episodes of)\s+", rest))[:1] or list(
        re.finditer(r"(?:^|\s)(?:in|on)\s+(?=(?:the\s+)?[^\s]*[A-Z\d])", rest)
    )
    starts = [a.end() for a in anchors] if anchors else [len(rest) - len(rest.lstrip())]
    found: list[str] = []
    for start in starts:
        text = _GENERIC_LEAD.sub("", rest[start:].lstrip())
        text = re.sub(rf"^(?:{_NET}|{_STUDIOS})['’]s\s+", "", text)
        match = re.match(rf"{TITLE}(?:\s*,\s*(?:and\s+)?{TITLE}|\s+and\s+{TITLE})*", text)
        if not match:
            continue
        for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=[A-Z])", match.group()):
            title = re.sub(rf"\s+(?:on|at)\s+(?:{_NET}).*$", "", part.strip())
            if re.search(r"\s(?:in|on|as)\s[A-Z]", title):
                continue  # "Will Turner in Pirates of the Caribbean": a role in a title, not a title
            if title and not network_names(title) and title not in ctx.people and title not in found:
                found.append(title)
    return found


# "the 2016 film", "the political satire", "TV series such as": words before the title itself.
_GENERIC_LEAD = re.compile(
    r"^(?:the\s+|her\s+|his\s+|their\s+|an?\s+)?(?:\d{4}\s+)?(?:[\w-]+\s+){0,2}?(?:TV\s+|television\s+)?"
    r"(?:film|movie|series|show|shows|miniseries|satire|drama|comedy|thriller|properties|titles|franchise|sitcom)"
    r"\s+(?:such as\s+|like\s+|including\s+)?"
)
_STUDIOS = r"Disney|Marvel|Pixar|Lucasfilm|DreamWorks|Warner Bros\.|Universal|Sony|Amazon|Apple|A24"


# Compiled once here, not built and looked up again for every sentence: each is some 10,000 characters.
_TITLE_CREATOR = cued(
    rf"[“\"‘']?({TITLE})[”\"’']?\s+([Cc]reator|[Ww]riter|[Ss]howrunner|[Dd]irector|[Ss]tar)\s+({PERSON})",
    r"\s(?:[Cc]reator|[Ww]riter|[Ss]howrunner|[Dd]irector|[Ss]tar)\s",
)
_PERSON_THEN_TITLE = cued(rf"({PERSON}|{CAPW})\s+\(({TITLE})\)", r"\s\(")


def work_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Other work of people named in one sentence (never the show the article is about)."""
    text = sentence.text
    out: list[ExtractedFact] = []

    def add(person: str, title: str, role: str | None, confidence: float) -> None:
        if title == ctx.main or title in ctx.people or len(title) < 2:
            return
        out.append(fact(FactKind.WORK, text, confidence, person=person, title=title, role=role))

    for clause in clauses_of(text):
        clause = clause.strip()
        if not _ANY_CUE.search(clause):
            continue  # most clauses name no other work: one scan instead of one per cue
        items, _end = person_list(clause, ctx)
        subject = [p for p, _a in items]
        for cue, role in _CUES:
            match = re.search(cue, clause)
            if not match:
                continue
            people = subject or _subject_before(clause[: match.start()], ctx)
            for title in _titles(clause[match.end() :], ctx):
                for person in people:
                    add(person, title, role or _role_from(clause[match.end() :]), 0.7)
            break
    # "from 'Happy Valley' creator Sally Wainwright".
    for match in _TITLE_CREATOR.finditer(text):
        creator = ctx.person(match.group(3))
        # "The Last of Us's showrunner Craig Mazin" is that show's own staff, not someone's other work.
        # ("Series creator Ana Ruiz": the show's own word opening the sentence is no other title.)
        if (
            creator
            and match.group(1) != ctx.main
            and match.group(1) not in NOT_NAME
            and not re.search(r"['’]s$", match.group(1))
        ):
            add(creator, match.group(1), match.group(2).lower(), 0.7)
    # "Craig Mazin (Chernobyl)", "Tillman (Godfather of Harlem)".
    for match in _PERSON_THEN_TITLE.finditer(text):
        who = ctx.person(match.group(1))
        # Only for people known from elsewhere: "Charlie Spring (Locke)" is a character and its actor.
        title = match.group(2)
        if who is not None and who in ctx.people and title not in ctx.people and not network_names(title):
            if " " not in title and any(p.split()[-1] == title for p in ctx.people):
                continue
            add(who, title, None, 0.7)
    return out


def _subject_before(text: str, ctx: Context) -> list[str]:
    """'Henney fans will recognize him from': the person named right before the cue."""
    match = re.search(rf"({PERSON}|{CAPW}),?\s+(?:fans\s+)?$", text)
    person = ctx.person(match.group(1)) if match else None
    return [person] if person else []


def _role_from(rest: str) -> str | None:
    if re.match(r"\s*directing", rest):
        return "directed episodes"
    if re.match(r"\s*(?:writing|penning)", rest):
        return "wrote"
    if re.match(r"\s*(?:playing|starring|(?:her|his|their) .{0,30}?(?:turn|role|performance))", rest):
        return "starred in"
    return None
