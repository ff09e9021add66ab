"""Text normalisation shared by entity linking and intent matching."""

from __future__ import annotations

import functools
import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")
# Discord's user, role, channel and slash-command mentions; @everyone/@here in any case, glued or not.
_MENTION_SYNTAX = re.compile(r"<(@[!&]?|#|/[\w -]{1,32}:)\d+>")
_MENTION = re.compile(rf"{_MENTION_SYNTAX.pattern}|@(everyone|here)(?![a-z0-9])", re.IGNORECASE)
_MASS_MENTION = re.compile(r"@(?=(everyone|here))", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
# Invisible characters (zero-width spaces and joiners, soft hyphens, direction marks) vanish rather than
# become spaces: pasted into a word ("ni\u200bck") they would otherwise cut it in two.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")

MAX_QUESTION_CHARS = 500


def fold_uncached(text: str) -> str:
    """`fold` without its memo: for building indexes over thousands of names, each folded once."""
    if text.isascii():
        # Most questions and names: decomposition changes no ASCII text, so only apostrophes, case and
        # punctuation remain (the same result, without a pass per character).
        return _NON_WORD.sub(" ", text.replace("'", "").lower()).strip()
    return _fold_decomposed(text)


def folded_words(texts: list[str]) -> set[str]:
    """Every word of the texts once folded (`fold_uncached`): for tens of thousands of names, the ASCII ones
    in one pass over them joined (a space between two texts ends a word in both folds)."""
    plain = [text for text in texts if text.isascii()]
    words = set(_NON_WORD.sub(" ", " ".join(plain).replace("'", "").lower()).split())
    if len(plain) < len(texts):
        words.update(w for text in texts if not text.isascii() for w in _fold_decomposed(text).split())
    return words


def _fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces: 'Peter Franzén!' -> 'peter franzen'."""
    return fold_uncached(text)


# A question's words and the names its answers give are folded again and again (by each reader that looks
# at them, and by the next question): a bounded memo makes a repeat a dictionary look-up. The memo itself is
# `fold`, with no function around it: a repeat runs no Python at all (~40 folds a question).
fold = functools.lru_cache(maxsize=16384)(_fold)


def _fold_decomposed(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    no_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Apostrophes join words ("who's" -> "whos") so they don't split names like "O'Brien".
    no_marks = no_marks.replace("'", "").replace("’", "")
    return _NON_WORD.sub(" ", no_marks.lower()).strip()


# Words a title keeps in lower case unless they start it ("Ginny and Georgia", "The Lord of the Rings").
_TITLE_SMALL_WORDS = frozenset("a an and or of the in on at to for by with from".split())


_SMALL_COUNTS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Counts fans spell out ("season three", "top five"); one table for every reader.
NUMBER_WORDS: dict[str, int] = {word: n for n, word in enumerate((*_SMALL_COUNTS[1:], "ten"), start=1)}
# Amounts of time as fans say them: "in a week", "a couple of days", "a few weeks".
SPOKEN_AMOUNTS: dict[str, int] = {**NUMBER_WORDS, "a": 1, "an": 1, "couple": 2, "few": 3}


def count_in_words(count: int) -> str:
    """A count as a news writer prints it: one to nine in words ("three BAFTA nominations"), 10 and up in
    digits."""
    return _SMALL_COUNTS[count] if 0 <= count < len(_SMALL_COUNTS) else str(count)


def title_case(words: list[str] | tuple[str, ...]) -> str:
    """Folded words written as a title: "ginny and georgia" -> "Ginny and Georgia"."""
    return " ".join(
        w if i and w in _TITLE_SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def neutralize_mentions(text: str) -> str:
    """Text that can neither ping nor show a mention: <@id>, <@&id>, <#id> dropped, a zero-width space
    after the @ of @everyone/@here (any case), so the words stay readable but never form a mention."""
    while True:  # removing "<@1>" from "<<@1>@2>" must not leave a new mention behind
        stripped = _MENTION_SYNTAX.sub("", text)
        if stripped == text:
            break
        text = stripped
    return _MASS_MENTION.sub("@\u200b", text)


def safe_fragment(text: str, limit: int = 80) -> str:
    """User-typed words as they may be quoted back in a reply: no controls, no mentions, one line, short."""
    flat = " ".join(neutralize_mentions(_CONTROL.sub(" ", _INVISIBLE.sub("", text))).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def clean_input(text: str) -> str:
    """Remove control characters, Discord mentions and markdown noise from a raw message."""
    # Printable ASCII (most messages) holds no control or invisible character, and a mention needs its "<"
    # or "@": the patterns are run only where they may find something (each is read 3 times a question).
    if not (text.isascii() and text.isprintable()):
        text = _CONTROL.sub(" ", _INVISIBLE.sub("", text))
    if "<" in text or "@" in text:
        text = _MENTION.sub(" ", text)
    text = text.replace("`", " ").replace("*", " ").replace("_", " ").replace("~", " ").replace("|", " ")
    return " ".join(text.split())


STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or is are was were be been it its it's this that these
    those what whats which who whom whose when where why how do does did done can could will would should
    shall may might must me my i you your we our us they them their he him his she her hers please tell
    about any some there here s t also just so then than as into out up down over again really ok okay hey
    hi hello marquee bot yo know want like get got""".split()
)


def split_command(text: str) -> tuple[str | None, str]:
    """'!premiere heartstopper' -> ('premiere', 'heartstopper'); a plain question -> (None, text)."""
    if text[:1] in "!/" and len(text) > 1 and text[1].isalpha():
        word, _, rest = text[1:].partition(" ")
        return word.lower(), rest
    return None, text
