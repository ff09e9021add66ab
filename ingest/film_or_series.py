"""Whether an article's main title is a film or a series, from how the article talks about it."""

from __future__ import annotations

import re


def is_film(text: str, main: str | None) -> bool:
    """Is the main title a film? Only when films are talked about and seasons are not."""
    if main is None:
        return False
    films = len(
        re.findall(r"\b(?:films?|movies?|box office|theaters|theatres|cinemas)\b", text, re.IGNORECASE)
    )
    series = len(re.findall(r"\b(?:series|season|episodes?|show)\b", text, re.IGNORECASE))
    # "Dune: Part Two rides into theaters ...": the title itself goes to cinemas, whatever else is a series.
    theatrical = re.search(
        rf"{re.escape(main)}[”\"’']?\s[^.]{{0,40}}?\b(?:in|into|to) (?:theaters|theatres|cinemas)\b", text
    )
    # "his latest film 'Inception'": the title named as a film.
    named = re.search(rf"\b(?:film|movie)[,:]?\s+[“\"‘']?{re.escape(main)}(?!\w)", text)
    seasons = re.search(r"\b(?:seasons?|episodes?|finale|series premiere)\b", text, re.IGNORECASE)
    return (films > 2 and series == 0) or bool((theatrical or named) and not seasons)
