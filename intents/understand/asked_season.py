"""The season a question asks about over a season the fan mentions as context before it: "just finished
heartstopper season 2, when is season 3" asks about season 3; "loved s1 of severance, when's the next one out"
about the season after the one finished. Without this the first season named would be the one answered."""

from __future__ import annotations

from intents.seasons import find_season
from intents.title_words import AUXILIARIES, WH_WORDS

_ASKS = WH_WORDS | AUXILIARIES
_AFTER = frozenset("next new upcoming".split())  # "the next one": the season after the one mentioned
_DETERMINERS = frozenset({"the", "that"})
# A person pointed back at: the remark before the question described them ("the s3 director, is he ...").
_POINTING_BACK = frozenset({"he", "she", "him", "her", "his", "hes", "shes", "they", "them", "their"})
# Words that set the season said first against the one after them: "severance season 2 has more episodes
# than season 1" is one comparison of both, not a remark about season 2 and a question about season 1.
_COMPARING = frozenset({"than", "vs", "versus", "compared"})


def season_asked(tokens: list[str]) -> list[str] | None:
    """The question without the season its opening remark mentions, when the question after that remark names
    (or points at, "the next one") a season of its own; None when the message is no such remark and
    question ("is season 2 better than season 3" asks of both)."""
    said = find_season(tokens)
    if said is None:
        return None
    # A question that opens before the first season ("is season 2 better than season 3") asks of both; an
    # auxiliary inside the remark, or "we're" before a verb ("we're rewatching season 1, ..."), asks nothing.
    opens = tokens[0] in _ASKS and not (len(tokens) > 1 and tokens[1].endswith("ing"))
    if opens or not WH_WORDS.isdisjoint(tokens[: said.start]):
        return None
    asks = next((i for i in range(said.end, len(tokens)) if tokens[i] in _ASKS), None)
    if asks is None or not _COMPARING.isdisjoint(tokens[asks:]):
        return None
    if tokens[0] in _DETERMINERS and not _POINTING_BACK.isdisjoint(tokens[asks:]):
        return None  # "the hs season 3 director, is he doing season 1": a description, its season its own
    question: list[str] | None = tokens[asks:]
    if find_season(tokens[asks:]) is None:
        question = _next_one_named(tokens[asks:], said.number)
    if question is None:
        return None
    # "season 2 of heartstopper": the "of" goes with the season, the title stays
    end = said.end + 1 if tokens[said.end : said.end + 1] == ["of"] else said.end
    return [*tokens[: said.start], *tokens[end:asks], *question]


def _next_one_named(question: list[str], number: int | None) -> list[str] | None:
    """'when is the next one out' after season `number` as 'when is season N+1 out'; None without it."""
    at = next(
        (i for i in range(len(question) - 1) if question[i] in _AFTER and question[i + 1] == "one"), None
    )
    if at is None or number is None:
        return None
    start = at - 1 if at > 0 and question[at - 1] == "the" else at
    return [*question[:start], "season", str(number + 1), *question[at + 2 :]]
