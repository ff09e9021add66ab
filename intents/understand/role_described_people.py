"""Someone described by a crew role alone where the question describes a show by them: "the story
consultant's show", "the show the story consultant works on", "the series the showrunner ran". The one
person credited in that role on any show is read as their name (the show is then read as theirs); when
several hold the role, the words stay as they are."""

from __future__ import annotations

from db.knowledge import Knowledge, PersonFacts
from intents.roles import ROLE_LABELS
from intents.snapshot_memo import PerSnapshot
from intents.text import fold

# Crew roles by the words that name them, longest first ("casting director" before "director"); an actor is
# described by a show instead (described_actors.py).
_ROLE_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        [(tuple(label.split()), role) for role, label in ROLE_LABELS.items()]
        + [(("author",), "novelist"), (("novelist",), "novelist"), (("consultant",), "story_consultant")],
        key=lambda pair: -len(pair[0]),
    )
)
_ROLE_FIRSTS = frozenset(phrase[0] for phrase, _role in _ROLE_PHRASES)
_SHOW_NOUNS = frozenset("show shows series programme".split())
# What follows "the show the <role> ...": how they work on it.
_WORK_WORDS = frozenset(
    """works worked work is was consults consulted consulting directs directed directing created creates
    writes wrote ran runs runs on for""".split()
)


def _phrase_at(tokens: list[str], at: int) -> tuple[int, str] | None:
    """Where a role phrase starting at `at` ends, and its role."""
    if at >= len(tokens) or tokens[at] not in _ROLE_FIRSTS:
        return None
    for phrase, role in _ROLE_PHRASES:
        if tuple(tokens[at : at + len(phrase)]) == phrase:
            return at + len(phrase), role
    return None


def person_by_lone_role(tokens: list[str], kb: Knowledge) -> tuple[list[str], PersonFacts] | None:
    """The tokens with "the <crew role>" replaced by the one person credited so, where it describes a show
    ("the story consultant('s) show", "the show the story consultant works on"); None otherwise."""
    for at in range(len(tokens) - 1):
        if tokens[at] != "the" or (found := _phrase_at(tokens, at + 1)) is None:
            continue
        end, role = found
        after = tokens[end : end + 1]
        owns_show = bool(after) and after[0] in _SHOW_NOUNS  # (the possessive "'s" is gone by now)
        works_on = (
            bool(after)
            and after[0] in _WORK_WORDS
            and not _SHOW_NOUNS.isdisjoint(tokens[max(0, at - 2) : at])
        )
        if not (owns_show or works_on):
            continue
        held = set(role_holders(kb).get(role, ()))
        if len(held) != 1 or (person := kb.people.get(held.pop())) is None:
            return None
        return [*tokens[:at], *fold(person.name).split(), *tokens[end:]], person
    return None


# Made once per snapshot: the credits run to hundreds of thousands with a catalog loaded.
_HOLDERS: PerSnapshot[Knowledge, dict[str, frozenset[int]]] = PerSnapshot()


def role_holders(kb: Knowledge) -> dict[str, frozenset[int]]:
    """The people credited in each role, by role (made once per snapshot)."""
    return _HOLDERS.get(kb, lambda: _built_holders(kb))


def _built_holders(kb: Knowledge) -> dict[str, frozenset[int]]:
    by_role: dict[str, set[int]] = {}
    for show in kb.shows.values():
        for credit in show.credits:
            by_role.setdefault(credit.role, set()).add(credit.person_id)
    return {role: frozenset(people) for role, people in by_role.items()}
