"""Render Answers as plain terminal text."""

from __future__ import annotations

from intents.answer import Answer

# How to get help in the terminal, added where an Answer points to help (the engine never names a command).
ASK_HELP = "Try `marquee ask help` to see what I can answer."
CHAT_HELP = "Type `help` to see what I can answer."


def render_text(answer: Answer, with_sources: bool = True, help_pointer: str = ASK_HELP) -> str:
    """The answer text (with the terminal's help pointer when it asks for one), then its first source."""
    lines = [answer.text_with_help(help_pointer)]
    if with_sources and answer.sources and answer.kind == "answer":
        lines.append(f"  — source: {answer.sources[0].cite()}")
    return "\n".join(lines)
