"""Messages that are code, not questions: SQL statements and HTML tags get a short reply of their own instead
of being read for a title ("'; DROP TABLE shows; --" is no question about a show called "Table")."""

from __future__ import annotations

import re

_SQL = re.compile(
    r"\b(?:drop|truncate|alter)\s+table\b|\bdelete\s+from\b|\binsert\s+into\b|\bunion\s+(?:all\s+)?select\b"
    r"|\bselect\s+(?:\*|[\w,\s]+?\bfrom\b)|;\s*--|'\s*\)?\s*;",
    re.IGNORECASE,
)
_HTML = re.compile(r"<\s*/?\s*(?:script|iframe|img|svg|style|object|embed)\b[^>]*>", re.IGNORECASE)
CODE_REPLY = (
    "That looks like code, not a question. Ask me about a show, "
    "e.g. “when does heartstopper season 3 come out?”"
)


def looks_like_code(text: str) -> bool:
    """Whether the message is (or carries) an SQL statement or an HTML tag rather than a fan's question."""
    return _SQL.search(text) is not None or _HTML.search(text) is not None
