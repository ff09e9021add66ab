"""A message as it arrives: its command, if any, and its cleaned text, or a reply when it cannot be asked."""

from __future__ import annotations

from intents import replies
from intents.answer import Answer
from intents.code_text import CODE_REPLY, looks_like_code
from intents.networks import spell_network_symbols
from intents.text import MAX_QUESTION_CHARS, clean_input, split_command
from intents.understand.fused_commands import unfused_question

# Messages last read: the last check on an answer (unknown_subject_guard) reads the message the pipeline has
# just read, and the reading depends on the message alone.
_MEMO_MESSAGES = 64
_read: dict[str, tuple[str | None, str]] = {}


def command_and_text(question: str) -> tuple[str | None, str] | Answer:
    """The message's command ("!cast ...", or None) and its cleaned text; an Answer for an empty or too long
    message."""
    raw = question or ""
    if raw in _read:
        return _read[raw]
    if len(raw) > MAX_QUESTION_CHARS * 4:
        return replies.invalid(
            f"That's a long message! Please ask a shorter question (under {MAX_QUESTION_CHARS} chars)."
        )
    text = clean_input(raw)
    if not text:
        return replies.invalid(replies.EMPTY_QUESTION)
    if looks_like_code(text):
        return replies.invalid(CODE_REPLY)  # never read for a title: "drop table shows" names no show
    command, text = unfused_question(*split_command(text))  # "/whois X" asks "who is X"
    if len(_read) >= _MEMO_MESSAGES:
        _read.clear()
    read = _read[raw] = command, spell_network_symbols(text)  # "d+" -> "disney+"
    return read
