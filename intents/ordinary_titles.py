"""Titles made of ordinary words ("the last of us"): no word of theirs is unknown, yet they name a show.

When a question names no known show, a "the ..." phrase in a title's place that is no way of pointing at a
show, season or fact is read as a title Marquee has no facts about, so the default show is never answered
in its stead ("who's in the last of us" is not about Heartstopper).
"""

from __future__ import annotations

from intents.text import STOPWORDS
from intents.understand.fanwords import RELATIVES

# Words after which a title stands: prepositions, question verbs, and verbs of credits and watching.
_BEFORE_TITLE = frozenset(
    """whens wheres whats hows in on of from about is does did was will watch directs directed direct created
    creates wrote stars starring watching watched started starting finished finishing binged binging
    rewatching rewatched loved love loving""".split()
)
# Words that end a title read forward: what is said about the show next ("... on hbo", "... out yet").
_AFTER_TITLE = frozenset(
    """on in out back coming come comes returning return renewed cancelled canceled streaming available worth
    getting get got premiering premiere premieres dropping drop airing release released season seasons and or
    right yet still ever good any about for with by is was are has have who whos what whats when whens where
    wheres how hows why""".split()
)
# Words that point at a show, a season or a fact rather than name a title ("the new season", "the other guy").
_REFERENCE_WORDS = (
    frozenset(
        """show shows series season seasons cast crew one ones episode episodes ep eps finale premiere trailer
    score scores rating ratings movie movies film films book books novel novels comic comics role roles
    character characters director directors creator creators writer writers actor actors actress actresses
    people person guy guys girl girls lead leads network networks service app platform date dates news article
    source spin spinoff thing things part parts version tv adaptation nomination nominations award awards emmy
    emmys bafta baftas critics audience audiences fans viewers music soundtrack song songs author story plot
    ending end name school way list first second third final two three four five both all it its that this
    them they he she him her his their rotten tomatoes rt imdb metacritic family villain main""".split()
    )
    | RELATIVES
)
_ENDS_TITLE = _AFTER_TITLE | _REFERENCE_WORDS
# Verbs of watching: what follows them is a title ("anyone watching loki", "just started bridgerton").
_WATCHING = frozenset(
    "watching watched started starting finished finishing binged binging rewatching rewatched".split()
)
# Titles made only of words every question uses: found by the place they stand in, never by their words.
_PHRASE_TITLES = (("this", "is", "us"),)
_WORD_TITLES = frozenset({"you"})
# Before a one-word title: words it can't follow as an ordinary word ("is you", "when's you", "made you").
_BEFORE_WORD_TITLE = frozenset("in on of is watch whens wheres hows made created directed about".split())
_WH_SUBJECT = frozenset({"when", "whens", "where", "wheres"})
_SUBJECT_AUX = frozenset({"does", "is", "did", "was"})
_AFTER_SUBJECT = _AFTER_TITLE | frozenset(
    "start starts begin begins end ends air airs drop drops arrive arrives launch launches filmed set".split()
)
_SUBJECT_PREDICATES = frozenset(
    """out back coming come comes returning return renewed cancelled canceled on streaming available
    premiering airing release released start starts begin begins air airs drop drops arrive arrives
    launch""".split()
)
_PRONOUNS = frozenset("it they he she that this them these those there we i".split())
_NOT_A_SUBJECT = _REFERENCE_WORDS | frozenset(
    "the a an my your our new next last latest upcoming newest filming production".split()
)
MIN_TITLE_WORDS = 3  # "the" and two words: "the show", "the uk" are never read as titles
# What may follow a credit verb without being a title: "made since", "directed recently".
_ADVERBS = frozenset("since before after recently lately originally also else together then again".split())
# Verbs of a credit: what follows them to the end of the question is the title ("who created ms marvel").
_CREDIT_VERBS = frozenset(
    "created creates directed directs wrote writes produced produces made makes".split()
)


def ordinary_words_title(tokens: list[str], named: set[int], season_start: int | None) -> list[str]:
    """The words of a "the ..." title in a title's place, or [] (`named`: token positions already linked)."""
    end_of_question = season_start if season_start is not None else len(tokens)
    found = _function_word_title(tokens[:end_of_question], named)
    if found:
        return found
    for start in range(end_of_question):
        if tokens[start] != "the" or (start > 0 and tokens[start - 1] not in _BEFORE_TITLE):
            continue
        # The title runs to what is said about it next, or to a word that points at a fact or a show.
        end = start + 1
        while end < end_of_question and tokens[end] not in _ENDS_TITLE:
            end += 1
        words = tokens[start:end]
        if len(words) < MIN_TITLE_WORDS or any(i in named for i in range(start, end)):
            continue
        if words[-1] in ("of", "the", "a", "and"):
            continue
        return words
    return (
        _title_after_credit_verb(tokens, named, end_of_question)
        or _title_after_watching(tokens, named, end_of_question)
        or _title_as_subject(tokens, named, end_of_question)
    )


def _title_as_subject(tokens: list[str], named: set[int], end_of_question: int) -> list[str]:
    """'when does you season 2 come out', 'when is one day back': the subject of a when/where question, up to
    what is said of it, when it is no name, no pronoun and no way of pointing at a show or a season."""
    if len(tokens) < 3 or tokens[0] not in _WH_SUBJECT or tokens[1] not in _SUBJECT_AUX:
        return []
    end = 2
    while end < end_of_question and tokens[end] not in _AFTER_SUBJECT:
        end += 1
    words = tokens[2:end]
    if end < end_of_question and tokens[end] not in _SUBJECT_PREDICATES:
        return []  # "where did you get this": "you" does something, it is not a show coming out
    if not words or len(words) > 5 or any(i in named for i in range(2, end)):
        return []
    if any(w in _PRONOUNS for w in words) or all(w in _NOT_A_SUBJECT for w in words):
        return []
    return words


def _title_after_credit_verb(tokens: list[str], named: set[int], end_of_question: int) -> list[str]:
    """'who created ms marvel': every word after the verb, none of them a name, a pronoun or a fact word."""
    for verb in range(end_of_question - 1):
        if tokens[verb] not in _CREDIT_VERBS:
            continue
        end = verb + 1
        while end < end_of_question and tokens[end] not in _AFTER_TITLE:
            end += 1
        words = tokens[verb + 1 : end]
        if not words or (end != end_of_question and tokens[end] not in ("on", "in", "for")):
            continue
        if any(i in named for i in range(verb + 1, end)) or any(w in _REFERENCE_WORDS for w in words):
            continue
        if all(w in STOPWORDS or w in _ADVERBS for w in words) or (len(words) == 1 and len(words[0]) <= 2):
            continue
        return words
    return []


def _function_word_title(tokens: list[str], named: set[int]) -> list[str]:
    """'who made this is us', 'is you any good?', 'you cast?': function words standing as a title."""
    for title in _PHRASE_TITLES:
        for start in range(len(tokens) - len(title) + 1):
            span = set(range(start, start + len(title)))
            if tuple(tokens[start : start + len(title)]) == title and not named & span:
                return list(title)
    for at, word in enumerate(tokens):
        if word not in _WORD_TITLES or at in named:
            continue
        after = tokens[at + 1] if at + 1 < len(tokens) else None
        leads = at == 0 and after in _REFERENCE_WORDS  # "you cast?", "you season 5"
        placed = at > 0 and tokens[at - 1] in _BEFORE_WORD_TITLE and (after is None or after in _AFTER_TITLE)
        if leads or placed:
            return [word]
    return []


def _title_after_watching(tokens: list[str], named: set[int], end_of_question: int) -> list[str]:
    """'anyone watching loki', 'just started bridgerton, is it good?': the words after a watching verb, up
    to what is said about them, none of them a name or a pointing word."""
    for verb in range(end_of_question - 1):
        after = tokens[verb + 1 : verb + 3]
        # "watching the boys" keeps its article; "watching it", "watching the show" name no title.
        if tokens[verb] not in _WATCHING or (after[:1] != ["the"] and after[0] in STOPWORDS):
            continue
        if after[:1] == ["the"] and (len(after) < 2 or after[1] in STOPWORDS or after[1] in _REFERENCE_WORDS):
            continue
        end = verb + 1
        while end < end_of_question and tokens[end] not in _ENDS_TITLE:
            end += 1
        words = tokens[verb + 1 : end]
        if words and not any(i in named for i in range(verb + 1, end)) and words[-1] not in ("of", "and"):
            return words
    return []
