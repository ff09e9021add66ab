""" "who's joe in aaa", "who's kit in hs": who someone is in a show is whom they play there."""

from __future__ import annotations

import re

# Words between "who's" and "in" that make it another question ("who's the director in it", "who's new in").
_NOT_A_NAME = frozenset(
    """the a an that this these those else new main lead actor actress star stars cast director directors
    creator writer showrunner all also still even billed billing""".split()
)
_MAX_NAME = 3
# "who's playing abby in ...", "who's directing s3 in ...": a verb in -ing right after "who's" asks who does
# that, so what follows is no one's name (a first name in -ing, "Sterling", is rare enough to give up).
_PARTICIPLE_END = "ing"
_SHORTEST_PARTICIPLE = 5


def role_in_show(tokens: list[str]) -> list[str]:
    """ "whos X in Y" read as "who does X play in Y"; other tokens as they are."""
    if tokens[:1] != ["whos"] or "in" not in tokens[2:]:
        return tokens
    at = tokens.index("in", 2)
    between = tokens[1:at]
    if len(between) > _MAX_NAME or _NOT_A_NAME & set(between) or at + 1 >= len(tokens):
        return tokens
    if between and len(between[0]) >= _SHORTEST_PARTICIPLE and between[0].endswith(_PARTICIPLE_END):
        return tokens
    return ["who", "does", *between, "play", "in", *tokens[at + 1 :]]


# "what will X play", "what is X going to play in Y", "which role is X gonna play", "whom will X be playing":
# whom someone plays in a show still to come is asked as whom they play there. Only the verbs of playing a
# part: "when will it come out" keeps its "will".
_FUTURE_ROLE = re.compile(
    r"^(?P<ask>(?:\w+ ){0,2}?(?:what|who|whom|which)(?: role| character| part)?) (?:is|are|will) "
    r"(?!going |gonna |to )(?P<who>.+?) (?:(?:going to |gonna )?(?P<verb>play|portray|voice)"
    r"|(?:going to |gonna )?be (?P<doing>playing|portraying|voicing))(?P<rest>(?: .*)?)$"
)
# The plain verb of "be playing" ("who is the actor playing jasper" asks who plays him: no "be", no role).
_PLAIN_VERB = {"playing": "play", "portraying": "portray", "voicing": "voice"}
# Words no one's name holds: "what is it called and what part does he play" is two questions.
_NOT_A_SUBJECT = frozenset("and or what who which does do did is are was called".split())
# "who is going to play nick", "who will play charlie": who plays them.
_FUTURE_PLAYER = re.compile(r"^who (?:is|s|will) (?:going to |gonna )?play(?P<rest> .+)$")


def future_role(tokens: list[str]) -> list[str]:
    """ "what is joe locke going to play in X" read as "what does joe locke play in X", "who will play nick"
    as "who plays nick"; other tokens as they are."""
    joined = " ".join(tokens)
    if "play" not in joined and "portray" not in joined and "voic" not in joined:
        return tokens  # every pattern here needs a verb of playing a part (most questions have none)
    said = _FUTURE_ROLE.match(joined)
    if said is not None:
        if not _NOT_A_SUBJECT.isdisjoint(said["who"].split()):
            return tokens
        ask = ["who" if w == "whom" else w for w in said["ask"].split()]  # "and whom will he be playing"
        verb = said["verb"] or _PLAIN_VERB[said["doing"]]
        return [*ask, "does", *said["who"].split(), verb, *said["rest"].split()]
    player = _FUTURE_PLAYER.match(joined)
    if player is not None:
        return ["who", "plays", *player["rest"].split()]
    left_open = _LEFT_OPEN.match(joined)
    return tokens if left_open is None else ["who", "does", left_open["who"], "play"]


# "and he plays?", "she's playing?", "so they will be playing ...?": the part is left for Marquee to say. Only
# after a pronoun: "nick plays?" may ask who plays Nick.
_LEFT_OPEN = re.compile(
    r"^(?:(?:and|so|ok|okay|then) )?(?P<who>he|she|they) (?:is |are |s |re |will |will be )?"
    r"(?:plays|play|playing)(?: as)?(?: who| what| whom)?$"
)
