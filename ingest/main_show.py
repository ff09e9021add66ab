"""The main show of an article: its subject line and the most mentioned title that is no person."""

from __future__ import annotations

import re
from collections import Counter

from ingest.memo import per_article
from ingest.mentions import count_mentions
from ingest.names import is_person_name
from ingest.sentences import Sentence
from ingest.work_mentions import work_mentions

_PERSON_VERB = (
    r"(?:reprises|plays|played|portrays|voices|stars as|returns as|will return as|is returning as|is back as"
    r"|said|says|told|added|explained"
    r"|has spent|is best known|was best known|won an?|co-stars|joins|joined"
    # What only people do: "Jane Doe will return to direct ...", "X is set to star", "X wrote the pilot".
    # ("X, directed by Ana Solis" and "X starred Tom Vale as ..." are said of a show: a passive or an object.)
    r"|directed(?! by)|directs|(?:will |is set to |returns? to |will return to )direct|wrote|co-wrote"
    r"|starred(?! [A-Z])"
    r"|(?:will|is set to) (?:star|play|portray|voice|write|serve)|(?:is|was|has been) cast|serves as"
    # "Ruth Calder is set to join the cast of Northfield": only a person joins a cast.
    r"|(?:will|is set to|is due to|is slated to) join the (?:cast|ensemble)"
    # "Ona Reese will return for multiple episodes": a guest comes back for episodes, a show for a season.
    r"|(?:will return|returns|is returning|will be back) for (?:multiple|several|a few|a handful of"
    r"|a number of|two|three|four|five|\d+|an?|one)\s+(?:[\w-]+\s+)?(?:episodes?|arc)"
    # A title-case headline's casting news ("Lucy Liu Cast as Watson", "Omar Teague Joins NBC Pilot"): the
    # capitals say it is the headline, and only a person is cast or lands a role.
    r"|Cast (?:[Aa]s|[Ii]n)|Joins|Lands (?:the |a )?(?:Title|Lead)|[Tt]o (?:Guest[ -])?Star"
    r"|Tapped (?:[Ff]or|[Aa]s))\b"
)
_AFTER_FULL_NAME = re.compile(rf",?\s+(?:who\s+)?{_PERSON_VERB}")
_AFTER_SURNAME = re.compile(rf"\s+{_PERSON_VERB}")
# ("A, the creator of Lantern Street, said": a name after "of" is an object, not the one who speaks.)
_OBJECT_BEFORE = re.compile(r"\b(?:creator|star|showrunner|writer|director|cast|season) of\s+$")
_WORDISH = re.compile(r"[\w'’]")  # a name right after one of these is part of a longer word
_WORDISH_OR_HYPHEN = re.compile(r"[\w'’-]")


@per_article  # pure, and asked for every candidate by several steps
def acts_like_person(title: str, text: str) -> bool:
    """Is a person-shaped "title" someone the article talks about ("Tom Hiddleston reprises", "X said")?"""
    if not is_person_name(title):
        return False
    words = title.split()
    # The full name doing what only people do, or the surname alone (not after the first name) as a subject.
    return _followed_by(text, title, _AFTER_FULL_NAME, _WORDISH) or _followed_by(
        text, words[-1], _AFTER_SURNAME, _WORDISH_OR_HYPHEN, f"{words[0]} "
    )


def _followed_by(
    text: str, name: str, after: re.Pattern[str], not_before: re.Pattern[str], not_right_after: str = ""
) -> bool:
    """Whether `name` occurs in `text` as a word of its own (the character before it not `not_before`, the
    text before it not ending with `not_right_after`) with `after` matching right after it. Literal look-ups
    plus two fixed patterns: a pattern per name would be compiled anew for every article's names."""
    start = text.find(name)
    while start != -1:
        if (
            not (start and not_before.match(text, start - 1))
            and not (not_right_after and text.endswith(not_right_after, 0, start))
            and not _OBJECT_BEFORE.search(text, max(0, start - 16), start)
            and after.match(text, start + len(name))
        ):
            return True
        start = text.find(name, start + 1)
    return False


def subject_line(sentences: list[Sentence]) -> str | None:
    """The line that says what the article is about: its headline, or without one its lead sentence (a page
    excerpt often starts straight with the first paragraph)."""
    if sentences and sentences[0].heading and sentences[0].paragraph == 0:
        return sentences[0].text
    return next((s.text for s in sentences if s.states), None)


def choose_main(candidates: Counter[str], text: str, headline: str | None, people: set[str]) -> str | None:
    """The most mentioned show title; headline mentions and show contexts break ties."""
    best: tuple[int, str] | None = None
    # A news story names its subject first: the lead's title wins a tie with one named further down.
    placed = {t: text.find(t) for t in candidates if text.find(t) >= 0}
    first = min(placed, key=lambda t: (placed[t], -len(t))) if placed else None
    surnames = {p.split()[-1] for p in people} | {p.split()[0] for p in people}
    for title, hits in candidates.items():
        if title in people or title in surnames or acts_like_person(title, text):
            continue  # "In the series, Clarke plays ...": a surname is not a title
        longer = frozenset(c for c in candidates if c != title and title in c)
        mentions = count_mentions(title, text, longer)
        if mentions and work_mentions(title, text) >= mentions:
            continue  # only ever someone's other work ("from 'Mare of Easttown' creator Brad Ingelsby")
        # A shorter title inside a longer one ("Rogue One" in "Rogue One: A Star Wars Story") still counts.
        score = (
            mentions * 2
            + hits
            + (3 if headline and title in headline else 0)
            - 3 * work_mentions(title, text)
            + (1 if title == first else 0)
        )
        if best is None or score > best[0]:
            best = (score, title)
    return best[1] if best else None
