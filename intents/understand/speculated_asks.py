"""A first question about the part fans speculate someone plays ("who are people speculating joe locke is
playing in the new show", "whose child is the character joe locke is rumoured to be playing", "which one
might joe locke be playing"): asked as "who does X play in S" of the show whose credit holds the speculation,
whose answer says the part and what is speculated about it. (Right after such an answer the follow-up reader
intents.understand.speculated_parts reads "ppl think hes actually who".)"""

from __future__ import annotations

from intents.answer import Answer
from intents.understand.context import Composing
from intents.understand.speculated_parts import someone_else

_ASKING = frozenset({"who", "whose", "whom", "whos", "which", "what"})
# Words that ask what is said or guessed, not what is known: "speculating", "rumoured", "might", "theory".
_HEARSAY = frozenset(
    """speculate speculated speculation speculating rumoured rumored rumour rumor rumours rumors theory
    theories might supposedly reportedly allegedly think thinks believe believes reckon guess guessing
    suspect suspected""".split()
) | frozenset("supposing suppose secretly really maybe perhaps possibly".split())  # "if he really is ..."
# Hearsay said of a part itself, with no one named ("the rumoured character"): "might" is not enough there
# ("what character might return").
_SAID_OF_A_PART = _HEARSAY - frozenset(
    {"might", "maybe", "perhaps", "possibly", "guess", "guessing", "think", "thinks", "believe", "believes"}
)
# Words that ask for a part: the verb of playing, or what a part is ("whose child is the character").
_PART_WORDS = frozenset("play plays playing played character part role be".split())
# Kin of the part asked ("if joe locke really is wiccan, whose kid is that"): what the speculation says.
_PART_WORDS |= frozenset(
    "kid kids child children son daughter mum mom mother dad father parent parents".split()
)


async def speculated_ask(c: Composing) -> Answer | None:
    """The answer to "who does X play in S" when the question asks what part fans say X plays and X's
    credit on S holds such a speculation; None otherwise."""
    words = set(c.tokens)
    hidden = someone_else(c.tokens)  # "is joe locke secretly someone else in agatha": who the part really is
    if len(c.res.people) > 1 or (_ASKING.isdisjoint(words) and not hidden) or _HEARSAY.isdisjoint(words):
        return None
    if _PART_WORDS.isdisjoint(words) and not hidden:
        return None
    named = {show.id for show in c.res.shows}
    if not c.res.people and not _SAID_OF_A_PART.isdisjoint(words):
        # "whats the rumoured character in agatha all along", "agatha all along, who's he rumoured to be
        # playing": the one person whose credit on the show holds a speculation
        return await _speculated_on_show(c, named or ({c.show.id} if c.show is not None else set()))
    if not c.res.people:
        return None
    person = c.res.people[0]
    noted = [
        credit
        for credit in person.credits
        if credit.note
        and "speculat" in credit.note
        and credit.show_id in c.kb.shows
        and (not named or credit.show_id in named)
    ]
    if not noted:
        return None
    show = c.kb.shows[noted[0].show_id]
    return await c.ask(f"who does {person.name} play in {show.title}")


async def _speculated_on_show(c: Composing, shows: set[int]) -> Answer | None:
    """ "who does X play in S" for the one person whose credit on the show holds a speculation; None when
    no one's does, or several people's."""
    noted = {
        (credit.person_id, credit.show_id)
        for show_id in shows
        if show_id in c.kb.shows
        for credit in c.kb.shows[show_id].credits
        if credit.note and "speculat" in credit.note and credit.person_id in c.kb.people
    }
    if len(noted) != 1:
        return None
    person_id, show_id = noted.pop()
    return await c.ask(f"who does {c.kb.people[person_id].name} play in {c.kb.shows[show_id].title}")
