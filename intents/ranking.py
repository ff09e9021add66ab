"""Ranking the intents for a resolved question: the matcher's scores (reading unknown words as a name when
that is convincing), and the intent a relation frame in the question's own words names."""

from __future__ import annotations

from intents.registry import Intent, IntentMatcher, Match, Subject
from intents.resolve import Resolution, unknown_variants
from intents.understand.frames import read_frame

ANSWER_THRESHOLD = 68.0  # below this the engine never answers directly
CLARIFY_THRESHOLD = 48.0  # below this it says it doesn't know
MARGIN = 7.0  # the top intent must beat the runner-up by this much


class IntentRanker:
    """Ranks the intents of one engine for a resolved question."""

    def __init__(self, matcher: IntentMatcher, by_name: dict[str, Intent]) -> None:
        self.matcher = matcher
        self.by_name = by_name

    def framed(self, res: Resolution) -> Intent | None:
        """The intent a relation frame names, when the question has the subject it needs."""
        # Slot markers hide words a frame may need ("final season" is a season reference): then the words.
        intent = self.by_name.get(read_frame(res.slotted) or read_frame(" ".join(res.tokens)) or "")
        if intent is None:
            return None
        if intent.subject in (Subject.PERSON, Subject.CHARACTER) and not (
            res.people or res.characters or res.leftovers
        ):
            return None
        return intent

    def rank(self, res: Resolution) -> list[Match]:
        """The intents best first, by the matcher's score for the question's slotted words."""
        ranked = self.matcher.rank(res.slotted)
        for variant in unknown_variants(res):
            candidate = self.matcher.rank(variant)
            # Reading unknown words as a name must be convincing, or chatter would look like questions.
            if candidate[0].score > ranked[0].score and candidate[0].score >= ANSWER_THRESHOLD:
                ranked = candidate
        return ranked
