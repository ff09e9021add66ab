"""Who put a show's picture or clip out ("which account posted the bts pic", "who shared the new photo",
"hs3 bts pic who posted it", "where was the bts pic posted"): never a fact Marquee keeps, so it is said
missing (intents.understand.missing) rather than answered with another fact."""

from __future__ import annotations

_PICTURES = (
    r"(photos?|pics?|pictures?|images?|snaps?|stills?|posters?|videos?|clips?|trailers?|teasers?|scenes)"
)
_PUT_OUT = r"(posted|post|shared|uploaded|tweeted|unveiled|put out)"

WHO_POSTED = (
    r"\b(which|what) (\w+ )?(account|page|profile|handle|user)s?\b.*"
    r"\b(post|shar|upload|tweet|unveil|put out)\w*"
    rf"|\bwho\b.*\b{_PUT_OUT}\b.*\b{_PICTURES}\b"
    # the picture named first: "hs3 bts pic who posted it", "where was the bts pic posted"
    rf"|\b{_PICTURES}\b.*\bwho\b.*\b{_PUT_OUT}\b|\bwhere\b.*\b{_PICTURES}\b.*\b{_PUT_OUT}\b"
)  # (not "who tweeted it" alone: no picture is asked about there)
