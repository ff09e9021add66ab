"""A correction said first and a vague question after it: "Correction: I meant Emmy nominations. Were there
any?", "sorry, i meant season 3. who was it?". The question says nothing of its own, so the correction is
what is asked: a yes/no tag asks it of what was meant ("were there any emmy nominations"), any other tag
asks the last question again with the slot put right (the correction alone)."""

from __future__ import annotations

import re

from intents.seasons import find_season
from intents.text import fold

_CORRECTING = re.compile(r"\b(i meant|i mean|meant|correction|my bad|wrong one|not that)\b")
# All a vague question after a correction may say: it points back and names nothing.
_VAGUE = frozenset(
    """were was is are did does do has have had there any who whos what whats it its that this they them how
    many much when then so and ok okay the one again right though tho""".split()
)
_AUXILIARIES = frozenset("were was is are did does do has have had".split())
_WH = frozenset("who whos what whats when how".split())


def corrected_question(aside: str, aside_words: list[str], tokens: list[str]) -> list[str] | None:
    """The question a correction before a vague tag asks, or None when the words around are no correction
    or the question names something of its own."""
    if not aside_words or not tokens or _CORRECTING.search(fold(aside)) is None:
        return None
    if not set(tokens) <= _VAGUE:
        return _with_season_meant(aside_words, tokens)
    if tokens[0] in _AUXILIARIES:
        return [*tokens, *aside_words]  # "were there any" + "emmy nominations"
    if tokens[0] in _WH:
        return ["i", "meant", *aside_words]  # "who was it?" after "i meant season 3": the correction alone
    return None  # "not kathryn hahn, i mean aubrey plaza. also that one?": the check read elsewhere


# The words a correction of a season says besides the season: "no wait s3 i mean", "sorry, season 3 i meant".
_CORRECTION_TALK = frozenset(
    "no nope wait sorry oops oh ah ugh actually i mean meant my bad hang on sry".split()
)


def _with_season_meant(aside_words: list[str], tokens: list[str]) -> list[str] | None:
    """ "no wait s3 i mean. when does it drop": a correction naming a season alone, before a question that
    names none, asks the question of that season; None otherwise."""
    said = [w for w in aside_words if w not in _CORRECTION_TALK]
    season = find_season(said)
    if season is None or season.start != 0 or season.end != len(said) or find_season(tokens) is not None:
        return None
    return [*tokens, *said]
