"""Unknown commands that are a question's opening words run together ("/whois joe locke")."""

from __future__ import annotations

# Opening words fans type as one command word; the rest of the message is what they ask about.
FUSED_OPENERS: dict[str, str] = {
    "whois": "who is",
    "whos": "who is",
    "whoplays": "who plays",
    "whatis": "what is",
    "whereis": "where is",
    "whenis": "when is",
    "tellmeabout": "tell me about",
    "isout": "is out",
    "isitout": "is it out",
}


def unfused_question(command: str | None, text: str) -> tuple[str | None, str]:
    """A command made of a question's opening words becomes that plain question ("/whois X" -> "who is X");
    any other command and text come back as they were. A fused opener with nothing after it is left as a
    command, which is refused as unknown."""
    if command is None or command not in FUSED_OPENERS or not text.strip():
        return command, text
    return None, f"{FUSED_OPENERS[command]} {text}"
