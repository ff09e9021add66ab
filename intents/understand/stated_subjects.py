"""A claim the fan states of a name nobody knows and asks to be confirmed ("fleabag was written by alice osman
right", "the bear is from the same creator as heartstopper isn't it", "pedro pascal auditioned for nick
nelson right"): the name the claim opens with is what
the message asks of, for the last check on every answer (intents/understand/unknown_subject_guard.py), even
when a known person or show is named in what is claimed of it."""

from __future__ import annotations

from intents.known_words import DOMAIN_WORDS
from intents.more_ordinary_words import SOMEONE_UNNAMED
from intents.resolve import Resolution
from intents.title_words import AUXILIARIES
from intents.unknown_name_evidence import chatter

# Words closing a claim put to be confirmed: "..., right", "... yeah?", "... correct?".
_TAG_WORDS = frozenset("right yeah yes correct innit true".split())
# "isn't it", "wasn't it", "didn't they": a negated auxiliary and a pronoun close the claim.
_TAG_PRONOUNS = frozenset("it they he she".split())
# A verb in the past is longer than this ("played", "starred"; not "red", "ted").
_SHORTEST_PAST = 4


def _tagged(tokens: list[str]) -> bool:
    """Whether the message closes with a tag asking the claim be confirmed."""
    if tokens[-1:] and tokens[-1] in _TAG_WORDS:
        return True
    if len(tokens) < 3 or tokens[-1] not in _TAG_PRONOUNS:
        return False
    return tokens[-2] == "not" or (tokens[-2] in AUXILIARIES and tokens[-2].endswith("nt"))


def stated_subject(tokens: list[str], res: Resolution) -> list[str]:
    """The name nobody knows a claim put to be confirmed opens with, an auxiliary right after it ("fleabag
    was written by alice osman right"); empty for any other message."""
    if not _tagged(tokens):
        return []
    for said in res.named_runs:
        # "pedro pascal auditioned for nick nelson right": a verb in the past closes the run read as a name
        run = said[:-1] if len(said) > 1 and _past(said[-1]) else said
        n = len(run)
        claimed = n < len(tokens) and (tokens[n] in AUXILIARIES or _past(tokens[n]))
        if tokens[:n] == run and claimed and not chatter(run):
            return run
    return _everyday_title_claimed(tokens, res)


# "the show was written by alice right", "everyone is from the uk right": no title opens the claim.
_NOT_TITLES = DOMAIN_WORDS | SOMEONE_UNNAMED | frozenset("it this that they he she i we you the a an".split())
_CLAIM_VERBS = frozenset("is was".split())
_TITLE_WORDS = range(1, 6)


def _everyday_title_claimed(tokens: list[str], res: Resolution) -> list[str]:
    """Words of a claim's opening nobody knows, however everyday, before "was" or "is" and a verb in the
    past or "from" ("below deck was written by alice osman right", "house is from the same creator as
    heartstopper isn't it"), when nothing known is named there: the title the claim is about."""
    at = next((i for i, word in enumerate(tokens) if word in _CLAIM_VERBS), 0)
    if at not in _TITLE_WORDS or at + 1 >= len(tokens) or any(m.start < at for m in res.mentions):
        return []
    said = tokens[at + 1]
    if not (_past(said) or said in ("written", "made", "from")) or not _NOT_TITLES.isdisjoint(tokens[:at]):
        return []
    return tokens[:at]


# Auxiliaries a check of someone's credit opens with, and the credit verbs in the form that follows them.
_CHECK_AUXILIARIES = frozenset("was is were".split())
_CREDITED = frozenset("written created directed made produced developed adapted".split())


def credit_checked_of(tokens: list[str], res: Resolution) -> list[str]:
    """The words nobody knows a check of someone's credit asks of ("was fleabag written by alice osman", "is
    below deck produced by netflix"), when nothing known is named between the auxiliary and the verb: the
    title checked, never a held show the person is credited on."""
    if tokens[:1] == [] or tokens[0] not in _CHECK_AUXILIARIES:
        return []
    at = next((i for i, word in enumerate(tokens) if word in _CREDITED), 0)
    if at - 1 not in _TITLE_WORDS or tokens[at + 1 : at + 2] != ["by"]:
        return []
    title = tokens[1:at]
    if any(m.start < at for m in res.mentions) or not _NOT_TITLES.isdisjoint(title):
        return []
    return title


def _past(word: str) -> bool:
    """Whether the word reads as a verb in the past ("auditioned", "starred"; not "red" or "ted")."""
    return len(word) > _SHORTEST_PAST and word.endswith("ed")


def title_someone_is_in(tokens: list[str], res: Resolution) -> list[str]:
    """The title nobody knows a known person is said to be in ("olivia colman is in fleabag right"): what a
    message no reader understood asks of; empty when no known person is named or no title follows "in"."""
    title = res.unknown_title
    if not (res.people and title) or not _tagged(tokens):
        return []
    n = len(title)
    starts = [at for at in range(1, len(tokens) - n + 1) if tokens[at : at + n] == title]
    return title if any(tokens[at - 1] == "in" for at in starts) else []


# "have you seen X?", "did u ever watch X", "you heard of X?": the fan asks whether the bot knows a title.
_ASKED_OF_THE_BOT = frozenset("have did do you u ya ever".split())
_SEEING = frozenset("seen see watched watch heard tried".split())


def title_asked_if_seen(tokens: list[str], res: Resolution) -> list[str]:
    """The title nobody knows that the fan asks whether the bot has seen ("have you seen the bear?"): the
    words after the verb of seeing to the end of the message, read as a name; empty for any other message."""
    verb = next((at for at, word in enumerate(tokens) if word in _SEEING), None)
    if verb is None or verb < 1 or not set(tokens[:verb]) <= _ASKED_OF_THE_BOT:
        return []
    if not {"you", "u", "ya"} & set(tokens[:verb]):
        return []  # "did see it": no one asked
    title = tokens[verb + 1 :]
    title = title[1:] if tokens[verb] == "heard" and title[:1] == ["of"] else title
    bare = title[1:] if title[:1] in (["the"], ["a"]) else title
    named = any(run[-len(bare) :] == bare for run in res.named_runs if bare)
    return title if named and not chatter(bare) else []


def checked_again(tokens: list[str], unknown: tuple[str, ...] | None) -> list[str]:
    """The unknown subject said again as what a yes/no asks of ("is ms marvel a wandavision spinoff too"):
    a known show after it is what is said of it, not the subject."""
    if not unknown or tokens[:1] == [] or tokens[0] not in AUXILIARIES:
        return []
    return list(unknown) if tuple(tokens[1 : 1 + len(unknown)]) == unknown else []
