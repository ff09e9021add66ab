"""Settings refuse values Marquee can't run with, in one line naming the setting and the form it wants."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from pydantic_settings.exceptions import SettingsError

from bot.settings import Settings, describe_settings_error


def _problem(monkeypatch: pytest.MonkeyPatch, **values: str) -> str:
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as refused:
        Settings(_env_file=None)
    return describe_settings_error(refused.value)


@pytest.mark.parametrize("value", ["notjson", "[1, two]", '{"a": 1}', "[true]"])
def test_owner_ids_that_are_not_numbers_name_the_setting_and_its_form(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    problem = _problem(monkeypatch, OWNER_IDS=value)
    assert problem.startswith("OWNER_IDS: ")
    assert "write it as a JSON list: [123, 456]" in problem


@pytest.mark.parametrize(("value", "expected"), [("[1, 2]", [1, 2]), ("1,2", [1, 2]), ("123", [123])])
def test_owner_ids_read_a_json_list_or_comma_separated_numbers(
    value: str, expected: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OWNER_IDS", value)
    assert Settings(_env_file=None).owner_ids == expected


def test_shard_ids_outside_the_shard_count_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    problem = _problem(monkeypatch, SHARD_IDS="[5]", SHARD_COUNT="2")
    assert problem == "SHARD_IDS: every SHARD_IDS entry must be between 0 and SHARD_COUNT - 1 (1)"


def test_shard_ids_without_a_shard_count_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "needs SHARD_COUNT" in _problem(monkeypatch, SHARD_IDS="[0]")


def test_a_negative_refresh_interval_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    problem = _problem(monkeypatch, FACTS_REFRESH_SECONDS="-5")
    assert problem.startswith("FACTS_REFRESH_SECONDS: ") and "greater than or equal to 0" in problem


@pytest.mark.parametrize(
    ("setting", "value", "expected"),
    [
        ("DISCORD_API_URL", "notaurl", "is not a URL starting http:// or https://"),
        ("DISCORD_GATEWAY_URL", "https://gateway.example", "is not a URL starting ws:// or wss://"),
    ],
)
def test_discord_endpoint_urls_must_be_urls_of_their_kind(
    setting: str, value: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    problem = _problem(monkeypatch, **{setting: value})
    assert problem.startswith(f"{setting}: ") and expected in problem


def test_a_value_pydantic_settings_cannot_decode_is_named_by_its_setting() -> None:
    error = SettingsError('error parsing value for field "shard_ids" from source "EnvSettingsSource"')
    assert describe_settings_error(error) == "SHARD_IDS: can't be read; write it as JSON, e.g. a list: [1, 2]"
