"""Someone named by part of their name: "joe's mcu role", "lyn other work", "which characters do joe and kit
play", "who plays charly in heartstopper".

The linker matches full names, and a first name or surname alone only where the name table holds it as a
shorthand. A word nobody else knows that is a part of exactly one news person's or character's name is that
someone: inside a question that names a show, among the people credited on it (a slip allowed, as
intents.name_typos reads it); otherwise among everyone news wrote about, and then only when the word is no
everyday word ("will", "rose", "mark" stay words). Two people with that part: the question asks which.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from db.knowledge import Knowledge
from intents.given_names import name_gender
from intents.linking import EntityIndex, EntityRef, Mention
from intents.name_slips import word_slip
from intents.name_typos import credited_full_name, near_name_part, slips_allowed
from intents.ordinary_words import ordinary
from intents.text import fold
from intents.unknown_name_evidence import someones_work
from intents.word_surnames import SURNAME_WORDS

_JOINS = frozenset({"and", "n", "or"})
# Nouns fans describe someone by after a title ("the agatha all along teen", "the heartstopper kid"): there
# a noun, not a part of a character's name ("Mystery Teen"); after "the" alone it may be one ("the teen").
_DESCRIBING_NOUNS = frozenset("actor actress star kid boy girl teen lead lad guy".split())
_DETERMINERS = frozenset("the a an that this".split())


def name_part_alone(mention: Mention) -> bool:
    """A person or character named by a part of their name (a first name, a surname) or by a slip: right
    after a show nobody knows, someone of that show rather than of a show Marquee knows. A name written
    whole ("mira", a one-word character) is still that character."""
    words = mention.end - mention.start
    parts = all(ref.kind in ("person", "character") and words < len(ref.name.split()) for ref in mention.refs)
    people = all(ref.kind in ("person", "character") for ref in mention.refs)
    return parts or (people and mention.score < 100)


@dataclass(frozen=True, slots=True)
class PartialNames:
    """What the unknown runs' name parts are: the question with full names written in, or who to ask
    between."""

    tokens: list[str] | None = None
    ambiguous: tuple[EntityRef, ...] = ()


def read_partial_names(
    tokens: list[str],
    runs: list[list[str]],
    show_ids: set[int],
    kb: Knowledge,
    index: EntityIndex,
    unknown_title: list[str],
) -> PartialNames:
    """The question with each unknown run made only of name parts ("joe and kit") written as full names.

    Outside `show_ids`' credits a part is looked up among everyone news wrote about, unless the question
    names a title nobody knows (`unknown_title`) the run is no part of: then it is someone of that show.
    """
    out = list(tokens)
    changed = False
    start = 0  # runs come in the question's order: "joe vs joe" has two runs, the second after the first
    for whole_run in runs:
        run = _after_a_work_title(whole_run, kb)
        at = _find(out, run, start)
        if at is None:
            continue
        start = at + len(run)
        if _describes_after_a_title(run, out[:at]) or _before_a_word_surname(out, at + len(run)):
            continue
        if (of_show := _name_from_show(run, out[at + len(run) :], show_ids, kb)) is not None:
            # "terrified it'll distract joe from hs": the word before "from" and the show is its cast's Joe
            end = at + len(run)
            out[end - 1 : end] = of_show
            start, changed = end - 1 + len(of_show), True
            continue
        names: list[list[str]] = []
        for word in run:
            if word in _JOINS:
                names.append([word])
                continue
            anyone = not unknown_title or set(run) <= set(unknown_title)
            full = _full_name(word, show_ids, kb, index, anyone)
            if isinstance(full, tuple):
                if len(run) == 1:
                    return PartialNames(ambiguous=full)
                break
            if full is None:
                break  # "kit harington": a part of someone else's name, nobody Marquee knows
            names.append(full)
        else:
            if (
                run[0] in _JOINS
                or run[-1] in _JOINS
                or _two_names_unjoined(names, run, out[at + len(run) : at + len(run) + 1])
            ):
                continue
            written = [w for name in names for w in name]
            out[at : at + len(run)] = written
            start, changed = at + len(written), True
            continue
        if (whole := misspelt_whole_name(run, index)) is not None:
            out[at : at + len(run)] = whole  # "charly sprng": every word a slip from one name's words
            start, changed = at + len(whole), True
    return PartialNames(tokens=out if changed else None)


def _name_from_show(run: list[str], after: list[str], show_ids: set[int], kb: Knowledge) -> list[str] | None:
    """The full name of the run's last word when "from" and the show follow it ("distract joe from
    heartstopper") and that word is part of the name of one of the show's people, after a word of the fan's
    talk ("michael gao from hs" is someone else: a given name before). None when the run is one word (read
    as a name part already)."""
    if len(run) < 2 or after[:1] != ["from"] or not show_ids or ordinary(run[-1:]):
        return None
    if name_gender(run[-2]) is not None or run[-2] in SURNAME_WORDS:
        return None
    return credited_full_name(run[-1], show_ids, kb)


def _two_names_unjoined(names: list[list[str]], run: list[str], after: list[str]) -> bool:
    """Parts of two people's names side by side with no "and" ("paul james": Paul Adelstein's first name,
    Lauren James's surname; "kathryn newberg", a slip of Andy Newberry's): the full name of someone else,
    nobody Marquee knows. First names in a run with an "and" or "or" are a list ("which one is nick, kit or
    joe")."""
    listed = not _JOINS.isdisjoint([*run, *after])  # "nick kit or joe": first names listed, one "or"
    return any(
        a != b
        and _JOINS.isdisjoint((first, last))
        and not (listed and word_slip(first, a[0]) and word_slip(last, b[0]) and len(a) > 1 and len(b) > 1)
        for (first, a), (last, b) in pairwise(zip(run, names, strict=True))
    )


def _before_a_word_surname(tokens: list[str], after: int) -> bool:
    """A first name followed by a surname spelt like an everyday word ("william cross"): someone else."""
    return after < len(tokens) and tokens[after] in SURNAME_WORDS


def _describes_after_a_title(run: list[str], before: list[str]) -> bool:
    """A noun describing someone, right after words that are no determiner ("the agatha all along teen")."""
    return len(run) == 1 and run[0] in _DESCRIBING_NOUNS and bool(before) and before[-1] not in _DETERMINERS


def _after_a_work_title(run: list[str], kb: Knowledge) -> list[str]:
    """The run without a title held as someone's work that opens it ("shetland lyn" in "shetland: lyn or
    newberry?"): the words after the title may still be name parts."""
    for cut in range(len(run) - 1, 0, -1):
        if someones_work(run[:cut], kb):
            return run[cut:]
    return run


_SHORTEST_SLIPPED = 4  # a shorter typed word must be the name's word as it is


def misspelt_whole_name(run: list[str], index: EntityIndex) -> list[str] | None:
    """The folded full name of the one news person or character whose words `run` types in order, each
    with a slip at most (two in the ending of a long word, as intents.name_typos reads it): "charly sprng"
    is Charlie Spring. Two words or more, each given as a slip of its own part, say more than one word does
    alone; None when no name or several fit."""
    if not 2 <= len(run) <= 3 or any(not w.isalpha() for w in run):
        return None
    found: set[str] = set()
    for part, owners in index.name_parts.items():
        if not near_name_part(run[0], part, int(len(run[0]) >= _SHORTEST_SLIPPED)):
            continue
        for ref in owners:
            words = fold(ref.name).split()
            if len(words) == len(run) and all(
                near_name_part(w, p, int(len(w) >= _SHORTEST_SLIPPED)) and word_slip(w, p)
                for w, p in zip(run, words, strict=True)
            ):
                found.add(" ".join(words))
    return found.pop().split() if len(found) == 1 else None


def _full_name(
    word: str, show_ids: set[int], kb: Knowledge, index: EntityIndex, anyone: bool
) -> list[str] | tuple[EntityRef, ...] | None:
    """The folded full name `word` is part of, the people it may be (two or more), or None."""
    if show_ids and (name := credited_full_name(word, show_ids, kb)) is not None:
        return name
    if not anyone or ordinary([word]):
        return None
    refs = index.name_parts.get(word, [])
    if not refs and (allowed := slips_allowed(word)):
        # "newbury" alone: a slip from one news person's surname ("Andy Newberry"); a character's first
        # name with a slip needs its show named (intents.name_typos).
        near = [
            ref
            for part, owners in index.name_parts.items()
            if near_name_part(word, part, allowed) and word_slip(word, part)  # "jameson" is no James
            for ref in owners
            if ref.kind == "person" and fold(ref.name).split()[-1] == part
        ]
        refs = near if len({ref.id for ref in near}) == 1 else []
    named = {fold(ref.name): ref for ref in refs}
    if len(named) == 1:
        return next(iter(named)).split()
    if len(named) > 1:
        return tuple(named.values())
    return None


def _find(tokens: list[str], run: list[str], start: int = 0) -> int | None:
    size = len(run)
    return next((i for i in range(start, len(tokens) - size + 1) if tokens[i : i + size] == run), None)
