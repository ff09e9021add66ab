"""Premiere and release dates, the network a show is on, season sizes, renewals and final seasons."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.dates import DateMention, find_dates
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import PERSON, find_networks, is_person_name
from ingest.release_guards import regional_premiere, returns_from_break, starts_work
from ingest.release_shapes import forward_day
from ingest.season_refs import COREFERENT_SUBJECT, SEASON_REF, parse_season_number
from ingest.sentences import Sentence

_RELEASE = re.compile(
    r"\b(?:premieres?|premiered|premiering|debuts?|debuted|debuting|arrives?|arrived|arriving|returns?|returned"
    r"|returning|drops?|dropped|launch(?:es|ed|ing)?|(?:is |was |will be |be )?released|release date"
    r"|(?:will|to) release(?= (?:in (?:theaters|theatres|cinemas) )?on\b)"
    r"|premiere date|will be available(?= (?:to stream )?(?:on (?:the (?:streaming )?"
    r"(?:service|streamer|platform)|\w+\+?) )?on\b)"
    r"|return date|hits?|streams? (?:on \w+\+? )?from|begins?|began|aired|kicks? off|comes back|lands?|bows?"
    r"|(?:is|are|will be|to be|be)(?: \w+)? back|(?:is|are|was|were|will be|be) made available"
    # British announcements: "will be broadcast in 2018", "is set to be shown on BBC One".
    r"|(?:will be|to be|be|is being) (?:broadcast|screened|shown|transmitted)(?= (?:on|in|from|this|next)\b)"
    r"|com(?:es|ing) to (?:select |limited |U\.S\. )?(?:theaters|theatres|cinemas)"
    # "rides into theaters on November 3": any verb of going into cinemas.
    r"|[a-z]+s into (?:theaters|theatres|cinemas)"
    # "Season 3 of X is coming to Peacock on June 6": a show comes to a network on its premiere day.
    r"|com(?:es?|ing) to(?= [A-Z][\w+.]*(?: [A-Z][\w+.]*)? (?:on|in|this|next)\b)"
    r"|airs?|open(?:s|ed|ing)?(?= (?:(?:against|opposite) [^,.;]{1,40} )?"
    r"(?:on\b|in (?:select |limited |U\.S\. )?(?:theaters|theatres|cinemas)))"
    r"|streaming(?= (?:globally |worldwide |exclusively )?(?:on|from)\b))\b",
    re.IGNORECASE,
)
# Words between the verb and the date that tie the date to something other than the premiere.
_BLOCK = re.compile(
    r"\b(?:trailers?|teasers?|finale|until|through|filming|production|wrapped|photos?|posters?|first look|"
    r"announced|revealed|confirmed|said|told|shared|unveiled|interview|panel|Comic-Con|festival|after|since"
    # "airs on CBC, which is renewing it for Season 4 today": the date is the renewal's, not the verb's.
    r"|renew(?:s|ed|ing|al)?)\b",
    re.IGNORECASE,
)
# A date the sentence says no longer holds: "originally set for", "moved from ... to".
_SUPERSEDED = re.compile(
    r"\b(?:originally|initially|previously|formerly|once)\s+(?:[\w-]+\s+){0,2}?(?:for|on|in)\s+$"
    r"|\b(?:moved|moving|moves|pushed|pushing|pushes|shifted|shifts|delayed|bumped|rescheduled|postponed)\b"
    r"[^.;]{0,40}?\bfrom\s+$|\b(?:instead of|rather than|no longer)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# A report of what the show will do: "said that it will", "confirmed the series will".
_REPORTED = re.compile(
    r"^.*\b(?:said|announced|confirmed|revealed|shared)(?: that)?\s+"
    # ("Netflix confirmed the second season will arrive": the season said of is the subject.)
    r"(?=(?:it|it['’]ll|the (?:series|show|film)|(?:the|its) (?:[\w-]+ )?season|[Ss]eason \d+)\b)"
)
_EPISODE = re.compile(
    r"\b[Ee]pisode\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\bthe (?:next|new|latest|final|last|penultimate) episode\b|\banother episode\b"
)
_FOR_SEASON = re.compile(
    r"\s*,?\s*(?:[\w-]+\s+){0,2}?for (?:its|the|a) "
    r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?: and (?:final|last))? "
    r"(?:season|series)\b"
)
_HYPOTHETICAL = re.compile(r"\b(?:might|could|may|would|if|hopes?|hoping|rumou?red|speculat\w*|expect\w*|"
                           r"likely|possibly|perhaps|reportedly|not expected|no date|whether"
                           r"|unclear)\b")  # fmt: skip
_EXPECTED = re.compile(
    r"\b(?:is|are) (?:also )?expected to (?:premiere|debut|return|arrive|launch|air|be released"
    r"|be broadcast|be screened|be shown)\b"
)
# "He is expected to make his debut during its season 12 premiere on Sept. 24": the hedge is the actor's
# arrival; the premiere's date is told as a fact.
_JOINS_AT_PREMIERE = re.compile(
    r"\b(?:is|are) expected to (?:make (?:his|her|their) (?:\w+ )?(?:debut|appearance)|appear|debut)\b"
    r"(?=[^.;]{0,80}?\b(?:during|in|at) (?:its|the) (?:[\w-]+ ){0,3}?premiere\b)"
)
# "the premiere of 'X,' which follows five young lawyers, Thursday, Jan. 21": a clause describing the show.
_WHICH_CLAUSE = re.compile(r"(?:[”\"’']?,|,[”\"’'])\s+which\s[^,;()]{1,200},\s*$")


# A season's order told after a release's date: "..., and a second season is already in the works".
_ORDERED_LATER = re.compile(r"\b(?:ordered|renewed|greenlit|green-lit|picked up|commissioned|in the works)\b")
# Where a new clause starts: "X will premiere May 6, while the fourth season of Y will launch June 17".
_CLAUSE = re.compile(r"(?:[,;]\s+(?:while|whereas|but|and|as)\s+|;\s+)")


def own_clause(subject: str, ctx: Context) -> str:
    """The part of `subject` in the verb's own clause, when that clause names or points back to a show."""
    cuts = [m.end() for m in _CLAUSE.finditer(subject)]
    for cut in reversed(cuts):
        clause = subject[cut:]
        if ctx.mentions_show(clause):
            return clause
    return subject


def _season_between(between: str) -> int | None:
    """The season the verb names: "premieres its second season on ...", "will be back for Season 4 on ..."."""
    # "will debut its first on Starz in May": the season's noun left out after an ordinal.
    bare = re.match(
        r"\s*its (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:on|in)\b", between
    )
    if bare:
        return parse_season_number(bare.group(1))
    found = SEASON_REF.search(between)
    if found is None or not re.fullmatch(
        r"\s*(?:(?:for|with) )?(?:(?:its|the|a) )?", between[: found.start()]
    ):
        return None
    return parse_season_number(found.group("num") or found.group("ord"))


# "after its first season ended on a cliffhanger, the show returns ...": a season with a verb of its own is
# the subject of that verb, not of the release that follows.
_OWN_VERB = re.compile(
    r"\s+(?:had |has |was |were )?"
    r"(?:ended|wrapped|concluded|finished|aired|premiered|debuted|dropped|closed)\b"
)


def _after_other_seasons(subject: str) -> str:
    """`subject` (the words before a release verb) after the last season it names as the subject of a verb
    of its own, a verb before the release's."""
    ends = [ref.end() for ref in SEASON_REF.finditer(subject) if _OWN_VERB.match(subject, ref.end())]
    return subject[ends[-1] :] if ends else subject


def season_before(text: str, ctx: Context) -> int | None:
    """The last season `text` names, or the focus season when it speaks of "the new season"."""
    refs = list(SEASON_REF.finditer(text))
    if refs:
        ref = refs[-1]
        return parse_season_number(ref.group("num") or ref.group("ord"))
    if re.search(r"\b(?:the|its) (?:new|next|upcoming|latest) (?:season|series|run)\b", text):
        return ctx.focus_season
    return None


_LATER_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas|though|although)\s+(?!(?:on|via|streaming)\b)")


def _network(text: str) -> str | None:
    """The network a clause names ("on HBO and Max" is HBO; "on BBC One ... BBC iPlayer" is BBC One)."""
    names = [n for _s, _e, n in find_networks(text) if n not in {"BBC iPlayer", "Max", "HBO Max"}] or [
        n for _s, _e, n in find_networks(text)
    ]
    # "premiered on FX and streams on Hulu": the first network after the verb is where it airs.
    return names[0] if names else None


def release_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Release dates bound to a release verb, for a show the sentence names or points back to."""
    text = sentence.text
    # "the new season is expected to premiere in 2020": a scheduled year, told as such; a hedge on a day
    # or anything more doubtful ("might", "rumored") states nothing.
    expected = _EXPECTED.search(text)
    if not sentence.states or _HYPOTHETICAL.search(_EXPECTED.sub(" ", _JOINS_AT_PREMIERE.sub(" ", text))):
        return []
    out: list[ExtractedFact] = []
    window_start = 0
    for mention in find_dates(text, ctx.published):
        # "has set a Friday, Oct. 10 global premiere for The Last Frontier": the date comes first.
        # "set a May 2 premiere date for the third season of its drama 'Orbit Lane'".
        noun = re.match(
            r"\s*,?\s*(?:as (?:the|its) )?(?:global |series |world |streaming |summer |fall |theatrical )?"
            r"(?:premiere(?: date)?|release(?: date)?|launch|debut) (?:for|of) "
            r"(?:(?:the|its) (?P<ord>\w+) season of )?",
            text[mention.end :],
        )
        if noun and mention.day is not None and not mention.relative:
            after = text[mention.end + noun.end() :][:100]
            named = ctx.titles_in(after)
            season = parse_season_number(noun.group("ord")) if noun.group("ord") else None
            lead = after[: named[0][0]] if named else ""
            if (
                named
                and re.fullmatch(r"(?:(?:its|the) (?:[a-z][\w-]*\s+){0,3})?[“\"‘']?", lead)
                and (named[0][2] in ctx.shows)
            ):
                out.append(fact(FactKind.RELEASE, text, 0.8, show=named[0][2], season=season,
                                date=mention.day.isoformat(), network=_network(text)))  # fmt: skip
                window_start = mention.end
                continue
        window = text[window_start : mention.start]
        if not mention.relative:
            # A later date binds to its own verb, never to an earlier date's verb ("Part 2 follows on ...").
            window_start = mention.end
        verbs = list(_RELEASE.finditer(window))
        if not verbs:
            continue
        verb_start = mention.start - len(window) + verbs[-1].start()
        between = text[verb_start + len(verbs[-1].group()) : mention.start]
        # "the premiere of 'X,' which follows five young lawyers at a firm, Thursday, Jan. 21": a relative
        # clause describing the show sits between the verb and its date.
        between = _WHICH_CLAUSE.sub(", ", between)
        subject = own_clause(text[:verb_start], ctx)
        opened = [t for t in ctx.titles_in(subject[:60]) if t[0] <= 1 and t[2] in ctx.shows]
        if not opened and re.search(r"\b(?:spin-?off|prequel|sequel)\b", subject, re.IGNORECASE):
            continue  # "A spinoff, X: Tales From '85, is set to premiere in 2026" dates another show
        if _BLOCK.search(between) or len(between) > 60 or not ctx.mentions_show(subject):
            continue
        # The person must be the subject: "actor X is set to arrive", not "the series from director X will".
        doer = re.search(
            rf"(?:^|,\s+|\bthat\s+|\b(?:actor|actress|star)\s+)({PERSON})\s+"
            r"(?:(?:is|are)\s+(?:set|due|expected)\s+to\s+|will\s+)?$",
            subject,
        )
        if doer and is_person_name(doer.group(1)) and doer.group(1) not in ctx.titles:
            continue  # "actor Roger Griffiths is set to arrive in the spring": a person arrives, no show
        if re.match(r"(?i)begins?|began|kicks? off", verbs[-1].group()) and re.search(
            r"(?i)\b(?:production|filming|shooting|casting|writing|work)\b", subject
        ):
            continue  # "Production on the second season is set to begin in November": no premiere
        if starts_work(text[mention.end :]) or regional_premiere(between, text[mention.end :]):
            continue  # "returns to Toronto on May 3 to begin production", "in the U.K. this fall, but ..."
        if returns_from_break(text):
            continue  # "returns from its winter break next Thursday": the season's second half
        if _SUPERSEDED.search(text[max(0, mention.start - 60) : mention.start]):
            continue  # "originally set for Oct. 5, will now air Oct. 12": only the new date stands
        show = ctx.show_for(sentence, subject)
        opener = COREFERENT_SUBJECT.match(subject)
        if opener and subject[opener.end() :].startswith(","):
            # "The sci-fi drama, Gilligan's first series since 'Better Call Saul' ended, premiered ...":
            # the subject is the show at hand; titles inside the aside are not.
            show = ctx.topics.get(sentence.paragraph, ctx.main)
            if show and show in subject[opener.end() :]:
                show = ctx.main  # the aside alone made it the paragraph's topic
        # ("the studio confirmed that it'll arrive in 2025": what is said has its own subject.)
        said = _REPORTED.sub("", subject[-40:])
        if show is None or (_BLOCK.search(said) and not ctx.titles_in(said)):
            continue
        if _EPISODE.search(subject[-60:] + between):
            continue  # "season 2, episode 8 will be released on Oct. 9": an episode, not the season
        if ")" in between and "(" not in between:
            continue  # "(after the X premiere at 9pm), more on Monday, Feb. 9": the verb sat in an aside
        whose = subject.rfind(", whose ")
        if whose >= 0 and not any(end == whose for _s, end, _t in ctx.titles_in(subject)):
            continue  # "the reality competition Squid Game: The Challenge, whose second season premiered"
        # "premieres its second season on Wednesday": the season may sit between the verb and its date.
        season = season_before(_after_other_seasons(subject) + verbs[-1].group(), ctx)
        season = season or _season_between(between)
        # "will return for its third season on Sept. 7", "returned in April for its fourth season".
        told = _FOR_SEASON.match(between) or _FOR_SEASON.match(text[mention.end :])
        if season is None and told:
            season = parse_season_number(told.group(1))
        if (
            season is None
            and show == ctx.main
            and _is_future(mention, ctx)
            and (ctx.focus_season or 0) > 1
            # ("debuts this Friday, and a second season has been ordered": the season told on is the next.)
            and not _ORDERED_LATER.search(text, mention.end)
        ):
            # "The six-part series begins on Sunday": in an article about season 2, that run is season 2.
            season = ctx.focus_season
        # ("debuted in 2016, and following its launch Netflix began carrying it": a later clause's network.)
        cut = _LATER_CLAUSE.search(text, max(verb_start, mention.end))
        network = _network(text[verb_start : cut.start() if cut else len(text)]) or _network(subject)
        theatrical = verbs[-1].group().lower().startswith("open")
        if theatrical:
            network = None  # "opens in theaters on Oct. 17 before streaming on Netflix": cinemas first
        if mention.day is not None and expected:
            continue
        if mention.day is not None:
            confidence = 0.6 if mention.relative else 0.75 if theatrical else 0.85
            day = forward_day(
                mention, mention.day, text, subject[-20:] + " " + verbs[-1].group(), ctx.published
            )
            out.append(fact(FactKind.RELEASE, text, confidence, show=show, season=season,
                            date=day.isoformat(), network=network))  # fmt: skip
        elif mention.year is not None:
            out.append(fact(FactKind.RELEASE, text, 0.5, show=show, season=season, year=mention.year,
                            network=network))  # fmt: skip
    return out


def _is_future(mention: DateMention, ctx: Context) -> bool:
    if ctx.published is None or mention.year is None:
        return False
    if mention.day is not None:
        return mention.day >= ctx.published
    return (mention.year, mention.month or 12) >= (ctx.published.year, ctx.published.month)
