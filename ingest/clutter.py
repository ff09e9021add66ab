"""Page clutter a copied or scraped article carries around its text: menus, share buttons, ad slots, script
settings, bylines and "related stories" links. None of it is the article, and a line of it at the top would
otherwise pass for the headline."""

from __future__ import annotations

import re

# Whole lines that are page furniture, never prose ("Advertisement", "Share via", "Skip to content").
_FURNITURE = re.compile(
    r"(?:advertisement|advertising|sponsored(?: content)?|share(?: via| this(?: article| story)?| on \w+)?"
    r"|bookmark and share|skip to (?:main )?content|skip to navigation|web analytics|menu|search|close"
    r"|subscribe(?: now)?|sign in|log ?in|sign up|newsletter|comments?|\d+ comments?|print|email|tweet"
    r"|(?:founder|editor|associate editor|assistant editor|contributing editor|senior editor|staff writer)"
    r"(?:\s*/\s*(?:founder|editor))*"
    r"|you will be redirected back to your article in seconds|(?:continue|keep) reading(?: below)?"
    r"|(?:story|article) continues below(?: advertisement)?|scroll to continue|loading\W*"
    r"|[×✖✕x]|[|•·\W]*)",
    re.IGNORECASE,
)
# Lines that open with a marker of a link, caption or byline: "RELATED: ...", "Read more: ...",
# "Videos by PopCulture.com", "Posted by Kim", "Screenshot from ...", "Photo: ...".
_MARKED = re.compile(
    r"(?:related(?: stories| articles| content| news| posts)?|read more|read next|see also|more from \w+"
    r"|recommended(?: for you)?|watch|trending|most popular|popular now|you may also like"
    r"|photo(?: credit)?|image|credit|screenshot from|videos? by|posted by|written by|by)\b",
    re.IGNORECASE,
)
# "Home > TV > News", "News » Television": a page's breadcrumb trail.
_BREADCRUMB = re.compile(r"[\w&' -]{1,30}(?:\s*[>»›/]\s*[\w&' -]{1,30}){1,5}")
# "enablePagination: false", "maxItemsPerPage: 10": a page script's settings.
_SETTING = re.compile(r"[a-z]+(?:[A-Z][a-z]*)+\s*[:=]\s*\S+")
# "Comments: ↓ 0 user comments", "Vote 0 0", "May 15, 2014 | Vote 0 0": counters.
_COUNTER = re.compile(r"(?:votes?|comments?|likes?|shares?|views?)\s*:?\s*[↓↑\d\s]*(?:user comments?)?",
                      re.IGNORECASE)  # fmt: skip
# "Publish Date: August 7, 2015", "Posted: 2019-05-01": a date line worth keeping as a plain date line.
_DATE_LABEL = re.compile(r"(?:publish(?:ed)?|posted|updated|pub(?:lished)? date|publish date|date)\s*:\s*",
                         re.IGNORECASE)  # fmt: skip


# "The Big Picture Jeff Goldblum shines as Zeus": a summary box's label glued to its first point.
_SUMMARY_LABEL = re.compile(
    r"^(?:The Big Picture|Key Takeaways|Quick Takeaways|Key Points|TL;DR|At a Glance|In Brief)"
    r"\s*:?\s+(?=[A-Z])"
)


# "RETURN DATE | Apple TV+'s The Quiet Ones will return ...": a round-up item's label in capitals, then a bar.
_SECTION_LABEL = re.compile(r"^(?:[A-Z][A-Z'&/.-]*\s+){0,3}[A-Z][A-Z'&/.-]+\s*\|\s+(?=[A-Z“\"‘'])")


def _is_clutter(line: str) -> bool:
    if _FURNITURE.fullmatch(line) or _SETTING.fullmatch(line) or _COUNTER.fullmatch(line):
        return True
    if _BREADCRUMB.fullmatch(line) and re.search(r"[>»›]", line):
        return True
    # A marked line is clutter when it does not read as a sentence ("By Tim Surette", "RELATED STORIES 20+
    # TV Shows That Got Cancelled"); "By the time the finale aired, it had ..." is prose.
    sentence = re.search(r"[.!?][\"”’')]*$", line) or len(line.split()) > 15
    return bool(_MARKED.match(line)) and not sentence


def _clean_line(line: str) -> str | None:
    """A line without its clutter: None when all of it is, the date alone when it is a labelled date, and
    the cells worth keeping of a "March 2, 2014 | By A. Writer | 3 comments" strip."""
    cells = [cell.strip() for cell in line.split(" | ")] if " | " in line else [line]
    kept: list[str] = []
    for cell in cells:
        label = _DATE_LABEL.match(cell)
        if label:
            kept.append(cell[label.end() :])
        elif not _is_clutter(cell):
            kept.append(cell)
    return " | ".join(kept) if kept else None


def strip_clutter(text: str) -> str:
    """The article without its page clutter lines; a labelled date line keeps just its date."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip().lstrip("•·▪●*").strip()
        label = _SUMMARY_LABEL.match(line) or _SECTION_LABEL.match(line)
        if label:
            raw = line = line[label.end() :]
        if not line:
            out.append("")
            continue
        kept = _clean_line(line)
        if kept is not None:
            out.append(raw if kept == line else kept)
    return "\n".join(out)


def drop_cut_word(text: str) -> str:
    """An excerpt cut off mid-sentence ("... keep an eye on the Cancelled S") loses its last, maybe broken,
    word and the capitalised words before it, so a fragment never reads as a name; a finished last line is
    left alone."""
    stripped = text.rstrip()
    last_line = stripped.rsplit("\n", 1)[-1]
    if len(last_line.split()) < 25 or re.search(r"[.!?:;\"”’')\]]$", last_line):
        return text
    words = stripped.rsplit(None, 1)[0].split(" ")
    # "based on the novels by Julia Qui": the name the cut went through goes too, not just its last piece.
    while len(words) > 1 and words[-1][:1].isupper():
        words.pop()
    return " ".join(words)


# A photo caption glued to the first sentence when a page was copied: "Leonardo DiCaprio in InceptionIf
# director ...". A capitalised word running straight into a word that opens sentences is two lines.
_GLUED_CAPTION = re.compile(
    r"^((?:[A-Z][\w'’.-]*\s+){1,4}(?:in|on|at|and)\s+(?:[A-Z][\w'’:-]*\s+){0,4}[A-Z][\w'’-]*?[a-z])"
    r"(?=(?:If|The|When|In|It|As|After|For|This|With|On|At|A|An|Since|While|Though|Although|Before|But|So"
    r"|Now|Like|Last|Next|Earlier|Fans|Netflix|HBO)\s)",
    re.MULTILINE,
)


def split_glued_caption(text: str) -> str:
    """The text with a caption glued to its first sentence set on a line of its own."""
    return _GLUED_CAPTION.sub(r"\1\n", text, count=1)
