"""Streaming services and channels by the words fans call them, for checks and for reading titles."""

from __future__ import annotations

NETWORK_NAMES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("netflix",), "Netflix"),
    (("hulu",), "Hulu"),
    (("hbo max",), "HBO Max"),
    (("hbo",), "HBO"),
    (("max",), "Max"),
    (("disney", "disney plus"), "Disney+"),
    (("apple tv", "apple"), "Apple TV+"),
    (("prime video", "amazon", "prime"), "Prime Video"),
    (("peacock",), "Peacock"),
    (("paramount",), "Paramount+"),
    (("bbc one", "bbc 1"), "BBC One"),
    (("bbc iplayer", "iplayer"), "BBC iPlayer"),
    (("bbc",), "BBC"),
    (("itv", "itvx"), "ITV"),
    (("channel 4",), "Channel 4"),
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
# Every word of a network name: never read as an unknown show ("gemma arterton's show on bbc").
NETWORK_WORDS = frozenset(w for words, _ in NETWORK_NAMES for phrase in words for w in phrase.split())
