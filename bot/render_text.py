"""Render Answers as plain terminal text."""

from __future__ import annotations

from intents.answer import Answer


def render_text(answer: Answer, with_sources: bool = True) -> str:
    """The answer text, then its first source on its own line."""
    lines = [answer.text]
    if with_sources and answer.sources and answer.kind == "answer":
        lines.append(f"  — source: {answer.sources[0].cite()}")
    return "\n".join(lines)
