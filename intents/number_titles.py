"""Titles made of numbers ("24", "1923", "9-1-1", "1899"): read as a title only where a title stands.

A number alone is a season, an episode or a year most of the time, so the linker treats digits as known words
and no title slot reads them. Yet in a title's place, "who directed 1923", "when does 9-1-1 come back",
"who's in 24", "is 1899 renewed", "1923 season 2", the number can only be a show's name; one Marquee has no
facts about must get "I don't have facts about 1923", never the default show's facts. A number reads as a
season or a year only when it is written as one ("season 2", "s2", "in 2024" after a release verb), and such
frames are not listed here.
"""

from __future__ import annotations

import re
from itertools import takewhile

from intents.seasons import SEASON_TAG
from intents.title_question import Frame
from intents.title_slot import UnknownTitle
from intents.title_words import CREW_HEADS

# A run of numbers as folded ("9-1-1" folds to "9 1 1"), optionally with one or two words of its own
# ("911 lone star", "3 body problem") that the frame's end marks off.
# "The 100": "the" with a number of three digits or more ("the 2 episodes" and "the 16 episodes" count).
_NUMBER = r"(?P<title>(?:the (?=\d{3}))?\d+(?: \d+)*)"
_WHO = r"(?:who|whos|who s|who is|who are|who was)"
_CREDIT_VERBS = r"(?:directed|directs|created|creates|wrote|writes|made|produced|produces|showruns)"
_CAST_HEADS = (
    rf"(?:{_WHO} (?:in|stars in|starred in|acts in|acted in)|{_WHO} (?:plays|played) \S+(?: \S+)? in)"
)
_RETURN_VERBS = (
    r"(?:come|comes|coming|return|returns|premiere|premieres|start|starts|air|airs|drop|drops|end|release)"
)
_CREW_NOUNS = r"cast|creator|creators|director|directors|writer|writers|showrunner|stars|star"
_STATE_WORDS = (
    r"(?:renewed|cancelled|canceled|over|ending|returning|coming back|confirmed|good|worth|any good"
    r"|on (?:netflix|hulu|prime|disney|hbo|max|apple|peacock|paramount|tv))"
)
_SEASON = rf"(?:season|seasons|{SEASON_TAG})"
_FACT_HEADS = "|".join(
    sorted(CREW_HEADS | {"score", "scores", "rating", "ratings", "reviews", "trailer", "cast"})
)
_ARTICLE = r"(?:a |an |any )?"
# What a fan asks to hear of a title ("tell me about 24", "anything on 1923", "any news on 1899"): the words
# before "about"/"on" that ask for what is known of a thing, whose object is a title.
_HEARING = (
    r"(?:tell me|know|heard|hear|anything|something|news|info|information|updates?|facts|thoughts|details)"
)
# A number of two digits or more that is no recent year: said before a question ("1923, who's in it") or
# asked about, it names a title; a lone digit there is a list's number ("1) who plays nick").
_TITLE_NUMBER = r"(?P<title>(?!20\d\d\b)\d{2,}(?: \d+)*)"
# A new question after the title it is about, set off before it: a question word, or "is there" and the like.
_QUESTION_OPENERS = r"(?:who|whos|when|whens|where|what|whats|how|which|is there|will there|are there|any)"
# Words of talk before a title set off before its question ("regarding 1923, ...", "so 1923 ...").
_TOPIC_LEADS = r"(?:(?:regarding|re|about|as for|so|ok|okay|also|and|now|um|hmm) )?"

# (pattern, frame): each pattern holds the number where the title stands. Whole-question patterns are
# anchored at the start; the fan's chatter before a question has been dropped by then.
_NUMBER_FRAMES: tuple[tuple[re.Pattern[str], Frame], ...] = tuple(
    (re.compile(pattern), frame)
    for pattern, frame in (
        (rf"^{_WHO} {_CREDIT_VERBS} {_NUMBER}(?: |$)", Frame.CREDIT),
        (rf"^{_CAST_HEADS} {_NUMBER}(?: {_SEASON}|$| cast)", Frame.PREPOSITION),
        # Anywhere in the question: "who is in the cast of 1899", "tell me the creators of 1923".
        (rf"(?:^|\b(?:the|a) )(?:{_CREW_NOUNS}) of {_NUMBER}(?: |$)", Frame.PREPOSITION),
        # "the rt score for 11.22.63", "the music for 1923", "the director of the 100 season 3": every fact
        # and crew noun that heads a title after "of", "for" or "on" (intents.title_words).
        # A year there is when the fact was ("the score for 2024"), never a title.
        (
            rf"\b(?:{_FACT_HEADS}) (?:of|for|on) (?!(?:19|20)\d\d\b){_NUMBER}(?: {_SEASON}\b| \d+$|$)",
            Frame.PREPOSITION,
        ),
        # "who's directing the new season of 11.22.63", "when is season 2 of 9-1-1 out": a show's part of it.
        # A recent year there is when ("the best episode of 2023"), as said alone in an aside.
        (
            rf"\b(?:season|seasons|series|episode|episodes|finale|premiere)(?: \d+)? of (?!20\d\d(?: |$))"
            rf"{_NUMBER}(?: |$)",
            Frame.PREPOSITION,
        ),
        (rf"^(?:when|whens) (?:does|do|is|will|did) {_NUMBER} {_RETURN_VERBS}\b", Frame.SUBJECT),
        (rf"^(?:is|was|did|has|will) {_NUMBER} (?:get |been |be )?{_STATE_WORDS}\b", Frame.SUBJECT),
        (rf"^(?:is|was|did|has|will) {_NUMBER} {_SEASON}\b", Frame.SUBJECT),
        (
            rf"^(?:is there|will there be|are there) (?:a |an |any )?{_NUMBER} (?:{_SEASON}|movie|film)\b",
            Frame.SUBJECT,
        ),
        (rf"^(?:how many seasons|how many episodes) (?:of|does|has|in) {_NUMBER}(?: |$)", Frame.PREPOSITION),
        (rf"^(?:what s|whats|what is) {_NUMBER} (?:rated|about|score|rating)\b", Frame.SUBJECT),
        (rf"^(?:when|whens) (?:does|is|will) {_NUMBER} {_SEASON}\b", Frame.SUBJECT),
        (
            rf"^{_NUMBER} (?:season \d+|{SEASON_TAG}|cast|fan here|renewed|cancelled|release date)\b",
            Frame.LEADING,
        ),
        (rf"^(?:and|what about|how about) (?:in )?{_NUMBER}$", Frame.PREPOSITION),
        # "tell me about 24", "have you got anything on 1923", "any news on 1899": what is known of it.
        (rf"\b{_HEARING} (?:about|on|regarding) {_TITLE_NUMBER}$", Frame.PREPOSITION),
        # "1923, who's in it", "regarding 1923, is there a season 3": the title set off before its question.
        (rf"^{_TOPIC_LEADS}{_TITLE_NUMBER} {_QUESTION_OPENERS}\b", Frame.LEADING),
        # "where can i watch 24", "where do i stream 1923": a number watched is a title.
        (
            rf"^(?:where|how) (?:can|could|do|should|would) (?:i|we|you|u) (?:watch|stream|see|find|catch)"
            rf" {_NUMBER}(?: online| now| rn)?$",
            Frame.WATCHING,
        ),
    )
)


# Numbers from here on said alone in an aside are years ("2024 was rough"), not titles.
_FIRST_YEAR_SAID_ALONE = 2000
_LAST_RECENT_YEAR = 2100


def numbers_name_a_title(words: list[str], fan_of: bool, watched: bool = False) -> bool:
    """Whether numbers alone in an aside are a title: what a fan says they are a fan of ("24 fan here"),
    a run of numbers ("9 1 1 was so good"), a number no one says alone of a season or a recent year
    ("1923 was amazing", "911 has me hooked"), or one of two digits or more the fan watches or loves
    (`watched`: "currently rewatching 24 lol"; a lone digit there is a count, a recent year a time)."""
    if not words or not all(w.isdigit() for w in words):
        return False
    number = int(words[0])
    if watched and len(words[0]) >= 2 and not _FIRST_YEAR_SAID_ALONE <= number < _LAST_RECENT_YEAR:
        return True
    return fan_of or len(words) > 1 or (len(words[0]) >= 3 and number < _FIRST_YEAR_SAID_ALONE)


_DIGIT = re.compile(r"\d")
_OPENERS = frozenset({"of", "for", "on", "in", "regarding", "re", "about", "as", "so"})
_SEASON_WORD = re.compile(rf"{SEASON_TAG}|\d{{1,2}}|and|seasons?")


def title_or_number(title: UnknownTitle | None, tokens: list[str], covered: set[int]) -> UnknownTitle | None:
    """The title the slot reader found, unless it is only season words ("are s1 and s2 on netflix" names no
    title); else the number standing in a title's place ("who directed 1923")."""
    if title is not None and not all(_SEASON_WORD.fullmatch(w) for w in title.words):
        # "when is season 2 of 9-1-1 out": the slot read "of 9 1 1"; no title opens with "of" (nor with the
        # topic words of "regarding 1923, ...", "as for 24, ...").
        leads = list(takewhile(lambda w: w in _OPENERS, title.words))
        if leads and all(w.isdigit() for w in title.words[len(leads) :]):
            return number_title(tokens, covered) or title
        return title
    return number_title(tokens, covered)


def number_title(tokens: list[str], covered: set[int]) -> UnknownTitle | None:
    """The number standing in the question's title place ("who directed 1923" -> ["1923"]), or None when no
    number stands where a title does or a linked name or season reference (`covered`) holds it."""
    text = " ".join(tokens)
    if _DIGIT.search(text) is None:
        return None  # every frame holds a number: most questions are read without trying a dozen
    for pattern, frame in _NUMBER_FRAMES:
        match = pattern.search(text)
        if match is None:
            continue
        start = len(text[: match.start("title")].split())
        words = match.group("title").split()
        if covered.isdisjoint(range(start, start + len(words))):
            return UnknownTitle(words, frame)
    return None
