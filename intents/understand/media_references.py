"""Being in a show's promotional picture or clip is being in the show: "is he in that new s3 bts pic netflix
posted?", "who's in the new heartstopper photo?", "when does the season in that trailer come out?".

Marquee has no facts about the pictures themselves, so "in <the picture>" is read as "in <the show>": the
title (and season) the fan gave the picture, or "it" (the conversation's show) when they gave none. Only the
"in ..." form is read so: "when did the trailer come out" asks about the trailer, which Marquee can't answer.
"""

from __future__ import annotations

_DETERMINERS = frozenset({"the", "that", "this", "those", "these", "a", "an"})
# Words that describe the picture but name nothing: "the new official bts pic".
_DESCRIBING = frozenset(
    "new latest recent official leaked first promo promotional cast group set behind the scenes bts".split()
)
_MEDIA = frozenset(
    """photo photos pic pics picture pictures image images pics trailer trailers teaser teasers poster posters
    clip clips video videos footage still stills snap selfie promo""".split()
)
# Who put it out and how: "... netflix posted", "... they dropped today", "... that was shared on x".
# (Verbs may come folded to their plain form: "dropped" reads as "drop".)
_PUT_OUT = frozenset(
    """posted dropped released shared unveiled revealed tweeted uploaded put showed published post posts drop
    drops release releases share shares unveil unveils reveal reveals tweet tweets upload uploads""".split()
)
_AFTER_PUT_OUT = frozenset("out up today yesterday earlier online on x twitter instagram".split())
_LONGEST_TITLE = 6  # words between the determiner and the picture that may be its title and season


def in_media_as_show(tokens: list[str]) -> list[str]:
    """The tokens with "in <a picture or clip of a show>" as "in <the show>" (its title and season, or
    "it"); unchanged when no such phrase follows an "in"."""
    for at in range(len(tokens) - 1):
        if tokens[at] != "in" or tokens[at + 1] not in _DETERMINERS:
            continue
        end = next(
            (i for i in range(at + 2, min(len(tokens), at + 3 + _LONGEST_TITLE)) if tokens[i] in _MEDIA), None
        )
        if end is None:
            continue
        named = [w for w in tokens[at + 2 : end] if w not in _DESCRIBING]
        if any(w in _MEDIA or w in ("in", "of", "for") for w in named):
            continue
        rest = _after_put_out(tokens[end + 1 :])
        # "the trailer for heartstopper s3": the words after it name the show.
        if not named and rest[:1] in (["for"], ["of"], ["from"]) and len(rest) > 1:
            return [*tokens[: at + 1], *rest[1:]]
        # The season a picture is from is dropped: being in the s3 picture is being in the show, and the
        # cast is credited to a show, never to one of its seasons.
        subject = _without_seasons(named) if _titles_or_seasons(named) else ["it"]
        return [*tokens[: at + 1], *subject, *rest]
    return tokens


def _titles_or_seasons(words: list[str]) -> bool:
    """Whether the words left name something besides a season ("heartstopper s3", not just "s3")."""
    return any(not (w == "season" or w.isdigit() or (w[:1] == "s" and w[1:].isdigit())) for w in words)


def _without_seasons(words: list[str]) -> list[str]:
    """The words without a season ("heartstopper s3" -> "heartstopper", "heartstopper season 3" likewise)."""
    kept = [w for w in words if not (w[:1] == "s" and w[1:].isdigit()) and w != "season"]
    return [w for i, w in enumerate(kept) if not (w.isdigit() and i > 0)] or words


def _after_put_out(rest: list[str]) -> list[str]:
    """The words after the picture without who put it out and when ("netflix posted today")."""
    for size in range(4):
        if size < len(rest) and rest[size] in _PUT_OUT:
            if any(w in ("who", "what", "when") for w in rest[:size]):
                return rest
            after = size + 1
            while after < len(rest) and rest[after] in _AFTER_PUT_OUT:
                after += 1
            return rest[after:]
    return rest
