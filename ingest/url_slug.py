"""The titles a page's address names: "/2019/tv/news/harbor-lights-renewed-season-2-1203" is about Harbor
Lights. An editor writes the slug from the headline, so a title the text names only in passing (or in a
headline the excerpt lost) is still marked as the article's subject."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ingest.main_show import acts_like_person
from ingest.names import MONTH_WORDS, NOT_NAME, is_person_name, network_names

# Slug words that say what happened, never a title's own words.
_GENERIC = frozenset(
    "season seasons series renewed renews renewal cancelled canceled cancels cancellation premiere premieres "
    "date dates trailer teaser new tv show shows news first look review recap release released episode "
    "episodes finale final cast official watch video photos spoilers exclusive sets set announces announced "
    "gets confirmed returns return returning ends ending and the of a an to for in on at with by from is "
    "its it his her their who what when where how why will be has have just more plus vs star stars trailers "
    "movie movies film films pilot pilots premiere dates week weekly best super bowl comic con sdcc".split()
)
ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth final".split())
_DAY_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tonight Et Pt".split())
_SMALL = r"(?:of|the|and|in|a|an|on|to|at|for|from|with|or)"
_LONGEST_RUN = 6


def _slug_words(url: str) -> list[str]:
    """The words of the address's most slug-like path segment, lower case, ids and extensions dropped."""
    path = urlsplit(url).path
    segments = [re.sub(r"\.\w{2,5}$", "", s) for s in path.split("/") if s]
    if not segments:
        return []
    slug = max(segments, key=lambda s: s.count("-") + s.count("_"))
    words = [w for w in re.split(r"[-_+]+", slug.lower()) if w]
    while words and re.fullmatch(r"\d{5,}|\d+[a-z]*\d+[a-z\d]*", words[-1]):
        words.pop()  # "...-1203188063": the page's number
    return words


def _phrase(words: list[str]) -> re.Pattern[str]:
    """The run as the text writes it: words apart by spaces or punctuation, a possessive allowed."""
    gap = r"(?:['’]s)?[\s:,.&'’-]+"
    return re.compile(r"(?<![\w'’])" + gap.join(re.escape(w) for w in words) + r"(?![\w])", re.IGNORECASE)


def _capitalised(found: str) -> bool:
    words = re.findall(r"[\w'’]+", found)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or re.fullmatch(_SMALL, w) for w in words)


def slug_titles(url: str | None, body: str, subjects_only: bool = False) -> list[str]:
    """Titles the address names that the text writes capitalised and standing alone, in the slug's order;
    each slug word belongs to the longest run found from it. With `subjects_only`, only those the slug makes
    its news's subject: right before a word only a show takes ("katy-keene-canceled") or ending the slug."""
    words = _slug_words(url) if url else []
    found: list[str] = []
    start = 0
    while start < len(words):
        step = 1
        for end in range(min(len(words), start + _LONGEST_RUN), start, -1):
            run = words[start:end]
            if run[-1] in _GENERIC or (run[0] in _GENERIC and run[0] != "the") or run[-1].isdigit():
                continue  # "...-season", "new-...": a run opening or ending with news words is no title
            spelt = _spelt_in(run, body)
            if spelt:
                step = end - start  # the run's words are this title's ("teen-wolf" is not also "wolf")
                # ("katy-keene-canceled": a person-shaped run right before a show-only word is a show, but
                # "ada-brisk-season-3" is casting news about a person.)
                show_word = end < len(words) and words[end] in _SHOW_WORDS
                show_news = show_word and words[end] not in ("season", "seasons")
                subject = show_word or end == len(words)
                if subjects_only and not subject:
                    break
                if not acts_like_person(spelt, body) and (show_news or not is_person_name(spelt)):
                    found.append(spelt)
                break
        start += step
    return list(dict.fromkeys(found))


_BEFORE_OK = re.compile(r"(?:^|[^\w\s'’]\s*|\b[a-z][\w-]*\s+|['’]s\s+|\n\s*)$")
_AFTER_OK = re.compile(
    r"(?!\s+(?:of|and|&|the|in|on)\s+[A-Z])(?:$|\s*[^\w\s]"
    r"|\s+(?:[a-z\d]|(?:Season|Series|Part|Episode|Super Bowl|Comic-Con)\b))"
)


def _spelt_in(run: list[str], body: str) -> str | None:
    """The run as the body spells it: capitalised, standing alone (no capitalised word right before or
    after, so it is not part of a longer name or a title-case headline), and a lone word only where no
    sentence starts ("Just" opening a sentence is no title). A spelling in lower case beats capitals."""
    best: str | None = None
    for match in _phrase(run).finditer(body):
        spelt = match.group()
        if (
            not _capitalised(spelt)
            or spelt in NOT_NAME
            or spelt.title() in MONTH_WORDS
            or network_names(spelt)
        ):
            continue
        before, after = body[max(0, match.start() - 40) : match.start()], body[match.end() : match.end() + 20]
        if not _BEFORE_OK.search(before) or not _AFTER_OK.match(after):
            continue
        if len(run) == 1 and re.search(r"(?:^|[.!?:]['\"”’]?\s+|\n\s*)$", before):
            continue
        if "," in spelt or _title_case_line(body, match.start()):
            continue  # "Pilot Watch, Week 1": a title-case headline's words, not a title
        if len(run) == 1 and (len(spelt) < 3 or spelt.title() in _DAY_WORDS or _in_person_name(spelt, body)):
            continue  # "Lily James": a lone slug word that is part of someone's name
        if not spelt.isupper():
            return spelt
        best = best or spelt
    return best


def _title_case_line(body: str, at: int) -> bool:
    """Is the line around `at` written in title case (a headline: most of its four or more words
    capitalised)?"""
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    words = re.findall(r"[A-Za-z][\w'’]*", body[start : end if end >= 0 else len(body)])
    capitals = sum(1 for w in words if w[0].isupper())
    return len(words) >= 4 and capitals >= 0.7 * len(words)


def _in_person_name(word: str, body: str) -> bool:
    """Does `word` stand in a person-shaped name anywhere in the text ("Lily James" for "James")?"""
    near = rf"[A-Z][\w'’-]+\s+{re.escape(word)}\b|\b{re.escape(word)}\s+[A-Z][\w'’-]+"
    return any(is_person_name(m.group()) for m in re.finditer(near, body))


# Slug words only a show takes right after its title ("city-on-a-hill-season-3", "bunheads-cancelled").
_SHOW_WORDS = frozenset(
    "season seasons renewed renewal cancelled canceled cancels premiere trailer teaser finale reboot "
    "recap".split()
)
_SMALL_WORDS = frozenset("of the and in a an on to at for from with or".split())
_SLUG_TITLE_WORDS = 4


def slug_only_title(url: str | None, prose: str) -> str | None:
    """The title a slug opens with when a word only a show takes follows it ("city-on-a-hill-season-3"),
    in title case, for a text that never writes it: the address is then the one place the show is named.
    A person the text names ("karen-pittman-season-3") or a news word ("second-season") is no title."""
    words = _slug_words(url) if url else []
    end = next((i for i, w in enumerate(words[: _SLUG_TITLE_WORDS + 1]) if w in _SHOW_WORDS), 0)
    run = words[:end]
    if (
        not run
        or run[-1] in _SMALL_WORDS
        or any(w in _GENERIC - _SMALL_WORDS or not w.isalpha() for w in run)
    ):
        return None
    if any(w in ORDINAL_WORDS for w in run):
        return None
    title = " ".join(w if w in _SMALL_WORDS and i else w.capitalize() for i, w in enumerate(run))
    # ("karen-pittman-season-3": a person-shaped run whose name the text writes is someone in the story.)
    named = any(re.search(rf"\b{re.escape(w)}\b", prose) for w in title.split() if w not in _SMALL_WORDS)
    if (is_person_name(title) and named) or network_names(title) or title.lower() in prose.lower():
        return None
    return title
