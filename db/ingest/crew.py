"""Crew: creators, showrunners, writers, novelists, executive producers and directors (with their scope)."""

from __future__ import annotations

import re

from db.ingest.context import CLAUSE_SPLIT, Context, last_people, person_list, trailing_people
from db.ingest.dates import NUMBERS
from db.ingest.model import ExtractedFact, FactKind, fact
from db.ingest.names import CAPW, NOT_NAME, PERSON, network_names
from db.ingest.sentences import Sentence
from db.ingest.titles import ORDINALS, SEASON_REF, parse_season_number

_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|twenty)"
_NUMBERS = {**NUMBERS, "sixteen": 16, "twenty": 20}
# "created by LIST": the role follows from the words just before the list.
_BEFORE_LIST = [
    (re.compile(r"\bcreated and written by\s+|\bcreators? and writers?\s+", re.I), ("creator", "writer")),
    (re.compile(r"\bfrom (?:a|the) (?:script|screenplay) by\s+", re.I), ("writer",)),
    (re.compile(r"\b[Cc]reated by and starring\s+"), ("creator",)),
    (re.compile(r"\b(?:[Cc]o-c|[Cc])reated (?:for (?:television|TV|the screen) )?by\s+"), ("creator",)),
    (re.compile(r"\b[Dd]eveloped (?:for (?:television|TV) )?by\s+"), ("creator",)),
    (re.compile(r"\b(?:[Cc]o-)?[Cc]reator,? and (?:co-)?showrunner\s+"), ("creator", "showrunner")),
    (re.compile(r"\b(?:from )?(?:series |show |the )?(?:co-)?creators?\s+"), ("creator",)),
    (re.compile(r"\bfrom the (?:mind|minds|imagination) of\s+"), ("creator",)),
    (re.compile(r"(?<!former )(?<!original )(?<!previous )\b(?:co-)?showrunners?\s+"), ("showrunner",)),
    (
        re.compile(r"\bexecutive produced by\s+|\bexecutive producers? (?:include |are |is )?"),
        ("executive_producer",),
    ),
    (re.compile(r"(?<!executive )\bproduced by\s+"), ("producer",)),
    (re.compile(r"(?<!novel )(?<!book )\b(?:written|penned) by\s+|\bwriters? (?:include )?"), ("writer",)),
    (re.compile(r"\b(?:novels?|books?|book series|graphic novels?|memoir"
    r"|comics?)(?: of the same name)? by\s+"),
     ("novelist",)),
    (re.compile(r"\bnovels?\b.{0,60}\bcompleted by\s+"), ("novelist",)),
    (re.compile(r"\b[Dd]irected by\s+|\bdirectors?\s+|\bthe (?:only )?(?:confirmed )?director (?:for"
    r"|of) .{0,30}? is\s+"),
     ("director",)),
]  # fmt: skip
_ROLE_WORD = r"(?:co-)?(?:creator|writer|showrunner|executive producer|director)"
_SERVES_AS = rf"\b(?:serves?|served|serving) as (?:the )?(?:{_ROLE_WORD}(?:,\s*|,?\s+and\s+))*"
# Verb phrases whose subject is the person: "X serves as showrunner", "X created the series".
_PREDICATES = [
    (re.compile(r"\b(?:co-)?creat(?:ed|es) (?:the (?:series|show|drama|comedy)|it)\b"), ("creator",)),
    # "serves as creator, writer and showrunner": each role of the list.
    *((re.compile(_SERVES_AS + role + r"\b"), (role,)) for role in ("creator", "writer", "showrunner")),
    (re.compile(r"\bdeveloped (?:the (?:show|series)|it)(?: for (?:television|TV))?\b"), ("creator",)),
    (re.compile(r"\bcreated, wrote\b"), ("creator", "writer")),
    (
        re.compile(
            r"\b(?:serves?|served|serving|will serve|is|are|was|acts? as|takes? over as|returns? as"
            r"|will return as) "
            r"(?:as )?(?:the )?(?:series['’] )?(?:co-)?showrunners?\b(?! on \w+ (?:other|previous))"
            r"|\bshowruns\b"
        ),
        ("showrunner",),
    ),
    (
        re.compile(
            r"\bshowrunners? and executive producers?\b|\bexecutive produc(?:es?|ing)\b"
            r"|\b(?:is|are|serves? as|serving as) (?:also )?(?:an? )?executive producers?\b"
            r"|^executive producers?\b"
        ),
        ("executive_producer",),
    ),
    (re.compile(r"(?<!executive )\b(?:also )?produces\b|\bis (?:also )?a producer\b"), ("producer",)),
    (
        re.compile(
            r"\b(?:credited|serves?|serving|works?|worked) as (?:a |the )?(?:series['’] )?story consultant\b"
        ),
        ("story_consultant",),
    ),
    (
        re.compile(
            r"\b(?:composed the (?:score|music)|(?:is|serves? as) (?:the )?(?:series['’] )?composer)\b"
        ),
        ("composer",),
    ),
    (
        re.compile(
            r"\bwr(?:ote|ites) (?:and directed )?(?:several|the|every|all|many|some|most|\d+|\w+ of the)"
            r"(?: [\w'’-]+){0,2} (?:episodes?|scripts?|pilot|finale|season)\b|\bjoins? the writers['’] room\b"
            r"|\badapted the (?:books|novels?) for (?:the screen|television)\b"
            r"|\breturns? as (?:a |the )?writer\b"
        ),
        ("writer",),
    ),
    (re.compile(r"\bwrote the (?:\w+ ){0,2}(?:novels?|books?|graphic novels?)\b"), ("novelist",)),
    (
        re.compile(
            r"\b(?:has |had |also |will |)(?:directed|directs|direct|helmed|helms|helming|is directing"
            r"|returns? to direct|is set to direct)\s+"
            r"(?:(?:all|the|its|every|several|some|many|multiple|first"
            rf"|second|third|fourth|fifth|sixth|last|final|other|new|of|more|in|[\w]+['’]s|{_NUM})\s+)*"
            rf"(?:episodes?|seasons?|series|pilot|finale|premiere|installments?|{_NUM}\b|Season \d+)"
            r"|\b(?:are|is) among the directors\b|\b(?:returns?|will return|serves?|served) as director\b"
        ),
        ("director",),
    ),
]
_NEGATED = re.compile(
    r"\b(?:former|formerly|previous|original|ex-|exited|departed|left|stepped down|replac\w+"
    r"|takes? over from|took over from|not|n't|won't)\b"
)


def _scope(clause: str, ctx: Context, inherited: str | None) -> tuple[str | None, int | None]:
    """Which seasons and how many episodes a director's clause covers."""
    episodes = None
    match = re.search(rf"(?<![Ss]eason )(?<![Ss]eries )(?<![Pp]art )\b(?:all |the first |the last |the final "
                      rf"|the other |directed |direct )?({_NUM})"
                      rf"(?: more)?(?: of the (?:\w+ season['’]s )?{_NUM})? episodes\b"
                      rf"|\bthe (?:other|first|last|final) ({_NUM})\b(?! (?:seasons|years))"
                      rf"|\b({_NUM}) more\b", clause)  # fmt: skip
    if match:
        word = (match.group(1) or match.group(2) or match.group(3)).lower()
        episodes = int(word) if word.isdigit() else _NUMBERS.get(word)
    span = re.search(r"\bfirst (two|three|four|five) seasons\b", clause)
    if span:
        return f"1-{_NUMBERS[span.group(1)]}", episodes
    ref = SEASON_REF.search(clause)
    if ref:
        number = parse_season_number(ref.group("num") or ref.group("ord"))
        return (str(number) if number else inherited), episodes
    if (
        re.search(
            r"\b(?:the new|this|the upcoming|the next|the latest) (?:season|series|run)\b", clause, re.I
        )
        and ctx.focus_season
    ):
        return str(ctx.focus_season), episodes
    ordinal = re.search(r"\b(" + "|".join(ORDINALS) + r") season['’]s\b", clause)
    if ordinal:
        return str(ORDINALS[ordinal.group(1)]), episodes
    return inherited, episodes


def _mononym(name: str, ctx: Context) -> bool:
    """Can a single word after "novel by" be a person's name? Not a title, a network or a common word."""
    if name in ctx.surnames:
        return False  # "created by Lawrence, Segel and ...": the surname of someone named in full elsewhere
    return name not in ctx.titles and name not in NOT_NAME and not network_names(name) and len(name) > 2


def _clause_at(text: str, position: int) -> str:
    """The clause of `text` that contains `position`."""
    start = 0
    for match in CLAUSE_SPLIT.finditer(text):
        if match.start() > position:
            return text[start : match.start()]
        start = match.end()
    return text[start:]


def crew_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Crew credits in one sentence."""
    text = sentence.text
    show = ctx.show_for(sentence)
    if show is None:
        return []
    found: dict[tuple[str, str, str | None, int | None], ExtractedFact] = {}
    seasons_ctx: str | None = None

    def add(
        person: str, role: str, confidence: float, seasons: str | None = None, episodes: int | None = None
    ) -> None:
        # One credit per scope: "four episodes of season 1" and "four more in season 2" are two credits.
        if seasons is None and episodes is None and any(k[:2] == (person, role) for k in found):
            return
        found[(person, role, seasons, episodes)] = fact(
            FactKind.CREDIT,
            text,
            confidence,
            show=show,
            person=person,
            role=role,
            seasons=seasons,
            episodes=episodes,
        )

    # Lists after a cue: "created by A and B", "executive produced by A, B and C", "directed by A".
    for pattern, roles in _BEFORE_LIST:
        for cue in pattern.finditer(text):
            items, end = person_list(text[cue.end() :], ctx)
            mononym = re.match(rf"({CAPW})(?=\s*(?:[.,;]|$))", text[cue.end() :])
            if (
                not items
                and mononym
                and roles[0] in ("novelist", "creator")
                and _mononym(mononym.group(1), ctx)
            ):
                items = [(mononym.group(1), None)]  # "based on the web novel by Chugong"
            # "produced by A and B alongside C": C shares the role.
            more = re.match(r"\s+(?:alongside|with)\s+", text[cue.end() + end :]) if items else None
            if more:
                items += person_list(text[cue.end() + end + more.end() :], ctx)[0]
            for person, _aside in items:
                if roles == ("producer",) and person not in ctx.people:
                    continue  # "produced by Lookout Point": a company looks like a name; trust known people
                for role in roles:
                    if role == "director":
                        add(person, role, 0.85, *_scope(_clause_at(text, cue.start()), ctx, None))
                    else:
                        add(person, role, 0.85)
    # Clauses with a person subject: "Tony Gilroy created the series and serves as showrunner".
    subject: list[str] = []
    previous = ""
    for clause in CLAUSE_SPLIT.split(text):
        items, end = person_list(clause, ctx)
        rest = clause[end:]
        if items:
            subject = [p for p, _a in items]
        elif clause.startswith("who "):
            # "A and B, known collectively as the X Brothers, who ...": fall back to the last people named.
            antecedents = trailing_people(previous, ctx) or last_people(previous, ctx)
            # "A and B, who also serve as showrunners" is both; "A and B, who directed ..." is only B.
            plural = re.match(
                r"who (?:also |will |both |now )*(?:serve|are|have|were|executive produce|write|direct)\b",
                clause,
            ) or re.search(r"\b(?:showrunners|producers|creators|writers|directors)\b", clause)
            subject = antecedents if plural else antecedents[-1:]
            rest = clause
        elif re.match(r"(?:He|She|They)\s", clause) and sentence.text in ctx.antecedents:
            subject = list(ctx.antecedents[sentence.text])
        elif re.match(r"(?:he|she|they)\b|[a-z]", clause) is None:
            subject = []
        previous = clause
        if not subject or _NEGATED.search(rest.split(",")[0]):
            continue
        # "Storer directed several episodes, as did Calo and Ramy Youssef."
        also = re.search(r",?\s+as did\s+", rest)
        doers = list(subject)
        if also:
            doers += [p for p, _a in person_list(rest[also.end() :], ctx)[0]]
            rest = rest[: also.start()]
        for pattern, roles in _PREDICATES:
            if not pattern.search(rest):
                continue
            for role in roles:
                for person in doers:
                    if role == "director":
                        seasons, episodes = _scope(rest, ctx, seasons_ctx)
                        if (
                            seasons is None
                            and episodes is not None
                            and re.search(
                                r"\b(?:directs|will direct|is directing|returns? to direct)\b", rest
                            )
                        ):
                            seasons = (
                                str(ctx.focus_season) if ctx.focus_season else None
                            )  # the season at hand
                        seasons_ctx = seasons
                        add(person, role, 0.8, seasons, episodes)
                    elif role == "showrunner" and SEASON_REF.search(rest.split(",")[0]):
                        # "who serve as showrunners, the show has been renewed for a third season": the
                        # season belongs to the renewal, not to the role.
                        add(person, role, 0.8, _scope(rest.split(",")[0], ctx, None)[0])
                    else:
                        add(person, role, 0.8)
        # "... executive produces with A, B and C": the people after "with"/"alongside" share the role.
        partner = re.search(r"\bexecutive produc(?:es?|ing) (?:with|alongside)\s+", rest)
        if partner:
            others, _e = person_list(rest[partner.end() :], ctx)
            for person, _a in others:
                add(person, "executive_producer", 0.8)
        partner = re.search(r"\bshowrunners? (?:with|alongside)\s+", rest)
        if partner:
            others, _e = person_list(rest[partner.end() :], ctx)
            for person, _a in others:
                add(person, "showrunner", 0.8)
        partner = re.search(r"\bcreated it with\s+", rest)
        if partner:
            others, _e = person_list(rest[partner.end() :], ctx)
            for person, _a in others:
                add(person, "creator", 0.8)
    # "Kim Adair, a writer and co-executive producer on the first two seasons": an appositive credit.
    for match in re.finditer(
        rf"({PERSON}), an? (writer|director|(?:co-)?executive producer|producer)"
        r"(?: and [\w-]+(?: [\w-]+)?)? on "
        r"(?:the (?:show|series|first \w+ seasons?|\w+ season)|its first \w+ seasons?)\b",
        text,
    ):
        writer = ctx.person(match.group(1))
        if writer:
            add(writer, match.group(2).replace("co-", "").replace(" ", "_"), 0.75)
    # "based on James Clavell's 1975 novel", "Based on Mick Herron's Slough House novels".
    for match in re.finditer(
        rf"\b(?:[Bb]ased on|adapted from|an adaptation of)\s+({PERSON})['’]s\s+(?:[\w-]+\s+){{0,4}}?"
        r"(?:novels?|books?|book series|graphic novels?|memoir|comics?)\b",
        text,
    ):
        novelist = ctx.person(match.group(1))
        if novelist:
            add(novelist, "novelist", 0.85)
    # "James Hawes and Jeremy Lovering, the directors of the first two seasons".
    for match in re.finditer(
        r",\s+the directors? of (the first \w+ seasons|(?:the )?\w+ season|Season \d+)", text
    ):
        people = trailing_people(text[: match.start()], ctx)
        span, _count = _scope(match.group(1), ctx, None)
        for person in people:
            add(person, "director", 0.75, span)
    return list(found.values())
