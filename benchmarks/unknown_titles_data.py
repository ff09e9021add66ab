"""Probe data for benchmarks/unknown_titles.py: titles a seed-only database lacks, question templates that
put a title in every place a fan puts one, follow-up threads, and controls that must keep answering.

Written by hand for this probe (not taken from any question set). Templates, threads and titles are each cut
in two halves by position (even: dev, odd: unseen), fixed before any fix was made: fixes are developed on the
dev half and the unseen half is only reported.
"""

from __future__ import annotations

# Invented titles and real shows the seed lacks; most are made of everyday words.
TITLES: tuple[str, ...] = (
    "One Day", "You", "This Is Us", "Normal People", "The Office", "Ghosts", "Bad Sisters", "Slow Horses",
    "Succession", "Happy Valley", "Lost", "Friends", "House", "Girls", "Dark", "The Crown", "Fleabag",
    "Sex Education", "The Bear", "Industry", "Skins", "Love Island", "Top Boy", "The Boys", "Yellowjackets",
    "Euphoria", "Shrinking", "Hacks", "Abbott Elementary", "Ted Lasso", "Bluey", "Breaking Bad", "Mad Men",
    "Black Mirror", "Line of Duty", "Derry Girls", "Motherland", "Alone", "Survivor", "Community", "Atlanta",
    "Barry", "Veep", "Big Little Lies", "Bodies", "Baby Reindeer", "The Night Agent", "Good Omens",
    "Second Chances", "The Long Way Home", "Small Hours", "Quiet Neighbours", "Paper Boats", "Good Times",
    "Late Again", "Open Water", "Home Truths", "The Last Summer", "Winter Light", "Blue Monday",
    "Little Things", "Back Road", "Other People", "Big Mood", "The Night Shift", "Sunday Best",
    "Fresh Start", "Old Friends", "Next Door", "The Way Back", "Half Life", "Common Ground", "First Light",
    "Lucky Day", "Plan B", "True Story", "Bad Company", "Hard Times", "Call the Midwife",
    "Only Murders in the Building",
)  # fmt: skip

# Questions with the title ({x}, lower case as fans type) in every place it stands.
TEMPLATES: tuple[str, ...] = (
    "is {x} on netflix",
    "who's in {x}",
    "who plays in {x}",
    "{x} cast",
    "{x} season 2 when",
    "when does {x} come back",
    "is {x} renewed",
    "where can i watch {x}",
    "{x} rotten tomatoes",
    "is kit connor in {x}",
    "who created {x}",
    "when is {x} back",
    "what is {x} about",
    "is {x} any good",
    "how many seasons does {x} have",
    "who directed {x}",
    "{x} release date",
    "did {x} get renewed",
    "when does {x} season 3 come out",
    "who stars in {x}",
    "is {x} coming back",
    "where to watch {x}",
    "{x} rt score",
    "what channel is {x} on",
    "has {x} been cancelled",
    "who wrote {x}",
    "is {x} out yet",
    "anyone watching {x}?",
    "tell me about {x}",
    "{x} director",
    "is joe locke in {x}",
    "cast of {x}",
    "when's {x} returning",
    "is {x} streaming anywhere",
    "how many episodes of {x} are there",
    "{x} new season?",
    "is {x} worth watching",
    "who's the lead in {x}",
    "did alice oseman write {x}",
    "when did {x} come out",
    "what network is {x} on",
    "{x} s2 release date",
    "yo is {x} back yet",
    "whos in {x} lol",
)

# Follow-up threads: the title is named once, then pointed at.
THREADS: tuple[tuple[str, ...], ...] = (
    ("when does {x} come back", "who's in it", "is it on netflix"),
    ("who's in {x}", "when does it come out", "who directed it"),
    ("is {x} renewed", "where can i watch it", "what's it rated"),
    ("anyone watching {x}?", "is it any good", "who's in it"),
    ("{x} cast", "and season 2?", "when does that come out"),
    ("tell me about {x}", "who made it", "how many seasons are there"),
    ("is {x} on netflix", "when's the next season", "who's the lead"),
    ("where can i watch {x}", "is the show any good", "who created that one"),
)

# Questions naming a show Marquee knows, in the same places: they must still be answered.
KNOWN_TITLE = "heartstopper"

# Questions that name no title: chatter, fans' shorthand, pointing words; none may get "I don't have facts".
NO_TITLE: tuple[str, ...] = (
    "hi",
    "thanks!",
    "lol ok",
    "hs3 when",
    "when's the premiere?",
    "szn 3 when",
    "who's in it",
    "who's in the show",
    "who's in the cast",
    "is it on netflix",
    "is it any good",
    "where can i watch it",
    "when does the new season come out",
    "is season 3 out yet",
    "is the new season out",
    "who plays nick",
    "tell me about heartstopper",
    "who created it",
    "what's it about",
    "how many seasons are there",
    "who directed season 3",
    "when is the next one out",
    "is it coming back",
    "is it worth watching",
    "where can i stream it in the uk",
    "when does it come out in the us",
    "who's the lead",
    "what channel is it on",
    "is kit connor in it",
    "cast?",
    "release date?",
    "new season when",
    "rotten tomatoes score?",
    "tell me about the show",
    "is the show renewed",
    "whos in season 2",
    "what else is joe locke in",
    "when does it come back",
    "did it get renewed",
    "how do you know that",
)


def halves(items: tuple[str, ...] | tuple[tuple[str, ...], ...]) -> tuple[list[int], list[int]]:
    """Positions of the dev half (even) and the unseen half (odd)."""
    return list(range(0, len(items), 2)), list(range(1, len(items), 2))
