"""The command a fan meant by a misspelt or shortened word after "!" ("!premeire", "!creater", "!dir")."""

from __future__ import annotations

from collections.abc import Mapping

from rapidfuzz.distance import OSA

from intents.understand.fanwords import FAN_WORDS

# Words fans type after "!" for what a command answers, though they name neither it nor one of its words:
# Rotten Tomatoes ("!rt heartstopper", "!tomatometer hs") is where the ratings come from.
COMMAND_NAMES: dict[str, str] = {
    "rt": "ratings",
    "rottentomatoes": "ratings",
    "tomatoes": "ratings",
    "tomatometer": "ratings",
    "popcornmeter": "ratings",
    "noms": "nominations",
    "bafta": "awards",
    "baftas": "awards",
    "emmys": "awards",
}
_SHORTEST_MISSPELT = 4  # a shorter word one edit from a command is as likely another word ("!wen" is "when")


def spelt_command(command: str, intent_of: Mapping[str, str]) -> str:
    """The command a misspelt or shortened one stands for, else the command as typed.

    `intent_of` maps each command to the name of the intent it asks. A fan's abbreviation ("dir") is read
    through the fans' words; a misspelling is one edit from a command with the first letter kept, and counts
    when every command that near asks the same intent ("!creater": creator or created, both the creator).
    """
    if command in intent_of:
        return command
    if (named := COMMAND_NAMES.get(command)) is not None and named in intent_of:
        return named
    expanded = FAN_WORDS.get(command, ())
    if len(expanded) == 1 and expanded[0] in intent_of:
        return expanded[0]
    if len(command) < _SHORTEST_MISSPELT:
        return command
    near = sorted(c for c in intent_of if c[:1] == command[:1] and OSA.distance(command, c) <= 1)
    if len({intent_of[c] for c in near}) > 1:
        # "!wher" is "where" cut short, not "when"; "!directorr" is "director" with a letter too many.
        near = [c for c in near if c.startswith(command) or command.startswith(c)]
    return near[0] if len({intent_of[c] for c in near}) == 1 else command
