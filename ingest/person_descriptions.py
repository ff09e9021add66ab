"""How news describes a person beside their name: "Will & Grace alum", "Emmy-winning actress", "known for
Glass Garden", a company's name, and where a cast list puts an actor (read by the cast readers)."""

from __future__ import annotations

import re

# "Will & Grace alum", "TV and movie veteran", "Oscar-winning director": words that describe who follows.
DESCRIBED_PERSON = re.compile(
    r"(?:(?:[\w&'’.-]+\s+){1,4}?(?:alum|alumna|alumnus|veteran|star|actor|actress|newcomer|comedian|director)\s+"
    # "starring Ferry Lane's Tom Okafor": the actor named through other work, a show's possessive.
    r"|(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&-]*['’]s?\s+)"
    r"(?=[A-Z][a-z]+\s+[A-Z])"
)

# "Peele's Monkeypaw Productions": a company, never a character.
COMPANY = re.compile(
    r".*\b(?:Productions?|Entertainment|Studios?|Pictures|Films|Media|Television|TV|Company|Group|Records"
    r"|Network|Networks|Inc\.?|LLC|Ltd\.?)$"
)

# Where a cast list puts an actor: "played by Downton Abbey's Dan Stevens" names the actor through other
# work, so the possessed name is the actor, not a character.
ACTOR_SLOT = re.compile(
    r"\b(?:alongside|opposite|including|(?:played|portrayed|voiced) by|starring|featuring)\s+$"
)
# "... also joins the cast", "... also feature in the ensemble cast": what actors joining a show do.
JOINING = re.compile(
    r",?\s+(?:also\s+|will\s+also\s+|will\s+)?(?:joins? the (?:cast|ensemble)|features? in the (?:[\w-]+ )?"
    r"(?:cast|ensemble)|also features?\b|co-stars?\b|stars? (?:alongside|opposite)\b)"
)
# "starring Grammy winner and Tony nominee Ana Ruiz, Emmy-winning actress Bo Lee, ...": each listed person
# comes after words describing them, ending in what they are.
DESCRIBED_ITEM = re.compile(
    r"(?:[\w&'’.“”\"-]+\s+){0,10}?(?:singer|actress|actor|star|mainstay|comedian|alum|alumna|alumnus|winner"
    r"|nominee|veteran|newcomer|performer|rapper|musician|icon|legend|favou?rite|author|host|personality)\s+"
    r"(?=[A-Z])"
)
# "Kim Ji-won, known for Glass Garden, will play ...": an aside about the actor between name and verb (its
# own roles stay its own: "best known as Ruby in X" is never read as a role here).
APPOSITIVE = (
    r"(?:,\s+(?:(?:best |perhaps best |widely |also )?known (?:for|as)|who (?:previously |also )?"
    r"(?:starred|appeared|played) in|fresh off|(?:a|an) (?:[\w-]+ ){0,3}?(?:actor|actress|star|alum|veteran"
    r"|newcomer|comedian))\s[^,()]{1,60},)"
)
