"""The fan's own remark run on after a question ("what else has he done i feel like doctor who", "who plays
nick and i blanked"): set apart from the question, which is asked without it."""

from __future__ import annotations

from intents.text import fold
from intents.understand.question_openers import QUESTION_START
from intents.understand.sentences import first_word
from intents.understand.talk import FANS_PEOPLE

# What the fan says of themselves after a question ("... i feel like doctor who", "... and i blanked").
_REMARK_VERBS = frozenset(
    """feel think guess bet swear forgot forget keep kept heard hear blanked cant dont just always
    really literally wonder assume believe remember reckon hope tried never read saw thought""".split()
)
# Words after which an "i" may start a title ("who's in i think you should leave").
_TITLE_MAY_FOLLOW = frozenset(
    """in of on about like called named titled watch watched watching see seen saw love loved is was
    from the""".split()
)
# What someone else wants or said, run on after the question ("... she wants to look up his other stuff").
_THEIR_VERBS = frozenset(
    "wants wanted said says asked asks thinks loves likes keeps needs told swears".split()
)
_QUESTION_BEFORE_REMARK = 3  # words of question before a remark may start


def without_own_remark(asked: str, rest: str) -> tuple[str, str]:
    """The question without the fan's remark run on after it: "what else has he done i feel like doctor
    who", "who plays nick and i blanked". Not when a title may start at the "i" ("who's in i may destroy
    you"), nor when the fan is the question's subject ("when can i watch it")."""
    words = asked.split()
    folded = [fold(w) for w in words]
    if first_word(asked) not in QUESTION_START:
        return asked, rest  # only a question has a remark run on after it
    for at in range(_QUESTION_BEFORE_REMARK, len(folded) - 1):
        fan = folded[at] in ("i", "im", "ive") and folded[at + 1] in _REMARK_VERBS
        # "... who wrote it she wants to look up his other stuff", "... my daughter has posters of him"
        others = folded[at] in ("she", "he", "they") and folded[at + 1] in _THEIR_VERBS
        family = folded[at] == "my" and folded[at + 1] in FANS_PEOPLE
        if not (fan or others or family):
            continue
        before = folded[at - 1]
        if before in QUESTION_START or (fan and before in _TITLE_MAY_FOLLOW):
            continue
        kept = words[: at - 1] if before in ("and", "but", "so") else words[:at]
        return " ".join(kept), f"{rest} {' '.join(words[at:])}".strip()
    return asked, rest
