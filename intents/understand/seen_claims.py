"""A claim the fan saw or heard, then asks is true ("saw on twitter that season 3 is coming out october 3rd,
is that real?"): asked back as a check of the claim itself; for clause_choice.py."""

from __future__ import annotations

import re

# "saw on twitter that season 3 is coming out october 3rd, is that real or fake news?": the claim is checked.
_CLAIM_ASKED = re.compile(
    r"^\W*(?:i\s+|we\s+)?(?:saw|heard|read|seen)\b(?:\s+(?:on|in)\s+\S+)?(?:\s+(?:somewhere|online))?\s+"
    r"(?:that\s+)?(?P<claim>.+?)[,.!\s]+(?:is|was)\s+(?:that|this|it)\s+(?:actually\s+)?"
    r"(?:true|real|right|correct|legit|accurate)\b",
    re.IGNORECASE,
)
_MIN_CLAIM_WORDS = 3


def claim_checked(asked: str) -> str | None:
    """The claim a fan saw or heard, asked back as a check; None when the words check no such claim."""
    found = _CLAIM_ASKED.search(asked)
    if found is None or len(found.group("claim").split()) < _MIN_CLAIM_WORDS:
        return None
    return f"{found.group('claim').rstrip(' ,.!?')}?"
