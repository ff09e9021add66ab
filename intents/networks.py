"""Networks and streamers as fans name them ("prime", "disney plus", "bbc 1"), with the names facts use."""

from __future__ import annotations

import re

from intents.phrase_spans import PhraseSpans

# Longer phrases before the shorter ones inside them: "hbo max" before "hbo", "bbc two" before "bbc".
NETWORK_NAMES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("netflix",), "Netflix"),
    (("hulu",), "Hulu"),
    (("hbo max",), "HBO Max"),
    (("hbo",), "HBO"),
    (("max",), "Max"),
    (("disney", "disney plus"), "Disney+"),
    (("apple tv", "apple", "apple tv plus"), "Apple TV+"),
    (("prime video", "amazon", "prime", "amazon prime", "amazon prime video"), "Prime Video"),
    (("peacock",), "Peacock"),
    (("paramount",), "Paramount+"),
    (("bbc one", "bbc 1"), "BBC One"),
    (("bbc two", "bbc 2"), "BBC Two"),
    (("bbc three", "bbc 3"), "BBC Three"),
    (("bbc four", "bbc 4"), "BBC Four"),
    (("bbc iplayer", "iplayer"), "BBC iPlayer"),
    (("bbc",), "BBC"),
    (("itv", "itvx"), "ITV"),
    (("channel 4",), "Channel 4"),
    (("channel 5",), "Channel 5"),
    (("sky",), "Sky"),
    (("starz",), "Starz"),
    (("showtime",), "Showtime"),
    (("amc",), "AMC"),
    (("fx",), "FX"),
    (("nbc",), "NBC"),
    (("cbs",), "CBS"),
    (("abc",), "ABC"),
    (("fox",), "Fox"),
    (("the cw", "cw"), "The CW"),
    (("crunchyroll",), "Crunchyroll"),
    (("youtube",), "YouTube"),
)
# Every word of a network name: never read as an unknown show ("gemma arterton's show on bbc"); but the
# numbers of the BBC's other channels, so "the two" may still be ("how many days between the two").
_NUMBERS = frozenset("two three four 2 3 5".split())
NETWORK_WORDS = frozenset(
    w for words, _ in NETWORK_NAMES for phrase in words for w in phrase.split() if w not in _NUMBERS
)


def network_aliases(name: str) -> tuple[str, ...]:
    """The ways fans name the network facts call `name` ("Prime Video": "prime", "amazon" ...)."""
    return tuple(alias for aliases, canonical in NETWORK_NAMES if canonical == name for alias in aliases)


_NETWORK_PHRASES = PhraseSpans(alias for aliases, _ in NETWORK_NAMES for alias in aliases)


def network_span(tokens: list[str]) -> tuple[int, int] | None:
    """Where the folded tokens name a network, the longest name first, or None."""
    return _NETWORK_PHRASES.find(tokens)


# Streamers fans write as a letter and a plus ("aaa on d+?"): spelt out before the plus is folded away.
NETWORK_SYMBOLS: dict[str, str] = {"d": "disney+", "p": "paramount+", "atv": "apple tv+"}
_SYMBOL = re.compile(
    r"(?<![\w+])(" + "|".join(sorted(NETWORK_SYMBOLS, key=len, reverse=True)) + r")\+(?![\w+])", re.I
)


def spell_network_symbols(text: str) -> str:
    """The message with "d+", "p+" written as the streamers they stand for."""
    return _SYMBOL.sub(lambda m: NETWORK_SYMBOLS[m.group(1).lower()], text) if "+" in text else text
