"""Fans' ways of asking that mean a plainer question, read as it before anything else.

- "when" asked with another question word ("what day does it drop?", "which date is heartstopper out") asks
  for a date exactly as "when" does.
- "famous for" about a person is "known for" (the catalog reads "famous" as a film's vote count).
- "who's the lead", "who plays the main character" ask who stars in the show.
"""

from __future__ import annotations

_DAY_WORDS = frozenset({"day", "date", "days"})
_OPENERS = frozenset("what which whats".split())
_LEADS = frozenset("and ok okay so but then also".split())  # openers kept in front


_SAME_AS = {
    ("famous", "for"): ("known", "for"),
    ("best", "known", "for"): ("known", "for"),
    # The lead of a show is who stars in it ("who's the lead in it?", "who plays the main character").
    ("whos", "the", "lead"): ("who", "stars"),
    ("whos", "the", "leads"): ("who", "stars"),
    ("who", "is", "the", "lead"): ("who", "stars"),
    ("who", "are", "the", "leads"): ("who", "stars"),
    ("who", "plays", "the", "main", "character"): ("who", "stars"),
    ("who", "plays", "the", "lead"): ("who", "stars"),
    ("whos", "the", "main", "character"): ("who", "stars"),
    ("whos", "the", "main", "actress"): ("who", "stars"),
    ("whos", "the", "main", "actor"): ("who", "stars"),
    ("who", "is", "the", "main", "actress"): ("who", "stars"),
    ("who", "is", "the", "main", "actor"): ("who", "stars"),
    ("whos", "the", "lead", "actress"): ("who", "stars"),
    ("whos", "the", "lead", "actor"): ("who", "stars"),
}


def rephrase(tokens: list[str]) -> list[str]:
    """The tokens with fans' ways of asking read as the plainer question."""
    return _same_as(as_when(tokens))


def _same_as(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for phrase, plain in _SAME_AS.items():
        for at in range(len(out) - len(phrase), -1, -1):
            if tuple(out[at : at + len(phrase)]) == phrase:
                out[at : at + len(phrase)] = plain
    return out


def as_when(tokens: list[str]) -> list[str]:
    """The tokens with a leading "what day"/"which date" read as "when" ("whats the date" as "when is"), and a
    subject followed by "what day" as "when is" it."""
    at = 0
    while at < len(tokens) and tokens[at] in _LEADS:
        at += 1
    rest = tokens[at:]
    if len(rest) > 2 and rest[-2] in _OPENERS and rest[-1] in _DAY_WORDS:
        return [*tokens[:at], "when", "is", *rest[:-2]]  # "heartstopper s3, what day?"
    if len(rest) < 3 or rest[0] not in _OPENERS:
        return tokens
    if rest[0] == "whats" and rest[1] == "the" and rest[2] in _DAY_WORDS:
        return [*tokens[:at], "when", "is", *rest[3:]]  # "what's the date for season 3"
    if rest[1] in _DAY_WORDS:
        return [*tokens[:at], "when", *rest[2:]]
    return tokens
