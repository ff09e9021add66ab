"""Where a title is the subject of what only a show or film does: "Orbit Lane will be returning for a fourth
season", "Pike & Daughter (finally!) kicks off its third season", "The Maker arrives in theaters",
and schedule lines such as "Downton Abbey -- (PBS, 9 p.m. ET)". titles.py reads these beside its show
contexts; every one of them is a sure sign of a title unless the name is shaped like a person's (people
return, open and arrive too)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ingest.cued import CuedPattern, cued
from ingest.names import CAPW, PERSON, TITLE, is_person_name
from ingest.title_guards import ROLE_OF
from ingest.title_patterns import GENRE, NET

_MONTH = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# What opens a clause, so the title is its subject: the sentence start, a conjunction, "announced that",
# or a comma after a lower-case word ("..., Deadpool opens on February 12").
# ("It's official: Dark Tides is coming back": a lead-in and a colon open the clause too.)
_SUBJECT_START = (
    r"(?:^|\b(?:that|when|after|before|since|as|and|but|while|so|until|once) |(?<=[a-z]), |(?<=[a-z]): "
    # "EXCLUSIVE: Hatchling has been ordered ...": an outlet's label in capitals opens the sentence.
    r"|^[A-Z]{3,}: )"
)
# "(yes!)", "(which debuts September 30th)": an aside between the title and its verb.
# "X, set in a flooded London, has died after two seasons": a describing clause between commas, too.
# ("Mae, played by Ana Reyes, is back", "Ana, who plays Mae, is back": that aside tells of a character or a
# person, never of a show.)
_ASIDE = (
    r"(?:\s+\([^()]{1,60}\)"
    r"|,\s+(?!(?:played|portrayed|voiced|who|whom|whose)\b)(?:[a-z][\w'’-]*|an?|the)\b[^,()]{1,60}?,)?"
)
_SHOW_VERB = (
    # ("A will be back as showrunner": a person comes back as something; a show comes back.)
    r"(?:will (?:now |also |officially )?(?:be returning(?! as\b)|be back(?! as\b)|be ending|be coming back"
    r"|end its|kick off"
    r"|open (?:in|on|nationwide|wide)|hit (?:theaters|theatres|cinemas)|arrive in|launch its|air its"
    r"|(?:be )?release(?:d)? in (?:theaters|theatres|cinemas))"
    # "X rides into theaters on November 3": any verb of going into cinemas.
    r"|[a-z]+s into (?:theaters|theatres|cinemas)"
    r"|is (?:returning(?! to)|coming back(?! to)|ending its"
    r"|one of (?:the |four |three |five |two |several |many )?(?:\w+ )?"
    r"(?:shows|series|dramas|comedies|films|movies))"
    r"|returns (?:for|with) (?:a|an|its) \w+ (?:season|series)"
    r"|kicks off its|(?:has )?died after (?:\w+ ){{0,2}}seasons"
    r"|(?:will end|is ending|ends) (?:with|after) its"
    # "X is finally back", "X returns to AMC on Sunday", "X is coming to Peacock": a show comes back to or
    # arrives on a network.
    # (A bare "is back" is said of people too: "Co-creator Bill Lawrence is back".)
    r"|is (?:finally |officially )?back (?:(?:for|with) (?:a|an|its|the) (?:[\w-]+ )?(?:season|series)"
    r"|on {net})"
    r"|(?:returns|will return|is returning|comes|is coming|will come|heads|is heading|moves|is moving)"
    r" to {net}"
    r"|(?:got|gets) (?:renewed|canceled|cancelled|picked up|a (?:\w+ )?season)"
    # "X, a mid-season replacement, was canceled", "X aired on NBC": only shows are cancelled or aired.
    r"|(?:was|has been|were|have been) (?:canceled|cancelled|axed|renewed)"
    r"|(?:aired|airs|will air|airing|streams|streamed|will stream|is streaming) on {net}"
    # "X is slated for a May 2 release", "X will bow on Hulu": only a show or film is released or bows.
    r"|is (?:slated|set|scheduled) for (?:a |an |its )?(?:[\w-]+ ){{0,2}}?(?:release|premiere|debut|launch)"
    r"|will bow (?:on|in) "
    # "X will hit Netflix on September 21", "X will arrive on BBC One": a network is where a show lands.
    r"|(?:will (?:hit|arrive on|land on|drop on)|hits|drops on|lands on) {net}(?![\w+])"
    # "X premieres on NBC", "X returns on NBC on March 3": a show comes out on a network.
    r"|(?:premieres|premiered|debuts|debuted|launches|bows|will (?:premiere|debut|launch))(?: only)? on {net}"
    r"|(?:returns|will return) on {net} (?:on |this |next |in )?(?:{month}|Mon|Tue|Wed|Thu|Fri|Sat|Sun|fall"
    r"|spring|summer|winter|autumn)"
    r"|has (?:run|aired) for|has (?:a|its) (?:[Ss]eason \d+ )?premiere date|finally has a premiere date"
    # "X doesn't have a formal release date yet": only a show or film has one.
    r"|(?:has|does(?:n['’]t| not) (?:yet )?have|still has no|has no) (?:a |an |its |any )?"
    r"(?:formal |official |firm )?(?:release|premiere) date"
    r"|(?:opens|arrives|hits|lands) (?:in (?:theaters|theatres|cinemas)"
    r"|on (?:[A-Z][a-z]+\.? \d{{1,2}}|{net}))"
    r"|(?:opens|arrives) (?:this|next) (?:week|weekend|month|fall|summer|spring|winter)"
    # "X is set in 1920s Oklahoma", "X centres on three sisters": what a story is about.
    r"|is set (?:in|during|against|amid) |(?:centres|centers|is centred|is centered) (?:on|around) "
    # "X airs Mondays at 9 p.m.", "X is the best new show of the summer".
    r"|(?:airs|aired|will air) (?:on )?(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays"
    r"|weeknights|weekly|at \d)"
    r"|is (?:the|a|an) (?:[\w'’-]+ ){{0,3}}?(?:show|series|sitcom|drama|comedy|miniseries|docuseries"
    r"|thriller|film|movie) (?:of|on|in|to|from|about|that|which|since|ever)\b)\b"
).format(net=rf"(?:{NET})", month=_MONTH)

# What an actor does in a show: "plays", "will portray", "stars as", "returns as".
_ROLE_VERB = (
    r"(?:(?:also |now )?(?:plays|portrays|voices|stars as|co-stars as|returns as|reprises)"
    r"|will (?:play|portray|voice|star as))\b"
)

# Each pattern's group 1 is a title; the flag says whether a person-shaped name there is a title too.
SUBJECT_CONTEXTS: list[tuple[re.Pattern[str] | CuedPattern, bool]] = [
    (re.compile(rf"{_SUBJECT_START}[“\"‘']?({TITLE})[”\"’']?{_ASIDE},?\s+{_SHOW_VERB}"), False),
    # "One spin-off will be Low Tide, a scripted series tied to ...".
    (re.compile(rf"\b(?:be|is|was|called|titled|named) [“\"‘']?({TITLE})[”\"’']?, (?:a|an) "
                rf"(?:[\w'’-]+ ){{0,3}}?{GENRE}\b"), False),
    # "Brass Bells, which is executive produced by Mara Quill, ...": a clause only a show or film takes.
    (cued(rf"(?:^|\b(?:in|on|of|and|that) |(?<=[a-z]), |(?<=[a-z] ))[“\"‘']?({TITLE})[”\"’']?, which "
                rf"(?:(?:is|was|will be|has been) (?:(?:executive |co-)?produced|created|written|directed"
                rf"|set to (?:star|premiere|debut)|based on|adapted from|set in|slated)"
                # "Glass Orchard, which airs on Hulu, ...": a network airs or streams it.
                rf"|(?:airs|aired|streams|streamed|will (?:air|stream)|premiered|premieres|debuted|debuts)"
                rf" (?:on|in the US on) (?:{NET})(?![\w+])"
                # "confirmed Tin Harbor, which returns April 15": its day out.
                rf"|(?:returns|premieres|debuts|arrives|lands|bows|launches|drops)"
                rf" (?:on )?(?:{_MONTH})\.? \d{{1,2}})"
                rf"(?!\w)", r", which "), False),
    # "Glass Orchard, created and written by Lena Voss, ...", "X was developed for television by": a maker's
    # credit only a show or film takes.
    (cued(rf"{_SUBJECT_START}[“\"‘']?({TITLE})[”\"’']?(?:, | (?:was|is|has been) )"
          rf"(?:co-)?(?:created|developed)"
          rf"(?: and (?:written|executive produced|directed|produced))?(?: for (?:television|TV|the screen))?"
          rf" by {PERSON}", r" (?:co-)?(?:created|developed)\b"), False),
    # "Lena Voss will serve as showrunner on Glass Orchard": only a show has a showrunner.
    (cued(rf"\b(?:serves?|served|serving|will serve|is|was|acts?|acted) as (?:the |its )?(?:co-)?showrunners?"
          rf" (?:on|of|for) [“\"‘']?({TITLE})", r"\bshowrunners? (?:on|of|for) "), False),
    # "The Last of Us's second season", "Shrinking's showrunner": what only a show has, owned by the title.
    (cued(rf"{_SUBJECT_START}[“\"‘']?({TITLE})[”\"’']?['’]s? (?:(?:first|second|third|fourth|fifth"
                rf"|sixth|final|new|latest|upcoming|next|debut|\d+(?:st|nd|rd|th)) )?(?:season|series finale"
                rf"|season finale|showrunners?|writers['’] room|premiere date|renewal|cancellation)\b",
          r"season|series finale|showrunner|writers['’] room|premiere date|renewal|cancellation"), False),
    # "a premiere date for season 2 of Bridgerton", "episode 5 of The Bear": a numbered part of a show.
    (re.compile(rf"\b(?:[Ss]easons?|[Ss]eries|[Ee]pisodes?|[Vv]olume|[Cc]hapter) (?:\d+|one|two|three|four"
                rf"|five|six|seven|eight|nine|ten) (?:of|for) [“\"‘']?({TITLE})"), False),
    # "is returning to Dexter in Season 8", "comes back to Harbor Lights for its final season".
    (re.compile(rf"\b(?:returning|returns?|coming back|comes back|heading back) to [“\"‘']?({TITLE})[”\"’']? "
                rf"(?:in|for) (?:[Ss]eason|[Ss]eries|its|the) "), False),
    # "Max is heading back to The Pitt for another round": a network goes back to one of its shows.
    (cued(rf"(?:{NET})['’]?s? (?:is|are|was|will be) (?:heading|going|headed|coming) back to "
          rf"[“\"‘']?({TITLE})", r" back to "), False),
    # A slate's entry: "; and Fresh Start, starring and co-written by ...", "includes Waiting, produced by".
    (re.compile(rf"(?:;\s+(?:and\s+)?|\b(?:and|comedies|dramas|series|includes?|including) )[“\"‘']?({TITLE})"
                rf"[”\"’']?,\s+(?:starring|co-starring|(?:co-)?written|(?:co-)?created|directed"
                rf"|(?:executive )?produced)\b"), False),
    # "Iron Hand (which lands in early 2027)": a bracket telling when the title comes out ("which" is never
    # said of a person, so a person-shaped name there is a title too).
    (cued(rf"[“\"‘']?({TITLE})[”\"’']?\s+\((?:which|that) (?:premiere[sd]?|debut(?:s|ed)|land(?:s|ed)"
                rf"|arrive[sd]|bow(?:s|ed)|return(?:s|ed)|aired|airs|launch(?:es|ed)|drop(?:s|ped)"
                rf"|will (?:premiere|debut|land|arrive|return|air|launch|drop))\b",
          r"\((?:which|that) "), True),
    # "a new Korean drama called Salt Moon", "a comedy titled Fair Game": a kind of show, then its name.
    # ("an episode from the original series called ..." names an episode: the kind needs its own article.)
    (re.compile(rf"\b(?:a|an) (?:[\w'’-]+ ){{0,2}}?{GENRE},? (?:called|titled|named|dubbed) "
                rf"[“\"‘']?({TITLE})"), False),
    # "In Tide Pool, Ana Reyes plays ...": a title opening a sentence whose subject then plays a role in it;
    # "In Tide Pool, Mae Ford, played by Ana Reyes, ...": the role, then who plays it.
    (re.compile(rf"(?:^|; )In [“\"‘']?({TITLE})[”\"’']?,\s+(?:{PERSON}\s+{_ROLE_VERB}"
                rf"|{CAPW}(?:\s+{CAPW}){{0,2}},\s+(?:played|portrayed|voiced) by {PERSON})"), False),
    # "Tide Pool's Mae Ford, played by Ana Reyes, ...": the show's character, then who plays her.
    (cued(rf"{_SUBJECT_START}[“\"‘']?({TITLE})[”\"’']?['’]s {CAPW}(?:\s+{CAPW}){{0,2}},\s+(?:played|portrayed"
          rf"|voiced) by {PERSON}", r", (?:played|portrayed|voiced) by "), False),
    # "Ana Reyes plays the town's doctor, Mae Ford, in Tide Pool.": the role then the title ending the clause.
    (cued(rf"{PERSON}\s+{_ROLE_VERB}\s+[^.;()]{{0,60}}?[A-Z][\w'’-]+,?\s+in\s+[“\"‘']?({TITLE})"
                rf"[”\"’']?(?=[.,;!?]|\s*$|\s+(?:on|for|opposite|alongside|when|which)\b)",
          _ROLE_VERB), False),
    # "In the Harrow Fields finale", "the Tin Harbor showrunner": what only a show has, the title before it.
    (re.compile(rf"\bthe [“\"‘']?({TITLE})[”\"’']? (?:season |series )?(?:finale|showrunners?|co-creators?"
                rf"|writers['’] room|pilot episode|season premiere)\b"),
     False),
    # "the Tin Harbor star Mara Vellin", "the Tin Harbor cast": a show's star or cast (a one-word name
    # there may be a place or a stage: "the Broadway star").
    (re.compile(rf"\b[Tt]he [“\"‘']?(?=\S+\s+[A-Z])({TITLE})[”\"’']? (?:co-?)?(?:stars?|cast)\b"), False),
    # "Glass Kingdom, based on the novel by Irene Vos, ...": what a show or film is made from.
    (cued(rf"{_SUBJECT_START}[“\"‘']?({TITLE})[”\"’']?, (?:based on|adapted from|an adaptation of)"
          rf" (?:the|a|an|[A-Z])", r", (?:based on|adapted from|an adaptation of) "), False),
    # "Fans of Paper Moons can start counting down": what a show's fans wait for (a person-shaped name there
    # may be a singer's, so it is no sure title).
    (cued(rf"\b[Ff]ans of [“\"‘']?({TITLE})", r"\b[Ff]ans of "), False),
    # "As for Copper Gulls, the series returns ...": the title the clause turns to.
    # ("As for Gibson, Miller joked": a lone word there is a title only when the clause goes on about a show.)
    (cued(rf"(?:^|[.;]\s+)As for (?=[“\"‘']|[^\s,]+\s+[^\s,]|[^\s,]+,\s+(?:the|its?|this)\b)"
          rf"[“\"‘']?({TITLE})[”\"’']?,", r"\bAs for "), False),
    # "tapped to lead Driftwood Hearts, a romantic comedy from ...", "Ember Vale, Hulu's fantasy drama,": a
    # title and the kind of show it is, side by side (the kind word must end the phrase: "a comedy writer").
    # ("a two-part murder-mystery": the kind word may end a hyphenated compound.)
    (cued(rf"(?<![\w'’])[“\"‘']?({TITLE})[”\"’']?, (?:(?:a|an|the) (?:[\w'’+-]+ ){{0,3}}?"
          rf"|(?:{NET})['’]s? (?:[\w'’+-]+ ){{0,3}}?)(?:[\w'’]+-)?{GENRE}"
          rf"(?=[,.;:]|\s+(?:from|on|for|that|which|about|set|ordered|starring|with|based|created"
          # ("Harbor Kings, the NBC family drama now in its sixth season": where the show stands now.)
          rf"|written|produced|premiering|debuting|coming|at|in|as|now|currently|entering|heading|returning"
          rf"|airing|streaming)\b)", rf"[\s-]{GENRE}"), False),
    # Casting news: "has been cast in Ember Vale", "tapped to lead Driftwood Hearts", "will headline X",
    # and "Ember Vale has cast Jane Okoro": only a show or film is cast, led or headlined.
    (re.compile(rf"\b(?:(?:been|was|were|is|are|being) cast in|(?:tapped|set|signed|chosen|picked|hired)"
                rf" to (?:lead|headline|front|topline|star in)|will (?:headline|front|topline))"
                rf" [“\"‘']?({TITLE})"), False),
    (cued(rf"{_SUBJECT_START}[“\"‘']?({TITLE})[”\"’']? (?:has|have) (?:cast|tapped|found|enlisted"
          rf"|recruited|added) (?:its |a |an |{PERSON})",
          r" ha(?:s|ve) (?:cast|tapped|found|enlisted|recruited|added) "),
     False),
    # "Cinder Road returns Sept. 19 on FX", "Brightfall premieres Friday, Sept. 5": a show comes out on a day.
    (cued(rf"{_SUBJECT_START}[“\"‘']?({TITLE})[”\"’']? (?:returns|premieres|debuts|arrives|lands"
          rf"|drops|bows|comes back) (?:on )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
          rf"(?:{_MONTH})\.? \d", r" (?:returns|premieres|debuts|arrives|lands|drops|bows|comes back) "),
     False),
    # "Amber Fields has been picked up for a second season": only a show is picked up.
    # ("Hatchling has been ordered to a sophomore season": ordered to a season, the same.)
    (cued(rf"{_SUBJECT_START}[“\"‘']?({TITLE})[”\"’']? (?:has been|was|got) (?:officially )?(?:picked up"
          r"|ordered (?:to|for) an? (?:[\w-]+ )?(?:season|series)\b)",
          r" (?:picked up|ordered)"), False),
    # A schedule line: "Downton Abbey -- (PBS, 9 p.m. ET, ...)", "Shameless — (Showtime, 10 p.m.)".
    (re.compile(rf"^[“\"‘']?({TITLE})[”\"’']?\s*(?:--|[—–-])?\s*\((?:{NET})\s*[,;)]"), True),
]  # fmt: skip

# What follows a quoted nickname, never a quoted title: the actor in brackets ("“King Steve” (Joe Keery)")
# or a clause about a person ("or “Mad Max,” who ...").
CHARACTER_QUOTE = re.compile(rf"\s*\({PERSON}\)|\s*,?\s*who\b")


def fold_numbered(counts: Counter[str], text: str) -> Counter[str]:
    """'Stranger Things 2' is the show's second season when the article names 'Stranger Things' too and talks
    of seasons; a film's sequel ('Zoolander 2') keeps its number."""
    if not re.search(r"\bseasons?\b", text, re.IGNORECASE):
        return counts
    out: Counter[str] = Counter()
    for title, hits in counts.items():
        base = re.sub(r"\s+[2-9]$", "", title)
        out[base if base != title and base in counts else title] += hits
    return out


def subject_titles(text: str, clean: Callable[[str], str | None]) -> list[tuple[str, bool]]:
    """Titles a sentence makes the subject of what only shows and films do (subject_patterns.py), each
    with whether its context makes even a person-shaped name a title."""
    out: list[tuple[str, bool]] = []
    for pattern, sure in SUBJECT_CONTEXTS:
        for match in pattern.finditer(text):
            title = clean(next(g for g in match.groups() if g))
            if (
                title
                and not re.match(r"\s+as\s+[A-Z]", text[match.end(1) :])
                and not _acted_role(text, match)
                # ("the role of Edda in Tide Pool, the drama ...": a character, then its show.)
                and not ROLE_OF.search(text[: match.start(1)])
                # ("executive produced by A and B, has been canceled": the last of a list of makers.)
                and not (is_person_name(title) and _BY_LIST_END.search(text[: match.start(1)]))
            ):
                out.append((title, sure))
    for match in _NOT_RETURNING_TITLE.finditer(text):
        title = clean(match.group(1))
        if title and not is_person_name(title):
            out.append((title, False))
    return out + _dated_entries(text, clean)


_BRACKETED = re.compile(r"[”\"’']?\s+\(([A-Z][^()]{3,40})\)")
# "produced by A, B and ": the name that follows ends a list of the people a credit names.
_BY_LIST_END = re.compile(rf"\bby\s+{PERSON}(?:,\s+{PERSON})*,?\s+(?:and|&)\s+$")


def _acted_role(text: str, match: re.Match[str]) -> bool:
    """Is the name followed by its actor in brackets ("fans of Mara (Jo Vale)"): a role, not a title?"""
    end = match.end(next(i for i, g in enumerate(match.groups(), 1) if g))
    bracket = _BRACKETED.match(text, end)
    return bool(bracket and is_person_name(bracket.group(1)))


# "Lamplight Lane will not return for a third season": a show not coming back (a person may not return for
# a season either, so a name shaped like a person's is left out).
_NOT_RETURNING_TITLE = cued(
    rf"{_SUBJECT_START}[“\"‘']?({TITLE})[”\"’']? (?:will not|won['’]t) (?:be )?(?:return|be back|returning)"
    rf" for (?:a|an) \w+ season",
    r" (?:will not|won['’]t) ",
)


# "Castle (March 9) stars ...", "The Unusuals (April 8th), a cop dramedy": a line-up entry's premiere day in
# brackets right after its title, the bracket holding nothing else.
_DATED_BRACKET = re.compile(rf"\((?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\)(?=[\s,.;:])")
_TITLE_BEFORE = re.compile(rf"({TITLE})[”\"’']?\s+$")


def _dated_entries(text: str, clean: Callable[[str], str | None]) -> list[tuple[str, bool]]:
    """Titles with their day in brackets: found from each dated bracket back (a scan for titles at every
    capital would be slow), never a person closing a cast list ("..., and Lou Park (October 6th)") or a
    common noun after a lower-case "the" ("hunt down the Maker (September 29th)")."""
    out: list[tuple[str, bool]] = []
    for bracket in _DATED_BRACKET.finditer(text):
        before = text[max(0, bracket.start() - 100) : bracket.start()]
        found = _TITLE_BEFORE.search(before)
        if not found:
            continue
        raw, ahead = found.group(1), before[: found.start(1)]
        people = all(is_person_name(p) for p in re.split(r",\s+(?:and\s+)?|\s+and\s+", raw))
        if (people and re.search(r"(?:,|\band|\bstars?|\bstarring)\s+$", ahead)) or re.search(
            r"\bthe\s+$", ahead
        ):
            continue
        title = clean(raw)
        if title:
            out.append((title, True))
    return out
