"""Hypothesis strategies for hostile message text, and checks of what a reply may never contain."""

from __future__ import annotations

import re

from hypothesis import strategies as st

# What people (and attackers) type: mentions in every spelling, markdown, commands, controls, questions.
FRAGMENTS = (
    "@everyone", "@here", "@HERE", "@Everyone", "x@everyone_", "<@123>", "<@!123456789012345678>", "<@&1>",
    "<#1>", "</help:1>", "<<@1>@2>", "@\u200beveryone", "!", "!premiere", "!cast", "!x", "/ask", "who plays ",
    "nick", "heartstopper", " season 3", "when does ", "?", "`", "```", "**", "__", "~~", "||", "\\", "\n",
    "\r\n", "\u200b", "\u202e", "\x00", "\x1b[31m", "🎬", "ﬁ", "É", "'; DROP TABLE shows; --", " ",
)  # fmt: skip
hostile_text = st.one_of(
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=12).map("".join),
    st.text(max_size=200),
    st.builds(lambda piece, n: piece * n, st.sampled_from(FRAGMENTS), st.integers(100, 800)),
)

_MENTION_SYNTAX = re.compile(r"<(@[!&]?|#)\d+>")
_MASS_MENTION = re.compile(r"@(everyone|here)", re.IGNORECASE)


def mention_leaks(text: str) -> list[str]:
    """Working or echoed mentions in `text`: @everyone/@here in any case, <@id>, <@&id>, <#id>."""
    return _MASS_MENTION.findall(text) + [m.group(0) for m in _MENTION_SYNTAX.finditer(text)]
