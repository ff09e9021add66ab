"""Crew: creators, showrunners, writers, novelists, executive producers and directors (with their scope)."""

from __future__ import annotations

import re

from ingest.context import Context, clauses_of, last_people, person_list, trailing_people
from ingest.crew_names import FUNCTION_WORDS, NEW_CLAUSE, ROLE_AFTER, mononym_name, owned_by_title
from ingest.crew_partners import partner_roles
from ingest.crew_patterns import AS_ROLE, AS_ROLES, BEFORE_LIST, HANDED_OVER, NEGATED, PREDICATES
from ingest.cued import cued
from ingest.described_crew import DESCRIPTOR, described_people
from ingest.director_scope import _clause_at, _scope, described_episode_season
from ingest.memo import per_article
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import CAPW, PERSON
from ingest.pointers import ANAPHOR
from ingest.scene_openers import scene_end
from ingest.season_refs import SEASON_REF
from ingest.sentences import Sentence
from ingest.titled_roles import described_title

# A director credit not yet carried out: stored with this note, told as "X is set to direct Y".
SET_TO_DIRECT = "set to direct"
# After a subject's own verb, "and" then another full name with a verb of its own starts another clause.
_CO_CREATED_WITH = re.compile(
    r"\bco-creat(?:ed|es|ing)\b(?:(?!,['’\"”]?\s+(?:[a-z]+\s+)?(?:wrote|writes|directed|directs|produces"
    r"|executive produces|stars|serves)\b)[^.;]){0,80}?\swith\s+(?=[A-Z])"
)
_NEXT_SUBJECT = re.compile(
    r"(?<=[a-z])\s+and\s+(?=[A-Z][a-z]+\s+[A-Z][\w'’-]+(?:\s+\([^)]*\))?\s+(?:will|is set to|penned|wrote)\b)"
)
UPCOMING = re.compile(
    r"\b(?:will|(?:is|are) (?:set|slated|tapped|attached|expected) to|returns? to direct|(?:is|are) directing"
    r"|(?:is|are) back to direct|(?:is|are) going to)\b"
)
_REPORTED = re.compile(
    r"\b(?:said|says|revealed|reveals|confirmed|confirms|added|adds|explained|announced|noted|recalled|admitted)"
    r"\s+that\b"
)
UPCOMING_PASSIVE = re.compile(r"\b(?:will be|(?:is|are) (?:set|slated) to be|to be) directed by\b", re.I)
_ADAPTATION_OF = re.compile(rf"\b(?:an? )?adaptation of ({PERSON})['’]s\s+[“\"‘']?(?=[A-Z])")
_RUNNING_THE_SHOW = cued(rf"\b({PERSON}|{CAPW})\s+(?:is\s+|was\s+)?running the show\b", "running the show")


@per_article  # both people passes read the same sentence: its cues are found once
def _list_cues(text: str) -> tuple[tuple[tuple[str, ...], tuple[re.Match[str], ...]], ...]:
    """Each `BEFORE_LIST` cue's matches in `text`, in the list's order, with the cue's roles."""
    return tuple((roles, tuple(pattern.finditer(text))) for pattern, roles in BEFORE_LIST)


def crew_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Crew credits in one sentence."""
    text = sentence.text
    # "was written by Tom Hadley, whose previous show, Sky's The Quiet Hour, was canceled": a title in the
    # person's "whose" aside is that person's other show, not the one the sentence credits.
    head = text.split(", whose ", 1)[0]
    show = ctx.show_for(sentence, head) or described_title(sentence.text, ctx)
    if show is None:
        return []
    found: dict[tuple[str, str, str | None, int | None], ExtractedFact] = {}
    seasons_ctx: str | None = None

    def add(
        person: str,
        role: str,
        confidence: float,
        seasons: str | None = None,
        episodes: int | None = None,
        note: str | None = None,
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
            note=note,
        )

    # Lists after a cue: "created by A and B", "executive produced by A, B and C", "directed by A".
    for roles, cues in _list_cues(text):
        for cue in cues:
            before = re.sub(r"[Cc]o-$", "", text[: cue.start()])
            titled = re.search(r"(?:[A-Z][\w'’:]*|[”\"’'])\s*$", before)
            if (
                roles == ("creator",)
                and titled
                and titled.group().strip() not in FUNCTION_WORDS  # "From creator A": no title before
                and re.match(r"\s*(?:co-)?creator", cue.group(), re.I)
            ):
                continue  # "from Blue Watch and Cold Case creator Jon Merrow": those titles' creator
            if owned_by_title(before, cue.group(), ctx):
                continue  # "Fear showrunners A and B": that title's showrunners (see titled_roles)
            # "written by newcomer Hannah Greer", "by Tidewater director A and Ironbridge writer B": words
            # describing each person may come first.
            items, end = described_people(text[cue.end() :], ctx, bool(re.search(r"\bby\s*$", cue.group())))
            if items and ROLE_AFTER.match(text, cue.end() + end):
                continue  # "hails from Yellow Creek co-creator Dan Holt": a title before its maker's role
            listed = text[cue.end() : cue.end() + end]
            opened = re.search(r",\s+and\s+([^,]+?)\s*$", listed)
            if len(items) > 1 and NEW_CLAUSE.match(text, cue.end() + end) and opened:
                # "from writer A, and B is attached to star", "by A, and B and C are serving as showrunners":
                # the names after ", and" open a clause of their own.
                after = len(re.split(r"\s+and\s+", opened.group(1)))
                items = items[:-after] if after < len(items) else items
            mononym = re.match(rf"({CAPW})(?=\s*(?:[.,;]|$))", text[cue.end() :])
            if (
                not items
                and mononym
                and roles[0] in ("novelist", "creator")
                and mononym_name(mononym.group(1), ctx)
            ):
                items = [(mononym.group(1), None)]  # "based on the web novel by Chugong"
            # "produced by A and B alongside C": C shares the role.
            # "... as well as Groundswell Films' C and D": a company's people share it too.
            # "... and his Dune Road partners C and D": the producer's partners share it too.
            more = re.match(
                r"\s+(?:alongside|with|as well as)\s+"
                r"(?:(?:the )?(?:[A-Z][\w&-]*\s+){0,3}?[A-Z][\w&-]*['’]s?\s+)?"
                r"|\s+and\s+(?:his|her|their)\s+(?:[A-Z][\w&-]*\s+){0,3}(?:partners?|colleagues?)\s+",
                text[cue.end() + end :],
            ) if items else None  # fmt: skip
            if more:
                items += person_list(text[cue.end() + end + more.end() :], ctx)[0]
            # "created by Greg Daniels, who developed ... for NBC, and Michael Koman": the list goes on.
            aside = re.match(r",\s+who\s[^,;]{1,100},\s+and\s+", text[cue.end() + end :]) if items else None
            if aside:
                items += person_list(text[cue.end() + end + aside.end() :], ctx)[0]
            for person, _aside in items:
                if roles == ("producer",) and person not in ctx.people:
                    continue  # "produced by Lookout Point": a company looks like a name; trust known people
                for role in roles:
                    if role == "director":
                        seasons, episodes = _scope(_clause_at(text, cue.start()), ctx, None)
                        seasons = seasons or described_episode_season(text[: cue.start()])
                        will = UPCOMING_PASSIVE.search(text[max(0, cue.start() - 30) : cue.start() + 12])
                        add(person, role, 0.85, seasons, episodes, SET_TO_DIRECT if will else None)
                    else:
                        add(person, role, 0.85)
    # Clauses with a person subject: "Tony Gilroy created the series and serves as showrunner".
    subject: list[str] = []
    previous = ""
    handed = False
    for clause in clauses_of(text):
        subject = [] if handed else subject  # "..., with B attached to executive produce | and direct"
        # ("Series co-creators A and B will return as showrunners": the subject may come described.)
        start = scene_end(clause)  # "In the third season of X, A will be back as ...": the subject follows
        items, end = person_list(clause[start:], ctx)
        end += start
        if not items:
            # Only a description opening the clause lets `described_people` find what `person_list` did not.
            items, end = described_people(clause, ctx, True) if DESCRIPTOR.match(clause) else ([], 0)
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
            ) or re.search(
                r"\b(?:showrunners|producers|creators|writers|directors)\b|,\s+(?:are|were|have)\b", clause
            )
            # "The three, who met as writers on X, also serve as showrunners": the anaphor stands.
            subject = (antecedents if plural else antecedents[-1:]) or subject
            rest = clause
        elif ANAPHOR.match(clause) and sentence.text in ctx.antecedents and not previous:
            subject = list(ctx.antecedents[sentence.text])
        elif re.match(r"(?:he|she|they)\b|[a-z]", clause) is None:
            subject = []
        previous = clause
        # "A will also executive produce, with B attached to direct": what follows "with B" is B's (see
        # crew_wordings), never A's.
        parts = HANDED_OVER.split(rest)
        rest, handed = parts[0], len(parts) > 1
        # "A (Medium) penned the script and B (Homeland) will direct the pilot": B's verb is B's alone.
        rest = _NEXT_SUBJECT.split(rest)[0]
        # "Lindholm revealed that her husband, Anders Quist, directed the finale": what is reported is
        # another clause, with a subject of its own.
        rest = _REPORTED.split(rest)[0]
        if not subject or NEGATED.search(rest.split(",")[0]):
            continue
        # "Storer directed several episodes, as did Calo and Ramy Youssef."
        also = re.search(r",?\s+as did\s+", rest)
        doers = list(subject)
        if also:
            doers += [p for p, _a in person_list(rest[also.end() :], ctx)[0]]
            rest = rest[: also.start()]
        for pattern, roles in PREDICATES:
            if not (verb := pattern.search(rest)):
                continue
            for role in roles:
                for person in doers:
                    if role == "director":
                        # "who joined in season two, also directed an episode of the third season": the
                        # season after the verb is its own; one before it may be an aside's.
                        seasons, episodes = _scope(rest[verb.start() :], ctx, None)
                        if seasons is None:
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
                        # "will direct", "returns to direct": announced, not yet done.
                        will = UPCOMING.search(rest.split(",")[0])
                        add(person, role, 0.8, seasons, episodes, SET_TO_DIRECT if will else None)
                    elif role == "showrunner" and SEASON_REF.search(rest.split(",")[0]):
                        # "who run the show, it has been renewed for a third season": the
                        # season belongs to the renewal, not to the role.
                        add(person, role, 0.8, _scope(rest.split(",")[0], ctx, None)[0])
                    else:
                        add(person, role, 0.8)
        # "... executive produces with A, B and C": the people after "with"/"alongside" share the role.
        for person, role in partner_roles(rest, ctx):
            add(person, role, 0.8)
    # "A is co-creating and executive producing Tin Lantern with B and C": B and C are its creators too.
    # ("A, who co-created X, wrote all eight and executive produces with B": a later clause's partner.)
    for partner in _CO_CREATED_WITH.finditer(text):
        for person, _a in person_list(text[partner.end() :], ctx)[0]:
            add(person, "creator", 0.8)
    # "with Belinda Campbell and Alex Jones as executive producers".
    for match in AS_ROLE.finditer(text):
        role = AS_ROLES[match.group(1)]
        for person in trailing_people(text[: match.start()], ctx):
            add(person, role, 0.75)
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
    # "based on the Nick Hornby novel".
    for match in re.finditer(rf"\b[Bb]ased on the ({PERSON}) (?:novel|book|memoir)\b", text):
        novelist = ctx.person(match.group(1))
        if novelist:
            add(novelist, "novelist", 0.8)
    # "based on James Clavell's 1975 novel", "Based on Mick Herron's Slough House novels".
    for match in re.finditer(
        # ("its adaptation of Dora Klee's novel": whoever's adaptation it is, the book is the novelist's.)
        rf"\b(?:[Bb]ased on|adapted from|(?:an?|its|their|the|this)(?: series| TV| television)? adaptation of"
        rf"|[Ii]nspired by)\s+"
        rf"(?:the characters (?:from|in|of|created by)\s+)?"
        # "Helga Moss' novel": a name ending in "s" may take the apostrophe alone.
        # ("Dora Vell's best-selling Hugo and Nebula Award-winning book series": praise may run long.)
        rf"({PERSON})(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){{0,6}}?"
        r"(?:novels?|books?|book series|graphic novels?|memoir|comics?|best-?sellers?)\b",
        text,
    ):
        novelist = ctx.person(match.group(1))
        if novelist:
            add(novelist, "novelist", 0.85)
    # "an adaptation of Jane Doe's The Long Summer": the book's author, when the show shares its title.
    for match in _ADAPTATION_OF.finditer(text):
        adapted = text[match.end() :].casefold()  # "The Pursuit Of Love" in a headline's capitals
        novelist = ctx.person(match.group(1))
        if novelist and show and re.match(rf"{re.escape(show.casefold())}\b", adapted):
            add(novelist, "novelist", 0.8)
    # "Aside from Lindqvist running the show": the one running a show is its showrunner.
    for match in _RUNNING_THE_SHOW.finditer(text):
        runner = ctx.person(match.group(1))
        if runner:
            add(runner, "showrunner", 0.75)
    # "James Hawes and Jeremy Lovering, the directors of the first two seasons".
    for match in re.finditer(
        r",\s+the directors? of (the first \w+ seasons|(?:the )?\w+ season|Season \d+)", text
    ):
        people = trailing_people(text[: match.start()], ctx)
        span, _count = _scope(match.group(1), ctx, None)
        for person in people:
            add(person, "director", 0.75, span)
    return list(found.values())
