""" "he"/"she"/"they" right after a subject nobody knows ("who directed the bear" ... "is he in heartstopper";
"does aaron paul have instagram" ... "did they post about heartstopper"): the pronoun means that person, or
someone of that show, whom nobody knows either, so the answer is that there are no facts about them, never a
known show's facts read with the name in the pronoun's place (a "did you mean" of its cast, its synopsis, or
"wednesday" read as a weekday and answered with the show's premiere)."""

from __future__ import annotations

from intents.answer import Answer
from intents.given_names import name_gender
from intents.linking import EntityIndex
from intents.query import Conversation
from intents.replies import no_facts_about
from intents.resolve import Resolution
from intents.text import title_case
from intents.understand.pronouns import PRONOUN_GENDER

# A person's pronoun as typed; not "her" (a title may be one: "who stars in her"). "they" is the show's
# people too, or the person nobody knows ("does aaron paul have instagram" ... "did they post about
# heartstopper").
_PERSON_PRONOUNS = frozenset(
    "he she him his hes shes himself herself they them their theirs themselves".split()
)


def _holds(tokens: list[str], words: tuple[str, ...]) -> bool:
    size = len(words)
    return any(tuple(tokens[i : i + size]) == words for i in range(len(tokens) - size + 1))


def person_of_unknown_show(
    typed: list[str],
    asked: Resolution,
    filled: list[str],
    res: Resolution,
    conv: Conversation,
    index: EntityIndex,
) -> Answer | None:
    """'I don't have facts about X' when the question's person pronoun (`typed`: its words as the fan typed
    them, read as `asked`) was filled in with X, the show nobody knows the last answer was about, and the
    question as filled in (`filled`, read as `res`) names a known show beside it; None otherwise."""
    unknown = conv.unknown
    last = conv.last
    if unknown is None or conv.person_after_unknown or last is None or last.kind != "unknown":
        return None
    if _PERSON_PRONOUNS.isdisjoint(typed) or asked.people or asked.characters or not res.shows:
        return None  # "nick in heartstopper, who plays him": the pronoun means the one the question names
    if _holds(typed, unknown) or not _holds(filled, unknown):
        return None  # the fan named the title again, or the pronoun means someone else
    said = {PRONOUN_GENDER[t] for t in typed if t in PRONOUN_GENDER}
    gender = name_gender(" ".join(unknown))
    if gender is not None and said and gender not in said:
        return None  # "what has emma corrin been in" ... "is he in the agatha cast": not her
    return no_facts_about(title_case(unknown), index)
