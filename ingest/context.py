"""What extractors know about the whole article: its date, main show, titles, people and paragraph topics."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ingest.memo import per_article
from ingest.mentions import count_mentions, title_spans
from ingest.names import CAPW, NETWORK_NAME, NOT_NAME, PARTICLE, PERSON, is_person_name, network_names
from ingest.sentences import Sentence
from ingest.surnames import family_name_first
from ingest.title_patterns import GENRE
from ingest.work_mentions import work_mentions

# One list item: a full name or a known surname, maybe "as Character", maybe a parenthesised aside.
_SEP = re.compile(r"^(?:\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)")
_SIBLINGS = re.compile(r"([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][a-z]+)\b")
# "Detective Ana Ruiz (Nina Morales, Dust Road)": a rank, then a name with an actor's name in brackets, is a
# role and its actor, never a person of a list.
_RANKED_ROLE = re.compile(
    r"(?:Detective|Det\.|Lt\.|Lieutenant|Sgt\.|Sergeant|Officer|Agent|Captain|Capt\.|Inspector|DCI|DI|DS|Sheriff"
    rf"|Deputy|Chief|Commander|Dr\.|Doctor|Nurse|Judge|Professor)\s+\S[^(]*\(\s*{PERSON}\s*[,)]"
)
_ITEM = re.compile(rf"^(?P<person>{PERSON}|(?:{PARTICLE}\s+)?{CAPW})(?P<aside>\s*\([^)]{{1,60}}\))?")
# A character's name, maybe after "the scheming", "her roommate" or "Joel's brother".
CHARACTER = (
    rf"(?:(?:the|a|an|his|her|their|{CAPW}['’]s|[A-Z][\w-]*s['’])\s+)?(?:(?!(?:in|on|at|for|from|with|while|and|but|who|which|well|as|when|where"
    rf"|he|she|they|it|we|you|him|them|opposite|alongside)\b)(?:[a-z][\w-]*(?:s['’]|['’]s)?|[A-Z]{{2,4}}(?=\s+[a-z])),?\s+){{0,3}}?"
    # ("as an anxious middle manager named Priya Sandhu": a description, then the name it is given.)
    rf"(?:(?:named|called)\s+)?"
    # A nickname may sit anywhere inside: Dr. Michael “Robby” Robinavitch.
    rf"(?P<char>(?:[“\"'‘]{CAPW}[”\"'’]\s+(?={CAPW}))?(?![A-Z]{{2,4}}\s+[a-z]){CAPW}(?:\s+(?:[“\"'‘]{CAPW}[”\"'’]|(?:(?:of|the|{PARTICLE})\s+)?{CAPW})){{0,5}})"
)
# "Oscar-winner", "Emmy-nominated": an award's word before a name describes the person.
_AWARDED = re.compile(r"[A-Z][\w]*-(?:winner|winning|nominated|nominee)")
CHARACTER_AFTER_AS = re.compile(rf"\s+as\s+{CHARACTER}")
# Where a sentence splits into clauses; ", and" splits only before a new subject, not inside "A, B, and C".
CLAUSE_SPLIT = re.compile(
    # ("with Ira Beck (Pale Harbor) returning as ...": other work may stand in brackets before the verb.)
    r",\s*(?:and|while|but|with|though)\s+(?=(?:he|she|they|it)\b|[a-z]|[A-Z][\w'’-]+(?:(?:\s|\s+and\s+)[A-Z][\w'’-]+)*"
    r"(?:\s+\([^()]{1,40}\))?\s"
    r"(?:is|was|are|were|has|have|had|also|will|previously|first|fans|plays|returns|serves|serving|directed|wrote|created"
    r"|executive|helming|helmed|directs|joins|won|received|returning|staying)\b)|;\s*"
    # "creator, writer and showrunner" is one list of roles, not two clauses.
    # "wrote and directed the film" shares its object; "will write and serve as showrunner" its subject.
    r"|(?<!\bwrote)(?<!\bwrites)(?<!\bwrite)\s+and\s+(?=[a-z])"
    r"(?!(?:co-)?(?:creator|writer|showrunner|executive producer|director|producer)s?\b)"
    r"|,?\s+(?=who\s+(?:also\s+)?[a-z]+(?:s|ed)?\b)|\s+while\s+"
)


@per_article  # crew, works and scores split the same sentence, and the people extractors read it twice
def clauses_of(text: str) -> tuple[str, ...]:
    """`text` cut at `CLAUSE_SPLIT`."""
    return tuple(CLAUSE_SPLIT.split(text))


_OPENERS = frozenset({"Season", "It", "The", "This", "Its", "Their", "A", "Volume", "Vol.", "Part", "All"})
# Words that point back to the show the paragraph is about.
COREFERENCE = re.compile(
    # ("The Disney+ series", "the Apple TV+ drama": a streamer's name may end in a plus.)
    # ("The first film was released in 2010": an earlier film, not the show at hand.)
    r"\b(?:the|this|its|their) (?!(?:first|second|third|original|previous|earlier|other) (?:film|movie)s?\b)"
    r"(?:[\w+-]+ ){0,3}?(?:series|show|drama|comedy|season|series'|show's"
    r"|adaptation|film|movie|thriller|epic|saga|sitcom|miniseries|installment|run|romance|dramedy|procedural|anthology"
    r"|docuseries|mystery|satire|western|reboot|revival|period piece)\b"
    # "Netflix's dark comic book series", "Kurt Sutter's biker drama": a network's or maker's show at hand.
    r"|\b(?-i:[A-Z])[\w+]*(?: (?-i:[A-Z])[\w+]*)?['’]s "
    r"(?!(?:other|another|next|sister|rival|former|first|previous)\b)"
    # (Describing words only: "Roe's character when the show drops" is no pointer through "when the".)
    r"(?:(?!(?:the|a|an|when|that|which|and|but|as|while|of|in|on|to|for|with|is|was|will)\b)[\w+-]+ ){0,3}?"
    r"(?:series|show|drama|comedy|thriller"
    r"|sitcom|miniseries|adaptation|revival|reboot)\b"
    r"|\b(?:[Ss]eason|Volume|Vol\.|Part) \d+\b|\bit\b"
    # "The first two episodes arrive on Sept. 13", "all eight episodes drop": the show's own premiere.
    r"|\b(?:the|its) first (?:\w+ )?episodes?\b|\ball (?:\w+ )?episodes\b"
    # "Eight new episodes will be available on ...": the new episodes are the show's at hand.
    r"|\b(?:the|its|\w+) new episodes\b",
    re.IGNORECASE,
)


# Capitalised describing words: "Regency", "Korean", "Victorian", "British", "Western", "Gothic".
_DESCRIBING = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic|ency|ern)")


@dataclass(frozen=True)
class Context:
    """Article-wide knowledge; `people` is empty on the first pass, when surnames cannot be resolved yet."""

    published: dt.date | None
    main: str | None
    shows: frozenset[str]
    titles: frozenset[str]
    people: frozenset[str] = frozenset()
    topics: Mapping[int, str | None] = field(default_factory=dict)
    focus_season: int | None = None
    # Full names anywhere in the article by surname, for "Burton directed ..." when Burton has no credit yet.
    surnames: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Capitalised words the article also uses alone ("Goldblum appears ..."): see lone_names.py.
    alone: frozenset[str] = frozenset()
    # "He executive produces with ...": the people who open the sentence before, by sentence text.
    antecedents: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # "The drama Silent Harbor stars A. It premieres Thursday.": the show "It" points back to (by sentence).
    referents: Mapping[str, str] = field(default_factory=dict)
    # Answers already worked out for this (immutable) context: every extractor asks again about the same
    # names and sentences, and each answer scans all the article's people or titles (a long round-up names
    # hundreds). Not part of the value: `replace` starts a new context with empty memos.
    _person_memo: dict[str, str | None] = field(default_factory=dict, init=False, repr=False, compare=False)
    _titles_memo: dict[str, list[tuple[int, int, str]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def person(self, name: str) -> str | None:
        """The full name for `name` (a full name, or a surname/first name unique among known people)."""
        if name not in self._person_memo:
            self._person_memo[name] = self._person(name)
        return self._person_memo[name]

    def _person(self, name: str) -> str | None:
        name = name.strip()
        words = name.split()
        if len(words) > 2 and words[0] in ("The", "A", "An"):
            return None  # "A and B, The Crown Jewel is ...": an article opens a title, never a name
        while len(words) > 2 and (
            words[0] in NOT_NAME or words[0] in ("Sir", "Dame") or _AWARDED.fullmatch(words[0])
        ):
            words = words[1:]  # "Newcomer Rosalind Achebe", "Sir Ben Kingsley", "Oscar-winner Ann Lee"
        name = " ".join(words)
        if " " in name:
            # "Abdul-Mateen II" is Yahya Abdul-Mateen II, named in full elsewhere.
            longer = [
                p
                for p in self.people
                if p.endswith(" " + name) and re.fullmatch(r"[A-Z][a-z]+ ", p[: -len(name)])
            ]
            if len(longer) == 1:
                return longer[0]
        if name in self.people:
            return name
        if " " not in name:
            # A lone word is a surname first ("Martin" is Steve Martin even with Martin Short about).
            matches = [p for p in self.people if p.split()[-1] == name] or [
                p for p in self.people if p.split()[0] == name
            ]
            # (A show's one-word title is no stranger's surname: "Andor stars Diego Luna".)
            if not matches and name not in self.titles:
                matches = list(self.surnames.get(name, ())) or family_name_first(name, self.surnames)
            return matches[0] if len(matches) == 1 else None
        if re.match(rf"{PARTICLE}\s", name, re.IGNORECASE):
            # "Del Toro" / "del Toro" is Guillermo del Toro, named in full elsewhere.
            known = self.people | {p for names in self.surnames.values() for p in names}
            fuller = {p for p in known if p.lower().endswith(" " + name.lower())}
            if len(fuller) == 1:
                return fuller.pop()
        if name in self.titles or not is_person_name(name):
            return None
        return name

    def titles_in(self, text: str) -> list[tuple[int, int, str]]:
        """Known titles in `text` as (start, end, title)."""
        if text not in self._titles_memo:
            self._titles_memo[text] = title_spans(text, set(self.titles))
        return list(self._titles_memo[text])  # a copy: callers may change the list they get

    def show_for(self, sentence: Sentence, text: str | None = None) -> str | None:
        """The show a sentence (or part) is about: the main show or one other show named, else the topic."""
        text = text if text is not None else sentence.text
        # "from 'Mare of Easttown' creator Brad Ingelsby" names other work, not what the sentence is about.
        found = {t for _s, _e, t in self.titles_in(text) if count_mentions(t, text) > work_mentions(t, text)}
        # "X will debut Feb. 8 (right after the Y finale)": a title named only in brackets is an aside.
        unbracketed = {t for _s, _e, t in self.titles_in(_BRACKETED.sub(" ", text))} & found
        found = unbracketed or found
        if self.main and self.main in found:
            return self.main
        shows = found & self.shows
        if len(shows) == 1:
            return next(iter(shows))
        if len(shows) > 1:
            return _opening_title(text, shows)
        if not found and sentence.text in self.referents:
            return self.referents[sentence.text]
        return self.topics.get(sentence.paragraph, self.main)

    def mentions_show(self, text: str) -> bool:
        """Does `text` name a known show or point back to one ("the series", "Season 3", "it")?

        "the upcoming WandaVision spin-off series" points at some other, unnamed show: that is no mention.
        """
        if self.titles_in(text):
            return True
        found = COREFERENCE.search(text)
        if found is None or re.search(r"\b(?:spin-?off|prequel|sequel)\b", text, re.IGNORECASE):
            return False  # "A spinoff ... is set to premiere" is about another show
        inner = [w for w in re.findall(r"\b[A-Z][\w'’+-]*", found.group()) if w not in _OPENERS]
        # "the Jason Segel comedy", "the Taylor Sheridan drama": its maker's name, still the show itself; so
        # are a network ("the Netflix drama") and a describing word ("the Regency romance").
        named = " ".join(w.removesuffix("'s").removesuffix("’s") for w in inner)
        # ("Apple TV+'s mystery drama": a network's name of several words, then describing words.)
        rest = NETWORK_NAME.sub(" ", named).split()
        return (
            not inner
            or is_person_name(named)
            or all(network_names(w) or _DESCRIBING.fullmatch(w) for w in named.split())
            or (rest != named.split() and all(_DESCRIBING.fullmatch(w) for w in rest))
        )


_BRACKETED = re.compile(r"\([^()]*\)")
# (A dash after it opens a line-up entry: "Better Call Saul – the spin-off stars ...".)
_SUBJECT_AFTER = re.compile(
    r"[”\"’']?(?:,|\s+(?:is|was|will|has|had|returns|premieres|debuts|follows|kicks|begins)\b|\s+[—–]\s)"
)


def _opening_title(text: str, shows: set[str]) -> str | None:
    """The show a clause opens with, as its subject ("“Girls,” a comedy which Dunham ("Tiny Furniture")
    wrote, kicks off ..."); None when it opens with none or the title only describes what follows
    ("Girls star Lena Dunham", "Girls' creator")."""
    opening = re.match(r"[“\"‘']?", text)
    start = opening.end() if opening else 0
    for show in shows:
        if text.startswith(show, start):
            rest = text[start + len(show) :]
            if _SUBJECT_AFTER.match(rest):
                return show
    return None


def person_list(text: str, ctx: Context, roles: bool = False) -> tuple[list[tuple[str, str | None]], int]:
    """People listed at the start of `text` ("A, B and C") and where the list ends.

    Each item comes with its parenthesised aside, or with its character when `roles` ("A as X, B as Y").
    """
    items: list[tuple[str, str | None]] = []
    pos = last_end = 0
    while True:
        siblings = _SIBLINGS.match(text[pos:])
        if siblings and re.search(rf"\b{siblings.group(3)}s?\s+(?:[Bb]rothers|[Ss]isters|[Tt]wins)\b", text):
            # "Matt and Ross Duffer, the Duffer Brothers": two people sharing the one surname.
            items += [(f"{siblings.group(n)} {siblings.group(3)}", None) for n in (1, 2)]
            last_end = pos + siblings.end()
            break
        match = _ITEM.match(text[pos:])
        if not match:
            break
        full = ctx.person(match.group("person"))
        if full is None or full in ctx.titles or _RANKED_ROLE.match(match.group()):
            break
        extra = match.group("aside").strip(" ()") if match.group("aside") else None
        last_end = pos + match.end()
        if roles:
            # "Priya Ramaswamy (Industry) as Meera": the aside is other work, never the character.
            extra = None
            role = CHARACTER_AFTER_AS.match(text[last_end:])
            if role:
                extra = role.group("char")
                last_end += role.end()
        items.append((full, extra))
        sep = _SEP.match(text[last_end:])
        if not sep:
            break
        pos = last_end + sep.end()
    return items, last_end


def last_people(text: str, ctx: Context) -> list[str]:
    """The last list of people named anywhere in `text`."""
    found: list[str] = []
    position = 0
    for match in re.finditer(rf"(?:^|(?<=[\s,(])){PERSON}", text):
        if match.start() < position:
            continue
        items, end = person_list(text[match.start() :], ctx)
        if items:
            found = [p for p, _a in items]
            position = match.start() + end
    return found


def trailing_people(text: str, ctx: Context) -> list[str]:
    """The list of people that ends `text` ("A and B" before ", who ..." or "play ...")."""
    for match in re.finditer(rf"(?:^|(?<=[\s,(])){CAPW}", text):
        items, end = person_list(text[match.start() :], ctx)
        if items and not text[match.start() + end :].strip(" ,"):
            return [p for p, _a in items]
    return []


def titled_before(before: str, ctx: Context) -> str | None:
    """The show a cast list belongs to when a title ends the text before its cue: "Episodes, starring"."""
    spans = ctx.titles_in(before)
    # "The Blacklist, a crime drama starring ...": a description of the title may come between.
    # ("his latest film 'Inception,' which stars": the comma may sit inside the quotes.)
    described = rf"(?:[”\"’']?,?|,[”\"’'])\s*(?:an? (?:[\w'’-]+ ){{0,3}}?{GENRE}\s*)?"
    if spans and spans[-1][2] in ctx.shows and re.fullmatch(described, before[spans[-1][1] :]):
        return spans[-1][2]
    return None
