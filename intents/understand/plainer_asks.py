"""More of fans' ways of asking read as the plainer question, after intents.understand.rephrase's own (each
reader in its module): the one watching is the fan ("where can she watch it?", viewer_pronouns), seasons
described then numbered ("the first seasons, 1 and 2", season_appositions), the name of a part someone is
said to play (rumoured_parts), a title checked by "one of his" (owned_titles), and someone's "next thing"
(their next project; no cue word "thing" in the intents: it would take "things" out of titles), a question
told in a statement's word order ("remind me who they play": "who do they play") and a show's news asked for
in the fan's words (news_asks), "one other show by X" asked as X's other work, "the two boys in X, who
are they" as who stars in X, and "the hs creator's name?" as who the creator is."""

from __future__ import annotations

from intents.understand.news_asks import news_asked
from intents.understand.owned_titles import title_as_credit_check
from intents.understand.rumoured_parts import rumoured_part
from intents.understand.season_appositions import numbered_seasons
from intents.understand.viewer_pronouns import watcher_as_fan


def plainer_asks(tokens: list[str]) -> list[str]:
    """The tokens with each of these ways of asking read as the plainer question, in this order."""
    steps = (
        watcher_as_fan,
        numbered_seasons,
        rumoured_part,
        title_as_credit_check,
        _next_project,
        _with_do,
        news_asked,
        _other_by,
        _two_leads,
    )
    for step in steps:
        tokens = step(tokens)
    return _role_name(tokens) if tokens[-1:] == ["name"] else tokens


def _next_project(tokens: list[str]) -> list[str]:
    """ "what's his next thing" read as "what's his next project"."""
    if "next" not in tokens:
        return tokens
    at = next((i for i in range(len(tokens) - 1) if tokens[i : i + 2] == ["next", "thing"]), None)
    return tokens if at is None else [*tokens[: at + 1], "project", *tokens[at + 2 :]]


_WH = frozenset({"who", "what", "which", "where"})
_SEVERAL = frozenset({"they", "you", "we"})
_BARE_VERBS = frozenset("play star work appear".split())


def _with_do(tokens: list[str]) -> list[str]:
    """ "(remind me) who they play": the question an embedded "who they play" asks, "who do they play"."""
    for at in range(len(tokens) - 2):
        if tokens[at] in _WH and tokens[at + 1] in _SEVERAL and tokens[at + 2] in _BARE_VERBS:
            return [*tokens[: at + 1], "do", *tokens[at + 1 :]]
    return tokens


_WORK_NOUNS = frozenset("show shows series project projects thing things work works credit credits".split())
_OF_SOMEONE = frozenset({"by", "from", "of"})


def _other_by(tokens: list[str]) -> list[str]:
    """ "name one other show by that director", "another series from euros lyn": what else they have done
    (never a show described by them, read as "one other heartstopper")."""
    for at in range(len(tokens) - 3):
        if (
            tokens[at] in ("other", "another")
            and tokens[at + 1] in _WORK_NOUNS
            and tokens[at + 2] in _OF_SOMEONE
        ):
            return ["what", "else", "has", *tokens[at + 3 :], "done"]
    return tokens


_PAIR_NOUNS = frozenset("boys guys lads girls leads stars actors".split())
_WHO_ARE_THEY = ["who", "are", "they"]


def _two_leads(tokens: list[str]) -> list[str]:
    """ "who are the two boys in heartstopper", "the two main guys in it, who are they": who stars in it."""
    fronted = tokens[-3:] == _WHO_ARE_THEY
    at = 0 if fronted else 2 if tokens[:2] == ["who", "are"] else None
    if at is None or tokens[at : at + 1] != ["the"]:
        return tokens
    noun = at + 1 + (tokens[at + 1 : at + 2] == ["two"])  # ("two" may be gone already: "the boys")
    noun += tokens[noun : noun + 1] in (["main"], ["lead"])
    if tokens[noun : noun + 1] == [] or tokens[noun] not in _PAIR_NOUNS:
        return tokens
    return ["who", "stars", *tokens[noun + 1 : len(tokens) - 3 if fronted else len(tokens)]]


# Roles whose holder's name a fragment asks for: "the hs creator's name?", "s3 director name".
_ROLES = frozenset(
    "creator director writer author showrunner producer actor actress star lead consultant composer".split()
)
_ASKING_WORDS = frozenset("who whos what whats which when where how is was does did".split())


def _role_name(tokens: list[str]) -> list[str]:
    """ "the heartstopper creator name" read as "who is the heartstopper creator": a fragment asking the
    name of a role's holder, with no question word of its own."""
    if (
        len(tokens) < 3
        or tokens[-1] != "name"
        or tokens[-2] not in _ROLES
        or not _ASKING_WORDS.isdisjoint(tokens)
    ):
        return tokens
    described = tokens[:-1] if tokens[0] == "the" else ["the", *tokens[:-1]]
    return ["who", "is", *described]
