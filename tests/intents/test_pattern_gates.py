"""The cheap tests run before a reader's pattern (a character, a substring, a word) skip only messages the
pattern could not match: on awkward inputs each gated reader gives what its pattern alone gives."""

from __future__ import annotations

import pytest

from intents.catalog import fan_readings
from intents.seasons import _CUE, find_season
from intents.text import _CONTROL, _INVISIBLE, _MENTION, clean_input
from intents.understand import auxiliary_slips
from intents.understand.owned_titles import title_as_credit_check
from intents.understand.people_rephrase import credit_total
from intents.understand.role_in_show import future_role
from intents.understand.rumoured_parts import rumoured_part
from intents.understand.sentences import _WE_ARE, we_are_spelt_out

_MESSAGES = [
    "what films did Tom Hanks act in",
    "dose heartstopper have an emmy nomination",
    "Iz kit in it",
    "wen dos s3 come out",
    "she also write the books?",
    "we're doing a heartstopper night",
    "We’re doing one",
    "ping <@123> and @everyone",
    "tab\there and bell\x07 and z\u200bero width",
    "which COMEDIES did he star in",
    "any Sport films from him",
    "tom hanks films from the 90s",
    "war films of the ’90s",
    "horror-movies by carpenter",
    "is torchwood also one of his",
    "how many eps did euros lyn direct overall",
    "what is joe locke going to play in agatha",
    "who will play nick",
    "and he plays",
    "the character joe locke is rumoured to be in agatha whats the name",
    "hs s3 cast",
    "the upcoming lot",
    "is it on a lot of lists",
    "season ٣",
]


@pytest.mark.parametrize("message", _MESSAGES)
def test_clean_input_as_every_pattern_run(message: str) -> None:
    text = _MENTION.sub(" ", _CONTROL.sub(" ", _INVISIBLE.sub("", message)))
    text = text.replace("`", " ").replace("*", " ").replace("_", " ").replace("~", " ").replace("|", " ")
    assert clean_input(message) == " ".join(text.split())


@pytest.mark.parametrize("message", _MESSAGES)
def test_slips_and_we_are_as_their_patterns(message: str) -> None:
    slipped = auxiliary_slips._SLIPPED.sub(auxiliary_slips._spelt, message)
    expected = auxiliary_slips._DROPPED_AUXILIARY.sub(r"\1did \2", slipped)
    assert auxiliary_slips.auxiliary_spelt(message) == expected
    assert we_are_spelt_out(message) == _WE_ARE.sub("we are", message)


@pytest.mark.parametrize("message", _MESSAGES)
def test_season_cue_as_its_pattern(message: str) -> None:
    tokens = message.lower().split()
    if _CUE.search(" ".join(tokens)) is None:
        assert find_season(tokens) is None


@pytest.mark.parametrize("message", _MESSAGES)
def test_limits_read_where_their_patterns_match(message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(fan_readings, "try_limited_chain", lambda q: asked.append(q.text))
    for name in ("film_co_stars", "unheld_part", "genre_check", "language_check", "both_roles"):
        monkeypatch.setattr(fan_readings, name, lambda q: None)
    for name in ("film_year_asked", "shared_films", "newest_film"):
        monkeypatch.setattr(fan_readings, name, lambda q: None)

    class _Asked:
        text = message

    fan_readings.fan_reading(_Asked())  # type: ignore[arg-type]
    limited = fan_readings._YEAR_LIMIT.search(message) or fan_readings._GENRE_LIMIT.search(message)
    assert asked == ([message] if limited else [])


def test_gated_rephrasings_still_rewrite() -> None:
    assert title_as_credit_check("is torchwood also one of his".split()) == "did he work on torchwood".split()
    assert credit_total("how many eps did euros lyn direct overall".split())[-1] == "direct"
    assert future_role("who will play nick".split()) == ["who", "plays", "nick"]
    assert future_role("what is joe locke going to play in agatha".split())[:3] == ["what", "does", "joe"]
    told = rumoured_part("the character joe locke is rumoured to be in agatha whats the name".split())
    assert told[:6] == ["who", "is", "joe", "locke", "rumoured", "to"]
