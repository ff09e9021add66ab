"""A statement of the fan's own, set off by a comma before the question ("planning a binge this weekend,
what's the episode count so far?", "we're doing a watch party for season 3, which date should i write
down"): it asks nothing, and its everyday words ("this weekend", "party") are no title. It joins the rest of
the message, where a season it names is still read (intents.understand.aside_seasons)."""

from __future__ import annotations

import re

from intents.text import fold
from intents.understand.clause_evidence import CUES, names_any
from intents.understand.held_names import NamesOf
from intents.understand.question_openers import QUESTION_START, WH_START
from intents.understand.sentences import asks, first_word

# "planning a binge": fewer words are a lead of another kind (intents.understand.clause_choice)
_MIN_STATEMENT_WORDS = 3
_MIN_QUESTION_WORDS = 3
# Words that join the statement to more of it rather than end it: "heartstopper, the netflix show, ...".
_GOES_ON = frozenset("and or but the a an of in on for with".split())
# Cues a fan's own statement holds without asking: a season it names (which stays the question's from the
# rest: "a watch party for season 3, when ..."), and the fan's watching ("just watched the first season").
_SEASON_WORDS = frozenset(
    "season seasons series first second third last new next latest watch watching watched rewatch".split()
)


# Someone reported saying something: "someone at work said ...", "my mum thinks ...".
_REPORTED = re.compile(r"\b(?:said|says|told me|thinks|reckons|swears|claims|mentioned)\b", re.IGNORECASE)
_POINTING_BACK = frozenset("it its he she him her they them his hers their".split())


def without_statement_lead(asked: str, rest: str, names: NamesOf | None) -> tuple[str, str] | None:
    """The question after a statement lead and a comma, the lead joined to the rest; None when the words
    before the first comma ask, name someone or something known, hold a relation cue, or what follows the
    comma is no whole question."""
    lead, comma, question = asked.partition(",")
    if not comma or "?" in lead:
        return None
    lead_words = fold(lead).split()
    question_words = fold(question).split()
    if len(lead_words) < _MIN_STATEMENT_WORDS or len(question_words) < _MIN_QUESTION_WORDS:
        return None
    contracted = "'" in lead.split()[0] or "’" in lead.split()[0]  # "we're" folds to "were", and says
    if (
        (lead_words[0] in QUESTION_START and not contracted)
        or not WH_START.isdisjoint(lead_words)
        or lead_words[-1] in _GOES_ON
    ):
        return None
    # "someone at work said alice osman turned her books into a series, which service has it": a report,
    # whose names the question points back at (the words around a question still name its subject)
    reported = _REPORTED.search(lead) is not None and not _POINTING_BACK.isdisjoint(question_words)
    if not (_the_fans_statement(lead_words) or reported):
        return None  # "and the earlier season, how many ...": a topic put first, read by the follow-ups
    if not reported and (
        not (CUES - _SEASON_WORDS).isdisjoint(lead_words)
        or (names is not None and names_any(lead_words, names))
    ):
        return None  # "heartstopper season 3, when": the lead names what is asked about
    if (
        question_words[0] not in WH_START
        or not asks(question.strip())
        or first_word(question) not in WH_START
    ):
        return None
    return question.strip(), f"{rest} {lead.strip()}".strip()


# How the fan's own statement opens: the fan ("we're doing a watch party"), or their doing with the "i" left
# out ("planning a binge this weekend", "just finished s2").
_THE_FAN = frozenset("i im ive id ill we were weve wed my me our us just been".split())
_SHORTEST_DOING = 5  # "planning", "finished"; not "red", "king"


_FILLERS = frozenset("so ok okay omg lol honestly well ngl".split())


def _the_fans_statement(lead_words: list[str]) -> bool:
    first = next((w for w in lead_words if w not in _FILLERS), "")
    doing = first.endswith(("ing", "ed")) and len(first) >= _SHORTEST_DOING
    return first in _THE_FAN or doing
