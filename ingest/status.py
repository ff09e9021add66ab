"""Renewals, cancellations and final seasons, for one show or a round-up's list of shows.

"Fox canceled freshman drama 'The Passage' and comedy 'The Cool Kids'" cancels both; "A and B have been
renewed for second seasons" renews both. A status is only given to a show the sentence names or points back
to ("the series", "it"): a paragraph's topic alone is not enough, since a round-up line about a title we
missed ("Lantern Row, a comedy, has been cancelled") must never cancel the article's main show.
"""

from __future__ import annotations

import re

from ingest.concessions import news_clause
from ingest.context import Context
from ingest.mentions import count_mentions
from ingest.model import ExtractedFact, FactKind, fact
from ingest.releases import season_before
from ingest.season_refs import COREFERENT_SUBJECT, parse_season_number
from ingest.sentences import Sentence
from ingest.status_patterns import (
    BARE_RENEWAL,
    CANCEL,
    COUNT,
    NOT_BROUGHT_BACK,
    NOT_RETURNING,
    ORDINAL,
    RENEWAL,
    UP_TO_SEASON,
)
from ingest.title_patterns import GENRE, NET
from ingest.work_mentions import work_mentions

# ("won't": the "n't" sits inside a word, so no word boundary goes before it.)
_NEGATED = re.compile(r"\b(?:not|yet to|no word|whether|if|unless|could|would|might|hope)\b|n['’]t\b")
# "The network said the show would be canceled": "would" in reported speech tells what was decided.
_REPORTED_WOULD = re.compile(
    # ("when the news dropped that the show would be canceled": news breaking is a report too.)
    r"\b(?:said|says|confirmed|confirms|announced|announces|revealed|reveals|decided"
    r"|news (?:dropped|broke|came))\b(?: that)?"
    r"(?:(?! not\b| if\b| whether\b)[^.;!?]){0,60}?\bwould be\s+$"
)
# "Despite rumours that it had been cancelled": a cancellation someone else claimed, not one reported.
_HEDGED = re.compile(
    r"\b(?:rumou?r(?:s|ed)?|speculation|reports? that|feared|denied|despite)\b", re.IGNORECASE
)
# "ending the sitcom after one season", "which ran for two seasons": the seasons made, told further on.
_SEASONS_MADE = re.compile(
    r"\b(?:ending|closing|concluding) (?:the|its) (?:[\w-]+ ){0,2}?(?:run|series|show|drama|comedy|sitcom)"
    r" after (?:just |only )?(?:(\w+) (?:seasons|series)|(one|a single|its first) season)\b"
    r"|\b(?:which|that|it) (?:ran|aired|lasted) (?:for )?(?:(\w+) (?:seasons|series)|(one|a single) season)\b"
)
_FINAL = re.compile(
    r"\b(?:(\w+) and )?(?:final|last) season\b|\bwill be (?:the|its) (?:show's )?(?:last|final)\b"
    # "X will end with its fourth season", "the drama is ending after its third season".
    r"|\b(?:will end|ends|is ending|to end|will be ending|is going to end|will conclude|concludes|will wrap)"
    r" (?:with|after)"
    r" (?:its|the) (?:current |upcoming |coming |next )?(\w+) season\b"
    # "X will end its run with season 4", "the comedy ends its run after its sixth season".
    r"|\b(?:will end|ends|is ending|to end|will conclude|concludes|will wrap) its run (?:with|after)"
    r" (?:its (?:(\w+) season\b|[Ss]eason (\d+)\b)|[Ss]eason (\d+)\b)"
)
# Between two titles of one list: commas, quotes, "and", and a few describing words ("and comedy").
_LIST_GAP = re.compile(
    # (An item we do not know as a title may sit between: "renewed “9-1-1,” “The Resident” and ...".)
    r"(?:[\s,]*[“\"‘'][^”\"’'.]{1,40}[”\"’'])*"
    r"[\s,”“\"'‘’]*(?:(?:and|as well as|&|plus)\s+)?"
    r"(?:(?!(?:while|but|was|were|is|are|has|have|had|after|before|for|with|which|who|that|by|to|on|in|of"
    r"|its|his|her|their|also|will|would)\b)[a-z][\w-]*\s+){0,3}"
    # ("has renewed its new dark comedy series X": the network's own show, described, then named.)
    r"(?:(?:its|their)\s+(?:[a-z][\w-]*\s+){0,4}?(?:series|show|drama|comedy|sitcom|miniseries)\s+)?[“\"‘']?"
)
_BEFORE_VERB = re.compile(
    # ("Tin Harbor, set in a flooded London, has died": a describing clause may sit between.)
    r"[”\"’']?(?:,\s+(?:[a-z][\w'’-]*|an?|the)\b[^,()]{1,60}?)?,?\s+(?:(?:have|has|were|was|are|is|will|got)\s+)?(?:also\s+|both\s+)*(?:been\s+|be\s+)?$"
)

Span = tuple[int, int, str]
# After a title: the show it came from ("the “Harbor High” spinoff"), not the show the sentence is about.
_SPUN_FROM = re.compile(r"[”\"’']?[\s-]+(?:spinoff|spin-off|prequel|sequel|offshoot)\b")
_PLACE_OF = re.compile(r"\b(?:city|town|state|county|island|streets) of\s+$")


def listed_after(text: str, start: int, spans: list[Span]) -> list[str]:
    """The titles listed right after a verb: "canceled 'The Passage' and comedy 'The Cool Kids'"."""
    out: list[str] = []
    pos = start
    for begin, end, title in spans:
        if begin < pos:
            continue
        if not _LIST_GAP.fullmatch(text[pos:begin]) or _SPUN_FROM.match(text, end):
            break  # ("canceled the “Harbor High” spinoff": the show it came from is not the one canceled)
        out.append(title)
        pos = end
    return out


def _listed_before(text: str, verb: int, spans: list[Span]) -> list[str]:
    """The titles that are the verb's subject: "Ramy and Dollface have been renewed"."""
    before = [s for s in spans if s[1] <= verb]
    if not before or not _BEFORE_VERB.fullmatch(text[before[-1][1] : verb]):
        return []
    out = [before[-1][2]]
    for (_b, end, title), (begin, _e, _t) in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
        if not re.fullmatch(r"[\s,”“\"'‘’]*(?:and\s+|&\s+)?[“\"‘']?", text[end:begin]):
            break
        out.append(title)
    return out[::-1]


def _subjects(text: str, start: int, end: int, ctx: Context, fallback: str | None) -> list[str]:
    """The shows a status verb at text[start:end] is about: a list after or before it, else the show the
    verb sits beside when the sentence names several, else `fallback` when the sentence points at it."""
    # ("an offshoot set in the city of Denver got axed": a place sharing a show's name is no subject.)
    spans = [s for s in ctx.titles_in(text) if s[2] in ctx.shows and not _PLACE_OF.search(text[: s[0]])]
    listed = listed_after(text, end, spans) or _listed_before(text, start, spans)
    if listed:
        return listed
    before = [s for s in spans if s[1] <= start and not re.search(r"[;,]\s+and\b|;", text[s[1] : start])]
    if len(spans) > 1 and before:
        return [before[-1][2]]
    # The sentence's show when it names it, or names no title at all and points back ("the series", "it");
    # "The Rings of Power, Prime Video's other series, has also been renewed" is about another title.
    # ("the drama from 'Mare of Easttown' creator Brad Ingelsby" names other work, not a subject.)
    named = {
        t
        for s, e, t in ctx.titles_in(text)
        if count_mentions(t, text) > work_mentions(t, text)
        and not _PLACE_OF.search(text[:s])
        and not _SPUN_FROM.match(text, e)
    }
    pointed = (
        COREFERENT_SUBJECT.match(text)
        or re.match(r"(?:It|They|(?:The|Its) (?:[\w-]+ )?season)\b", text)
        or re.search(
            r"\b(?:it|the (?:[\w-]+ ){0,2}(?:series|show|drama|comedy|project|programme|sitcom))\s+"
            r"(?:[\w-]+\s+){0,3}$",
            text[:start],
        )
        or re.match(r"\s*(?:it|the (?:[\w-]+ ){0,2}(?:series|show|drama|comedy))\b", text[end:])
        # "The network has canceled the “Harbor High” spinoff": the show at hand, named by where it came from.
        or re.match(r"\s*(?:the|its) [“\"‘']?[A-Z][^.;,]{0,40}?[”\"’']?" + _SPUN_FROM.pattern, text[end:])
        # "Hulu renewed the comedy", "has given the family drama a third season": the verb's object points.
        or re.match(rf"\w+ (?:the|its) (?:[\w'’-]+ ){{0,2}}?{GENRE}\b", text[start:])
        # "Max ordered the second season last year": a network's order in a sentence naming no other show.
        or (
            not named
            and re.match(
                rf"(?:{NET}) (?:has |had )?(?:ordered|commissioned|greenlit|picked up) "
                rf"(?:the|a|an|its) {ORDINAL} season\b",
                text,
            )
        )
        # "for the fourth season, which Hulu ordered in February": the season of the show the text is on.
        or re.match(rf"(?:the|its) {ORDINAL} (?:season|series),? (?:which|that) ", text[start:])
        # "FX has ordered a fourth season of the horror anthology": the season of the show pointed back at.
        or re.match(
            rf"[^.;]{{0,40}}?\b(?:season|series) of (?:the|its) (?:[\w'’-]+ ){{0,3}}?{GENRE}\b", text[start:]
        )
    )
    if fallback and (fallback in named or (not named and pointed)):
        return [fallback]
    return []


def _status(text: str, show: str, value: str, confidence: float) -> ExtractedFact:
    return fact(FactKind.DESCRIPTOR, text, confidence, show=show, kind="status", value=value)


def _not_brought_back(text: str, ctx: Context, show: str | None) -> list[ExtractedFact]:
    """A cancellation told as a next season not ordered, for the title named as the verb's object or the show
    at hand pointed at ("the series")."""
    said = NOT_BROUGHT_BACK.search(text)
    if not said or _HEDGED.search(text[: said.start()]):
        return []
    named = [t for s, _e, t in ctx.titles_in(said.group("object")) if s == 0 and t in ctx.shows]
    pointed = re.fullmatch(
        r"(?:the|its) (?:[\w-]+ )?(?:series|show|drama|comedy|sitcom)", said.group("object")
    )
    subjects = named[:1] or ([show] if show and pointed else [])
    number = parse_season_number(said.group("next"))
    out: list[ExtractedFact] = []
    for subject in subjects:
        out.append(_status(text, subject, "canceled", 0.75))
        if number and number > 1:
            out.append(fact(FactKind.SEASON, text, 0.75, show=subject, number=number - 1))
    return out


def status_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Renewals (with the season ordered), cancellations and final seasons stated in one sentence."""
    text = sentence.text
    if not sentence.states:
        return []
    show = ctx.show_for(sentence)
    out: list[ExtractedFact] = []
    negated = _NEGATED.search(text)
    for cancel in CANCEL.finditer(text):
        # "Netflix confirmed that X would be canceled": a reported decision, not a maybe.
        reported = _REPORTED_WOULD.search(text, 0, cancel.start())
        prior = text[: reported.start()] if reported else text[: cancel.start()]
        if _NEGATED.search(prior) or _HEDGED.search(text[: cancel.start()]):
            break
        if reported and re.match(r"\s+(?:if|unless)\b", text[cancel.end() :]):
            break  # "said the show would be canceled if ratings fell": a condition, not a decision
        for subject in _subjects(text, cancel.start(), cancel.end(), ctx, show):
            out.append(_status(text, subject, "canceled", 0.75))
            # "has been cancelled after five seasons": the last season made (said right after the verb).
            # ("cancelled Bright Harbor after two seasons", "axed comedy Hobbs Lane after three series".)
            made = re.match(
                r"\s+(?:\([^()]{1,80}\)\s+)?(?:(?:[a-z][\w-]*\s+){0,2}[“\"‘']?[A-Z][^.,;()]{0,60}?\s+"
                # ("has cancelled the series after three seasons": the show pointed at.)
                r"|(?:the|its) (?:[\w-]+ )?(?:series|show|drama|comedy|sitcom)\s+)?"
                r"after (?:just |only )?(?:(\w+) (?:seasons|series)|(one|a single|its first) season"
                # ("canceled after its second season": that season was its last.)
                r"|its (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) season)\b",
                # ("has died after two seasons": the verb ends with its "after".)
                (" after" if cancel.group().endswith("after") else "") + text[cancel.end() :],
            )
            made = made or _SEASONS_MADE.search(text, cancel.end())
            said = made and next((g for g in made.groups() if g), None)
            number = (1 if said in ("a single", "its first") else parse_season_number(said)) if said else None
            if number:
                out.append(fact(FactKind.SEASON, text, 0.75, show=subject, number=number))
    ended = NOT_RETURNING.search(text)
    if ended and not out:
        # "Lamplight Lane will not return for a third season": cancelled, the season before its last made.
        # Only a show named right before the verb or pointed at: a person may not return to a show either.
        spans = [sp for sp in ctx.titles_in(text) if sp[2] in ctx.shows and sp[2] not in ctx.people]
        subjects = _listed_before(text, ended.start() + 1, spans)
        if not subjects and show and re.match(r"(?:It|The (?:[\w-]+ )?(?:series|show|drama|comedy))\b", text):
            subjects = [show]
        number = parse_season_number(ended.group(1) or ended.group(2))
        for subject in subjects:
            out.append(_status(text, subject, "canceled", 0.75))
            if number and number > 1:
                out.append(fact(FactKind.SEASON, text, 0.75, show=subject, number=number - 1))
    out += _not_brought_back(text, ctx, show)
    cancelled = len(out)
    renewal = RENEWAL.search(text)
    if renewal and not _NEGATED.search(news_clause(text, renewal.start(), renewal.end())):
        words = next(g for g in renewal.groups() if g is not None)
        # "renewed for two additional seasons": a count of seasons, never a season's number; "bringing it to
        # season six" after it names the last one ordered.
        counted = re.search(r"\b[Ss]easons\b(?! \d)", renewal.group(0))
        numbers = {
            parse_season_number(w) for w in re.findall(r"\w+", words) if not (counted and COUNT.fullmatch(w))
        }
        upto = UP_TO_SEASON.search(text[renewal.end() :]) if counted else None
        numbers |= {parse_season_number(upto.group(1))} if upto else set()
        numbers |= {int(n) for pair in re.findall(r"\b[Ss]easons? (\d+)(?: and (\d+))?", renewal.group(0))
                    for n in pair if n}  # fmt: skip
        verb = re.match(r"\w+(?: back| to)?", text[renewal.start() :])
        verb_end = renewal.start() + len(verb.group() if verb else "")
        if renewal.group().endswith(" ") and re.match(r"(?:of|for) ", text[renewal.end() :]):
            verb_end = renewal.end() + len("for ")  # "second season orders of A and B": the list follows
        for subject in _subjects(text, renewal.start(), verb_end, ctx, show):
            for number in sorted(n for n in numbers if n):
                out.append(fact(FactKind.SEASON, text, 0.8, show=subject, number=number))
                out.append(_status(text, subject, f"renewed for season {number}", 0.8))
    bare = BARE_RENEWAL.search(text)
    numbered = any(f.kind == FactKind.SEASON and f.get("number") for f in out[cancelled:])
    if bare and not numbered and not _NEGATED.search(news_clause(text, bare.start(), bare.end())):
        # "Shameless got renewed", "Fox has renewed '9-1-1' and 'The Resident'": renewed, season unsaid.
        for subject in _subjects(text, bare.start(), bare.end(), ctx, show):
            out.append(_status(text, subject, "renewed", 0.75))
    if re.search(r"\b(?:renew\w*|[Rr]eturning|picked up)\b", text) and not negated:
        # "Returning ... are dramas Little Lanterns (for season four) and The Cadet (season four)".
        for item in re.finditer(r"\(\s*(?:for\s+)?[Ss]eason\s+(\w+)\s*\)", text):
            named = [t for _s, end, t in ctx.titles_in(text[: item.start()]) if end >= item.start() - 1]
            number = parse_season_number(item.group(1))
            if named and number and number > 1:
                out.append(fact(FactKind.SEASON, text, 0.8, show=named[-1], number=number))
                out.append(_status(text, named[-1], f"renewed for season {number}", 0.8))
    final = _FINAL.search(text)
    # "Buffy wrapped its seventh and final season": the final season of the show the sentence names.
    pointed = bool(COREFERENT_SUBJECT.match(text)) or text.startswith("It ")
    if (
        final
        and show
        and (show in text or pointed)
        and not negated
        and not re.search(r"\bseries finale\b", final.group())
    ):
        said = next((g for g in final.groups() if g), None)
        number = parse_season_number(said) if said else None
        number = number or season_before(text, ctx)
        if number:
            out.append(_status(text, show, f"final season: {number}", 0.75))
    return out
