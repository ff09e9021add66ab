"""Seasons a follow-up names by their place rather than their number: "the first one" after a season
question, "that one" for the season just answered, "the earlier season" for the one before it; and a count
asked without its noun ("and how many does hs3 have?") counts what the conversation counted."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation, Turn
from intents.seasons import find_season
from intents.understand.reference_tails import PERSON_PREDICATES

_BEFORE = frozenset({"earlier", "previous", "prior", "older", "past", "old"})


def last_season(conv: Conversation) -> int | None:
    """The season the last answer was about, when it was about the conversation's show."""
    last = conv.last
    if last is None or last.season is None or last.show_id != conv.last_show_id:
        return None
    return last.season


def _season_talked_about(conv: Conversation) -> int | None:
    """The season of the conversation's show the latest answers were about, though questions about someone
    on it came since ("who directed hs3" ... "has he done other shows" ... "and the earlier seasons?")."""
    for turn in reversed(conv.turns):
        if turn.aside:
            continue
        if turn.show_id not in (None, conv.last_show_id):
            return None
        if turn.season is not None:
            return turn.season if turn.show_id == conv.last_show_id else None
    return None


def season_question(conv: Conversation, last: Turn) -> Turn:
    """The question a bare season repeats ("and season 2?"). A season belongs to a show: after a question
    about a person with no show or season of its own ("who directed hs3" ... "what else has he done"), the
    latest question that named the conversation's show, not the person's; else the last question."""
    kinds = {kind for kind, _s, _e in last.slots}
    if "show" in kinds or "season" in kinds or not kinds & {"person", "character"}:
        return last
    for turn in reversed(conv.turns):
        named_show = any(kind == "show" for kind, _s, _e in turn.slots)
        if not turn.aside and named_show and turn.kind in ("answer", "unknown"):
            return turn if turn.show_id == conv.last_show_id else last
    return last


_NEIGHBOURS = {"after": 1, "before": -1}


def season_next_to(fragment: list[str], conv: Conversation) -> list[str] | None:
    """'the one after', 'the season before': the season next to the one last answered."""
    words = fragment[1:] if fragment[:1] == ["the"] else fragment
    season = last_season(conv)
    if season is None or len(words) != 2 or words[0] not in ("one", "season", "series"):
        return None
    step = _NEIGHBOURS.get(words[1])
    return ["season", str(season + step)] if step is not None and season + step > 0 else None


# What "after that" / "before that" points back at: the season last answered.
_POINTING_BACK = frozenset({"that", "this", "it", "then"})
_NEXT_TO_NOUNS = frozenset({"season", "series", "one"})


def season_after_that(tokens: list[str], conv: Conversation) -> list[str] | None:
    """The tokens with "the season after that" (or "the one before that", or the phrase ending the question)
    as the season next to the one last answered ("who directed season 2" ... "ok and who did the season
    after that" -> "... season 3"); None when there is no such phrase or no season was answered."""
    season = last_season(conv)
    if season is None:
        return None
    for at in range(len(tokens) - 2):
        if tokens[at] != "the" or tokens[at + 1] not in _NEXT_TO_NOUNS or tokens[at + 2] not in _NEIGHBOURS:
            continue
        end = at + 3
        if end < len(tokens) and tokens[end] in _POINTING_BACK:
            end += 1
        elif end < len(tokens):
            continue  # "the season before season 3" names its own
        number = season + _NEIGHBOURS[tokens[at + 2]]
        return [*tokens[:at], "season", str(number), *tokens[end:]] if number > 0 else None
    return None


def season_one(fragment: list[str]) -> list[str] | None:
    """'the first one', 'the new one', 'the third': a season named by its place, as a season reference."""
    words = fragment[1:] if fragment[:1] == ["the"] else fragment
    if not ((len(words) == 2 and words[1] == "one") or len(words) == 1):
        return None
    season = find_season([words[0], "season"])
    if season is None or (len(words) == 1 and season.number is None):
        return None  # "and the new?" says too little; "and the third?" is the third season
    return ["season", str(season.number)] if season.number is not None else ["the", words[0], "season"]


def _newest_season(conv: Conversation, kb: Knowledge) -> int | None:
    """The highest season number known for the conversation's show: "the old ones" are before it."""
    show = kb.shows.get(conv.last_show_id) if conv.last_show_id is not None else None
    if show is None:
        return None
    numbers = [s.number for s in show.seasons] + [r.season for r in show.releases if r.season is not None]
    return max(numbers, default=None)


def earlier_season(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the earlier/previous season(s)" as the season before the one last answered ("who's
    directing hs3" ... "did he direct the earlier seasons too" -> "... season 2 too"), or before the newest
    season when none was ("when's the new season" ... "where can i watch the old ones")."""
    season = _season_talked_about(conv) or _newest_season(conv, kb)
    if season is None or season < 2:
        return tokens
    for at in range(len(tokens) - 1):
        # "the old ones" after a season question: the seasons before it.
        if tokens[at] in _BEFORE and tokens[at + 1] in ("season", "seasons", "series", "ones"):
            start = at - 1 if at > 0 and tokens[at - 1] == "the" else at
            return [*tokens[:start], "season", str(season - 1), *tokens[at + 2 :]]
        if tokens[at] == "first" and tokens[at + 1] in _COUNTS and set(tokens[at + 2 : at + 3]) <= _TAILS:
            # "did he do the first two too": the first seasons, with no noun, after a later one was talked
            # about; read as its first season, as "the first two seasons" is.
            start = at - 1 if at > 0 and tokens[at - 1] == "the" else at
            return [*tokens[:start], "season", "1", *tokens[at + 2 :]]
    return tokens


_COUNTS = frozenset("two three couple 2 3 ones".split())
# Words that may follow "the first two" when it means seasons ("the first two too?", "the first two as well").
_TAILS = frozenset("too also as right then of".split())


_OTHER = (
    ["the", "other", "one"],
    ["the", "other", "season"],
    ["that", "other", "one"],
    ["the", "other", "series"],
)


def other_season(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the other one"/"the other season" as the one season of the conversation's show that
    the last answer was not about, when the show has two ("when is s2 out" ... "no the other one")."""
    season = last_season(conv)
    show = kb.shows.get(conv.last_show_id) if conv.last_show_id is not None else None
    if season is None or show is None:
        return tokens
    numbers = {s.number for s in show.seasons} | {r.season for r in show.releases if r.season is not None}
    others = sorted(numbers - {season})
    at = next((i for i in range(len(tokens) - 2) if tokens[i : i + 3] in _OTHER), None)
    if at is None or len(others) != 1 or season not in numbers or not PERSON_PREDICATES.isdisjoint(tokens):
        return tokens
    return [*tokens[:at], "season", str(others[0]), *tokens[at + 3 :]]


# What a season has of its own: its episodes, its premiere (and whether it is out), its directors.
_OF_A_SEASON = frozenset(
    """episodes eps episode out yet release released premiere premieres premiered drop drops dropped come
    comes coming came air airs aired directed direct directs directing director directors start starts when
    whens""".split()
)
_WHOLE = frozenset("first total all altogether overall combined each every seasons originally ever".split())


def asks_of_season(tokens: list[str]) -> bool:
    """Whether the question asks what a season has of its own ("is it out yet?", "how many episodes will it
    have", "who directed it"), not of the whole show ("when did it first come out", "in total")."""
    return bool(_OF_A_SEASON.intersection(tokens)) and not _WHOLE.intersection(tokens)


_NOUNLESS = frozenset("does do did is are was were has have had will in for of there".split())


def counted_noun(tokens: list[str], conv: Conversation) -> list[str]:
    """The tokens with "how many" given the noun an earlier question counted, when they name none."""
    at = next((i for i in range(len(tokens) - 2) if tokens[i : i + 2] == ["how", "many"]), None)
    if at is None or tokens[at + 2] not in _NOUNLESS:
        return tokens
    for turn in reversed(conv.turns):
        words = list(turn.tokens)
        before = next((i for i in range(len(words) - 2) if words[i : i + 2] == ["how", "many"]), None)
        if before is not None and words[before + 2] not in _NOUNLESS:
            return [*tokens[: at + 2], words[before + 2], *tokens[at + 2 :]]
    return tokens


# Questions whose answer is the same for every season of a show (where it streams): a season named after
# one repeats the question before it that a season changes ("when is hs3 out" ... "which streamer" ... "and
# season 1?" asks season 1's date).
_SAME_EVERY_SEASON = frozenset({"where_to_watch"})


def question_a_season_changes(conv: Conversation, last: Turn) -> Turn:
    """The question a season named in an ellipsis repeats: the last one, unless its answer is the same for
    every season and an earlier question named a season; then that earlier one."""
    if last.intent not in _SAME_EVERY_SEASON:
        return last
    for turn in reversed(conv.turns):
        seasoned = any(kind == "season" for kind, _s, _e in turn.slots)
        if not turn.aside and seasoned and turn.intent not in _SAME_EVERY_SEASON and turn.kind != "clarify":
            return turn
    return last
