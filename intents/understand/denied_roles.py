"""A crew role claimed of someone nobody knows ("my friend said X was the story consultant on heartstopper",
"X co-created heartstopper with alice oseman yeah"), for the last check on every answer
(intents/understand/unknown_subject_guard.py): the facts name who holds that role, so the reply says no
first, then who does, then that there are no facts about X. A plain yes/no ("did X direct any episodes")
gets the honest reply alone."""

from __future__ import annotations

from dataclasses import replace

from intents.answer import Answer
from intents.title_words import CREDIT_VERBS, CREW_HEADS, WH_WORDS
from intents.understand.guard_reading import SENTENCE_END

# Intents answering who holds a show's crew role.
_ROLE_INTENTS = frozenset({"crew", "creator", "directors"})
# Words saying someone holds a crew role ("directed", "the story consultant", "credited as a writer"); not
# what a show is made from ("is boy swallows universe based on a book": no one is claimed).
_CREW_WORDS = CREW_HEADS | CREDIT_VERBS | frozenset("credited directing writing adapt adapted".split())
# Words making the message a claim, said, heard or tagged for confirming ("my friend said", "there's a
# rumor", "..., yeah", "credited as a writer ... correct?"): a plain yes/no ("did X write the heartstopper
# books") gets the honest reply alone.
_CLAIMED = frozenset(
    """said says saying say rumor rumour rumors rumours heard hear read swear swears swore thought think
    apparently supposedly credited yeah yea yep right correct true""".split()
)
# Sentences of an answer that check a name the fan said ("Yes, Alice Osman is a creator of Heartstopper."):
# about the known person, not the role's holders.
_CHECKS = ("Yes", "No")


def role_held_by_others(answer: Answer, tokens: list[str]) -> str:
    """The sentences of a known show's answer naming who holds the crew role a claim or yes/no asks about,
    or "" (a wh-question asks who holds it, which the honest reply leaves to the next turn)."""
    if answer.kind != "answer" or answer.show_id is None or answer.intent not in _ROLE_INTENTS:
        return ""
    if not tokens or tokens[0] in WH_WORDS or _CREW_WORDS.isdisjoint(tokens) or _CLAIMED.isdisjoint(tokens):
        return ""
    return " ".join(s for s in SENTENCE_END.split(answer.text) if not s.startswith(_CHECKS))


def denied(honest: Answer, held: str, answer: Answer) -> Answer:
    """ "No, not as far as my facts go.", who holds the role, then the honest reply about the one claimed."""
    text = f"No, not as far as my facts go. {held} {honest.text}"
    return replace(honest, text=text, kind="answer", answers=("No",), sources=answer.sources)
