"""Fans' ways of asking that mean a plainer question, read as it before anything else.

- "when" asked with another question word ("what day does it drop?", "which date is heartstopper out") asks
  for a date exactly as "when" does.
- "famous for" about a person is "known for" (the catalog reads "famous" as a film's vote count).
- "who's the lead", "who plays the main character" ask who stars in the show.
- "he's"/"she's" are the pronoun and its verb ("what else hes been in"). (Both: understand/plain_words.py.)
- "is it the last season?" asks whether it is the final season; "who turned it into a show?" who created it.
- "who else is in it besides her and the two main boys": "who else" already says who is left out.
- Being in a show's picture or trailer is being in the show (understand/media_references.py).
"""

from __future__ import annotations

import re

from intents.understand.acquaintance import known_of
from intents.understand.confirmed_roles import confirmed_role
from intents.understand.day_asks import when_to_the_day
from intents.understand.empty_alternatives import without_empty_alternative
from intents.understand.franchise_places import franchise_as_show
from intents.understand.media_references import in_media_as_show
from intents.understand.new_in_cast import new_in_cast
from intents.understand.people_rephrase import (
    credit_total,
    fallen_for,
    opposite,
    player_described_alone,
    unranked_people,
)
from intents.understand.plain_words import _contractions, _same_as
from intents.understand.plainer_asks import plainer_asks
from intents.understand.question_fillers import without_stress
from intents.understand.role_in_show import future_role, role_in_show
from intents.understand.showing_places import where_shown
from intents.understand.which_one import one_as_show
from intents.understand.year_claims import year_as_release

_OPENERS = frozenset("what which whats".split())
_LEADS = frozenset("and ok okay so but then also".split())  # openers kept in front


def rephrase(tokens: list[str]) -> list[str]:
    """The tokens with fans' ways of asking read as the plainer question."""
    # In this order: each step reads the words the ones before it left.
    steps = (
        without_stress, without_empty_alternative, known_of, one_as_show, unranked_people, fallen_for,
        player_described_alone, _who_else, in_media_as_show, _contractions, _work_done, _before_season,
        _working_on, when_to_the_day, _same_as, _final_season, _whole, _adapted, _which_season_of,
        _count_first, opposite, credit_total,
        confirmed_role, role_in_show, future_role, new_in_cast, year_as_release, where_shown,
        franchise_as_show, plainer_asks,
    )  # fmt: skip
    for step in steps:
        tokens = step(tokens)
    return tokens


_BUSY = (("working", "on"), ("up", "to"), ("working",), ("doing",), ("filming",), ("shooting",), ("making",),
         ("got", "coming", "up"), ("coming", "up"), ("got", "coming"))  # fmt: skip
_BUSY_OPENERS = frozenset("what which whats".split())
_SHOW_WORDS = frozenset({"show", "shows", "series"})


_ASKED_LAST = re.compile(
    r"^(?P<who>.+?) (?:is|s|was) (?:doing|directing|working on|making|writing|filming|in charge of)"
    r"(?: (?:season|series) \w+ of)? (?:what|which) (?:show|series)$"
)


_ASKED_LAST_ENDS = ("show", "series")


def _working_on(tokens: list[str]) -> list[str]:
    """ "which show is euros lyn working on", "what's kit connor doing now", "andy newberry is doing season 3
    of what show": the shows they are in."""
    # The pattern ends in "show" or "series": a message ending otherwise is not joined and matched.
    said = _ASKED_LAST.match(" ".join(tokens)) if tokens and tokens[-1].endswith(_ASKED_LAST_ENDS) else None
    if said is not None:
        return ["what", "show", "is", *said["who"].split(), "in"]
    lead = 0
    while lead < len(tokens) and tokens[lead] in _LEADS:
        lead += 1
    words = tokens[lead:]
    while words and words[-1] in ("now", "rn", "currently", "these", "days"):
        words = words[:-1]  # ("what's he doing next" asks for what comes next, read as it is)
    if (
        len(words) < 4
        or words[0] not in _BUSY_OPENERS
        or not {"is", "are", "whats", "has", "have"} & set(words[:3])
    ):
        return tokens
    ending = next((e for e in _BUSY if tuple(words[-len(e) :]) == e), None)
    if ending is None:
        return tokens
    core = words[: -len(ending)]
    if core[:2] in (["what", "is"], ["what", "has"], ["what", "have"]) or core[:1] == ["whats"]:
        core = [
            "what",
            "shows",
            "is",
            *core[1 if core[:1] == ["whats"] else 2 :],
        ]  # "what has X got coming up"
    return [*tokens[:lead], *core, "in"]


def _before_season(tokens: list[str]) -> list[str]:
    """ "who directed it before season 3?" asks about the seasons before it: "seasons 1 and 2". Only in a
    question for a person: "which came out before season 3" orders premieres."""
    lead = 0
    while lead < len(tokens) and tokens[lead] in _LEADS:
        lead += 1
    if tokens[lead : lead + 1] not in (["who"], ["whos"]) or "first" in tokens:
        return tokens
    for at in range(lead + 1, len(tokens) - 1):
        if tokens[at] not in ("before", "until", "till"):
            continue
        said = tokens[at + 1 : at + 3]
        number = (
            said[1]
            if said[:1] == ["season"] and len(said) == 2
            else said[0][1:]
            if said[0][:1] == "s"
            else ""
        )
        if not number.isdigit() or not 2 <= int(number) < 30:
            continue
        n, taken = int(number), at + (3 if said[:1] == ["season"] else 2)
        before = (
            ["season", "1"]
            if n == 2
            else ["seasons", "1", "and", "2"]
            if n == 3
            else ["seasons", "1", "to", str(n - 1)]
        )
        return [*tokens[:at], "in", *before, *tokens[taken:]]
    return tokens


_WORK_NOUNS = frozenset("shows movies films series stuff things work projects roles tv".split())
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they"}
_SEEN_BEFORE = (["where", "have", "i", "seen"], ["where", "do", "i", "know"], ["where", "have", "we", "seen"])


def _work_done(tokens: list[str]) -> list[str]:
    """ "what movies has she done" and "where have i seen him before" ask what else someone has been in."""
    at = 0
    while at < len(tokens) and tokens[at] in _LEADS:
        at += 1
    rest = tokens[at:]
    for seen in _SEEN_BEFORE:
        if rest[:4] == seen and 4 < len(rest) <= 8:
            named = [_SUBJECT_FORM.get(w, w) for w in rest[4:] if w not in ("before", "from", "lol", "again")]
            return [*tokens[:at], "what", "else", "has", *named, "been", "in"]
    if len(rest) > 3 and rest[0] in _OPENERS and rest[-1] == "done":
        middle = rest[1:-1]
        while middle and middle[0] in _WORK_NOUNS:
            middle = middle[1:]
        if middle[:1] in (["has"], ["have"]) and len(middle) > 1:
            return [*tokens[:at], "what", *middle, "been", "in"]  # "what movies has she done"
    return tokens


_DOING = frozenset("doing directing writing in on for working involved".split())


def _which_season_of(tokens: list[str]) -> list[str]:
    """ "which heartstopper season is he doing?" asks what he does on the show (his credit says which)."""
    lead = 0
    while lead < len(tokens) and tokens[lead] in _LEADS:
        lead += 1
    asked = tokens[lead:]
    if len(asked) < 5 or asked[0] not in ("which", "what") or asked[-1] not in _DOING:
        return tokens
    at = next((i for i in range(1, 5) if i < len(asked) and asked[i] in ("season", "seasons")), None)
    if at is None or asked[at + 1 : at + 2] not in (["is"], ["was"], ["are"]):
        return tokens
    who = asked[at + 2 : -1]
    if not who or who[0] in ("it", "that", "this", "the", "a"):
        return tokens  # "which season is it on" asks about a season, not someone's part
    title = asked[1:at] or ["it"]
    if title[-1] in _SHOW_WORDS:
        return tokens  # "which netflix show season is he doing" asks which show (a frame reads it)
    return [*tokens[:lead], "what", "does", *who, "do", "on", *title]


_EXCEPT = frozenset({"besides", "except", "excluding"})
_EXCEPT_PHRASES = (("apart", "from"), ("other", "than"), ("aside", "from"), ("not", "counting"))


def _who_else(tokens: list[str]) -> list[str]:
    """ "who else is in it besides her and the two main boys" asks who else is in it: the people left out
    (pronouns, descriptions) need not be read, and their words would be taken for a title. A few words that
    point at nobody ("besides andy newberry") may be a name, left for the question to set aside."""
    at = next((i for i in range(len(tokens) - 1) if tokens[i : i + 2] == ["who", "else"]), None)
    if at is None:
        return tokens
    for cut in range(at + 3, len(tokens)):
        phrase = 1 if tokens[cut] in _EXCEPT else 2 if tuple(tokens[cut : cut + 2]) in _EXCEPT_PHRASES else 0
        if phrase:
            tail = tokens[cut + phrase :]
            named = 0 < len(tail) <= _NAME_WORDS and _POINTING.isdisjoint(tail)
            return tokens if named else tokens[:cut]
    return tokens


_NAME_WORDS = 6  # "besides joe locke and kit connor"
_POINTING = frozenset(
    """he him his she her hers they them their it its that this those these the a an two both main boys girls
    guy guys lead leads one ones others rest""".split()
)


_MADE_INTO = frozenset({"turned", "made", "adapted", "developed", "brought"})
_SHOW_NOUNS = frozenset({"show", "series", "tv"})
_BOOKS = frozenset("book books novel novels comic comics game games".split())


def _adapted(tokens: list[str]) -> list[str]:
    """ "who turned it into a show?", "who adapted the books for tv" ask who created the show."""
    lead = 0
    while lead < len(tokens) and tokens[lead] in _LEADS:
        lead += 1
    asked = tokens[lead:]
    if len(asked) < 4 or asked[0] not in ("who", "whos") or asked[1] not in _MADE_INTO:
        return tokens
    for at in range(2, len(asked) - 1):
        if asked[at] in ("into", "for") and _SHOW_NOUNS.intersection(asked[at + 1 : at + 4]):
            made = asked[2:at]
            # "the books" were made into the show: the show is what was created.
            return [*tokens[:lead], "who", "created", *(["it"] if _BOOKS.intersection(made) else made)]
    return tokens


# Messages of a word or two that stand for a question ("lead?" after a show: who stars in it).
_WHOLE = {
    ("lead",): ("who", "stars"),
    ("the", "lead"): ("who", "stars"),
    ("leads",): ("who", "stars"),
    ("final", "season"): ("is", "it", "the", "final", "season"),
    ("the", "final", "season"): ("is", "it", "the", "final", "season"),
}


def _whole(tokens: list[str]) -> list[str]:
    at = 0
    while at < len(tokens) - 1 and tokens[at] in _LEADS:
        at += 1
    plain = _WHOLE.get(tuple(tokens[at:]))
    return [*tokens[:at], *plain] if plain is not None else tokens


# Question words asking a fact of a season (who made it, how many episodes): never whether it is final; so
# do the counted things a comparison measures ("which has more episodes, X's final season or Y").
_ASKS_OF_A_SEASON = frozenset("who whos how episodes eps directors".split())


def _final_season(tokens: list[str]) -> list[str]:
    """ "is it the last season?" asks whether it is the final one (not for the latest season's facts); "who
    directed the final season" (or "how many episodes are in it") asks about the latest one
    (a final season is the last there is)."""
    final = "final" in tokens and any(tokens[at : at + 2] == ["final", "season"] for at in range(len(tokens)))
    if final and not _ASKS_OF_A_SEASON.isdisjoint(tokens) and tokens[:1] not in (["is"], ["was"], ["will"]):
        return ["latest" if w == "final" else w for w in tokens]
    if tokens[:1] not in (["is"], ["was"], ["will"]):
        return tokens  # a yes/no question only: "when is the last season out" asks for the latest's date
    for at in range(1, len(tokens) - 1):
        if tokens[at] == "last" and tokens[at + 1] in ("season", "series", "one"):
            return [*tokens[:at], "final", "season", *tokens[at + 2 :]]
    if len(tokens) > 3 and tokens[-2:] in (["its", "last"], ["the", "last"], ["their", "last"]):
        return [*tokens[:-1], "final", "season"]  # "is its second season its last": the final one
    return tokens


# Counted things a fan asks the number of with "count" ("ep count euros lyn dir'd"), and their plurals.
_COUNTED_PLURALS = {
    "episode": "episodes", "episodes": "episodes", "season": "seasons", "seasons": "seasons",
    "nomination": "nominations", "nominations": "nominations", "award": "awards", "awards": "awards",
}  # fmt: skip


def _count_first(tokens: list[str]) -> list[str]:
    """ "episode count euros lyn directed": a question opening with "X count" asks how many X."""
    if len(tokens) > 2 and tokens[1] == "count" and tokens[0] in _COUNTED_PLURALS:
        return ["how", "many", _COUNTED_PLURALS[tokens[0]], *tokens[2:]]
    return tokens
