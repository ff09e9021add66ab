"""Titles some outlets write in capitals inside ordinary prose ("talks about 30 ROCK's return", "her deal to
join PARENTHOOD"): spelt as titles ("30 Rock", "Parenthood") so the title finders, which read capitalised
words, see them.

Only runs inside a line that is otherwise written in lower case are touched (a press release's line in
capitals keeps its capitals for `capital_headings`), and never an acronym: a single short word ("NBC",
"ADHD"), a network's name or a page label ("UPDATE", "EXCLUSIVE").
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.names import MONTH_WORDS, network_names

# A run of capitalised words: letters in capitals (a possessive "'s" may follow), digits, "&", ":".
_WORD = r"[A-Z0-9][A-Z0-9&:-]*"
_RUN = re.compile(
    rf"(?<![\w'’.-]){_WORD}(?:['’][A-Z]+)?(?:[ ]+{_WORD}(?:['’][A-Z]+)?)*(?![\w-])(?!\.\w)(?!['’][A-Z])"
    rf"|(?<![\w'’.-]){_WORD}(?:[ ]+{_WORD})*(?=['’]s\b)"
)
_LABELS = frozenset(
    "UPDATE UPDATED EXCLUSIVE BREAKING SPOILER SPOILERS RELATED WATCH VIDEO PHOTOS PHOTO ALERT NEWS NOTE "
    "EDITOR SCOOP OFFICIAL CREDITS SYNOPSIS READ MORE CLICK HERE TRAILER REVIEW RECAP PREVIEW LGBT LGBTQ "
    "LGBTQIA NASCAR UNICEF NAACP COVID OMG LOL WTF".split()
)
# "STRANGER IN A STRANGE LAND In 1600, a sailor ...": a photo caption's tease in capitals opening a line,
# then the caption's own sentence: a teasing phrase, never the show's title.
_KICKER = re.compile(
    r"^\s*[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]*){1,7} (?=(?:In|On|At|The|A|An|After|As|When|While|With|From"
    r"|During|Before|Here|This|His|Her|Their|Its)\s)"
)
_SMALL = frozenset("OF AND THE A AN IN ON AT TO FOR WITH FROM BY OR".split())
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def _titled(run: str) -> str:
    words = run.split(" ")
    out = []
    for place, word in enumerate(words):
        if place and word in _SMALL:
            out.append(word.lower())
        else:
            out.append(re.sub(r"[A-Z]+", lambda m: m.group()[0] + m.group()[1:].lower(), word))
    return " ".join(out)


def _is_title_run(run: str) -> bool:
    words = run.split()
    letters = [w for w in words if re.search(r"[A-Z]{2}", w)]
    if not letters or any(w.strip(":&-") in _LABELS or w.title() in MONTH_WORDS for w in words):
        return False
    if network_names(run) or network_names(_titled(run)):
        return False
    if len(words) == 1:
        return len(re.sub(r"[^A-Z]", "", run)) >= 5  # "PARENTHOOD", not "ADHD"
    # "30 ROCK", "GILMORE GIRLS": two words or more, one of them a word of three letters or more.
    return any(len(re.sub(r"[^A-Z]", "", w)) >= 3 for w in words)


def spell_capital_titles(text: str) -> tuple[str, Counter[str]]:
    """The text with each title written in capitals inside lower-case prose spelt as a title, and those
    titles, counted: the outlet's capitals mark them as titles (unless the text names the last word alone,
    as it would a person written in capitals: "TINA FEY ... Fey said")."""
    found: Counter[str] = Counter()
    if not re.search(r"[A-Z]{3}", text):
        return text, found
    lines = text.split("\n")

    def spell(match: re.Match[str]) -> str:
        run = match.group()
        if not _is_title_run(run) or re.match(r"\s*:", match.string[match.end() :]) or run.endswith(":"):
            return run  # ("SYNOPSIS: ...", "OFFICIAL: ...": a label before its colon.)
        if (
            " " not in run
            and len(re.findall(rf"(?<![\w'’-]){re.escape(run)}(?![\w-])", text, re.IGNORECASE)) < 2
        ):
            return run  # "the THREE actors": one word in capitals once is emphasis; a title comes back
        found[_titled(match.group())] += 1
        return _titled(match.group())

    for index, line in enumerate(lines):
        if len(_LOWER_WORD.findall(line)) < 2:
            continue  # a line in capitals (a heading, a press release's label): left as it is
        lines[index] = _RUN.sub(spell, _KICKER.sub("", line))
    spelt = "\n".join(lines)
    return spelt, Counter({t: n for t, n in found.items() if not _surname_alone(t, text)})


def _surname_alone(title: str, text: str) -> bool:
    """Does the text name the run's last word on its own, in lower case letters ("TINA FEY ... Fey said")?"""
    words = title.split()
    if len(words) < 2:
        return False
    last = re.escape(words[-1])
    return (
        re.search(rf"(?<![\w'’-])(?<!{re.escape(words[-2])} ){last}(?![\w-])", text, re.IGNORECASE)
        is not None
    )
