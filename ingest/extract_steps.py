"""Steps of `ingest.extract`: run a pass of sentence extractors, and read the headline's titles and the
article's names for the title candidates."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.headline_titles import headline_titles
from ingest.main_show import acts_like_person
from ingest.model import ExtractedFact
from ingest.names import PERSON, is_person_name
from ingest.sentence_extractors import Extractor
from ingest.sentences import Sentence, headline
from ingest.title_guards import episode_titles
from ingest.titles import clean_title
from ingest.topics import segments


def run_extractors(
    extractors: tuple[Extractor, ...], sentences: list[Sentence], ctx: Context, problems: list[str]
) -> list[ExtractedFact]:
    """The facts `extractors` find in each of `sentences` (headlines skipped); an extractor's failure on a
    sentence is noted in `problems`."""
    facts: list[ExtractedFact] = []
    for sentence in (part for whole in sentences for part in segments(whole, ctx)):
        if sentence.heading:
            continue  # headlines are in title case, where names and titles cannot be told apart
        for extractor in extractors:
            try:
                facts.extend(extractor(sentence, ctx))
            except Exception as exc:
                problems.append(f"{extractor.__name__} skipped a sentence ({type(exc).__name__}: {exc}): "
                                f"{sentence.text[:80]!r}")  # fmt: skip
    return facts


def headline_subjects(sentences: list[Sentence]) -> list[str]:
    """The titles the headline names in a title's place that the article's text names again, spelt as the
    text spells them ("The Quiet Hours" for a headline's "The Quiet Hours")."""
    line = headline(sentences)
    prose = "\n".join(s.text for s in sentences[1:])
    found: list[str] = []
    episodes = episode_titles(line or "")  # "'Iron Saints' premiere recap: 'Ashes'": an episode, no show
    for title in headline_titles(line, clean_title):
        if title in episodes:
            continue
        spelt = re.search(rf"(?<!\w)(?<!\w['’]){re.escape(title)}(?!\w)", prose, re.IGNORECASE)
        if spelt and spelt.group()[0].isupper() and not acts_like_person(spelt.group(), prose):
            found.append(spelt.group())
    return found


def text_surnames(text: str) -> set[str]:
    """The last words of the person-shaped names in `text` ("Karen Pittman" gives "Pittman")."""
    return {m.split()[-1] for m in re.findall(PERSON, text) if is_person_name(m)}


def first_names(people: set[str]) -> set[str]:
    """The first words of the full names among `people` ("Noel Clarke" gives "Noel")."""
    return {p.split()[0] for p in people if " " in p}
