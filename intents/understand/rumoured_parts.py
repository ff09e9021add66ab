"""The part someone is said to play, asked by its name: "what's the name of the character Joe Locke is
rumoured to be in Agatha?", "and the character Joe Locke is rumoured to be, what's the name?". Read as "who
is joe locke rumoured to play (in agatha)", whose answer gives the part and what is said of it."""

from __future__ import annotations

import re

_SAID = r"(?:rumoured|rumored|said|speculated|thought|supposed|believed|expected|meant)"
_PART = r"the (?:character|part|role)"
_NAME_OF = re.compile(
    rf"^(?:(?:and|so|ok|okay) )?(?:what is |whats )?the name of {_PART} (?P<who>.+?) (?:is|s|was) {_SAID} to "
    rf"(?:be|play)(?P<rest>(?: (?:in|on) .+)?)$"
)
_NAME_AFTER = re.compile(
    rf"^(?:(?:and|so|ok|okay) )?{_PART} (?P<who>.+?) (?:is|s|was) {_SAID} to (?:be|play)"
    r"(?P<rest>(?: (?:in|on) .+?)?) (?:what is|whats) (?:the|its|his|her|their) name$"
)


def rumoured_part(tokens: list[str]) -> list[str]:
    """ "who is X rumoured to play (in Y)" for the name of the part X is said to play; other tokens as they
    are."""
    said = " ".join(tokens)
    if "the character " not in said and "the part " not in said and "the role " not in said:
        return tokens  # both patterns name the part (most questions do not)
    found = _NAME_OF.match(said) or _NAME_AFTER.match(said)
    if found is None:
        return tokens
    return ["who", "is", *found["who"].split(), "rumoured", "to", "play", *found["rest"].split()]
