"""A name news wrote about, spelt by ear or with two slips: "euro lin", "tobey donavan", "orlando blume",
"slew horsis", "the wheal of tima", and split or joined as dictation hears it ("wander vision", "sho gun").

The linker takes a name whose words are at most a keystroke off; words further off are left as a name nobody
knows ("I don't have facts about Euro Lin"). Here a run of such words is compared with the names of the
shows, people and characters news wrote about (a few hundred, not the catalog): spaces ignored, by how alike
the letters are (fuzz.ratio) and whether they sound alike (intents.sound_keys). A run becomes that name only
when it is close to it, keeps its first sound ("kwiet" for "quiet"; and each word's first letter, for a
person typed in as many words), and no other entity comes near: otherwise it stays unknown, and the reply
says so (and suggests what it may be).
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from db.knowledge import Knowledge
from intents.linking import EntityIndex
from intents.name_slips import name_word_alike
from intents.snapshot_memo import PerSnapshot
from intents.sound_keys import sound_key
from intents.text import STOPWORDS

MIN_LETTERS = 5  # a shorter run ("dena", "dana") is too near too many names to be one misspelt
CLOSE = 80.0  # letters this alike (spaces ignored) are the name misspelt
SOUNDS_CLOSE = 65.0  # a run that sounds like the name may be spelt further from it
MARGIN = 8.0  # the best name must beat any other entity's by this much
SOUND_BONUS = 15.0
MAX_RUN = 4
_KINDS = frozenset({"show", "person", "character"})


@dataclass(frozen=True, slots=True)
class NewsName:
    """A news entity's full name: its key, spaces (and a leading "the") dropped, and its sound."""

    key: str
    bare: str
    sound: str
    entity: tuple[str, int]
    person: bool


def _bare(words: list[str]) -> str:
    return "".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


NewsNames = tuple[list[NewsName], list[str]]
_NEWS_NAMES: PerSnapshot[EntityIndex, NewsNames] = PerSnapshot()


def _news_names(index: EntityIndex, kb: Knowledge) -> NewsNames:
    # Once per snapshot (the index is derived from it): its names never change.
    return _NEWS_NAMES.get(index, lambda: _built_news_names(index, kb))


def _built_news_names(index: EntityIndex, kb: Knowledge) -> NewsNames:
    # The full names of news entities, and their bare forms for one rapidfuzz call.
    news = kb.news_article_ids()
    names: list[NewsName] = []
    for key, refs in index.names.items():
        for ref in refs:
            if ref.weak or ref.kind not in _KINDS:
                continue
            if ref.kind == "character":
                credit = kb.credits.get(ref.id)
                if credit is None or credit.article_id not in news:
                    continue
            elif (ref.kind, ref.id) in index.catalog_only:
                continue
            bare = _bare(key.split())
            if len(bare) >= MIN_LETTERS:
                names.append(NewsName(key, bare, sound_key(bare), (ref.kind, ref.id), ref.kind != "show"))
            break
    return names, [n.bare for n in names]


def warm_news_names(index: EntityIndex, kb: Knowledge) -> None:
    """Build the snapshot's news-name table now (a warm-up), not on the first question with a slip."""
    _news_names(index, kb)


def near_news_name(words: list[str], index: EntityIndex, kb: Knowledge) -> str | None:
    """The folded key of the one news name `words` misspell by ear or with a few slips, or None."""
    typed = _bare(words)
    if len(typed) < MIN_LETTERS or not typed.isalpha():
        return None
    names, bares = _news_names(index, kb)
    sound = sound_key(typed)
    hits = process.extract(typed, bares, scorer=fuzz.ratio, score_cutoff=SOUNDS_CLOSE, limit=12)
    scored: dict[tuple[str, int], tuple[float, str]] = {}
    for _bare_name, score, at in hits:
        name = names[at]
        alike = name.sound == sound
        if name.sound[:1] != sound[:1] or (score < CLOSE and not alike):
            continue
        typed_words = [w for w in words if w != "the"]
        name_words = [w for w in name.key.split() if w != "the"]
        if (
            name.person
            and len(typed_words) == len(name_words)
            and any(
                sound_key(t)[:1] != sound_key(n)[:1] for t, n in zip(typed_words, name_words, strict=True)
            )
        ):
            continue  # "hwang in ho" is not Hwang Jun-ho ("catherine" keeps Kathryn's first sound)
        if (
            name.person
            and len(typed_words) == len(name_words)
            and not all(map(name_word_alike, typed_words, name_words))
        ):
            continue  # "lara james" is not Lauren James, nor "kit conway" Kit Connor: someone else
        if name.person and _name_and_more(typed_words, name_words):
            continue  # "charlie cox" is not "charlie" misspelt: the name said whole, with a name of its own
        value = score + (SOUND_BONUS if alike else 0.0)
        if value > scored.get(name.entity, (-1.0, ""))[0]:
            scored[name.entity] = (value, name.key)
    if not scored:
        return None
    ranked = sorted(scored.values(), reverse=True)
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MARGIN:
        return None  # two names come near: not sure which, so none
    return ranked[0][1]


def respelt_near_name(
    tokens: list[str], runs: list[list[str]], index: EntityIndex, kb: Knowledge
) -> list[str] | None:
    """The question with the first whole run of unknown words that misspells one news name written as that
    name, or None. A part of a run is never respelt: "charlize theron" is someone else than Charlie."""
    for run in runs:
        at = _find(tokens, run)
        if at is None or len(run) > MAX_RUN or not any(index.unknown_word(w) for w in run):
            continue
        if (run[0] in STOPWORDS and run[0] != "the") or run[-1] in STOPWORDS:
            continue
        key = near_news_name(run, index, kb) or _two_near_names(run, index, kb)
        if key is not None:
            return [*tokens[:at], *key.split(), *tokens[at + len(run) :]]
    return None


def _name_and_more(typed: list[str], name: list[str]) -> bool:
    """Whether the typed words are a one-word name as it is spelt and a word more before or after it:
    someone else's full name ("charlie cox": Charlie is Charlie Spring's name), never a slip of the name. A
    full name with a word after it ("andy newberry resume", read from "his resume") is that name."""
    return len(name) == 1 and len(typed) == 2 and name[0] in typed


def _two_near_names(run: list[str], index: EntityIndex, kb: Knowledge) -> str | None:
    """Two news names each misspelt, run together ("tobey donavan heartstoper"): both respelt, when the run
    divides into two parts that each misspell one name (every word is then accounted for)."""
    for cut in range(1, len(run)):
        first = near_news_name(run[:cut], index, kb)
        second = near_news_name(run[cut:], index, kb) if first is not None else None
        if first is not None and second is not None:
            return f"{first} {second}"
    return None


def _find(tokens: list[str], run: list[str]) -> int | None:
    n = len(run)
    return next((i for i in range(len(tokens) - n + 1) if tokens[i : i + n] == run), None)
