"""Spaces in the wrong place: two words typed as one ("createdheartstopper", "connorplay",
"horsesseason") and one word typed as two ("sho gun", "he artstopper", "gary ol dman").

Both are read from what the bot knows, with no list of slips: the words its intents read (their example
phrasings and cues), the stopwords, and the words of the names it holds.

- A token nobody knows is cut in two when one piece is a word of a name and the other a word the intents
  read: "connorplay" is "connor play", "createdheartstopper" "created heartstopper". Two words the intents
  read run together are as often a word of their own ("weekday", "overall", "another") and are not cut; nor
  is a token one slip from a word ("anor" is Andor misspelt). Names glued to names are
  intents.understand.glued_names' (an exact name only); a token that is a known word, a name, an everyday
  word or a fan's word is never cut.
- Two neighbouring tokens are joined when together they are a word of a name and one of them is no word at
  all ("sho gun" -> "shogun"): two real words side by side ("and or", "show gun") stay two words.
"""

from __future__ import annotations

from collections.abc import Callable

from intents.ordinary_words import everyday
from intents.spelling_edits import edits1
from intents.text import STOPWORDS
from intents.understand.fanwords import FAN_WORDS
from intents.understand.shorthands import Shorthands

MIN_GLUED = 5  # "starsin": shorter run-together pairs are mostly words of their own
MIN_NAME_PIECE = 3  # a name's piece of a glued token ("dina" in "dinain")
NAME_SPAN = 4  # the most words of a name a pair of tokens is looked up inside
MEMO_WORDS = 16384  # words whose readings one WordBreaks remembers before starting afresh


class WordBreaks:
    """What the bot knows of words, to put a misplaced space right."""

    def __init__(
        self,
        vocabulary: frozenset[str],
        name_words: frozenset[str],
        is_name: Callable[[str], bool] | None,
        fan_words: frozenset[str] = frozenset(),
        is_shorthand: Callable[[str], bool] = lambda _: False,
    ) -> None:
        self.vocabulary = vocabulary
        self.name_words = name_words
        self.is_name = is_name or (lambda _: False)
        self.fan_words = fan_words
        self.is_shorthand = is_shorthand
        # word -> known(word): a message's words are asked about up to three times each (as a pair's left and
        # right piece, then as a token to cut), and the answer depends on the word alone.
        self._known: dict[str, bool] = {}
        # token -> cut(token), kept across messages while the snapshot is the same (`respaced` below)
        self._cuts: dict[str, tuple[str, str] | None] = {}

    def reads(self, word: str) -> bool:
        """A word the intents read, or a stopword."""
        return len(word) >= 2 and (word in self.vocabulary or word in STOPWORDS)

    def names(self, word: str) -> bool:
        """A word of a name the bot holds, or a whole name."""
        return len(word) >= MIN_NAME_PIECE and (
            word in self.name_words or self.is_name(word) or self.is_shorthand(word)
        )

    def known(self, word: str) -> bool:
        """Any word of its own: read by the intents, a name's, everyday English, a fan's, a number."""
        found = self._known.get(word)
        if found is None:
            if len(self._known) >= MEMO_WORDS:
                self._known.clear()
            found = self._known[word] = (
                self.reads(word)
                or self.names(word)
                or word in self.fan_words
                or everyday(word)
                or not word.isalpha()
            )
        return found

    def cut(self, token: str) -> tuple[str, str] | None:
        """The two words a token nobody knows runs together, or None; of several cuts, the most even."""
        if len(token) < MIN_GLUED or not token.isalpha() or self.known(token):
            return None
        best: tuple[str, str] | None = None
        for at in range(2, len(token) - 1):
            left, right = token[:at], token[at:]
            reads_left, reads_right = self.reads(left), self.reads(right)
            if not (reads_left or reads_right) or (left in STOPWORDS and right in STOPWORDS):
                continue  # two small words ("do" + "or") make too many real words ("door")
            # Two words the intents read run together are as often a word of their own ("weekday",
            # "overall", "another"): a cut needs a name on one side ("connor" + "play").
            if reads_left and reads_right:
                continue
            fits = (reads_left or self.names(left)) and (reads_right or self.names(right))
            # A name's word and two letters more is another name ("jameson", "kitty"), not a word glued on.
            fits = fits and min(len(left), len(right)) > 2
            if fits and (best is None or min(len(left), len(right)) > min(len(best[0]), len(best[1]))):
                best = (left, right)
        # Checked last: a slip's few hundred spellings cost more than the cuts, and most tokens have none.
        return None if best is None or self._slip_of_a_word(token) else best

    def _slip_of_a_word(self, token: str) -> bool:
        """Whether the token is one slip from a word of a name or of the intents ("anor" is Andor, "tome" is
        time): a misspelt word, not two run together ("an or", "to me")."""
        return any(w in self.name_words or w in self.vocabulary or self.is_name(w) for w in edits1(token))

    def joined(self, tokens: list[str]) -> list[str]:
        """The tokens with a name's word typed in two pieces joined ("he artstopper" -> "heartstopper")."""
        out: list[str] = []
        at = 0
        size = len(tokens)
        known = self._known  # each word once (a pure test), most of them met before
        alone = [
            token in STOPWORDS or (known[token] if token in known else self.known(token)) for token in tokens
        ]
        if all(alone):
            return list(tokens)  # every word one of its own (most questions): no pair is joined
        while at < size:
            if at + 1 < size:
                left, right = tokens[at], tokens[at + 1]
                whole = left + right
                # Most pairs are two words of their own: that cheap test goes first. A one-letter word is a
                # word too ("in a bronx tale" is no "ina"), and a name already typed whole keeps its words
                # ("mike de leon" is no "mike deleon").
                if (
                    not (alone[at] and alone[at + 1])
                    and whole.isalpha()
                    and self.names(whole)
                    and not self._inside_a_name(tokens, at)
                ):
                    out.append(whole)
                    at += 2
                    continue
            out.append(tokens[at])
            at += 1
        return out

    def _inside_a_name(self, tokens: list[str], at: int) -> bool:
        """Whether the tokens at `at` and `at + 1` lie, as typed, inside a known name of a few words."""
        for start in range(max(0, at - NAME_SPAN + 2), at + 1):
            for end in range(at + 2, min(len(tokens), start + NAME_SPAN) + 1):
                if self.is_name(" ".join(tokens[start:end])):
                    return True
        return False

    def respaced(self, tokens: list[str]) -> list[str]:
        """The tokens with misplaced spaces put right: split pieces joined, then run-together words cut."""
        joined = self.joined(tokens)
        cuts = self._cuts
        found = [cuts[token] if token in cuts else self._cut_once(token) for token in joined]
        if not any(found):
            return joined  # no token cut (most questions)
        out: list[str] = []
        for token, pieces in zip(joined, found, strict=True):
            out.extend(pieces if pieces is not None else (token,))
        return out

    def _cut_once(self, token: str) -> tuple[str, str] | None:
        """`cut`, kept for the next message that holds the token."""
        if len(self._cuts) >= MEMO_WORDS:
            self._cuts.clear()
        pieces = self._cuts[token] = self.cut(token)
        return pieces


def word_breaks(
    vocabulary: frozenset[str], shorthands: Shorthands, is_name: Callable[[str], bool] | None
) -> WordBreaks:
    """What these tables know of words (a title shorthand, "hs", is a name's word): one for a snapshot keeps
    its readings of words for every question asked of it (the engine's `kept`)."""

    def shorthand(word: str) -> bool:
        return shorthands.expand(word) is not None

    return WordBreaks(vocabulary, shorthands.name_words, is_name, _FAN_SET, shorthand)


def respaced(
    tokens: list[str],
    vocabulary: frozenset[str],
    shorthands: Shorthands,
    is_name: Callable[[str], bool] | None,
) -> list[str]:
    """The folded tokens with misplaced spaces put right (a title shorthand, "hs", is a name's word)."""
    return word_breaks(vocabulary, shorthands, is_name).respaced(tokens)


_FAN_SET = frozenset(FAN_WORDS)
