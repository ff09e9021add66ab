"""Someone described by the crew role they alone hold, then asked about: "the person credited as story
consultant works on which streaming platform's series?", "the story consultant's series streams where?".
The role's one holder takes the description's place ("lauren james works on ..."), so what is asked of them is
answered as if they were named. Roles several people hold ("the director": Euros Lyn and Andy Newberry) and
the actor's are left to the readers that tell them apart."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.snapshot_memo import PerSnapshot
from intents.text import fold
from intents.understand.role_described_people import role_holders

# Nouns a described crew member is said with before "credited as": "the person credited as story consultant".
_PERSON_NOUNS = frozenset("person one guy woman man lady someone individual".split())
_ARTICLES = frozenset({"a", "an", "the"})
# Words after the role that ask something of its holder: "... works on which network's series", "... 's show".
_ASKED_OF_THEM = frozenset("works worked has had does did".split())
# A question asking who holds the role ("who was the story consultant working with her"): the role is asked.
_WHO_ASKS = (["who"], ["whos"], ["who", "is"], ["who", "was"], ["who", "s"])


# Made once per snapshot from the holders table described_people reads too.
_ROLES: PerSnapshot[Knowledge, dict[tuple[str, ...], set[int]]] = PerSnapshot()
# The words a role's phrase may start with (its first word, or that word with the folded "'s"): a "the"
# followed by none of them describes nobody, and the roles are not scanned for it.
_ROLE_FIRSTS: PerSnapshot[Knowledge, frozenset[str]] = PerSnapshot()


def _roles(kb: Knowledge) -> dict[tuple[str, ...], set[int]]:
    """Every crew role the facts hold (folded words) with the people holding it."""
    return _ROLES.get(
        kb,
        lambda: {
            tuple(fold(role.replace("_", " ")).split()): set(people)
            for role, people in role_holders(kb).items()
            if role != "actor"
        },
    )


def _role_firsts(kb: Knowledge, roles: dict[tuple[str, ...], set[int]]) -> frozenset[str]:
    return _ROLE_FIRSTS.get(kb, lambda: frozenset(w for role in roles for w in (role[0], f"{role[0]}s")))


def person_by_crew_role(tokens: list[str], kb: Knowledge) -> list[str] | None:
    """The tokens with "the <crew role>" (its one holder's) replaced by the holder's name when something is
    asked of them after it; None when no such description stands there."""
    if "the" not in tokens:
        return None  # every description starts with "the"
    roles: dict[tuple[str, ...], set[int]] | None = None
    firsts: frozenset[str] | None = None
    for at, token in enumerate(tokens):
        if token != "the":
            continue
        start = at + 1
        if (
            tokens[start : start + 1]
            and tokens[start] in _PERSON_NOUNS
            and tokens[start + 1 : start + 3] == ["credited", "as"]
        ):
            start += 3
            start += tokens[start : start + 1] != [] and tokens[start] in _ARTICLES
        roles = roles if roles is not None else _roles(kb)
        firsts = firsts if firsts is not None else _role_firsts(kb, roles)
        if start >= len(tokens) or tokens[start] not in firsts:
            continue  # no role is said here
        if any(tokens[max(0, at - len(ask)) : at] == ask for ask in _WHO_ASKS):
            continue  # the role is asked ("who was the story consultant"), not its holder described
        for role, people in roles.items():
            end = start + len(role)
            said = tokens[start:end]
            owned = said[:-1] == list(role[:-1]) and said[-1:] == [
                f"{role[-1]}s"
            ]  # "consultants" ('s folded)
            if len(people) != 1 or not (said == list(role) or owned):
                continue
            after = tokens[end : end + 1]
            if not (owned or (after and after[0] in _ASKED_OF_THEM)):
                continue
            person = kb.people.get(next(iter(people)))
            if person is None:
                continue
            name = fold(person.name).split()
            return [*tokens[:at], *name, *(["s"] if owned else []), *tokens[end:]]
    return None
