"""The words fans use for the crew roles a credit holds: one table, read by the chains ("the show andy
newberry directs": a director's credit) and by the follow-ups that put a role's verb for "doing" ("which of
them is doing s3": directing)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RoleWords:
    """How a question names one credit role: its verbs, its nouns, and the verb in -ing asked with it (None
    when "doing" is never read as that role)."""

    verbs: tuple[str, ...]
    nouns: tuple[str, ...] = ()
    gerund: str | None = None


ROLE_WORDS: dict[str, RoleWords] = {
    "director": RoleWords(
        ("directed", "directs", "directing", "is directing", "co directed"),
        ("director", "directors"),
        "directing",
    ),
    "creator": RoleWords(("created", "creating", "made", "co created"), ("creator", "creators"), "creating"),
    "writer": RoleWords(("wrote", "writing"), ("writer", "writers"), "writing"),
    "showrunner": RoleWords(("runs", "ran"), ("showrunner",), "running"),
    "producer": RoleWords(("produces", "produced"), ("producer",)),
    "novelist": RoleWords(("wrote the books for", "co wrote the books for", "wrote the novels for")),
}

# A verb (or a role noun: "the show whose director is X" says the same) -> the credit role it names.
VERB_ROLES: dict[str, str] = {
    word: role for role, words in ROLE_WORDS.items() for word in (*words.verbs, *words.nouns)
}
# A role -> the verb in -ing a question asks it with ("who is directing s3").
ROLE_GERUNDS: dict[str, str] = {role: w.gerund for role, w in ROLE_WORDS.items() if w.gerund is not None}

# Roles no credit holds (a show's host, presenter or narrator): a question asking one gets "I don't have ...",
# and one asking it of a show nobody knows gets "I don't have facts about X", never the default show's crew.
UNHELD_ROLE_WORDS: dict[str, RoleWords] = {
    "host": RoleWords(("hosts", "hosted", "hosting", "host"), ("host", "hosts", "co host")),
    "presenter": RoleWords(("presents", "presented", "presenting", "present"), ("presenter", "presenters")),
    "narrator": RoleWords(("narrates", "narrated", "narrating", "narrate"), ("narrator",)),
}
