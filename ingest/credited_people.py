"""Who the extracted facts credit as people, and their roles kept apart from their other work."""

from __future__ import annotations

from ingest.model import ExtractedFact, FactKind


def credited_people(facts: list[ExtractedFact]) -> set[str]:
    """The people the facts name; a name some credit gives as a role ("Cassian Andor (Diego Luna)") is a
    character, even where a surname alone was read as that name ("Andor stars Diego Luna"), unless some
    sentence credits that full name as a person."""
    credits = [f for f in facts if f.kind == FactKind.CREDIT]
    characters = {str(f.get("character")) for f in credits if f.get("character")} - {
        str(f.get("person")) for f in credits if str(f.get("person")) in f.sentence
    }
    return {
        str(f.get("person"))
        for f in facts
        if f.kind in (FactKind.CREDIT, FactKind.WORK)
        and f.get("person")
        and f.get("person") not in characters
    }


def drop_roles_as_works(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """'Krys Marshall (Teri Rogers)' is her role, so Teri Rogers is no title she worked on."""
    roles = {(f.get("person"), f.get("character")) for f in facts if f.kind == FactKind.CREDIT}
    return [f for f in facts if f.kind != FactKind.WORK or (f.get("person"), f.get("title")) not in roles]
