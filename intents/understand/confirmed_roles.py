"""A role asked about as confirmed: "so joe locke is confirmed as wiccan?", "is kit connor cast as nick",
"is it confirmed that joe locke plays wiccan", "is olivia colman confirmed for agatha" (whether she is in it).
Each is the check "X plays Y right", whose answer says whether
the facts hold the role or only fans' speculation about it; any claim after "is it confirmed that" is checked
the same way ("... that season 3 comes out october 3": "season 3 comes out october 3 right")."""

from __future__ import annotations

_AS_ROLE = frozenset({"confirmed", "cast", "announced"})
_LEADS = frozenset("so and but ok okay wait".split())
_PART_NOUNS = frozenset("character role part".split())
_OWNER_AS_SUBJECT = {"his": "he", "her": "she", "their": "they"}
# A frame asking whether what follows "that" is confirmed: "has it been (officially) confirmed that", "is it
# official that", "has anyone confirmed that", "did they announce that".
_FRAME_OPENERS = frozenset("is has have was did does".split())
_FRAME_WORDS = frozenset(
    """it anyone anybody someone they netflix been be officially actually already publicly yet now ever
    really""".split()
)
_CONFIRMING = frozenset("confirmed confirm official announced announce true known".split())
_FRAME_REACH = 7  # words up to "that": "has it actually been officially confirmed that"


def _without_leads(tokens: list[str]) -> tuple[list[str], list[str]]:
    lead = 0
    while lead < len(tokens) and tokens[lead] in _LEADS:
        lead += 1
    return tokens[:lead], tokens[lead:]


def _confirmation_frame(words: list[str]) -> int:
    """How many words a frame asking for confirmation takes, up to and with its "that"; 0 for none."""
    if words[:1] == [] or words[0] not in _FRAME_OPENERS or "that" not in words[:_FRAME_REACH]:
        return 0
    said = words[1 : words.index("that")]
    if not any(w in _CONFIRMING for w in said):
        return 0
    return words.index("that") + 1 if all(w in _FRAME_WORDS or w in _CONFIRMING for w in said) else 0


def confirmed_role(tokens: list[str]) -> list[str]:
    """The tokens with a confirmed or cast role read as the check that someone plays it; else as they are."""
    leads, words = _without_leads(tokens)
    framed = _confirmation_frame(words)
    if framed and len(words) > framed + 1:
        return [*leads, *words[framed:], "right"]  # "is it confirmed that joe locke plays wiccan"
    for at in range(1, len(words) - 2):
        if words[:1] == ["is"] and words[at] in _AS_ROLE and words[at + 1] in ("for", "in") and at >= 2:
            return [
                *leads,
                "is",
                *words[1:at],
                "in",
                *words[at + 2 :],
            ]  # "is olivia colman confirmed for agatha"
        if (
            words[:1] == ["is"]
            and words[at] in _AS_ROLE
            and words[at + 1 : at + 3] == ["to", "be"]
            and at >= 2
        ):
            # "is his character confirmed to be wiccan": "his character" is he, who plays the part named
            who = words[1 : at - 1] if words[at - 1] in _PART_NOUNS else words[1:at]
            who = [_OWNER_AS_SUBJECT.get(w, w) for w in who]  # "his character" plays it: he does
            if who and len(words) > at + 3:
                return [*leads, *who, "plays", *words[at + 3 :], "right"]
        if words[at] in _AS_ROLE and words[at + 1] == "as" and at >= 2:
            opener = words[:1] == ["is"]  # "is kit connor cast as nick": the person comes after "is"
            who = words[1:at] if opener else words[: at - 1] if words[at - 1] in ("is", "was") else []
            if who:
                return [*leads, *who, "plays", *words[at + 2 :], "right"]
    return tokens
