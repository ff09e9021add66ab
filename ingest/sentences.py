"""Split article text into paragraphs and sentences, and find the publication date and headline."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from ingest.dates import parse_absolute

# Words whose trailing period does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr sept sep oct nov dec jan feb mar apr aug jun jul vs etc inc ltd co no "
    "vol pt ep ft mt prof gen lt col sgt capt u.s u.k a.m p.m e.g i.e dept bros corp".split()
)
_BOUNDARY = re.compile(r"([.!?]['\"”’)]*)\s+(?=[\"“‘'(]?[A-Z0-9À-Þ])")
# "at 9 p.m. “Girls,” a comedy ...", "at 10 p.m. The show ...": after a time of day, a quote or a capitalised
# word that is no time zone, day or month starts the next sentence ("9 p.m. ET", "9 p.m. Sunday" do not).
_AFTER_TIME = re.compile(
    r"[“\"‘]|(?!(?:ET|PT|CT|MT|EST|EDT|PST|PDT|CST|GMT|BST|UK|Eastern|Pacific|Central|Mountain|local|"
    r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\b)[A-Z][a-z]"
)
_LEADING_DATE = re.compile(
    r"^\s*(?:(?:date|published|updated|posted|pub(?:lished)? date)\s*:?\s*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"  # "Friday 27 July 2012"
    r"(\d{4}-\d{2}-\d{2}|(?:[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})|(?:\d{1,2} [A-Z][a-z]+\.? \d{4}))"
    r"(?:[ ,]+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence, the paragraph it sits in, and whether it is a heading (no closing punctuation)."""

    text: str
    paragraph: int
    heading: bool

    @property
    def states(self) -> bool:
        """Whether the sentence states something: neither a heading nor a question."""
        return not self.heading and not self.text.endswith("?")


# «Title», „Title“, ‹Title›: the quotation marks of other typographic traditions, as English curly quotes,
# so every title context that knows quoted titles knows these too. Only a pair counts: a lone "»" is a
# breadcrumb's separator ("News » Television").
# ("HBO's ''Big Love''": two apostrophes each side, as some archives typeset double quotes, are quotes too.)
_OTHER_QUOTES = re.compile(
    r"«\s?([^«»\n]{1,100}?)\s?»|„([^„“”\n]{1,100}?)[“”]|‹([^‹›\n]{1,100}?)›"
    r"|(?<![\w'])''(?!')([^'\n]{1,100}?)''(?![\w'])"
)
# A title in markdown italics, as a page copied into a chat keeps them: "*Paper Comets* returns", "_Dune_".
# (Bold, "**...**", marks emphasis or a heading, not a title.)
_ITALICS = re.compile(
    r"(?<![\w*])\*(?!\*)([A-Z0-9][^*\n]{0,80}?[^\s*])\*(?![\w*])|(?<![\w_])_([A-Z0-9][^_\n]{0,80}?[^\s_])_(?![\w_])"
)


# "Detective Lou Varga [Mike Tarrant, Harbor Nights]": a role's actor in square brackets, after a word.
_SQUARE_ASIDE = re.compile(r"(?<=[\w.”\"’'])(\s+)\[([A-Z][\w'’.-]+\s+[A-Z][\w'’-]+(?:,[^\[\]()]{1,60})?)\]")


def plain_quotes(text: str) -> str:
    """The text with paired guillemets, low opening quotes and markdown italics as the curly quotes English
    news uses, and a role's actor in square brackets in the round ones most outlets use."""
    text = _ITALICS.sub(lambda m: f"“{m.group(1) or m.group(2)}”", text)
    text = _SQUARE_ASIDE.sub(r"\1(\2)", text)

    def curled(m: re.Match[str]) -> str:
        if m.group(3) is not None:
            return f"‘{m.group(3)}’"
        return f"“{m.group(1) or m.group(2) or m.group(4)}”"

    return _OTHER_QUOTES.sub(curled, text)


def leading_date(text: str) -> tuple[dt.date | None, str]:
    """The date an article opens with ("date 2024-09-03", "Published 2 October 2024") and the rest."""
    lines = text.lstrip().split("\n")
    # The date may sit on the first line or a few lines down, after the headline, standfirst or byline.
    filled = [i for i, line in enumerate(lines) if line.strip()][:5]
    for index in filled:
        if re.fullmatch(r"(?:release|premiere|air) date:?", lines[index].strip(), re.IGNORECASE):
            break  # an info box's key: the date after it is the show's, not the article's
        match = _LEADING_DATE.match(lines[index])
        if not match:
            continue
        found = parse_absolute(match.group(1))
        if found is not None:
            lines[index] = lines[index][match.end() :]
            return found, "\n".join(lines)
    return None, text


def _split_line(line: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        before = line[start : match.start(1)]
        last = before.rsplit(None, 1)[-1] if before.split() else ""
        word = last.lower().strip('("“')
        # "Sept. 1", "Mr. Robot", initials such as "J. J. Abrams" keep the sentence going.
        abbreviated = word in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]", word)
        if (
            match.group(1) == "."
            and abbreviated
            and not (word in {"a.m", "p.m"} and _AFTER_TIME.match(line[match.end() :]))
        ):
            continue
        pieces.append(line[start : match.end(1)].strip())
        start = match.end()
    pieces.append(line[start:].strip())
    return [p for p in pieces if p]


_WRAPPED = re.compile(r"^.{40,100}(?<![.!?:\"”’')])$")


def unwrap(text: str) -> str:
    """Join the lines of a hard-wrapped article ("... its upcoming drama Black\nSails for a second season"):
    when most lines are of a similar width and stop mid-sentence, a line break is no paragraph break.
    The first line (the headline) stays on its own, unless the next line carries on its sentence."""
    lines = text.split("\n")
    filled = [line.strip() for line in lines if line.strip()]
    wrapped = sum(1 for line in filled if _WRAPPED.match(line))
    long_lines = sum(1 for line in filled if len(line) > 110)  # a paragraph per line: not wrapped
    # A short excerpt may hold only two wrapped lines of its first paragraph ("drama Black\nSails for ...").
    fewest = 2 if len(filled) <= 5 else 3
    if wrapped < fewest or wrapped < 0.4 * len(filled) or long_lines > 0.2 * len(filled):
        return _join_broken_lines(text)
    # A double-spaced page puts a blank line after every wrapped line: there a blank line breaks a paragraph
    # only where the line before it ends a sentence.
    followed = sum(1 for a, b in itertools.pairwise(lines) if a.strip() and not b.strip())
    double = followed >= 0.8 * len(filled)
    out: list[str] = []
    previous = ""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped and double and out:
            continue
        # The first line is a headline unless the next goes on with its sentence: it opens in lower case, or
        # follows straight on from a first line that reads as prose.
        joins = index > 1 or stripped[:1].islower() or (index == 1 and _prose_line(previous))
        if stripped and out and joins and _WRAPPED.match(previous):
            out[-1] = f"{out[-1].rstrip()} {stripped}"
        else:
            out.append(line if not double or not out else f"\n{line}")
        previous = stripped
    return _join_broken_lines("\n".join(out))


# A line broken off mid-sentence on a page not wrapped throughout: "16 cities and 13\ncountries, the story".
# It ends on a word, a comma or a bracket, and the next line goes on in lower case.
_BROKEN_OFF = re.compile(r".*[\w,)]")
_GOES_ON = re.compile(r"[a-z]")


def _join_broken_lines(text: str) -> str:
    """Join each line that stops mid-sentence to the lower-case line that carries it on (never the first
    line, a headline)."""
    lines = text.split("\n")
    out = lines[:1]
    for line in lines[1:]:
        previous = out[-1].strip()
        if len(out) > 1 and _BROKEN_OFF.fullmatch(previous) and _GOES_ON.match(line.strip()):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _prose_line(line: str) -> bool:
    """Does a line read as a sentence's words (mostly lower case), not a title-case headline?"""
    words = line.split()
    return len(words) >= 8 and sum(1 for w in words if w[:1].islower()) * 2 > len(words)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order; a line break ends a sentence and a paragraph.

    Lines inside one block are list items ("Peacemaker (HBO Max) — 510 million minutes. ...") more often
    than wrapped prose (which a line break would cut mid-sentence anyway), so each line is its own topic.
    """
    result: list[Sentence] = []
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    for paragraph, line in enumerate(lines):
        # "• Sean Saves the World, starring Sean Hayes": a list item is a sentence without its full stop.
        bullet = re.match(r"^[•·▪●*–-]\s+(?=\S)", line)
        line = line[bullet.end() :] if bullet else line
        heading = not bullet and not re.search(r"[.!?]['\"”’)]*$", line) and len(line.split()) <= 20
        if heading and paragraph == len(lines) - 1 and _cut_prose(line):
            heading = False  # the text stops mid-sentence: "... a cast including A, B, C, Lou"
        for piece in _split_line(line):
            result.append(Sentence(piece, paragraph, heading))
    return result


def _cut_prose(line: str) -> bool:
    """Does a last line without a full stop read as prose cut off (mostly lower-case words, a comma), not as a
    title-case heading?"""
    words = line.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 12 and "," in line and lower * 2 > len(words) - 1


def headline(sentences: list[Sentence]) -> str | None:
    """The article's headline: its first line when that line is a heading."""
    if sentences and sentences[0].heading and sentences[0].paragraph == 0:
        return sentences[0].text
    return None
