"""'is kismet available in french', 'is amelie a french film': a language checked against a catalog film's
languages, said yes or no first, with the languages it has.

Without this, "available in french" was read as a release question ("Yes. Kismet (1944) was released in
1944") and "is kismet in french" as a person nobody knows ("French").
"""

from __future__ import annotations

import html
import re

from intents.answer import Answer
from intents.catalog import facts
from intents.catalog.answers import label
from intents.catalog.named_films import catalog_films
from intents.query import Query, join_names
from intents.text import fold

_LANGUAGES = (
    "english|french|spanish|german|italian|japanese|korean|chinese|mandarin|cantonese|hindi|russian|portuguese"
    "|swedish|danish|norwegian|dutch|polish|arabic|turkish|hebrew|greek|finnish|czech|hungarian|persian|thai"
    "|tamil|telugu|bengali|urdu|indonesian|icelandic|romanian|serbian|croatian|ukrainian|vietnamese|filipino"
)
# Matched on the text as typed (one match for most questions); then read on the folded words.
_ASKS_LANGUAGE = re.compile(rf"^\W*(?:is|was|isn'?t|wasn'?t)\b.+\b(?:{_LANGUAGES})\b", re.IGNORECASE)
_CHECK = re.compile(
    rf"^(?:is|was|isnt|wasnt) (?P<film>.+?) (?:(?:available|released|made|shot|filmed|spoken|out) )?in "
    rf"(?P<language>{_LANGUAGES})(?: language)?(?: or not| too| as well| right)?$"
    rf"|^(?:is|was|isnt|wasnt) (?P<film2>.+?) an? (?P<language2>{_LANGUAGES})"
    r"(?: language)? (?:movie|film|flick|picture|one)(?: or not| too| right)?$"
)


def language_check(q: Query) -> Answer | None:
    """'No, Kismet (1944) is in English, as far as my facts go.' or 'Yes, ...'; None unless the question
    checks a language of a film only the catalog knows."""
    if q.index is None or _ASKS_LANGUAGE.match(q.text) is None:
        return None
    match = _CHECK.match(" ".join(fold(html.unescape(q.text)).split()))
    if match is None:
        return None
    film = match.group("film") or match.group("film2")
    asked = match.group("language") or match.group("language2")
    films = catalog_films(q, film)
    if not films:
        return None
    show = films[0]
    languages = facts.film_values(q.kb, show, "language")
    if not languages:
        text = f"I don't have a language for {label(show)} in my facts."
        return Answer(text=text, kind="unknown", intent="film_language", confidence=0.9, show_id=show.id)
    said = join_names(languages)
    held = any(fold(language) == asked for language in languages)
    text = (
        f"Yes, {label(show)} is in {said}."
        if held
        else f"No, {label(show)} is in {said}, as far as my facts go."
    )
    return Answer(
        text=text,
        kind="answer",
        intent="film_language",
        confidence=0.9,
        answers=("Yes" if held else "No", *languages),
        show_id=show.id,
    )
