"""A surname's initial typed after a name ("nick n actor?", "joe l show"): kept as part of the name, never
read as the fan word it may also be ("n" for "and")."""

from __future__ import annotations

from collections.abc import Callable


def an_initial(tokens: list[str], at: int, is_name: Callable[[str], bool] | None) -> bool:
    """Whether tokens[at] is one letter after a known name with no name after it to join ("nick n actor";
    not "nick n charlie", where "n" joins two names)."""
    if is_name is None or len(tokens[at]) != 1 or at == 0 or not is_name(tokens[at - 1]):
        return False
    return at + 1 == len(tokens) or not is_name(tokens[at + 1])
