"""Release listings: a date line, then per film a title line and a short entry about it.

    Sept. 6
    Edie
    Drama with Sheila Hancock, Kevin Guthrie. Written by Elizabeth O'Halloran. Directed by Simon Hunter.

Each entry gives its title's cast ("with A, B"), writers and directors, and the date line above it is the
release date. Only an entry that reads like one (a genre word opening it, or "Directed by") counts, so an
ordinary article's subheadings never become titles.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from ingest.context import Context
from ingest.dates import find_dates
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import PERSON, is_person_name, network_names
from ingest.release_shapes import forward_day
from ingest.sentences import Sentence

_GENRE_OPENING = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}?(?:[Dd]rama|[Cc]omedy|[Dd]ocumentary|[Tt]hriller|[Hh]orror|[Aa]nimated|[Mm]usical"
    r"|[Rr]omance|[Ww]estern|[Aa]ction|[Cc]oncert film|[Bb]iopic|[Ss]ci-fi|[Ff]antasy)\b"
)
_CREDITS = {"Directed by": "director", "Written by": "writer"}
_PEOPLE = re.compile(rf"{PERSON}(?:(?:,\s*(?:and\s+)?|\s+and\s+){PERSON})*")


def _names(text: str) -> list[str]:
    """The people a credit line lists: "Rob Epstein, Jeffrey Friedman" -> both."""
    found = _PEOPLE.match(text)
    if not found:
        return []
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", found.group())
    return [p.strip() for p in parts if is_person_name(p.strip())]


def _names_anywhere(text: str) -> list[str]:
    return [m.group() for m in re.finditer(PERSON, text) if is_person_name(m.group())]


def _date_line(line: Sentence, published: dt.date | None) -> dt.date | None:
    """The date a heading line is, when it is nothing but a date ("Sept. 6", "Friday, Oct. 4")."""
    mentions = find_dates(line.text, published)
    if len(mentions) != 1 or mentions[0].day is None:
        return None
    rest = line.text[: mentions[0].start] + line.text[mentions[0].end :]
    return mentions[0].day if not re.search(r"[A-Za-z]{3,}", re.sub(r"\b\w+day\b", "", rest)) else None


def _entry_facts(title: str, entry: list[Sentence], day: dt.date | None) -> list[ExtractedFact]:
    text = " ".join(s.text for s in entry)
    out: list[ExtractedFact] = []
    if day is not None:
        out.append(fact(FactKind.RELEASE, entry[0].text, 0.75, show=title, date=day.isoformat()))
    for cue, role in _CREDITS.items():
        for match in re.finditer(rf"\b{cue}\s+", text):
            named = _names(text[match.end() :])
            # "Drama with Danny Huston, ... Directed by Huston.": a surname the entry gave in full.
            alone = re.match(r"([A-Z][\w'’-]+)\.", text[match.end() :])
            if not named and alone:
                named = [p for p in _names_anywhere(text) if p.split()[-1] == alone.group(1)][:1]
            for person in named:
                out.append(fact(FactKind.CREDIT, text, 0.75, show=title, person=person, role=role))
    cast = re.match(r"^[^.]{0,60}?\bwith\s+", entry[0].text)
    if cast and _GENRE_OPENING.match(entry[0].text):
        for person in _names(entry[0].text[cast.end() :]):
            out.append(fact(FactKind.CREDIT, entry[0].text, 0.7, show=title, person=person, role="actor"))
    return out


def listing_facts(
    sentences: list[Sentence], published: dt.date | None
) -> tuple[list[ExtractedFact], dict[str, str]]:
    """Facts from a release listing's entries, and each entry sentence's title (empty for an article)."""
    paragraphs: list[list[Sentence]] = []
    for sentence in sentences:
        if paragraphs and paragraphs[-1][0].paragraph == sentence.paragraph:
            paragraphs[-1].append(sentence)
        else:
            paragraphs.append([sentence])
    facts: list[ExtractedFact] = []
    titles: dict[str, str] = {}
    day: dt.date | None = None
    for heading, entry in itertools.pairwise(paragraphs):
        line = heading[0]
        if len(heading) != 1 or not line.heading:
            continue
        on = _date_line(line, published)
        if on is not None:
            day = on
            continue
        first = entry[0]
        # An entry line may end with its distributor and no full stop, so it reads as a heading line.
        reads_as_entry = (len(entry) > 1 or not first.heading) and (
            _GENRE_OPENING.match(first.text) or any("Directed by" in s.text for s in entry)
        )
        if reads_as_entry and len(line.text.split()) <= 8:
            titles |= {s.text: line.text for s in entry}
            facts += _entry_facts(line.text, entry, day)
    # One entry alone is no listing: a subheading above a paragraph that happens to open with "Comedy".
    return (facts, titles) if len(set(titles.values())) >= 3 else ([], {})


def bracketed_release(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """A trailer round-up's date in brackets closing the entry: "... and Jesse Plemons (October 6th)."."""
    text = sentence.text
    closing = re.search(
        r"\((?:(?:in )?(?:theaters|theatres|cinemas|out|opens|on \w+)\s+)?([^()]{3,30})\)\.?$", text
    )
    show = ctx.show_for(sentence)
    if not closing or show is None or sentence.heading or not ctx.mentions_show(text[: closing.start()]):
        return []
    dates = find_dates(closing.group(1), ctx.published)
    if len(dates) != 1 or dates[0].day is None or dates[0].relative:
        return []
    if re.sub(r"\b(?:st|nd|rd|th)\b", "", closing.group(1)[dates[0].end :]).strip():
        return []  # "(June 2 premiere, episode 3)": more than a date
    # A round-up of what is coming: a date without a year is the next one, not one just gone.
    day = forward_day(dates[0], dates[0].day, closing.group(1), "", ctx.published)
    return [fact(FactKind.RELEASE, text, 0.7, show=show, date=day.isoformat())]


_BLOCK_LINE = re.compile(
    r"^(Starring|Cast|Directed by|Director|Written by|Writer|Created by|Creator|Showrunner):\s*(.+)$"
)
_BLOCK_ROLES = {
    "Starring": "actor", "Cast": "actor", "Directed by": "director", "Director": "director",
    "Written by": "writer", "Writer": "writer", "Created by": "creator", "Creator": "creator",
    "Showrunner": "showrunner",
}  # fmt: skip


def credit_blocks(sentences: list[Sentence]) -> tuple[list[ExtractedFact], set[str]]:
    """A lineup's title line with its credit lines right below ("The Silent Sea / Starring: A, B /
    Directed by: C"): each line credits that title. Credit lines with no title line right above them
    (the title was a picture) belong to no title."""
    facts: list[ExtractedFact] = []
    titles: set[str] = set()
    title: str | None = None
    for sentence in sentences:
        line = _BLOCK_LINE.match(sentence.text.strip())
        if line and title:
            role = _BLOCK_ROLES[line.group(1)]
            for person in _names(line.group(2).strip()):
                facts.append(fact(FactKind.CREDIT, sentence.text, 0.75, show=title, person=person, role=role))
            titles.add(title)
            continue
        heading = sentence.heading and not line and len(sentence.text.split()) <= 8
        # ("“Mare of Easttown”" on its own line: the quotes wrap the title, they are no part of it.)
        title = (
            sentence.text.strip().strip("“”\"‘’'")
            if heading and not find_dates(sentence.text, None)
            else None
        )
        title = title or None
    return facts, titles


_SCHEDULE_TITLE = re.compile(
    r"^[“\"‘']?(?P<title>[A-Z][^()“”\"]{0,60}?)[”\"’']?\s+\((?P<network>[^()]{2,30})\)$"
)
_SCHEDULE_WHEN = re.compile(
    r"^(?P<verb>Premieres?|Premiered|Debuts?|Debuted|Returns?|Returned)\s*:?\s+(?P<rest>.+)$"
)


def schedule_entries(
    sentences: list[Sentence], published: dt.date | None
) -> list[tuple[str, str, ExtractedFact | None]]:
    """A review round-up's entry head: a title line with its network in brackets and a premiere line right
    below ("The Night Shift (NBC)" / "Premieres: 9 p.m. tonight"). Gives (title, network, release or None).
    A bracket that names no network ("Drama (2014)") is no entry."""
    out = [entry for line in sentences if line.heading and (entry := _schedule_head(line, published))]
    for line, below in itertools.pairwise(sentences):
        head = _SCHEDULE_TITLE.match(line.text.strip())
        when = _SCHEDULE_WHEN.match(below.text.strip())
        if not (head and when and line.heading and below.paragraph == line.paragraph + 1):
            continue
        networks = network_names(f"({head.group('network')})")
        if len(networks) != 1:
            continue
        title = head.group("title").strip()
        dates = find_dates(when.group("rest"), published)
        release = None
        if len(dates) == 1 and dates[0].day is not None:
            release = fact(FactKind.RELEASE, below.text, 0.7, show=title, date=dates[0].day.isoformat(),
                           network=networks[0])  # fmt: skip
        out.append((title, networks[0], release))
    return out


# "Harbor Kin (CBS; Fridays at 9 p.m.; back Oct. 4)": a guide's entry head with its network, time
# slot and return day in one bracket, parts split by semicolons.
_SCHEDULE_HEAD = re.compile(
    r"^[“\"‘']?(?P<title>[A-Z][^()“”\"]{0,60}?)[”\"’']?\s+\((?P<parts>[^()]{5,90})\)$"
)


# "Night Ward (Sept. 20, CBS)", "1. Night Desk (Sept. 10) — FOX": a preview's entry head with its premiere
# day and network only, the bracket's parts split by a comma or the network after a dash.
_PREVIEW_HEAD = re.compile(
    r"^(?:\d{1,2}\.\s+)?[“\"‘']?(?P<title>[A-Z][^()“”\"]{0,60}?)[”\"’']?\s+"
    r"\((?P<parts>[^()]{5,40})\)(?:\s+[—–-]+\s+(?P<network>[^()]{2,20}))?$"
)


def _preview_head(line: Sentence, published: dt.date | None) -> tuple[str, str, ExtractedFact | None] | None:
    """A preview's entry head: (title, network, release on the bracket's day), when one part is a network
    and the other a day and nothing else."""
    head = _PREVIEW_HEAD.match(line.text.strip())
    if not head:
        return None
    parts = [p.strip() for p in head.group("parts").split(",")]
    if head.group("network"):
        parts.append(head.group("network").strip())
    if len(parts) != 2:
        return None
    # ("— FOX": the slot says it is a network, as "on" would; a name in capitals is spelt as a name.)
    nets = [
        (place, names[0])
        for place, p in enumerate(parts)
        if len(names := network_names(f"on {p}") or network_names(f"on {p.title()}")) == 1
    ]
    if len(nets) != 1:
        return None
    when = parts[1 - nets[0][0]]
    dates = find_dates(when, published)
    if len(dates) != 1 or dates[0].day is None or dates[0].relative:
        return None
    if re.search(r"[A-Za-z]{3,}", re.sub(r"\b\w+day\b", "", when[: dates[0].start] + when[dates[0].end :])):
        return None  # "(Sept. 20 premiere, CBS)": more than a day
    day = forward_day(dates[0], dates[0].day, when, "", published)
    title, network = head.group("title").strip(), nets[0][1]
    return (
        title,
        network,
        fact(FactKind.RELEASE, line.text, 0.7, show=title, date=day.isoformat(), network=network),
    )


# "CALIFORNICATION:  Sunday 10:30PM on Showtime": a review's head line, the show's weekly slot and network.
_SLOT_HEAD = re.compile(
    r"^(?P<title>[A-Z][^:()“”\"]{0,60}?):\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\s+"
    r"\d{1,2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+(?:ET|PT|ET/PT))?\s+on\s+(?P<network>[^()]{2,30})$"
)


def _slot_head(line: Sentence) -> tuple[str, str, None] | None:
    """A head line giving a show's weekly slot: (title, network, no release: a slot names no day)."""
    head = _SLOT_HEAD.match(line.text.strip())
    names = network_names(f"on {head.group('network')}") if head else []
    if not head or len(names) != 1:
        return None
    title = head.group("title").strip()
    return (title.title() if title.isupper() else title), names[0], None


def _schedule_head(line: Sentence, published: dt.date | None) -> tuple[str, str, ExtractedFact | None] | None:
    """A one-line entry head: (title, network, release on the day its "returns"/"premieres" part gives)."""
    head = _SCHEDULE_HEAD.match(line.text.strip())
    if not head or ";" not in head.group("parts"):
        return _preview_head(line, published) or _slot_head(line)
    parts = [p.strip() for p in head.group("parts").split(";")]
    networks = [names[0] for p in parts if len(names := network_names(f"({p})")) == 1 and len(p) <= 20]
    if len(networks) != 1:
        return None
    title = head.group("title").strip()
    release = None
    for part in parts:
        when = _SCHEDULE_WHEN.match(part[:1].upper() + part[1:])
        dates = find_dates(when.group("rest"), published) if when else []
        if when and len(dates) == 1 and dates[0].day is not None and not dates[0].relative:
            day = forward_day(dates[0], dates[0].day, when.group(), when.group("verb"), published)
            release = fact(FactKind.RELEASE, line.text, 0.7, show=title, date=day.isoformat(),
                           network=networks[0])  # fmt: skip
    return title, networks[0], release
