"""A role asked about as confirmed: "so joe locke is confirmed as wiccan?", "is kit connor cast as nick",
"is it confirmed that joe locke plays wiccan", "is olivia colman confirmed for agatha" (whether she is in it).
Each is the check "X plays Y right", whose answer says whether
the facts hold the role or only fans' speculation about it; any claim after "is it confirmed that" is checked
the same way ("... that season 3 comes out october 3": "season 3 comes out october 3 right")."""

from __future__ import annotations

_AS_ROLE = frozenset({"confirmed", "cast", "announced"})
_LEADS = frozenset("so and but ok okay wait".split())


def _without_leads(tokens: list[str]) -> tuple[list[str], list[str]]:
    lead = 0
    while lead < len(tokens) and tokens[lead] in _LEADS:
        lead += 1
    return tokens[:lead], tokens[lead:]


def confirmed_role(tokens: list[str]) -> list[str]:
    """The tokens with a confirmed or cast role read as the check that someone plays it; else as they are."""
    leads, words = _without_leads(tokens)
    if words[:4] == ["is", "it", "confirmed", "that"] and len(words) > 5:
        return [*leads, *words[4:], "right"]  # "is it confirmed that joe locke plays wiccan"
    for at in range(1, len(words) - 2):
        if words[:1] == ["is"] and words[at] in _AS_ROLE and words[at + 1] in ("for", "in") and at >= 2:
            return [
                *leads,
                "is",
                *words[1:at],
                "in",
                *words[at + 2 :],
            ]  # "is olivia colman confirmed for agatha"
        if words[at] in _AS_ROLE and words[at + 1] == "as" and at >= 2:
            opener = words[:1] == ["is"]  # "is kit connor cast as nick": the person comes after "is"
            who = words[1:at] if opener else words[: at - 1] if words[at - 1] in ("is", "was") else []
            if who:
                return [*leads, *who, "plays", *words[at + 2 :], "right"]
    return tokens
