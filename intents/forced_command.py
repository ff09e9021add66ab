"""The intent a command names ("!cast"): commands are read before any question words are."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from intents import replies
from intents.answer import Answer
from intents.registry import Intent
from intents.text import safe_fragment
from intents.understand.command_words import spelt_command


def forced_intent(
    command: str | None, commands: Mapping[str, Intent], intent_of: Mapping[str, str]
) -> Intent | Answer | None:
    """The intent a command names, None for no command (or "!ask"), an Answer for an unknown one.

    `intent_of` maps each command to its intent's name (made once per engine: read for misspellings)."""
    if command is None:
        return None
    command = spelt_command(command, intent_of)
    if command == "ask":
        return None
    if command not in commands:
        shown = safe_fragment(command, 40)  # user-typed: never echo a mention
        return replies.invalid(f"I don't know the command “{shown}”.", points_to_help=True)
    return commands[command]


def with_command_word(
    tokens: list[str], command: str | None, forced: Intent | Answer | None, intent_of: Mapping[str, str]
) -> list[str]:
    """The question's words with the command's own word when it says what is asked ("!episodes hs s3" asks
    for episodes, which the seasons intent tells apart from seasons); unchanged otherwise."""
    if command is None or not isinstance(forced, Intent) or not forced.command_words:
        return tokens
    word = spelt_command(command, intent_of)
    return [word, *tokens] if word in forced.command_words and word not in tokens else tokens


async def unknown_command_as_words(
    refused: Answer, command: str, text: str, asks_with: bool, ask: Callable[[str], Awaitable[Answer]]
) -> Answer:
    """An unknown command read as the question its words make ("!credits andy newberry"), else `refused`.

    Fans invent commands for what they want ("!platform agatha", "!bio kit connor"); when the command is
    a word questions ask with (`asks_with`), the words after "!" ask the question. Only an answer counts:
    a reply that did not understand them says the command is unknown ("!frobnicate joe locke" stays so)."""
    if not asks_with or not text.strip():
        return refused
    answer = await ask(f"{command} {text}")
    return answer if answer.kind in ("answer", "clarify") else refused
