"""Two-hop chains: a subject described by a relation ("the director of season 3", "the show with nick nelson",
"the actor who plays charlie") is found first, then the question is asked about it.

The described phrase is replaced by the name it denotes and the rewritten question is answered; the answer
starts with the fact that identified the subject, so the reader sees the whole path and both sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.linking import Mention
from intents.replies import NOT_UNDERSTOOD
from intents.seasons import SEASON_NOUN, find_season
from intents.text import STOPWORDS, fold
from intents.understand.chain_answers import OTHER_LEAD, other_lead, same_as
from intents.understand.chain_patterns import _PATTERNS, _RAW_SEASON, _WHICH_SEASON, ROLE_QUESTIONS
from intents.understand.chain_shows import SCAFFOLD, show_bridge, show_of
from intents.understand.context import Composing, lead_with, merged_sources
from intents.understand.frames import read_frame
from intents.understand.role_words import VERB_ROLES

# How an answer that says first what is missing starts: the fact that found the subject goes after it.
_SAYS_WHAT_IS_MISSING = ("I don't have", "No new season")
# "what's the other show (the s3 director did)": other work of the person the description finds.
_OTHER_WORK = re.compile(
    r"^(?:what|which|whats)(?: is| s| are)? (?:the |their |his |her )?other (?:shows?|series)\b"
)
# A role's object that is a season or episodes: "the guy who did all 16 episodes" directed them.
_SEASON_OR_EPISODES = rf"{_RAW_SEASON}|\bepisodes?\b"
# Plural crew nouns: the description denotes every holder of the role ("the creators of X"), up to a few.
_PLURAL_CREW = frozenset({"directors", "creators", "writers"})
_MOST_NAMED = 3
# Question words that ask for a fact of the described subject, never for its name alone.
_ASKS_FOR_A_FACT = frozenset({"when", "whens", "where", "wheres", "how"})


@dataclass(frozen=True)
class _Marked:
    text: str
    spans: dict[str, tuple[int, int]]  # placeholder -> token span
    mentions: dict[str, Mention]


def _mark(c: Composing) -> _Marked:
    """The question with each linked name as <E0>, <E1> ... and the season as <S>."""
    starts: dict[int, tuple[str, int]] = {}
    mentions: dict[str, Mention] = {}
    for n, mention in enumerate(c.res.mentions):
        key = f"<E{n}>"
        starts[mention.start] = (key, mention.end)
        mentions[key] = mention
    season = c.res.season
    if season is not None:
        starts[season.start] = ("<S>", season.end)
    words: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    i = 0
    while i < len(c.tokens):
        if i in starts:
            key, end = starts[i]
            spans[key] = (len(words), len(words) + 1)
            words.append(key)
            i = max(end, i + 1)
            if key in mentions and mentions[key].refs[0].kind == "show" and c.tokens[i : i + 1] in _SHOW_NOUN:
                i += 1  # "the creator of the wheel of time show": the title says what it is
            continue
        words.append(c.tokens[i])
        i += 1
    return _Marked(" ".join(words), spans, mentions)


_SHOW_NOUN = (["show"], ["series"])
# "his disney+ series", "her new show": a possessive before a show noun.
_POSSESSIVE_SHOW = re.compile(r"\b(?:his|her|their) (?=(?:[a-z0-9]+ |<E\d+> )?(?:show|series)\b)")


def _bind_possessive(marked: _Marked) -> _Marked:
    """'joe locke is acting opposite in his disney+ series': a possessive before a show noun stands for the
    one person named before it, so the show is described by that person ("<E0> s disney+ series")."""
    match = _POSSESSIVE_SHOW.search(marked.text)
    if match is None:
        return marked
    people = {
        key
        for key in re.findall(r"<E\d+>", marked.text[: match.start()])
        if marked.mentions[key].refs[0].kind == "person"
    }
    if len(people) != 1:
        return marked
    text = f"{marked.text[: match.start()]}{people.pop()} s {marked.text[match.end() :]}"
    return _Marked(text, marked.spans, marked.mentions)


# "its" before a season or its episodes ("its first season", "all 16 of its first episodes").
_ITS_SEASON = re.compile(rf"\bits (?=(?:[a-z0-9]+ ){{0,2}}(?:(?:{SEASON_NOUN}|episodes?|eps)\b|<S>))")


def _its_as_the(marked: _Marked) -> _Marked:
    """'besides heartstopper, what has the director of its first season done': "its" is the one show the
    question names, so the season is described as "the first season" (of the show the question is about)."""
    shows = {m.refs[0].name for m in marked.mentions.values() if m.refs[0].kind == "show"}
    if len(shows) != 1:
        return marked
    return _Marked(_ITS_SEASON.sub("the ", marked.text), marked.spans, marked.mentions)


def _words(marked: _Marked, c: Composing, fragment: str) -> str:
    """A marked fragment back in plain words."""
    out = []
    for word in fragment.split():
        if word in marked.mentions:
            out.append(marked.mentions[word].refs[0].name)
        elif word == "<S>" and c.res.season is not None:
            out.append(" ".join(c.tokens[c.res.season.start : c.res.season.end]))
        else:
            out.append(word)
    return " ".join(out)


async def chain(c: Composing) -> Answer | None:
    """Answer a question whose subject is described by a relation, or None when it has no such phrase."""
    if not c.res.mentions and c.res.season is None and not c.has("episodes"):
        return None  # nothing to describe someone by ("the guy who directed the first 16 episodes" has)
    marked = _its_as_the(_bind_possessive(_mark(c)))
    for pattern in _PATTERNS:
        match = pattern.search(marked.text)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("obj") is not None and not groups["obj"].strip(" the"):
            continue
        if (groups.get("obj") or "").rstrip().endswith(" of"):
            continue  # "the director of the new season of the show X is in": the show is described first
        if _person_show_follows(marked, groups.get("obj"), marked.text[match.end() :]):
            continue  # "the creator of the diego luna show": the show is described first
        found = await _bridge(c, marked, groups)
        if found is None:
            continue
        name, bridge = found
        if any(fold(m.refs[0].name) == fold(name) for m in c.res.mentions):
            return None  # "is tony gilroy the showrunner of andor" asserts it: a yes/no check
        before, after = marked.text[: match.start()], marked.text[match.end() :]
        if c.is_yes_no and groups.get("who") is None and _names_a_person(marked, f"{before} {after}"):
            return None  # "is kit connor the actor who plays charlie" asserts who it is: a yes/no check
        if not asks_more(f"{before} {after}"):
            # "who is the creator of heartstopper" is a one-hop question; "alice oseman's show" is answered
            # by the bridge itself.
            return bridge if groups.get("who") is not None else None
        role = groups.get("role") or VERB_ROLES.get(groups.get("verb") or "") or "director"
        asked = ROLE_QUESTIONS.get(role, "who directed")
        if groups.get("obj") is not None and (same := await same_as(c, asked, bridge, after)) is not None:
            return same
        if groups.get("who") is not None and OTHER_LEAD.search(f"{before} {after}"):
            return await other_lead(c, marked.mentions[groups["who"] or ""], name, bridge)
        if groups.get("obj") is not None and _OTHER_WORK.match(before):
            after = "done"  # "what's the other show the s3 director is known for": their other work
            before = "what else has"
        rest = f"{before} {fold(name)} {_that_show(after, marked, groups)}"
        outer = await c.ask_composed(_words(marked, c, rest))
        if outer.kind not in ("answer", "unknown") or outer.text == NOT_UNDERSTOOD:
            return None  # the question with the name in place is not understood: the chain is no reading
        if bridge.text.rstrip(".") in outer.text:
            # The answer already says what found the subject ("euros lyn directed all 16 episodes ...").
            return replace(outer, kind=outer.kind, sources=merged_sources(outer, bridge))
        if outer.kind == "unknown" or outer.text.startswith(_SAYS_WHAT_IS_MISSING):
            # What is missing comes first, then the fact that found the subject.
            joined = replace(
                outer, text=f"{outer.text} ({bridge.text})", sources=merged_sources(outer, bridge)
            )
            return replace(joined, show_id=outer.show_id or bridge.show_id)
        if outer.answers[:1] in (("Yes",), ("No",)) or (c.is_yes_no and outer.text.startswith(("Yes", "No"))):
            # A yes/no says yes or no first: the fact that found the subject follows.
            sources = merged_sources(outer, bridge)
            return replace(outer, text=f"{outer.text} ({bridge.text})", sources=sources)
        joined = lead_with(bridge.text, outer, intent=outer.intent or "chain", extra_sources=bridge.sources)
        return replace(joined, kind="answer", show_id=outer.show_id or bridge.show_id)
    return None


async def _bridge(c: Composing, marked: _Marked, groups: dict[str, str | None]) -> tuple[str, Answer] | None:
    """The name the described phrase denotes and the answer that says so."""
    role = groups.get("role") or VERB_ROLES.get(groups.get("verb") or "")
    if role is None and groups.get("obj") is not None:
        # "the man behind X": a season's is its director, a show's its creator.
        role = (
            "director"
            if "<S>" in (groups["obj"] or "") or re.search(_SEASON_OR_EPISODES, groups["obj"] or "")
            else "creator"
        )
    if role is not None and groups.get("obj") is not None:
        obj = _words(marked, c, groups["obj"] or "")
        if groups.get("when") is not None:
            obj = f"{_WHICH_SEASON[groups['when'] or '']} {obj}"
        if groups.get("pre") is not None and "<S>" not in (groups["obj"] or ""):
            obj = f"{obj} {_words(marked, c, '<S>')}"  # "the season 3 director for heartstopper"
        if (show := _show_of_a_bare_season(c, marked, groups["obj"] or "", obj)) is not None:
            # "was season 1's director the same as season 3's", "what did the s1 director do besides
            # heartstopper": a season of the show the question is about, never one guessed from the season.
            obj = f"{fold(show.title)} {obj}"
        question = ROLE_QUESTIONS.get(role, "who directed")
        inner = await c.ask(f"{question} {obj}")
        if inner.kind != "answer" or not inner.answers:
            return None
        if role in _PLURAL_CREW and 1 < len(inner.answers) <= _MOST_NAMED:
            # "the hbo show's creators, what else have they done": every holder of the role, not the first
            return " and ".join(inner.answers), inner
        return inner.answers[0], inner
    if groups.get("char") is not None:
        mention = marked.mentions[groups["char"] or ""]
        if mention.refs[0].kind != "character":
            return None
        inner = await c.ask(f"who plays {mention.refs[0].name}")
        if inner.kind != "answer" or not inner.answers:
            return None
        return inner.answers[0], inner
    if groups.get("who") is not None:
        mention = marked.mentions[groups["who"] or ""]
        said = f"{groups.get('others') or ''} {groups.get('beside') or ''}"
        others = [marked.mentions[key] for key in re.findall(r"<E\d+>", said)]
        show = show_of(c, mention, groups.get("how"), others)
        if show is None:
            return None
        return show.title, show_bridge(c.kb, mention, show)
    return None


def _show_of_a_bare_season(c: Composing, marked: _Marked, marked_obj: str, obj: str) -> ShowFacts | None:
    """The show the question is about (named elsewhere in it, or the conversation's) when the described
    phrase names a season but no show; None otherwise."""
    in_obj = [k for k in re.findall(r"<E\d+>", marked_obj) if marked.mentions[k].refs[0].kind == "show"]
    if in_obj or len({show.id for show in c.res.shows}) > 1 or find_season(obj.split()) is None:
        return None
    return c.show


def _that_show(after: str, marked: _Marked, groups: dict[str, str | None]) -> str:
    """The words after the described subject with "that show" (or "the show") as the show the description
    named: "the director of 2 episodes of the lantern keepers, credited with what on that show", "did hs's
    author create the show too" (never a show named after it: "the show <E1>")."""
    shows = [
        k for k in re.findall(r"<E\d+>", groups.get("obj") or "") if marked.mentions[k].refs[0].kind == "show"
    ]
    if not shows:
        return after
    return re.sub(r"\b(?:that|this|the same|the) (?:show|series)\b(?! <E)", shows[0], after)


def asks_more(words: str) -> bool:
    """Whether the question says more than 'who is' around the described subject ("who's in the show
    alice oseman created" asks for its cast, in words that are all stopwords)."""
    content = [w for w in words.split() if w not in STOPWORDS and w not in SCAFFOLD and not w.isdigit()]
    asks = not _ASKS_FOR_A_FACT.isdisjoint(words.split())  # "when is joe locke's marvel show out"
    asks = asks or words.split()[-1:] == ["about"]  # "what is the show andy newberry directs about"
    return bool(content) or asks or read_frame(re.sub(r"<E\d+>|<S>", "xshowx", words)) == "cast"


def _names_a_person(marked: _Marked, words: str) -> bool:
    """Whether these marked words name a person (outside the described phrase)."""
    return any(marked.mentions[key].refs[0].kind == "person" for key in re.findall(r"<E\d+>", words))


def _person_show_follows(marked: _Marked, obj: str | None, after: str) -> bool:
    """Whether a role's object is a person followed by "show" ("the writer of the gemma arterton show"):
    the object is then the person's show, not the person."""
    ends = re.search(r"(<E\d+>)\s*$", obj or "")
    return (
        ends is not None
        and marked.mentions[ends.group(1)].refs[0].kind == "person"
        and re.match(r"\s*(?:s )?(?:show|series)\b", after) is not None
    )
