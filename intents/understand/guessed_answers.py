"""A who-question with the fan's guess after a comma ("who plays nick nelson, joe locke?", "who directed s3,
euros lyn?"): the answer says first whether the guess was right, then gives the answer as asked."""

from __future__ import annotations

from dataclasses import replace

from intents.answer import Answer
from intents.resolve import Resolution
from intents.text import fold

_ASKING_WHO = frozenset({"who", "whos", "whom"})
# Words around a guess that leave it a guess: "..., joe locke right?", "..., maybe kit connor?".
_AROUND_GUESS = frozenset("right maybe is it isnt that was i think or no yes yeah".split())
_ALREADY_SAID = ("yes", "no")


def guess_checked(text: str, res: Resolution, answer: Answer) -> Answer:
    """The answer with "Yes, " or "No, " first when the question guessed a person after a comma; the answer
    unchanged otherwise."""
    if answer.kind != "answer" or not res.tokens or res.tokens[0] not in _ASKING_WHO or "," not in text:
        return answer
    guess = [w for w in fold(text.rsplit(",", 1)[1]).split() if w not in _AROUND_GUESS]
    guessed = next((p for p in res.people if fold(p.name).split() == guess), None)
    said = fold(answer.text)
    if guessed is None or not said or said.split()[0] in _ALREADY_SAID:
        return answer
    right = f" {fold(guessed.name)} " in f" {said} "
    return replace(answer, text=f"{'Yes' if right else 'No'}, {answer.text}")
