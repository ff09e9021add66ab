"""Turn a folded question into linked entities, a slot form for the matcher, and the words nobody knows.

The unknown words matter as much as the known ones: "who plays eleven in stranger things" names a show
Marquee has never heard of, and must get "I don't have facts about Stranger Things", not Heartstopper's cast.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from db.knowledge import CreditFact, Knowledge, PersonFacts, ShowFacts
from intents.award_categories_held import category_places
from intents.fans_clause import run_in_the_fans_clause
from intents.known_words import is_known, known_words
from intents.linking import EntityIndex, EntityRef, Mention
from intents.more_ordinary_words import SOMEONE_UNNAMED
from intents.near_names import respelt_near_name
from intents.number_titles import title_or_number
from intents.ordinary_words import GREETINGS, INTERJECTIONS, a_modifier
from intents.partial_names import name_part_alone, read_partial_names
from intents.registry import SLOT_TOKENS
from intents.seasons import SeasonRef, find_season
from intents.text import title_case
from intents.title_question import Frame, Question
from intents.title_slot import unknown_title
from intents.title_unknown_words import placed_as_a_title
from intents.unknown_name_evidence import (
    a_holiday,
    a_weekday,
    chatter,
    compares,
    part_of_unknown_name,
    respelt_title,
    someones_work,
    talk_beside_a_subject,
)
from intents.unknown_name_parts import unknown_name_parts

_KIND_SLOTS = {"show": "{show}", "person": "{person}", "character": "{character}", "network": "{network}"}


@dataclass
class Resolution:
    """Everything linking found in one question."""

    tokens: list[str]
    season: SeasonRef | None
    mentions: list[Mention]
    slotted: str = ""
    leftovers: list[list[str]] = field(default_factory=list)  # runs of unknown words
    # The slot form with each unknown run marked "xunkNx", to be tried as each kind of entity.
    marked: str = ""
    # Words that read as a title nobody knows: "in <unknown title>", "<unknown title> season 2".
    unknown_title: list[str] = field(default_factory=list)
    title_frame: Frame | None = None  # where the unknown title stands; None: only its unknown words mark it
    shows: list[ShowFacts] = field(default_factory=list)
    people: list[PersonFacts] = field(default_factory=list)
    characters: list[CreditFact] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    ambiguous: list[EntityRef] = field(default_factory=list)

    @property
    def named_runs(self) -> list[list[str]]:
        """The unknown runs that read as a name: not made of everyday words alone ("the same", "somewhere"),
        unless the fan marked them as one (capitals in a mixed-case message, quotes)."""
        # A run the question opens with stands where fans put a show's name ("never have i ever new season
        # when??"): everyday words there may still be a title nobody knows, and must not fall to another show;
        # one describing word before a determiner limits what follows ("only the baftas then?"): no title.
        # Beside a known subject the question names, the fan's talk ("who's at the helm of Heartstopper")
        # never stands for a second subject nobody knows.
        named = bool(self.shows or self.people or self.characters)
        return [
            run
            for run in self.leftovers
            if not (named and talk_beside_a_subject(run))
            and not set(run) <= SOMEONE_UNNAMED
            and (
                (not chatter(run) and not run_in_the_fans_clause(self.tokens, run))
                or (
                    self.tokens[: len(run)] == run
                    and not a_modifier(run, self.tokens[len(run) :])
                    and not set(run) <= GREETINGS | INTERJECTIONS  # "huh", "alright, thanks": talk
                )
            )
        ]

    @property
    def evident_title(self) -> list[str]:
        """The unknown title when something says it is one: words no everyday talk holds, the fan's marks,
        or a title's place other than the opening ("just started bridgerton", "i love the bear"); empty for
        a feeling that opens an aside ("so nervous about the new season")."""
        weak = self.title_frame in (None, Frame.LEADING)
        return [] if weak and chatter(self.unknown_title) else self.unknown_title

    @property
    def unknown_name(self) -> str:
        """The unknown title or the longest unknown run that reads as a name, as a person would write it."""
        words = self.unknown_title or max(self.named_runs or self.leftovers, key=len, default=[])
        return title_case(words)


_MAX_REREADS = 2  # "joe and kit": each run of name parts is written in on the first reading


def resolve(
    tokens: list[str],
    index: EntityIndex,
    kb: Knowledge,
    vocabulary: frozenset[str],
    partial_names: bool = True,
    respell: bool = True,
    *,
    rereads: int = 0,
) -> Resolution:
    """Link entities and season references in the folded tokens; `partial_names=False` leaves a first name
    or surname alone unlinked (right after a show nobody knows, "and kit?" is about that show);
    `respell=False` reads words nobody knows as typed (they were respelt once already)."""
    season = find_season(tokens)
    blocked = set(range(season.start, season.end)) if season else set()
    known = known_words(vocabulary)
    linked = index.link(tokens, blocked, known)
    if not partial_names and all(m.refs[0].kind != "show" for m in linked):
        linked = [m for m in linked if not name_part_alone(m)]  # "who plays nick" after "who's in wednesday"
    covered = blocked | {i for m in linked for i in range(m.start, m.end)}
    unknown = [
        i not in covered and not is_known(t, known) and not a_weekday(tokens, i) and not a_holiday(tokens, i)
        for i, t in enumerate(tokens)
    ]
    for i in category_places(tokens, kb):
        unknown[i] = False  # "music, writing and memorable moment": a held award category, no name
    unknown = unknown_name_parts(tokens, unknown, covered, known)
    mentions = [
        m for m in linked if not (part_of_unknown_name(m, tokens, unknown, known) or compares(m, tokens))
    ]
    res = Resolution(tokens, season, mentions)
    title_characters: list[int] = []  # characters named like a show's title: "Wednesday" (Addams)
    slots: dict[int, str] = {season.start: SLOT_TOKENS["{season}"]} if season else {}
    for mention in mentions:
        slots[mention.start] = SLOT_TOKENS[_KIND_SLOTS[mention.refs[0].kind]]
        blocked.update(range(mention.start, mention.end))
        for candidate in mention.refs:
            # A shorthand riding on another name ("wednesday" the show, and Wednesday Addams) is not meant.
            if candidate is mention.refs[0] or not candidate.weak:
                _collect(res, kb, candidate)
                if candidate.kind == "character" and mention.refs[0].kind == "show":
                    title_characters.append(candidate.id)
        if mention.alternatives:
            res.ambiguous.extend((mention.refs[0], *mention.alternatives))
    _build_forms(res, slots, blocked, unknown)
    title = unknown_title(Question(tokens, season, mentions, unknown))
    if (
        title is not None
        and title.frame is None
        and chatter(title.words, known)
        and not placed_as_a_title(tokens, title.words)
    ):
        title = None  # "did netflix buy it from somewhere": only everyday words, in no title's place
    title = title_or_number(title, tokens, covered)  # "who directed 1923" names a title, "s1 and s2" none
    shows = {show.id for show in res.shows}
    # Beside a title nobody knows, a first name is someone of that show ("who plays lucy in fallout").
    if partial_names:
        # A title held only as someone's other work ("did lyn work on torchwood") is no show nobody knows.
        unknown_words = title.words if title is not None and not someones_work(title.words, kb) else []
        partial = read_partial_names(tokens, res.leftovers, shows, kb, index, unknown_words)
        # Read again with the full names written in, a bounded number of times: a name written in that still
        # links no one would otherwise be written in again and again.
        if partial.tokens is not None and rereads < _MAX_REREADS:  # "who plays moraine in ...", "lyn ..."
            return resolve(partial.tokens, index, kb, vocabulary, rereads=rereads + 1)
        res.ambiguous.extend(partial.ambiguous)
        if not res.people and not res.ambiguous:
            # Initials several news people share, linked to no one ("dl role?"): ask which of them.
            res.ambiguous.extend(_shared_initials(tokens, covered, index))
    if title_characters and (res.leftovers or res.people):
        # "who does James Gunn play in Wednesday": the title is the show; the subject is someone else.
        res.characters = [c for c in res.characters if c.id not in title_characters]
    # An ordinary-word title the facts hold but the linker leaves alone ("Star") is no unknown title.
    if title is not None and " ".join(title.words) not in index.names:
        if (respelt := respelt_title(tokens, title.words, index)) is not None:
            return resolve(respelt, index, kb, vocabulary, partial_names)  # "the lsat of us": The Last of Us
        res.unknown_title, res.title_frame = title.words, title.frame
    # "euro lin", "orlando blume", "sho gun": words nobody knows that sound like, or are a few slips from, one
    # name news wrote about are that name.
    runs = [res.unknown_title, *res.leftovers] if res.unknown_title else res.leftovers
    if respell and runs and (respelt := respelt_near_name(tokens, runs, index, kb)) is not None:
        return resolve(respelt, index, kb, vocabulary, partial_names, respell=False)
    return res


def _shared_initials(tokens: list[str], covered: set[int], index: EntityIndex) -> list[EntityRef]:
    """The people whose initials a word no name covers spells, when several share them; else none."""
    for i, token in enumerate(tokens):
        if i not in covered and len(index.shared_initials.get(token, ())) > 1:
            return index.shared_initials[token]
    return []


def _build_forms(res: Resolution, slots: dict[int, str], blocked: set[int], unknown: list[bool]) -> None:
    words: list[str] = []
    marked: list[str] = []
    run: list[str] = []
    for i, token in enumerate(res.tokens):
        if i in slots:
            words.append(slots[i])
            marked.append(slots[i])
        if i in blocked:
            _flush(res, run)
            run = []
            continue
        words.append(token)
        if not unknown[i]:
            _flush(res, run)
            run = []
            marked.append(token)
            continue
        if not run:
            marked.append(f"xunk{len(res.leftovers)}x")
            # "the bear": keep the article that belongs to the title.
            if i > 0 and res.tokens[i - 1] == "the" and i - 1 not in blocked:
                run.append("the")
        run.append(token)
    _flush(res, run)
    res.slotted = " ".join(words)
    res.marked = " ".join(marked)


def adopt_remembered_title(res: Resolution, remembered: tuple[str, ...] | None) -> None:
    """A follow-up that repeats the conversation's unknown title ("it" -> "nobody wants this") names that
    title whole, not just its unknown words."""
    if not remembered or res.shows:
        return
    n = len(remembered)
    for start in range(len(res.tokens) - n + 1):
        if tuple(res.tokens[start : start + n]) == remembered:
            res.unknown_title = list(remembered)
            return


def unknown_variants(res: Resolution) -> list[str]:
    """The question's slot form with its unknown runs read as a show, a person or a character.

    "who plays eleven in stranger things" is then recognised as who_plays, and answered honestly
    with "I don't have facts about ..." instead of a guess.
    """
    if not res.leftovers or len(res.leftovers) > 3:
        return []
    kinds = ("{show}", "{person}", "{character}")
    variants = []
    for first in kinds:
        for rest in kinds if len(res.leftovers) > 1 else ("{show}",):
            text = res.marked
            for n in range(len(res.leftovers)):
                text = text.replace(f"xunk{n}x", SLOT_TOKENS[first if n == 0 else rest])
            variants.append(text)
    return list(dict.fromkeys(variants))


def _collect(res: Resolution, kb: Knowledge, ref: EntityRef) -> None:
    if ref.kind == "show" and ref.id in kb.shows and kb.shows[ref.id] not in res.shows:
        res.shows.append(kb.shows[ref.id])
    elif ref.kind == "person" and ref.id in kb.people and kb.people[ref.id] not in res.people:
        res.people.append(kb.people[ref.id])
    elif ref.kind == "character" and ref.id in kb.credits and kb.credits[ref.id] not in res.characters:
        res.characters.append(kb.credits[ref.id])
    elif ref.kind == "network" and ref.name not in res.networks:
        res.networks.append(ref.name)


def _flush(res: Resolution, run: list[str]) -> None:
    if run:
        res.leftovers.append(list(run))
