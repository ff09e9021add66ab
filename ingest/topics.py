"""Which show each paragraph (or part of a round-up sentence) is about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set
from dataclasses import replace

from ingest.context import COREFERENCE, Context, person_list
from ingest.mentions import count_mentions
from ingest.names import PERSON, is_person_name
from ingest.scene_openers import without_scene
from ingest.sentences import Sentence
from ingest.work_mentions import work_mentions


def segments(sentence: Sentence, ctx: Context) -> list[Sentence]:
    """A round-up sentence naming several shows in ';'-separated parts ("Good Cop, starring A; Shetland,
    starring B as Jimmy Perez; ...") is read part by part, so each cast stays with its own show."""
    sentence = without_opener(sentence, ctx)
    if ";" not in sentence.text or not ctx.titles_in(sentence.text):
        return _clauses(sentence, ctx)
    parts: list[str] = []
    for part in (part.strip() for part in re.split(r";\s+(?:and\s+)?", sentence.text)):
        if parts and ctx.titles_in(parts[-1]) and not ctx.titles_in(part) and re.match(r"(?:it|its)\b", part):
            parts[-1] += "; " + part  # "canceled Two Left Feet; it starred A and B": the show named before
        else:
            parts.append(part)
    # A part naming no show ("Shetland, a two-part mystery, starring ...", its title unrecognised) belongs
    # to none, never to the article's main show; one opening with a person ("Don Cheadle as James Rhodes")
    # continues the list of the one show the sentence names.
    one_show = len({t for _s, _e, t in ctx.titles_in(sentence.text)}) == 1
    return [
        Sentence(part, sentence.paragraph, sentence.heading)
        for part in parts
        if part
        and (ctx.titles_in(part) or COREFERENCE.match(part) or bool(one_show and person_list(part, ctx)[0]))
    ]


# Words a writer opens a sentence with to move on ("Finally, A stars in X"): they tie the sentence to the text
# around it and say nothing of its own, so the subject a pattern looks for at the start comes after them.
_OPENER = re.compile(
    r"^(?:Finally|Meanwhile|Also|Plus|Elsewhere|Lastly|Additionally|In addition|Separately|Similarly|Likewise"
    r"|Besides|Moreover|Furthermore|However|Notably|Of course|Last but not least|On top of that|Better yet"
    r"|In other news|In related news|In casting news),\s+(?=[A-Z“\"‘'])"
)


def without_opener(sentence: Sentence, ctx: Context) -> Sentence:
    """The sentence without a connective that opens it ("Finally, A stars in X" reads "A stars in X"), a
    phrase setting the scene ("After weeks of talks, A ...") or a reporting adverb ("A will indeed play")."""
    opener = _OPENER.match(sentence.text)
    text = sentence.text[opener.end() :] if opener else sentence.text
    text = without_scene(text, lambda phrase: bool(ctx.titles_in(phrase)))
    return sentence if text == sentence.text else replace(sentence, text=text)


# Where a sentence naming several shows turns to the next one: ", and Suranne Jones will star ...",
# ", while 'Lethal Weapon' was ...", a dash; never inside a list of names ("A, B and C").
_CLAUSE_BREAK = re.compile(
    r",[”\"’']?\s+(?:and|while|but|whereas)\s+(?=[A-Z“\"‘'])|\s+[—–]\s+"
    r"|,\s+(?=[A-Z][\w'’-]+ (?:will|is|has|stars)\b)"
    # "A (which returns in May), B (which debuts June 2), and C": each entry's bracket speaks of its title.
    r"|(?<=\)),\s+(?=[A-Z“\"‘'])"
)


def _clauses(sentence: Sentence, ctx: Context) -> list[Sentence]:
    """A sentence naming two or more shows is read clause by clause when each clause names its own show, so
    "drama Baptiste starring A and B, and C will star as D in Gentleman Jack" keeps C out of Baptiste."""
    named = {t for _s, _e, t in ctx.titles_in(sentence.text) if t in ctx.shows}
    if len(named) < 2:
        return [sentence]
    text = sentence.text
    cuts = [0, *(x for m in _CLAUSE_BREAK.finditer(text) for x in (m.start(), m.end())), len(text)]
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True) if text[a:b].strip()]
    # ("Michael Koman ('Nathan for You')": a title in brackets is someone's other work, no clause's show.)
    shows = [
        {t for _s, _e, t in ctx.titles_in(re.sub(r"\([^()]*\)", "", text[a:b])) if t in ctx.shows}
        for a, b in spans
    ]
    if len(spans) < 2 or sum(1 for s in shows if s) < 2:
        return [sentence]
    # A clause naming no show continues the one before it, separator and all ("..., and it stars ...").
    merged: list[tuple[int, int]] = []
    for (a, b), found in zip(spans, shows, strict=True):
        if found or not merged:
            merged.append((a, b))
        else:
            merged[-1] = (merged[-1][0], b)
    return [Sentence(text[a:b].strip(), sentence.paragraph, sentence.heading) for a, b in merged]


# A paragraph opening by pointing back at a show: "It starred ...", "The musical drama from ...".
_POINTS_BACK = re.compile(
    r"(?:It|The (?:[\w-]+ ){0,2}?(?:series|show|drama|comedy|sitcom|thriller|romance|dramedy|procedural"
    r"|anthology|docuseries|mystery|satire|western|reboot|revival))\b"
)


def _opening_show(text: str, shows: Set[str]) -> str | None:
    """The show a sentence opens with ("'Star' has been canceled ..."), if any."""
    # The longest first, in a fixed order: "The Summer Lake" over "Summer Lake" whatever the set's order.
    ordered = sorted(shows, key=lambda s: (-len(s), s))
    return next((s for s in ordered if re.match(rf"[“\"‘']?{re.escape(s)}\b", text)), None)


# A paragraph pointing at a show it does not name: "the show drops on ...", "the series stars ...".
_POINTER = re.compile(r"\b(?:the|this) (?:[\w-]+ ){0,2}?(?:series|show|drama|comedy|sitcom|thriller)\b")


def _shares_surname(text: str, before: str) -> bool:
    """Does `text` name someone (by surname) whom `before` names in full ("Julia Roberts" ... "Roberts'")?"""
    surnames = {m.split()[-1] for m in re.findall(PERSON, before) if is_person_name(m)}
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in surnames)


def paragraph_topics(sentences: list[Sentence], shows: Set[str], main: str | None) -> dict[int, str | None]:
    """Each paragraph's show: the one it names most, or the main show when it names none (or the main one);
    in a round-up a paragraph naming no show belongs to none, unless it opens pointing back ("The show")."""
    by_paragraph: dict[int, Counter[str]] = {}
    # A fixed order, so a tie between two shows never depends on the set's (hash-seeded) order; a title
    # inside a longer one ("Summer Lake" in "The Summer Lake") is the longer title's mention, not its own.
    ordered = sorted(shows)
    longer = {
        show: frozenset(other for other in ordered if other != show and show in other) for show in ordered
    }
    for sentence in sentences:
        counts = by_paragraph.setdefault(sentence.paragraph, Counter())
        text = sentence.text
        for show in ordered:
            # "previously produced 'Gentleman Jack'" mentions other work, not what the paragraph is about.
            # (A title the sentence lacks has no mentions: its count stays 0 without asking.)
            mentions = count_mentions(show, text, longer[show]) if show in text else 0
            counts[show] += max(0, mentions - work_mentions(show, text)) if mentions else 0
    topics: dict[int, str | None] = {}
    # A round-up ("TNT has dated Franklin & Bash ... Lifetime's Devious Maids ...") gives each show its own
    # paragraph: one that names no show we know is about a title we missed, never about the main show.
    # Three paragraphs each led by another show, without the main show: a round-up, not a feature that
    # mentions other work ("Sepideh Moafi (The Deuce), ... joined The Pitt").
    led_elsewhere = set()
    prose = {s.paragraph for s in sentences if not s.heading}  # "Related Stories" link lists do not count
    for paragraph, counts in by_paragraph.items():
        lead = max(counts.items(), key=lambda kv: kv[1], default=None) if paragraph in prose else None
        if lead and lead[1] > 0 and lead[0] != main and (main is None or counts[main] == 0):
            led_elsewhere.add(lead[0])
    roundup = len(led_elsewhere) >= 3
    openers: dict[int, str] = {}
    texts: dict[int, str] = {}
    for sentence in sentences:
        openers.setdefault(sentence.paragraph, sentence.text)
        texts[sentence.paragraph] = f"{texts.get(sentence.paragraph, '')} {sentence.text}"
    previous: str | None = main
    last_opener = ""
    for paragraph, counts in by_paragraph.items():
        best = max(counts.items(), key=lambda kv: kv[1], default=None)
        above = by_paragraph.get(paragraph - 1, Counter())
        named_above = [show for show, n in above.items() if n > 0]
        if best and best[1] > 0 and (main is None or counts[main] < best[1]):
            topics[paragraph] = best[0]
        elif not (best and best[1] > 0) and paragraph - 1 not in prose and len(named_above) == 1:
            # A news digest: the heading right above ("'Archer' Renewed for Season 13") names the item's show.
            topics[paragraph] = named_above[0]
        elif (
            not (best and best[1] > 0)
            and _POINTS_BACK.match(openers[paragraph])
            and (opened := _opening_show(last_opener, shows))
        ):
            # "'Star' has been canceled. || The musical drama ... It starred ...": the show the paragraph
            # before opened with.
            topics[paragraph] = opened
        elif (
            main
            and not (best and best[1] > 0)
            and previous not in (None, main)
            and sum(above.values()) > 0
            and _POINTER.search(texts[paragraph])
            and not COREFERENCE.match(openers[paragraph])  # (a paragraph opening "The series ..." is below)
        ):
            # "Amazon ordered Homecoming ... || ... when the show drops on Amazon": "the show" right after
            # a paragraph about another show is that show when it names someone from it, else unclear.
            topics[paragraph] = previous if _shares_surname(texts[paragraph], texts[paragraph - 1]) else None
        elif main and (not roundup or counts[main] > 0 or paragraph == 0):
            topics[paragraph] = main
        elif COREFERENCE.match(openers[paragraph]):
            topics[paragraph] = previous  # "The Addams Family series, which stars ...": the show just named
        else:
            topics[paragraph] = None
        previous = topics[paragraph]
        last_opener = openers[paragraph]
    return topics
