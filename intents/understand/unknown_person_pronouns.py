""" "she"/"he" after a person Marquee has no facts about ("michaela coel is a genius, what has she made" ...
"is she in the agatha cast"): the pronoun means that person, so the answer is that there are no facts about
them, never the cast or awards of a show the question names beside the pronoun."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.given_names import Gender, name_gender
from intents.linking import EntityIndex
from intents.query import Conversation
from intents.replies import no_facts_about
from intents.resolve import Resolution
from intents.text import title_case
from intents.understand.pronouns import fits_someone_known, unknown_fitting

_PRONOUN_GENDERS: dict[str, Gender] = {
    "she": "she",
    "her": "she",
    "hers": "she",
    "shes": "she",
    "he": "he",
    "him": "he",
    "his": "he",
    "hes": "he",
}
_NEUTRAL = frozenset("they them their theirs".split())
# A person's name is two or three words ("michaela coel"); one word may be a title ("victor").
_NAME_WORDS = range(2, 4)


def unknown_person_meant(
    asked: list[str],
    res: Resolution,
    conv: Conversation,
    index: EntityIndex,
    kb: Knowledge | None = None,
    as_asked: Resolution | None = None,
) -> Answer | None:
    """'I don't have facts about X' when the "she"/"he" of the question as typed (`asked`, its folded words)
    can only mean X, a person nobody knows: the one the conversation is on with no one known named since, or
    one talked about whom the pronoun fits when it fits no known person named; the pronoun fits X's given
    name, and the question names no person itself (`as_asked`: its words before the conversation filled
    them in); None otherwise."""
    pronouns = [t for t in asked if t in _PRONOUN_GENDERS]
    if (
        pronouns
        and as_asked is not None
        and not as_asked.people
        and len({_PRONOUN_GENDERS[t] for t in pronouns}) == 1
    ):
        fitting = unknown_fitting(pronouns[0], conv, kb)
        # Only beside a known person the pronoun does not fit (the one it would fall back to): someone
        # nobody knows alone is read below, as the answer's own reading does.
        if fitting is not None and conv.people:
            conv.mention_unknown(fitting)  # the subject again: "what else has she been in" next is of her
            return no_facts_about(title_case(fitting), index)
    # The subject nobody knows, else someone nobody knows asked of beside a known show ("and pedro pascal?").
    unknown = (
        conv.unknown if conv.unknown is not None and not conv.person_after_unknown else conv.unknown_person
    )
    if unknown is None or len(unknown) not in _NAME_WORDS:
        return None
    if conv.last is None or conv.last.kind != "unknown" or res.people:
        return None
    gender = name_gender(unknown[0])
    said = {_PRONOUN_GENDERS[t] for t in asked if t in _PRONOUN_GENDERS}
    if gender is None or said != {gender}:
        return None
    return no_facts_about(title_case(unknown), index)


def unknown_person_for(
    pronoun: str, conv: Conversation, kb: Knowledge | None = None
) -> tuple[str, ...] | None:
    """The person nobody knows asked of beside a known show ("and pedro pascal?" after "who plays charlie"),
    when the pronoun of the next question fits them ("what else is he in"), or fits no known person named
    before either ("what else is she in" after Joe Locke and Pedro: a slip, or a given name read wrong):
    that person, never the known one; None when there is none or the pronoun fits a known one."""
    someone = conv.unknown_person
    if someone is None or conv.last is None or conv.last.kind != "unknown":
        return None
    gender = name_gender(someone[0])
    fits = pronoun in _NEUTRAL or gender is None or _PRONOUN_GENDERS.get(pronoun) == gender
    fits = fits or not fits_someone_known(pronoun, conv, kb)
    return someone if fits else None
