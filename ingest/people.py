"""Cast: who plays whom, in the forms news articles use ("X as Y", "Y (X)", "X's Y", "stars X, Y and Z")."""

from __future__ import annotations

import re

from ingest.cast_guards import ACTOR_THEN_WORK, caption_show, other_works_cast, through_work
from ingest.cast_pairs import in_name_list, in_role_list, paired_roles, roles_with_work
from ingest.cast_patterns import (
    ACTORS_CHARACTER,
    AKA,
    CAST_CUE,
    CAST_WORDS,
    CREW_AFTER,
    CREW_WORDS,
    IN_OTHER_TITLE,
    IS_CHARACTER,
    IS_RELATIVE,
    JOINS_AS_CREW,
    LIST_CUES,
    NOT_AFTER_POSSESSIVE,
    PLAYED_BY,
    PLAYS,
    PLAYS_VERB,
    PLURAL_VERB,
    RETURNING_CUE,
    RETURNING_VERB,
    ROLE_GOES_TO,
    ROLE_HONORIFIC,
    ROLE_JOINED_IN,
    ROLE_LANDED,
    ROLE_THEN_ACTOR,
    ROSTER_CUE,
    SUBJECT_LIST_VERB,
    TITLE_ROLE,
    WHOM_PLAYS,
    character_list,
)
from ingest.cast_scope import elsewhere, titled_cast
from ingest.cast_shapes import described_people, described_subjects
from ingest.character_names import _appositive, _aside_roles, _is_character, _name_ends, character_shaped
from ingest.context import CHARACTER, Context, person_list, titled_before, trailing_people
from ingest.credit_record import actor_credit as _credit
from ingest.cued import cued
from ingest.lone_names import actor_before_work
from ingest.model import ExtractedFact
from ingest.names import CAPW, NOT_NAME, PERSON, is_person_name
from ingest.person_descriptions import ACTOR_SLOT, APPOSITIVE, DESCRIBED_PERSON, JOINING
from ingest.sentences import Sentence

# Compiled once here, not built and looked up again for every sentence: each is some 10,000 characters.
_PLAYS_CHARACTER = cued(
    rf"({PERSON}|{CAPW})(?:\s*\([^()]{{1,60}}\)|{APPOSITIVE})?{PLAYS}{CHARACTER}", PLAYS_VERB
)
_WHO_FOR_PLAYING = cued(
    rf"({PERSON}),\s+who\s[^,]{{0,80}}?\bfor (?:playing|portraying)\s+{CHARACTER}",
    r"for (?:playing|portraying)\s",
)


def cast_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Actor credits (with characters when stated) in one sentence."""
    text = sentence.text
    show = ctx.show_for(sentence)
    captioned, caption_title = caption_show(text, ctx)
    if captioned:
        show = caption_title  # "REVOLUTION — ... Pictured: A as X": the caption's own show, or none
    if show is None:
        return [] if captioned else titled_cast(text, ctx)
    found: dict[str, ExtractedFact] = {}

    def add(person: str, character: str | None, confidence: float, own: str | None = None) -> None:
        # "joins the season as Jessica Jones, a character she first played in 'Jessica Jones'": a role may
        # share its name with another show.
        # ("Alongside A as Murderbot": the show's own name as a role is its title role.)
        titled = character in ctx.titles and f"as {character}" in text
        if character is not None and (
            character.endswith(("'s", "’s"))
            or character in NOT_NAME
            or not (titled or _is_character(character, ctx))
        ):
            character = None
        if character and " " not in character and len(ctx.surnames.get(character, ())) == 1:
            # "reprises his role as Pine" when the article calls him Jonathan Pine elsewhere.
            full = next(iter(ctx.surnames[character]))
            character = full if _is_character(full, ctx) else character
        if character is None and person in found:
            return
        found[person] = _credit(own or show, person, sentence, confidence, character)

    # "Catherine Zeta-Jones and Luis Guzmán play Morticia and Gomez Addams": pair them in order.
    for paired_actor, paired_role in paired_roles(text, ctx) + roles_with_work(text, ctx):
        add(paired_actor, paired_role, 0.75)
    # "Adam Scott stars as Mark Scout", "Kaitlyn Dever, who plays Abby", "Wright reprises the role of Isaac".
    # "Josh Holloway (LOST, Colony), who will portray ...": the bracketed aside is the actor's other work.
    for match in _PLAYS_CHARACTER.finditer(text):
        who = ctx.person(match.group(1))
        past = "played" in match.group(0)
        if past and re.match(r"\s*,?\s*(?:in|on) (?:the \d{4} \w+ )?[A-Z]", text[match.end() :]):
            continue  # "who played Din Djarin in The Mandalorian" is another show's role
        if elsewhere(text[match.end() :], show, ctx):
            continue  # "Goldstein, who also plays Roy Kent on 'Ted Lasso'": that show's role
        plural = PLURAL_VERB.match(text[match.end(1) :])
        subjects = trailing_people(text[: match.end(1)], ctx) if plural else []
        # "A and B will play her parents, X and Y": paired above, or whose is X? ("A and B, who plays X": B)
        relative = re.match(r",\s+who\b", text[match.end(1) :])
        if not plural and not relative and in_role_list(text, match.start(1), match.end(1), ctx):
            continue
        if len(subjects) > 1 and re.search(r"\s+and\s+\S+(?:\s+\S+){0,3}$", text[: match.end(1)]):
            # "Kristen Bell and Adam Brody return as Joanne, a podcaster, and Noah, a rabbi": pair the
            # roles in order when each is found; never give the first role to the last person alone.
            later = re.findall(rf",\s+and\s+({CAPW}(?:\s+{CAPW})*),", text[match.end() :])
            roles = [match.group("char"), *later[:1]]
            if len(subjects) == 2 == len(roles) and re.match(r",\s+(?:an?|the)\s", text[match.end() :]):
                for person, role in zip(subjects, roles, strict=True):
                    add(person, role, 0.7)
            continue
        owner = match.group("char").endswith(("'s", "’s"))  # "Keegan Taylor's father, Mitch Baker"
        if who and who not in found and (owner or _name_ends(text[match.end() :])):
            character = _appositive(match.group("char"), text[match.end() :])
            # "plays the Front Man, Hwang In-ho, who ...": a title-like role, then the character's name.
            named = re.match(rf",\s+({CAPW}(?:\s+{CAPW}){{1,3}})(?=[,.;]|$)", text[match.end() :])
            if named and re.search(r"\bthe\s+$", text[match.start("char") - 4 : match.start("char")]):
                character = named.group(1)
            add(who, character, 0.75 if past else 0.85)
    for match in ACTORS_CHARACTER.finditer(text):
        who = ctx.person(match.group(1))
        if who and who not in found and _is_character(match.group(2), ctx):
            add(who, match.group(2), 0.7)
    # "Anna Sawai, who won the Emmy for lead actress for playing Toda Mariko".
    for match in _WHO_FOR_PLAYING.finditer(text):
        who = ctx.person(match.group(1))
        if who:
            add(who, match.group("char"), 0.75)
    # "with Emma Myers as her roommate Enid Sinclair", "Young Mazino as Jesse": only in sentences about cast.
    if CAST_CUE.search(text):
        # ("Mira Costa (Lantern Bay) as Odile": a bracket between the name and "as" holds other work.)
        for match in re.finditer(
            rf"(?:^|[\s,(])({PERSON})(?:\s*\([^()]{{1,60}}\))?\s+as\s+{CHARACTER}", text
        ):
            who = ctx.person(match.group(1))
            if not who or who in found or elsewhere(text[match.end() :], show, ctx):
                continue
            if re.search(r"\b(?:stars?|starring|appears?) (?:in|on)\s+$", text[: match.start(1)]):
                continue  # "who also stars in Pitch Side as Roy Dent": a title, never a person, before "as"
            if other_works_cast(re.sub(r"\b(?:starring|with)\s*$", "", text[: match.start(1)]), ctx):
                continue  # "an adaptation of the 1980s drama starring A as B": the original's cast
            listed = trailing_people(text[: match.end(1)], ctx)
            # "Felix Kammerer as William Frankenstein and Charles Dance as ...": each has a role; no pairs.
            roled = re.search(r"\bas\s+(?:[^\s,]+\s+){0,3}[^\s,]+,?\s+and\s+$", text[: match.start(1)])
            if len(listed) > 1 and re.search(r"\s+and\s+$", text[: match.start(1)]) and not roled:
                # "Christopher Briney and Gavin Casalegno as the brothers Conrad and Jeremiah Fisher".
                roles = character_list(text[match.start("char") :], text[: match.start("char")])
                if len(roles) == len(listed):
                    for person, role in zip(listed, roles, strict=True):
                        add(person, role, 0.7)
                continue  # one character for several people: whose is it?
            add(who, _appositive(match.group("char"), text[match.end() :]), 0.75)
    # "stars X, Y and Z" / "a cast that also includes A as B, C as D".
    for cue in LIST_CUES.finditer(text):
        before = text[: cue.start()]
        # "produced by A and B alongside C" lists producers; "stars" is never about producing.
        if (
            cue.group().strip().lower().startswith(("alongside", "opposite", "joined"))
            and CREW_WORDS.search(before)
            and not CAST_WORDS.search(before)
        ):
            continue  # "produced by A and B alongside C" lists producers, not cast
        if (
            re.match(r"(?:alongside|opposite)\b", cue.group().strip())
            and re.search(r"\bstarred\b[^.;]*$", before)
            and IN_OTHER_TITLE.match(text, cue.end())
        ):
            continue  # "A starred alongside B in Other Title": that title's cast
        # ("A starred alongside B": the cast of the show at hand, no other work named.)
        if re.search(
            r"\b(?:starred|appeared|seen|known|recognized|recognised)\s+(?:in|on|for|as|from)\b[^.;]*$",
            before,
        ):
            continue  # "starred in Apple TV's 'Sugar' opposite Colin Farrell": that work's cast
        if other_works_cast(before, ctx):
            continue  # "a new comedy starring A", "an adaptation of the 1980s drama starring B"
        titled = re.search(r"([A-Z][\w'’:.-]*(?:\s+[A-Z][\w'’:.-]*)*)[”\"’']?,?\s*$", before)
        if (
            titled
            and titled.group(1) != show
            and cue.group().strip().lower().startswith(("starring", "opposite"))
            and re.search(r"\b(?:directed|wrote|produced|made|created|released)\b", before)
        ):
            continue  # "also directed 2025's Superman, starring David Corenswet": that film's cast
        # "starring Will & Grace alum Sean Hayes": words describing the person come first.
        described = DESCRIBED_PERSON.match(text[cue.end() :])
        items, _end = person_list(text[cue.end() + (described.end() if described else 0) :], ctx, roles=True)
        # ("stars A, Oscar winner B and Emmy nominee C": described people may follow bare ones.)
        listed = described_people(text[cue.end() :], ctx, bare_first=bool(items))[0]
        items = items if len(items) >= len(listed) else [(p, None) for p in listed]
        for person, character in items:
            add(person, character, 0.8, titled_before(before, ctx))
        if RETURNING_CUE.search(cue.group()):
            _aside_roles(person_list(text[cue.end() :], ctx)[0], ctx, add)
        elif ROSTER_CUE.search(cue.group()):
            # ("alongside Tom Ellis (Miranda)" names other work: only a full name or a rank and name here; and
            # "stars A (Far Road) and B (The Long Dead)": one bracket of other work says the others are too.)
            roster = [item for item in person_list(text[cue.end() :], ctx)[0] if item[1]]
            _aside_roles(roster if all(character_shaped(str(a)) for _p, a in roster) else [], ctx, add)
    # "Marcus Rutherford and Dónal Finn also star."
    items, end = person_list(text, ctx, roles=True)
    if not SUBJECT_LIST_VERB.match(text[end:]):
        items, end = described_subjects(text, ctx, SUBJECT_LIST_VERB) or (items, end)
    # "Former Pretty Little Liars star Lucy Hale": "star" before a name is a noun, not what the list does.
    noun = re.match(r"\s*(?:co-)?stars?\s+[A-Z]", text[end:])
    if items and SUBJECT_LIST_VERB.match(text[end:]) and not noun and not JOINS_AS_CREW.match(text[end:]):
        for person, character in items:
            add(person, character, 0.8)
        if RETURNING_VERB.match(text[end:]):
            _aside_roles(person_list(text, ctx)[0], ctx, add)
    # "Christopher Smith, aka Peacemaker (John Cena)": the role is the name before "aka".
    for match in AKA.finditer(text):
        who = ctx.person(match.group(2))
        if who and who not in found:
            add(who, match.group(1), 0.75)
    # "Charlie Spring (Locke)", "DI Tess Hollin (Gemma Arterton)".
    # A nickname may sit inside the role: Vanessa "Van" Palmer (Hewson).
    for match in ROLE_THEN_ACTOR.finditer(text):
        character, who = match.group(1), ctx.person(match.group(2))
        if character in found or character in ctx.people:
            continue  # "Gillian Jacobs (Atom Eve)": the person comes first, the role in brackets
        if ACTOR_THEN_WORK.match(text, match.end()) or re.search(r"\bincluding\s+$", text[: match.start()]):
            continue  # "Michiel Huisman (Orphan Black) as Alex", "B (Late Show) will voice Pip": actor, work
        if CREW_AFTER.match(text, match.end()):
            continue  # "with Ira Beck (Pale Harbor) returning as showrunner": a crew member, their other work
        bracket = match.group(2)
        if " " in bracket and who != bracket:
            continue  # "Aurora Perrineau (When They See Us)": a title in brackets, not "See Us"
        if actor_before_work(character, bracket, ctx.alone):
            continue  # "Jeff Goldblum (Jurassic Park)" and later "Goldblum appears": the actor comes first
        if who and _is_character(character, ctx):
            add(who, character, 0.8)
    # "Choi is Dr. Joy Kwon, a second-year resident": a cast sentence naming who someone is.
    if CAST_CUE.search(text):
        for match in IS_CHARACTER.finditer(text):
            who = ctx.person(match.group(1))
            if who and who not in found and _is_character(match.group(2), ctx):
                add(who, match.group(2), 0.7)
    # "with John Cena in the title role": the character bears the show's name.
    for match in TITLE_ROLE.finditer(text):
        who = ctx.person(match.group(1))
        if who and who not in found:
            found[who] = _credit(show, who, sentence, 0.7, show)
    # "The recruiter is played by Cate Blanchett", "Eleven is played by Millie Bobby Brown".
    for match in PLAYED_BY.finditer(text):
        who = ctx.person(match.group(2))
        in_list = in_role_list(text, match.start(2), match.end(2), ctx) or bool(
            match.group(1) and in_name_list(text, match.start(1), match.end(1))
        )
        if who and who not in found and not in_list:
            add(who, _unowned(match.group(1), ctx), 0.7)
    # "Queen Adela, whom A portrays", "The lead role of Nell Hart goes to A".
    for pattern in (WHOM_PLAYS, ROLE_GOES_TO, ROLE_LANDED, ROLE_JOINED_IN):
        for match in pattern.finditer(text):
            who = ctx.person(match.group("who"))
            if who and who not in found and _is_character(match.group("char"), ctx):
                add(who, match.group("char"), 0.7)
    # "Nina Sosanya is Ruth's mother, Margaret": the name after the description is the role.
    if CAST_CUE.search(text):
        for match in IS_RELATIVE.finditer(text):
            who = ctx.person(match.group(1))
            if who and who not in found and _is_character(match.group(2), ctx):
                add(who, match.group(2), 0.7)
    # "Orlando Bloom's Rycroft Philostrate": only in a sentence about the cast, never before a noun.
    if CAST_CUE.search(text):
        for match in re.finditer(
            rf"({PERSON})(?:['’]s|(?<=s)['’]) ({ROLE_HONORIFIC}{CAPW}(?:\s+{CAPW}){{0,2}})", text
        ):
            who, character = ctx.person(match.group(1)), match.group(2)
            if CREW_WORDS.search(text[: match.start()]) and not CAST_WORDS.search(text[: match.start()]):
                continue  # "executive produce with ..., as well as Banijay Americas’ Howard T. Owens"
            # "alongside Downton Abbey’s Tuppence Middleton": after a cast word the show owns its actor.
            joining = JOINING.search(text)
            if ACTOR_SLOT.search(text[: match.start()]) or (joining and joining.start() >= match.end()):
                continue
            if who not in ctx.people and is_person_name(character) and through_work(match, text, ctx):
                # "Arrested Development's Michael Cera and Gossip Girl's Jessica Szohr, along with Tim Roth":
                # a full name after an owner not known as a person is the actor, named through other work.
                actor = ctx.person(character)
                if actor and actor not in ctx.titles and NOT_AFTER_POSSESSIVE.match(text[match.end() :]):
                    add(actor, None, 0.6)
                continue
            if who and NOT_AFTER_POSSESSIVE.match(text[match.end() :]) and _is_character(character, ctx):
                add(who, character, 0.6)
    return list(found.values())


def _unowned(character: str | None, ctx: Context) -> str | None:
    """ "Tide Pool's Mae Ford, played by ...": the character, without the show owning it."""
    owned = re.match(r"(.+?)['’]s\s+(.+)$", character or "")
    if owned and owned.group(1) in ctx.titles:
        return owned.group(2)
    return character
