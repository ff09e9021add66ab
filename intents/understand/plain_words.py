"""Words read as plainer ones: "hes been" as "he has been", "its out" as "it is", "famous" as "known"."""

from __future__ import annotations

_SAME_AS = {
    ("famous", "for"): ("known", "for"),
    ("best", "known", "for"): ("known", "for"),
    # The lead of a show is who stars in it ("who's the lead in it?", "who plays the main character").
    ("whos", "the", "lead"): ("who", "stars"),
    ("whos", "the", "leads"): ("who", "stars"),
    ("who", "is", "the", "lead"): ("who", "stars"),
    ("who", "are", "the", "leads"): ("who", "stars"),
    ("who", "plays", "the", "main", "character"): ("who", "stars"),
    ("who", "plays", "the", "lead"): ("who", "stars"),
    ("who", "plays", "the", "leads"): ("who", "stars"),
    ("who", "play", "the", "leads"): ("who", "stars"),
    ("who", "plays", "the", "two", "leads"): ("who", "stars"),
    ("who", "play", "the", "two", "leads"): ("who", "stars"),
    ("who", "are", "the", "two", "leads"): ("who", "stars"),
    ("who", "plays", "the", "main", "characters"): ("who", "stars"),
    ("who", "plays", "the", "two", "main", "characters"): ("who", "stars"),
    ("whos", "the", "main", "character"): ("who", "stars"),
    ("whos", "the", "main", "actress"): ("who", "stars"),
    ("whos", "the", "main", "actor"): ("who", "stars"),
    ("who", "is", "the", "main", "actress"): ("who", "stars"),
    ("who", "is", "the", "main", "actor"): ("who", "stars"),
    ("whos", "the", "lead", "actress"): ("who", "stars"),
    ("whos", "the", "lead", "actor"): ("who", "stars"),
    # "who's the star of severance": the star of a show is who stars in it.
    ("whos", "the", "star", "of"): ("who", "stars", "in"),
    ("who", "is", "the", "star", "of"): ("who", "stars", "in"),
    ("whos", "the", "main", "star", "of"): ("who", "stars", "in"),
}
_SAME_AS_FIRSTS = frozenset(phrase[0] for phrase in _SAME_AS)


_CONTRACTED = {"hes": "he", "shes": "she"}
# Words after "he's" that make it "he has" ("what else he's been in"); otherwise it is "he is".
_PARTICIPLES = frozenset(
    "been got gotten done worked directed written wrote made starred played had created produced".split()
)


# Words after "its" that make it "it is" ("so its out already?"), not the possessive ("its rt score").
_AFTER_IT_IS = frozenset(
    """out back coming available released on streaming airing already over gonna going finally ending done
    a an the still not renewed cancelled canceled worth been""".split()
)


def _contractions(tokens: list[str]) -> list[str]:
    """ "hes"/"shes" (a fan's "he's" without its apostrophe, or folded) as the pronoun and its verb, so the
    pronoun is read as one ("other stuff hes been in" -> "... he has been in"); "its out" as "it is out"."""
    if not (_CONTRACTED.keys() | {"its"}) & set(tokens):
        return tokens
    out: list[str] = []
    for at, token in enumerate(tokens):
        nxt = tokens[at + 1] if at + 1 < len(tokens) else ""
        if token == "its" and nxt in _AFTER_IT_IS:
            out += ["it", "has" if nxt == "been" else "is"]
        elif token in _CONTRACTED:
            verb = "has" if tokens[at + 1 : at + 2] and tokens[at + 1] in _PARTICIPLES else "is"
            out += [_CONTRACTED[token], verb]
        else:
            out.append(token)
    return out


def _same_as(tokens: list[str]) -> list[str]:
    out = list(tokens)
    if _SAME_AS_FIRSTS.isdisjoint(out):
        return out  # no phrase starts anywhere: none matches, and none brings in a word that starts one
    # Every word `out` may hold (its own, and those a replacement brought in): a phrase whose first or last
    # word is none of them cannot match, and is not scanned for.
    present = set(out)
    for phrase, plain in _SAME_AS.items():
        if phrase[0] not in present or phrase[-1] not in present:
            continue
        for at in range(len(out) - len(phrase), -1, -1):
            if tuple(out[at : at + len(phrase)]) == phrase:
                out[at : at + len(phrase)] = plain
                present.update(plain)
    return out
