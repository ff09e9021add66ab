"""The words the catalog's relation lexicon (reading.py) reads, and which of them hint at a relation."""

from __future__ import annotations

# Words the lexicon reads; entity linking must not count them as part of a name.
LEXICON_WORDS = frozenset(
    """direct directs directed directing director directors filmmaker filmmakers writer writers screenwriter
    screenwriters scriptwriter scriptwriters wrote write writes written writing penned actor actors actress
    actresses cast star stars starred starring act acts acted acting appear appears appeared appearing play
    plays played feature features featured featuring co costar costars costarred costarring codirected
    codirector cowrote cowriter cowriters codirectors together same share shares shared sharing whose also
    their release released releases releasing dates date years year came come premiered genres genre types
    type kind kinds categories category sort sorts languages language spoken tags tag keywords topics
    describe described describes votes popular popularity famous ratings rating rated rate films film
    movies movie pictures picture who which what when were was are is the of in by with for listed as
    person people main primary fall under did do does that have has led lead leads headed helmed managed
    action take took taking shown seen kind kinds gender nature style made make makes work works worked
    filmography manager managers producer producers produced run ran players done been applicable apply
    applies""".split()
)


# Words that carry no relation themselves; the rest of LEXICON_WORDS hint at one (a cheap check before the
# regular expression runs). "co", "same", "share", "together", "whose" hint at two hops.
_NOT_TRIGGERS = frozenset(
    """films film movies movie pictures picture who which what when were was are is the of in by with for
    listed as person people main primary did do does that have has their also take took taking done
    been""".split()
)
# "who is the author of [X]" asks for its writers; "author" is no lexicon word (QUESTION_WORDS keeps it out
# of names already).
TRIGGERS = (LEXICON_WORDS - _NOT_TRIGGERS) | {"author", "authors"}
PAIR_TRIGGERS = frozenset({"co", "same", "share", "shares", "shared", "sharing", "together", "whose"})
