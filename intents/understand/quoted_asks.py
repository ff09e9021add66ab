"""The words a fan quotes as what they want to know: '"hs3 release date" is my most googled phrase, can
someone just tell me'. When the words outside the quote only ask to be told ("can someone tell me", "help?")
and hold no question word, the quote is the question; a quote beside a real question ('saw a tweet saying
"s3 will destroy us", when is it out') is talk, and stays so."""

from __future__ import annotations

import re

from intents.text import fold
from intents.understand.question_openers import WH_START
from intents.understand.question_sentence import TELL_ME
from intents.understand.sentences import asks_nothing_before_tail

# Text between straight or curly double quotes, on one line.
_QUOTED = re.compile(r"[\"“”]([^\"“”\n]+)[\"“”]")
_MIN_QUOTED_WORDS = 2  # '"wow"' is a feeling quoted, not a question


def quoted_ask(asked: str, rest: str) -> tuple[str, str] | None:
    """The quoted words as the question, and the rest of the message as talk, when the message quotes one
    phrase of two words or more and the words outside it ask nothing but to be told; None otherwise."""
    whole = f"{rest} {asked}" if rest else asked
    quotes = [m for m in _QUOTED.finditer(whole) if len(m.group(1).split()) >= _MIN_QUOTED_WORDS]
    if len(quotes) != 1:
        return None  # none, or several quoted: which one is asked is not said
    quote = quotes[0]
    said = " ".join(f"{whole[: quote.start()]} {whole[quote.end() :]}".split())
    if not WH_START.isdisjoint(fold(said).split()):
        return None  # the fan asks in their own words
    request = asked if rest else said
    if not (asks_nothing_before_tail(request) or TELL_ME.search(said)):
        return None  # "i love the "boys kissing" scene, is s3 out": the question is the fan's own
    return f"{quote.group(1).strip(' .!?')}?", said
