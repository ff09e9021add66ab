"""The title a headline is about: "Harbor Lights Season 2 Premiere Date", "NBC Cancels Brightwater", "Jo Day
Joins Cast of Salt Road". Headlines are in title case, so a title cannot be told from the words around it by
its capitals; what marks it is the word a news headline puts right after it (or right before it)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.main_show import acts_like_person
from ingest.names import MONTH_WORDS, TITLE, is_person_name
from ingest.title_patterns import NET

_OPEN = r"[“\"‘']?"
_CLOSE = r"[”\"’']?"
_LEAD = r"(?:['’]s\s+)?(?:(?:Is|Has Been|Gets|Officially|Won['’]t Be|Will Not Be|Not)\s+)?"
# What a headline says right after a title, of a show only (a person has no season and is not renewed).
_SHOW_ONLY = (
    r"(?:(?:Season|Series|Part|Chapter)\s+(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b"
    r"|(?:First|Second|Third|Fourth|Fifth|Sixth|Final|Last|New)\s+Season\b"
    # "Harrow Street Is Coming Back for Season 3": only a show comes back for a season.
    r"|(?:Coming |Returning |Comes |Is )?Back for (?:Season|(?:A|An|Its) \w+ Season)\b"
    r"|(?:Returns?|Returning) (?:for|With) (?:Season|(?:A|An|Its) \w+ Season)\b"
    # "Ivy Marsh to star Joel Ren and Cara Bly": a show stars people; a person would star "in" or "as".
    r"|(?:[Tt]o|[Ww]ill) (?:[Cc]o-)?[Ss]tar (?!(?i:in|as|on|opposite|alongside|with)\b)(?=[A-Z][a-z])"
    r"|(?:Renewed|Renewal|Cancell?ed|Cancell?ation|Axed|Revived|Picked Up|Premiere Date|Release Date|Trailer"
    r"|Teaser|Cast|Finale|Spinoff|Spin-Off|Reboot|Sequel|Episode"
    # "Harbor Lights recap: the storm arrives": episodes are recapped, people are not.
    r"|(?i:recap))\b)"
)
# What a headline says of a show or of a person ("Returns", "Lands", "Review" of a performer's work).
_EITHER = (
    # ("Glass Orchard Is Back": a person comes back too, so a person-shaped name is no title here.)
    r"(?:Ending|Ends|To End|Will End|Returns|Returning|Coming Back|Comes Back|Back|Saved|Dead|Dies|Over"
    # ("Pale Hollow casts its villain": a sentence-case headline writes the verb in lower case.)
    r"|Premieres?|[Cc]asts|[Aa]dds|[Tt]aps|Sets|[Ff]inds|[Rr]ounds [Oo]ut|(?i:reviewed)"
    # ("Quiet Meridian review: ...": a sentence-case headline writes the label in lower case.)
    r"|(?i:review)|Spoilers?|First Look|Photos)\b"
)
_LEAD_LABEL = (
    r"(?:(?:Review|TV Review|Recap|Exclusive|EXCLUSIVE|Scoop|SCOOP|Watch|Breaking|First Look)\s*[:|—–]\s+)?"
)
_HEAD = rf"^{_LEAD_LABEL}{_OPEN}(?:(?:{NET})['’]s\s+)?{_OPEN}({TITLE}){_CLOSE}[,:]?\s+{_LEAD}"
# "Is NET's Warmest Comedy": what the title is, said of a show only.
_IS_A_SHOW = (
    rf"(?:(?:{NET})['’]s|An?|The)\s+(?:[\w'’-]+\s+){{0,4}}?"
    r"(?:Comedy|Drama|Series|Show|Thriller|Sitcom|Miniseries|Mystery|Western)\b"
)
_AFTER_TITLE = re.compile(_HEAD + rf"(?:{_SHOW_ONLY}|{_IS_A_SHOW})")
_AFTER_TITLE_EITHER = re.compile(_HEAD + _EITHER)
_BEFORE_END = (
    rf"\s+(?:(?:{NET})['’]s\s+)?{_OPEN}({TITLE}){_CLOSE}"
    rf"(?=$|[,:;!?]|\s+(?:for|at|on|in|after|as|with|–|—|-)\b|\s+(?:Season|Series|Part)\s+\d"
    r"|\s+(?i:ahead of|before|amid|to series)\b)"
)
# What a headline does to a show right before its title ("Fox Renews Backyard Kings for Season 2"): only a
# show is renewed or gets a trailer; a person may be joined or left.
_BEFORE_SHOW_ONLY = re.compile(
    # ("NBC cancels Iron Bay": a headline in sentence case writes the verb in lower case.)
    r"\b(?:(?i:renews|renewed|brings back|cancels|cancel(?:l)?ed|axes|picks up|revives|greenlights)|Orders"
    r"|Commissions|Commissioned|(?i:dates|schedules|reschedules)"
    # "Ada Brisk to Star in Iron Bay": one stars in a show, never in a person.
    r"|To Star in|Stars? in|Cast in|Cast As [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? in"
    r"|Cast of|Trailer for"
    r"|Premiere Date for|Release Date for|Season \d+ of"
    # "... in CBS' Sherlock Holmes Pilot Elementary", "for Disney+ Series 'Percy Jackson'": a show's kind
    # right before the title the headline ends with.
    r"|(?:Pilot|Series|Miniseries|Drama|Comedy|Sitcom|Thriller|Film|Movie)(?= [“\"‘'A-Z](?!tarring\b)))"
    + _BEFORE_END
)
# "Netflix Confirms Iron Bay Season 2": a title right before its season number is a show's.
_BEFORE_SEASON = re.compile(
    # ("Reveals April Premiere Date": a month before the premiere is its date, not a title.)
    rf"\b(?:Confirms|Announces|Reveals|Teases|Dates|Sets|Unveils|Drops|Orders)\s+(?:(?:{NET})['’]s\s+)?"
    rf"(?!(?:{'|'.join(MONTH_WORDS)}|Fall|Spring|Summer|Winter|Holiday)\b)"
    rf"{_OPEN}({TITLE}){_CLOSE}(?=\s+(?:(?:Season|Series|Part)\s+(?:\d+|One|Two|Three|Four|Five)"
    # "Hulu Sets Iron Bay Premiere".
    rf"|(?:Series |Season )?(?:Premiere|Release|Return|Debut)(?: Date)?)\b)"
)
_BEFORE_EITHER = re.compile(
    r"\b(?:Saves|Ends|Joins|Join|Boards|Set for|Tapped for|Exits|Leaves|Leaving|Return of)" + _BEFORE_END
)
# A quoted span in a headline is a title even when title case follows it ("‘Star’ Canceled After ...").
_QUOTED = re.compile(rf"(?:^|(?<=[\s(—–-]))[“\"‘']({TITLE})[,.!?]?[”\"’'](?=[\s,.;:!?)]|['’]s\b|$)")

# "First Look: Paper Moons", "Paper Moons: First Look": a news label on one side, the title alone on the
# other.
_SHOW_LABEL = (
    r"(?:First Look|First Images|Review|TV Review|Recap|Trailer|Teaser|Preview|Sneak Peek|Premiere Date"
    r"|Renewed|Cancell?ed)"
)
_EITHER_LABEL = r"(?:Exclusive|EXCLUSIVE|Watch|Photos|Spoilers?)"


def _labelled(label: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{label}\s*[:|—–]\s+{_OPEN}({TITLE}){_CLOSE}\s*$|^{_OPEN}({TITLE}){_CLOSE}\s*[:|—–]\s+{label}\s*$"
    )


_LABELLED_SHOW = _labelled(_SHOW_LABEL)
_LABELLED_EITHER = _labelled(_EITHER_LABEL)

# "Backyard Kings for Season 2", "Brightwater After Two Seasons": what a title-case headline says next.
_TAIL = re.compile(
    r"\s+(?i:to series\b|ahead of\b).*$"
    r"|\s+(?i:for|after|with|at)\s+(?:Season|Series|Seasons|A|An|Its|a|an|its|\d|One|Two|Three|Four|Five|Six|Seven"
    r"|Eight|Nine|Ten|First|Second|Third|Fourth|Fifth|Sixth|Final|This|Next|Fall|Spring|Summer|Winter|Early"
    r"|Late|Midseason)\b.*$"
)


_DETERMINERS = frozenset("Its His Her Their Our Your My This That These Those".split())
_GENERIC = frozenset(
    "New Upcoming Hit Latest Limited Original Comedy Drama Thriller Series Show Sitcom First Official "
    "Final".split()
)
_LABEL_AFTER = re.compile(r"\s+(?:Recap|Review|Reviewed|Trailer|Teaser|Preview|Spoilers?)(?::.*)?$", re.I)
# "Wolf Moon Sets February Premiere": a run of capitals ends where a headline's verb starts.
_VERB_NEXT = re.compile(r" (?:Sets|Gets|Adds|Taps|Casts|Lands|Finds|Dates|Unveils|Drops|Reveals|Books) .*$")


def _show_not_person(name: str, prose: str, people: frozenset[str]) -> bool:
    """Is a person-shaped headline name a show's title: the text points at "the series" and never uses the
    name (or its last word alone, as a surname) as someone's?"""
    if name in people or not points_at_a_show(prose) or acts_like_person(name, prose):
        return False
    last = name.split()[-1]
    return not re.search(rf"(?<![\w'’-]){re.escape(last)}(?![\w'’-])", prose.replace(name, ""))


# "... Series With Ada Lund", "... Starring Ada Lund": a name after these is someone in the show.
_WITH_PERSON = re.compile(r"\b(?:With|Starring|Featuring|Alongside|Opposite)\s+$")


def headline_titles(
    line: str | None,
    clean: Callable[[str], str | None],
    prose: str | None = None,
    people: frozenset[str] = frozenset(),
) -> list[str]:
    """The titles a headline names in a title's place, in the order the headline names them. A person-shaped
    name where a person fits too ("Quarry Lights Returns") counts only given the article's `prose`."""
    if not line:
        return []
    # (Where only a show fits, a person-shaped name is a title too: "Katy Keene Renewed".)
    shapes = ((_AFTER_TITLE, True), (_AFTER_TITLE_EITHER, False), (_BEFORE_SHOW_ONLY, True),
              (_BEFORE_EITHER, False), (_QUOTED, True), (_BEFORE_SEASON, True),
              (_LABELLED_SHOW, True), (_LABELLED_EITHER, False))  # fmt: skip
    found: list[tuple[int, str]] = []
    labels: set[str] = set()
    for pattern, person_ok in shapes:
        for match in pattern.finditer(line):
            # ("Harvest Moon Is Dead": the verb's helper is not part of the title.)
            named = next(g for g in match.groups() if g)
            raw = re.sub(r"(?:\s+(?:Is|Has|Was|Gets|Will|Officially|Been|Not|Coming|Returning))+$", "", named)
            # ("Is Iron Bay Coming Back for Season 2?": a question's opening words are no part of it.)
            raw = re.sub(r"^(?:Is|Will|Does|Did|When (?:Is|Does|Will))\s+(?=[A-Z])", "", raw)
            # ("Gravel Kings Recap: Season 2": the label after a title is no part of it.)
            raw = _LABEL_AFTER.sub("", raw)
            raw = _VERB_NEXT.sub("", raw)
            title = clean(_TAIL.sub("", raw))
            if title and (title.split()[0] in _DETERMINERS or all(w in _GENERIC for w in title.split())):
                continue  # "Ends Its Run With a Quiet ...", "BritBox's New Thriller": no title
            # "Quarry Lights Returns": a person-shaped name is a title when the text speaks of "the series"
            # and never of the name as someone (its surname alone, a person's verb).
            if (
                title
                and not person_ok
                and is_person_name(title)
                and (prose is None or not _show_not_person(title, prose, people))
            ):
                continue
            if title and is_person_name(title) and acts_like_person(title, line):
                continue  # "Scoop: Dana Morrow Cast as Holmes in ...": the headline's news is a person's
            if title and is_person_name(title) and _WITH_PERSON.search(line[: line.find(title)]):
                continue  # "Apple TV+'s New Series With Ada Lund": the person the show is made with
            if title and ": " in raw and ":" not in title:
                labels.add(title)  # "TCA: Starz Gives Early Renewal to 'X'": maybe a label, then a sentence
            if title and title not in {t for _p, t in found}:
                found.append((match.start(next(i for i, g in enumerate(match.groups(), 1) if g)), title))
    # A label whose sentence names a title of its own is no title ("Iron Bay: Netflix Renews" still is).
    if len(found) > len(labels):
        found = [(p, t) for p, t in found if t not in labels]
    return [title for _p, title in sorted(found)]


# How many of the article's first sentences may open with the name it is about: a page excerpt may start
# with a site name, a byline or a caption before the headline or lead.


_SHOW_POINTER = re.compile(
    # ("Showtime's frontier drama", "the Apple TV+ series", "the cozy mystery".)
    r"\b(?:the|this|its|the show['’]s|[A-Z][\w+]*['’]s) (?:[\w'’+-]+ ){0,3}?(?:series|show|drama|comedy"
    r"|sitcom|thriller|miniseries|docuseries|film|movie|mystery|western|procedural|anthology|saga)\b",
    re.IGNORECASE,
)


def points_at_a_show(prose: str) -> bool:
    """Does the text speak of a show it does not name ("the series", "the family drama")?"""
    return bool(_SHOW_POINTER.search(prose))
