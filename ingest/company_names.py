"""Production companies named like titles: "a co-production with Lionsgate starring Edie Falco" is no show.

A studio's short name often stands where a title would ("Lionsgate starring X", "Bad Robot and Monkeypaw
will produce"); the article gives it away where it writes the company's full name, the short name followed by
a company word ("Lionsgate Television", "Monkeypaw Productions").
"""

from __future__ import annotations

import re

# The words that end a company's name. "TV" is left out: "AMC's Interview With The Vampire TV series".
_COMPANY_WORD = re.compile(
    r"\s+(?:Television|Studios|Productions|Entertainment|Networks|Pictures|Films|Media Group|Inc\.|LLC)\b"
    # "The Dune Television series" would be a title followed by a medium, not a company.
    r"(?!\s+(?:series|show|film|movie|adaptation|drama|comedy)\b)"
)


def names_a_company(title: str, text: str) -> bool:
    """Whether `text` writes `title` as a company's short name (followed by a company word somewhere)."""
    start = text.find(title)
    while start != -1:
        before_ok = start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "'’-")
        if before_ok and _COMPANY_WORD.match(text, start + len(title)):
            return True
        start = text.find(title, start + 1)
    return False
