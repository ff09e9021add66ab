"""Titles made of ordinary words ("the last of us"): no word of theirs is unknown, yet they name a show.

When a question names no known show, a "the ..." phrase in a title's place that is no way of pointing at a
show, season or fact is read as a title Marquee has no facts about, so the default show is never answered
in its stead ("who's in the last of us" is not about Heartstopper).
"""

from __future__ import annotations

# Words after which a title stands: prepositions, question verbs, and verbs of credits and watching.
_BEFORE_TITLE = frozenset(
    """whens wheres whats hows in on of from about is does did was will watch directs directed direct created
    creates wrote stars starring watching watched started starting finished finishing binged binging
    rewatching rewatched loved love loving""".split()
)
# Words that end a title read forward: what is said about the show next ("... on hbo", "... out yet").
TITLE_ENDS = frozenset(
    """on in out back coming come comes returning return renewed cancelled canceled streaming available worth
    getting get got premiering premiere premieres dropping drop airing release released season seasons and or
    right yet still ever good any about for with by is was are has have who whos what whats when whens where
    wheres how hows why""".split()
)
# Fact words that end a title too ("the last of us rotten tomatoes score", "house of the dragon network").
TITLE_STOPS = TITLE_ENDS | frozenset(
    """rotten tomatoes rt imdb metacritic score scores rating ratings rated network networks creator creators
    cast director directors showrunner streamer premiere release date episodes seasons""".split()
)
# Words that point at a show, a season or a fact rather than name a title ("the new season", "the other guy").
_REFERENCE_WORDS = frozenset(
    """show shows series season seasons cast crew one ones episode episodes ep eps finale premiere trailer
    score scores rating ratings movie movies film films book books novel novels comic comics role roles
    character characters director directors creator creators writer writers actor actors actress actresses
    people person guy guys girl girls lead leads network networks service app platform date dates news article
    source spin spinoff thing things part parts version tv adaptation nomination nominations award awards emmy
    emmys bafta baftas critics audience audiences fans viewers music soundtrack song songs author story plot
    ending end name school way list first second third final two three four five both all it its that this
    them they he she him her his their""".split()
)
# Titles made only of words every question uses: found by the place they stand in, never by their words.
_PHRASE_TITLES = (("this", "is", "us"),)
_WORD_TITLES = frozenset({"you"})
# Before a one-word title: words it can't follow as an ordinary word ("is you", "when's you", "made you").
_BEFORE_WORD_TITLE = frozenset("in on of is watch whens wheres hows made created directed about".split())
MIN_TITLE_WORDS = 3  # "the" and two words: "the show", "the uk" are never read as titles


def ordinary_words_title(tokens: list[str], named: set[int], season_start: int | None) -> list[str]:
    """The words of a "the ..." title in a title's place, or [] (`named`: token positions already linked)."""
    end_of_question = season_start if season_start is not None else len(tokens)
    found = _function_word_title(tokens[:end_of_question], named)
    if found:
        return found
    for start in range(end_of_question):
        # A title opens the question ("the last of us is on hbo right?") or follows a word titles follow.
        if tokens[start] != "the" or (start and tokens[start - 1] not in _BEFORE_TITLE):
            continue
        end = start + 1
        while (
            end < end_of_question and tokens[end] not in TITLE_STOPS and tokens[end] not in _REFERENCE_WORDS
        ):
            end += 1
        span = range(start, end)
        words = tokens[start:end]
        if len(words) < MIN_TITLE_WORDS or any(i in named for i in span):
            continue
        if any(w in _REFERENCE_WORDS for w in words[1:]) or words[-1] in ("of", "the", "a"):
            continue
        return words
    return []


def _function_word_title(tokens: list[str], named: set[int]) -> list[str]:
    """'who made this is us', 'is you any good?', 'you cast?': function words standing as a title."""
    for title in _PHRASE_TITLES:
        for start in range(len(tokens) - len(title) + 1):
            if tuple(tokens[start : start + len(title)]) == title and not named & set(
                range(start, start + 3)
            ):
                return list(title)
    for at, word in enumerate(tokens):
        if word not in _WORD_TITLES or at in named:
            continue
        after = tokens[at + 1] if at + 1 < len(tokens) else None
        leads = at == 0 and after in _REFERENCE_WORDS  # "you cast?", "you season 5"
        placed = at > 0 and tokens[at - 1] in _BEFORE_WORD_TITLE and (after is None or after in TITLE_ENDS)
        if leads or placed:
            return [word]
    return []
