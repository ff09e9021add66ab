"""Find the titles of shows and films an article names, and the main show it is about."""

from __future__ import annotations

import re
from collections import Counter

from ingest.cued import matches
from ingest.listed_titles import names_several, not_a_show_here
from ingest.mentions import count_mentions
from ingest.names import (
    MONTH_WORDS,
    NETWORK_NAME,
    NOT_NAME,
    ORDINARY_TITLE_WORDS,
    PERSON,
    is_person_name,
    network_names,
)
from ingest.number_titles import number_titles
from ingest.sentences import Sentence
from ingest.short_titles import without_short_forms
from ingest.subject_patterns import CHARACTER_QUOTE, fold_numbered, subject_titles
from ingest.title_guards import after_leading_day, episode_titles, not_a_title, strip_headline_words
from ingest.title_patterns import (
    AS_PART,
    CONTEXT_CUES,
    COUNTED_SHOWS,
    EPISODE_APPOSITIVE,
    GENRE,
    LEADING_JUNK,
    NOT_SHOW_QUOTE,
    ORDINAL_TAIL,
    SHOW_CONTEXTS,
    STRONG_CONTEXTS,
    WORD_TITLE_CONTEXTS,
)
from ingest.title_spellings import fold_case

_HEADING_LEAD = re.compile(
    r"^(?:.* )?(?:Date|Dates|Cast|Everything|Details|Plot|Story|Trailer|Ending|Premiere|Renewal|Finale|News"
    r"|Guide|Review|Recap|Making)\s+(?:of|for|in|on|to|about)\s+(?=[A-Z])"
)

# "Review: Quiet Meridian is ...", "EXCLUSIVE: Harbor Lights": a news label before a colon is not the title's.
_NEWS_LABEL = re.compile(
    r"^(?:TV |Film |Movie |Series |Season \d+ )?(?:Review|Recap|Exclusive|EXCLUSIVE|Scoop|SCOOP|Watch|WATCH"
    r"|Interview|Opinion|Preview|First Look|Spoilers?|Breaking|BREAKING|Update|UPDATE|Trailer|Video|Photos"
    r"|Analysis|Explainer|Q&A):\s+(?=\S)"
)


def _clean(
    title: str, strong: bool = False, quoted: bool = False, word_ok: bool = False, owned: bool = False
) -> str | None:
    """`title` trimmed of what surrounds it, or None. `owned`: a possessive opening or closing it is the
    title's own ("HBO's Marlow's Law", "worked on ABC's Saint Jude's.")."""
    # ("Dune: Part Two" is a film's whole title: a spelt-out part after a colon stays.)
    title = re.split(
        r"\s+(?:Season|Series)\s+(?:\d+|One|Two|Three|Four|Five|Six)\b|(?<!:)\s+Part\s+(?:\d+|One|Two|Three|Four"
        r"|Five|Six)\b|:\s+Part\s+\d+\b",
        title,
    )[0]
    # "Fox Cancels Iron Bay After Two Seasons": a headline's count of seasons is no part of the title.
    title = re.sub(
        r"\s+(?:After|For|With)\s+(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+Seasons$",
        "",
        title,
    )
    # "Paper Wolves Gets Season 2", "Harrow Street Is Coming Back": a headline's verb ends the title.
    title = re.sub(r"(?<=\w)\s+(?:Gets|Lands|Earns|Scores|Nabs|Snags|Is Coming(?: Back)?)$", "", title)
    # "the first Paper Wolves Super Bowl trailer": an event the promo ran at is not part of the title.
    if not quoted:
        title = re.sub(r"(?<=\w)\s+(?:Super Bowl|Comic-Con|SDCC|NYCC|D23|CinemaCon|Upfronts?)$", "", title)
    # "picked up Saint Agnes for a 13-episode season": a number after a small word is the order's size.
    title = re.sub(r"\s+(?:for|after|with|at|in|on|to)\s+(?:an?\s+|its\s+|the\s+)?\d+$", "", title)
    title = ORDINAL_TAIL.sub("", title)  # "renewed Iron Bastion for a Third season": the season's ordinal
    # "Gladiator II from Paramount Pictures", "AMC's Interview With The Vampire TV series": the studio it
    # comes from and the medium's word are no part of the title.
    if not quoted:
        title = re.sub(
            r"\s+from\s+(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Pictures|Studios|Films|Entertainment|Animation|Television)$",
            "",
            title,
        )
        if re.search(r"\w\s+\S+\s+TV$", title):
            title = title[:-3]
    # "set a premiere date of October 20 for Tidewater": a day of the month opens no title.
    without_day = title if quoted else after_leading_day(title)
    if not without_day:
        return None
    title = without_day
    # "The Wheel of Time on Prime Video", "Slow Horses in March": the tail is not part of the title.
    tail = re.search(r"\s+(?:on|in|at|for|from|with|and)\s+(.+)$", title)
    if tail and (network_names(tail.group(1)) or tail.group(1).split()[0] in MONTH_WORDS):
        title = title[: tail.start()]
    # "Kitchen Wars and Bake Battle from May 29 to June 4": a date further on ends the title too.
    dated = re.search(r"\s+(?:on|in|at|for|from|with|to|until|by)\s+([A-Z][a-z]+)\.?\s+\d", title)
    if dated and dated.group(1) in MONTH_WORDS:
        title = title[: dated.start()]
    # "the new comedy Rutherford Falls with Ed Helms and ...": the people it is made with are no title.
    maker = None if quoted else re.search(rf"\s+with\s+({PERSON})", title)
    if maker and is_person_name(maker.group(1)):
        title = title[: maker.start()]
    # "star opposite Tom Vale in Iron Bay": a person's full name then "in" is that person's place in it.
    starring = None if quoted else re.match(rf"({PERSON}) in ([A-Z].*)$", title)
    title = starring.group(2) if starring and is_person_name(starring.group(1)) else title
    # "Is There a Release Date for Paradise", "Who Is in the Cast of Paradise": a heading's question.
    title = strip_headline_words(_NEWS_LABEL.sub("", _HEADING_LEAD.sub("", title)))
    if re.match(r"(?:Along|Together|Aside|Apart|Alongside|Besides)\s+(?:with|from)\b", title):
        return None  # "Along with Ferro and Lind, the series features": an opening phrase, no title
    words = title.split()
    # "HBO's The Last of Us" / "Fans of The Bear": drop leading possessives and sentence-opening words.
    # A quoted title keeps its own possessive ("Grey's Anatomy"); a network's or person's is dropped.
    while words and (
        (words[0].endswith(("'s", "’s")) and (not (quoted or owned) or network_names(words[0])))
        or words[0] in LEADING_JUNK
    ):
        if words[0] == "The" and len(words) > 1 and words[1][0].isupper():
            break
        words = words[1:]
        while words and words[0].islower():
            words = words[1:]
    owner = re.match(r"^(.+?)['’]s\s+(.+)$", " ".join(words))
    if owner and is_person_name(owner.group(1)):
        words = owner.group(2).split()  # "When Tim Burton's Wednesday" is Wednesday
    while words and (words[-1].islower() or words[-1] in {"&", ":"}):
        words = words[:-1]
    if words and not quoted and not owned and re.search(r"\w['’]s$", words[-1]):
        words[-1] = words[-1][:-2]  # "The Last of Us's second season": the possessive is not the title's
    if not words:
        return None
    cleaned = " ".join(words).rstrip(":,")
    if cleaned in MONTH_WORDS and not strong:
        return None
    if not quoted and re.fullmatch(rf"(?:the )?{GENRE}", cleaned.casefold()):
        return None  # "the Western starring Hollis Grant": the kind of show, capitalised
    if word_ok and cleaned in ORDINARY_TITLE_WORDS and title == cleaned:
        return cleaned
    if (cleaned in NOT_NAME and cleaned not in MONTH_WORDS) or network_names(cleaned) == [cleaned]:
        return None
    if any(name and cleaned.startswith(name) for name in network_names(cleaned)):
        return None
    # ("Canceled After One Season": a count of seasons is no title.)
    if re.fullmatch(
        r"(?:Season|Series|Part|Episode|Volume|Vol\.|Chapter|Book)\b.*|(?:One|Two|Three|Four|Five|Six|\d+)"
        r" (?:Seasons?|Series|Episodes?)(?: (?:at|on|of|in) .+)?",
        cleaned,
    ) or (not quoted and COUNTED_SHOWS.fullmatch(cleaned)):
        return None
    return cleaned


def clean_title(title: str) -> str | None:
    """A title found in an unmistakable place, trimmed of what surrounds it (or None when it is no title)."""
    return _clean(title, strong=True)


def show_candidates(sentences: list[Sentence], strong_only: bool = False) -> Counter[str]:
    """Titles found in show contexts, counted per hit (only unmistakable contexts if `strong_only`)."""
    every, strong = candidate_counts(sentences)
    return strong if strong_only else every


def candidate_counts(sentences: list[Sentence]) -> tuple[Counter[str], Counter[str]]:
    """Titles found in any show context, and in unmistakable ones only, in one pass over the sentences."""
    found: Counter[str] = Counter()
    strong: Counter[str] = Counter()
    nicknames: set[str] = set()
    for place, sentence in enumerate(sentences):
        # "bringing back A and B. Both comedies return ...": the next sentence's plural says the list is two.
        following = sentences[place + 1].text if place + 1 < len(sentences) else ""
        # Contexts that open with a network's name ("Netflix's X") can only match where a network's name
        # starts: one scan for those places spares each such context its own slow scan of the sentence.
        networks = [m.start() for m in _NETWORK_STARTS.finditer(sentence.text)]
        for number, pattern in enumerate(SHOW_CONTEXTS):
            starts = networks if number in _NETWORK_LED else None
            if starts == []:
                continue
            cue = CONTEXT_CUES.get(number)
            if cue is not None and not cue.search(sentence.text):
                continue  # a title-led context whose literal part the sentence lacks
            for match in matches(pattern, sentence.text, overlapping=number == 3, starts=starts):
                title_start = match.start(match.lastindex or 0)
                cast_of = re.search(r"\bcast of\s+[“\"‘']?$", sentence.text[:title_start])
                if AS_PART.match(sentence.text[match.end() :]) and not cast_of:
                    # ("has joined the cast of Night Orchard as Ellen": a cast is a show's, its role follows.)
                    continue  # "the return of Millie Bobby Brown as Eleven": a person, not a title
                if number == 0 and NOT_SHOW_QUOTE.search(sentence.text[: match.start() + 1]):
                    continue  # "The premiere episode, 'Dinner for Six,'", "known as 'Sinatra'"
                if number == 0 and (
                    CHARACTER_QUOTE.match(sentence.text[match.end() :])
                    or EPISODE_APPOSITIVE.match(sentence.text[match.end(1) :])
                ):
                    nicknames.add(match.group(1))
                    continue  # "“King Steve” (Joe Keery)", "or “Mad Max,” who ...": a nickname
                raw = next(g for g in match.groups() if g)
                group_end = match.end(next(i for i, g in enumerate(match.groups(), 1) if g))
                before, after = sentence.text[: group_end - len(raw)], sentence.text[group_end:]
                if not_a_title(raw, before, after) or not_a_show_here(number == 0, before, after, following):
                    continue
                if (
                    number == 3
                    and is_person_name(raw)
                    and re.search(r"\bthe\s+$", sentence.text[: match.start()])
                ):
                    continue  # "alongside the BBC's Stephen Wright": a network's executive, not its show
                # "HBO Max's Marlow's Law", "on ABC's Saint Jude's.": after a network's possessive, a
                # possessive opening the title, or closing it at the sentence's end, is the title's own; so is
                # one a verb follows ("St. Anselm's will return"), as a possessive needs a noun after it.
                ends_owned = re.search(r"['’]s$", raw) is not None
                owned_here = (
                    number in _NETWORK_LED
                    and (not ends_owned or re.match(r"[.!?;,]?[”\"’']?\s*$", after) is not None)
                ) or (ends_owned and _VERB_AFTER.match(after) is not None)
                title = _clean(
                    raw,
                    strong=number < 2,
                    quoted=number == 0,
                    word_ok=number in WORD_TITLE_CONTEXTS,
                    owned=owned_here,
                )
                owned = title and title != raw and re.search(r"['’]s\s+" + re.escape(title) + "$", raw)
                if owned and re.match(rf"\s+{GENRE}\b", sentence.text[match.end() :]):
                    continue  # "James Gunn's DC series": the word names a franchise, not the show
                after_title = sentence.text[match.end() :]
                plural = names_several(number, match.group(), after_title, following)
                for part in _parts(title) if title and plural else [title]:
                    if not part:
                        continue
                    found[part] += 1
                    # "new drama Baptiste", "thriller Gold Digger": a genre word names what follows, unless
                    # that reads as a person ("the drama Paul Mescal ...").
                    # "a writer on the political satire The Thick of It" names someone's work: not sure.
                    work = re.search(
                        # ("to the rescue of the Western series Redhill", "the fate of": the show's own news.)
                        r"\b(?:on|in|(?<!rescue )(?<!fate )(?<!future )(?<!revival )(?<!return )of"
                        r"|for|from|with)"
                        r"\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$",
                        sentence.text[: match.start(1)] if match.group(1) else "",
                    )
                    # ("the dating series Salt Kiss, a show about ...": named a show twice over.)
                    appositive = re.match(
                        rf"[”\"’']?,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?{GENRE}\b", after
                    )
                    genre_named = number == 4 and (bool(appositive) or not (is_person_name(part) or work))
                    if number in STRONG_CONTEXTS or genre_named:
                        strong[part] += 1
        for title, sure in subject_titles(sentence.text, _clean):
            found[title] += 1
            strong[title] += sure or not is_person_name(title)
    # "1899 had been cancelled": a number is a title only where a year could never stand.
    numbers = number_titles(sentences)
    found.update(numbers)
    strong.update(numbers)
    text = " ".join(s.text for s in sentences)
    # A name the article uses as someone's nickname is that person's everywhere in it ("“Mad Max” steps in").
    # ("'Iron Saints' premiere recap: 'Ashes'": the episode a recap's headline names is no show either.)
    if sentences and sentences[0].heading:
        nicknames |= episode_titles(sentences[0].text)
    found, strong = (Counter({t: n for t, n in c.items() if t not in nicknames}) for c in (found, strong))
    found, strong = without_short_forms(fold_case(found), fold_case(strong), text)
    return fold_numbered(_split_joined(found, text), text), fold_numbered(_split_joined(strong, text), text)


# A verb right after a title ending in "'s": the possessive is the title's own ("St. Anselm's will return").
_VERB_AFTER = re.compile(r"\s+(?:will|is|was|has|had|would|returns|premieres|debuts|follows|stars)\b")
# Every place a network's name starts, overlapping ones too ("HBO Max's" holds "Max's").
_NETWORK_STARTS = re.compile(f"(?=(?:{NETWORK_NAME.pattern}))")
# The contexts that open with a network's name (none has a top-level "|" that could match without it).
_NETWORK_LED = frozenset(
    number
    for number, pattern in enumerate(SHOW_CONTEXTS)
    if pattern.pattern.startswith(f"(?:{NETWORK_NAME.pattern})")
)


def _parts(title: str) -> list[str | None]:
    """'Dollface and Ramy' -> ['Dollface', 'Ramy']: several titles that share one plural verb."""
    return [_clean(p) for p in re.split(r",\s+(?:and\s+)?|\s+and\s+|\s+&\s+", title)]


def _split_joined(counts: Counter[str], text: str) -> Counter[str]:
    """'The Good Place and Parks and Recreation' is two titles when the article names one of them alone."""
    out: Counter[str] = Counter()
    for title, hits in counts.items():
        halves = title.split(" and ", 1)
        alone = len(halves) == 2 and (
            halves[0] in counts
            or halves[1] in counts
            # ("Kitchen Wars and Bake Battle ... Kitchen Wars fans": a half of two words or more named alone.)
            or any(
                len(h.split()) > 1 and count_mentions(h, text) > count_mentions(title, text) for h in halves
            )
        )
        if alone and all(map(_clean, halves)):
            out.update(dict.fromkeys(halves, hits))
        else:
            out[title] += hits
    return out
