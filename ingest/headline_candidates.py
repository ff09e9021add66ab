"""What a headline's titles do to the article's title candidates: the title the opening sentences name, a
title only the headline gives, labels and runs of headline capitals taken off the candidates ("Harbor Lights
Recap" is Harbor Lights), and names listed before a title; for extract.py."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ingest.headline_runs import HEADLINE_ROLE, as_prose_spells
from ingest.headline_titles import headline_titles, points_at_a_show
from ingest.main_show import acts_like_person
from ingest.mentions import count_mentions
from ingest.names import CAPW, NOT_NAME, is_person_name, network_names
from ingest.sentences import Sentence

_OPENING_SENTENCES = 4


def opening_title(sentences: list[Sentence], body: str, people: set[str]) -> str | None:
    """When no sentence names a show in a title's context, the name one of the first sentences opens with,
    if the article repeats it ("Brightwater spoiler - ..." or "Brightwater has finally revealed ...", and
    the name twice more). A short excerpt may name it only twice: then both of two opening sentences open
    with it, one of them with a label only a show takes ("Brightwater spoiler", "Brightwater recap")."""
    openings: list[str] = []
    for sentence in sentences[:_OPENING_SENTENCES]:
        opening = re.match(rf"{CAPW}(?:\s+(?:of|the|and|&)?\s*{CAPW})*", sentence.text)
        if not opening:
            continue
        title = opening.group().strip()
        plain = title not in NOT_NAME and not network_names(title)
        if " " not in title and any(
            is_person_name(full.group()) for full in re.finditer(rf"\b[A-Z][a-z]+ {re.escape(title)}\b", body)
        ):
            continue  # "Ruth Kell ... Kell, 52, joined the cast": a surname the text gives in full
        if not plain or title in people or len(title) <= 2 or acts_like_person(title, body):
            continue
        if count_mentions(title, body) >= 3 and not is_person_name(title):
            return title
        if re.match(r"\s*(?i:spoilers?|recap|review)\b", sentence.text[opening.end() :]) or title in openings:
            openings.append(title)
    return next((t for t in openings if openings.count(t) >= 2), None)


# How the text points at a show it does not name: "the family drama", "the series", "the streamer's comedy".
def headline_only_title(
    sentences: list[Sentence], people: set[str], clean: Callable[[str], str | None]
) -> str | None:
    """When no sentence names a show, the title the headline puts where only a show fits ("'Glass Orchard'
    Renewed for Season 3"), if the text goes on to speak of "the series" or "the drama": a short report often
    names its show in the headline alone."""
    line = next((s.text for s in sentences[:2] if s.heading), None)
    prose = " ".join(s.text for s in sentences if not s.heading)
    if not line or not points_at_a_show(prose):
        return None
    titles = [t for t in headline_titles(line, clean, prose, frozenset(people)) if t not in people]
    return as_prose_spells(titles[0], prose) if titles else None


def drop_headline_labels(candidates: Counter[str], prose: str) -> Counter[str]:
    """ "Desk Notes: Harbor Lights" is a headline's label, then its title: a "Label: Title" candidate the
    prose never writes whole, when the prose names the part after the colon, counts for that part alone
    (a subtitled title, "Dexter: Resurrection", is written whole in the text)."""
    out: Counter[str] = Counter()
    for title, hits in candidates.items():
        _label, colon, rest = title.partition(": ")
        named = colon and rest and re.search(rf"(?<![\w'’]){re.escape(rest)}(?![\w'’])", prose)
        if named and title not in prose:
            out[rest] += hits
        else:
            out[title] += hits
    return out


# "Gothic Mystery Pilot Grimstone": a headline's run of capitals ending on a show's kind, then its title.
_KIND_THEN = re.compile(r" (?:Pilot|Series|Miniseries|Drama|Comedy|Sitcom|Thriller|Film|Movie) $")


def trim_headline_runs(
    candidates: Counter[str], line: str | None, prose: str, clean: Callable[[str], str | None]
) -> Counter[str]:
    """ "Red Meridian Sets Its Leads", "Spare Keys to Series": a candidate the headline's capitals run on
    into its news words counts for the title the headline names in a title's place, when the prose never
    writes the longer run."""
    titles = headline_titles(line, clean, prose)
    out: Counter[str] = Counter()
    for candidate, hits in candidates.items():
        shorter = next(
            (
                t
                for t in titles
                if candidate not in prose
                and (
                    candidate.startswith((f"{t} ", f"{t}: "))
                    or (candidate.endswith(f" {t}") and _KIND_THEN.search(candidate[: -len(t)]))
                )
            ),
            None,
        )
        # ("Night Shift Boss Teases ...": a run the prose never writes, ending on someone on the show.)
        bare = (
            HEADLINE_ROLE.sub("", candidate) if line and candidate in line and candidate not in prose else ""
        )
        out[shorter or bare or candidate] += hits
    return out


def names_then_title(candidates: Counter[str]) -> Counter[str]:
    """ "will star as Sana Iyer and Karl Weiss in Red Meridian": a run of names, then "in" and a title the
    article names elsewhere, counts for that title alone (the names are the roles played in it)."""
    out: Counter[str] = Counter()
    for candidate, hits in candidates.items():
        names, sep, title = candidate.rpartition(" in ")
        listed = re.split(r",\s*(?:and\s+)?|\s+and\s+", names) if sep else []
        if title in candidates and listed and all(is_person_name(n) for n in listed):
            out[title] += hits
        else:
            out[candidate] += hits
    return out
