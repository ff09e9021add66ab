"""Settings from the environment and `.env` (see .env.example)."""

from __future__ import annotations

import json
import re
from typing import Annotated, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from pydantic_settings.exceptions import SettingsError

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# The URL schemes each Discord endpoint setting accepts.
URL_SCHEMES = {"discord_api_url": ("http", "https"), "discord_gateway_url": ("ws", "wss")}
_FIELD_IN_SETTINGS_ERROR = re.compile(r'field "(\w+)"')


def zone_problem(name: str) -> str | None:
    """Why `name` is not a time zone Marquee can use, or None."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return f"{name!r} is not a time zone; use an IANA name such as UTC or Europe/London"
    return None


def shard_problem(shard_count: int | None, shard_ids: list[int] | None) -> str | None:
    """Why SHARD_COUNT and SHARD_IDS can't run together, or None."""
    if shard_ids is not None and shard_count is None:
        return "SHARD_IDS needs SHARD_COUNT (the total number of shards)"
    if shard_count is not None and any(not 0 <= i < shard_count for i in shard_ids or []):
        return f"every SHARD_IDS entry must be between 0 and SHARD_COUNT - 1 ({shard_count - 1})"
    return None


def _number_list(value: object) -> object:
    """A list of whole numbers from the environment: a JSON list "[1, 2]" or "1,2"; other input is refused."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        parsed = json.loads(text) if text.startswith("[") else [int(part) for part in text.split(",")]
    except ValueError:
        parsed = None
    if not isinstance(parsed, list) or not all(
        isinstance(n, int) and not isinstance(n, bool) for n in parsed
    ):
        raise ValueError(f"{text[:40]!r} is not a list of whole numbers; write it as a JSON list: [123, 456]")
    return parsed


class Settings(BaseSettings):
    """Everything Marquee can be configured with."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    discord_token: SecretStr | None = Field(
        default=None, description="Bot token from the Discord developer portal"
    )
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; default: SQLite in data/")
    data_dir: str = Field(
        default="data", validation_alias="MARQUEE_DATA_DIR", description="Where the default SQLite file lives"
    )
    command_prefix: str = Field(default="!", description="Prefix for text commands")
    # NoDecode: the validator below reads the text, so a malformed list is a one-line ValidationError
    # naming the setting instead of pydantic-settings' JSON SettingsError.
    owner_ids: Annotated[list[int], NoDecode] = Field(
        default_factory=list, description="Discord user ids of the bot's owners"
    )
    log_level: str = Field(default="INFO", description="DEBUG, INFO, WARNING, ERROR or CRITICAL")
    discord_api_url: str | None = Field(
        default=None, description="REST base URL of a Discord-compatible server"
    )
    discord_gateway_url: str | None = Field(
        default=None, description="Gateway URL of a Discord-compatible server"
    )
    shard_count: int | None = Field(
        default=None, ge=1, description="Total shards; set to run as AutoShardedBot"
    )
    shard_ids: Annotated[list[int] | None, NoDecode] = Field(
        default=None, description="Shards this process runs"
    )
    default_show: str | None = Field(default=None, description="Show used when a question names none")
    timezone: str = Field(default="UTC", description="Time zone for 'today' when telling dates")
    facts_refresh_seconds: float = Field(
        default=30.0,
        ge=0,
        description="Seconds between checks for facts added by other processes; 0 turns it off",
    )
    conversation_idle_seconds: float = Field(
        default=600.0,
        ge=0,
        description="A channel's conversation is forgotten after this long without a question",
    )

    @field_validator("discord_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("database_url", "discord_api_url", "discord_gateway_url", "default_show", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("owner_ids", "shard_ids", mode="before")
    @classmethod
    def _read_number_list(cls, value: object) -> object:
        return _number_list(value)

    @field_validator("shard_ids")
    @classmethod
    def _shards_fit_the_count(cls, value: list[int] | None, info: ValidationInfo) -> list[int] | None:
        if "shard_count" not in info.data:
            return value  # SHARD_COUNT itself was refused, and that is the problem to report
        problem = shard_problem(info.data["shard_count"], value)
        if problem is not None:
            raise ValueError(problem.removeprefix("SHARD_IDS "))
        return value

    @field_validator("discord_api_url", "discord_gateway_url")
    @classmethod
    def _endpoint_url(cls, value: str | None, info: ValidationInfo) -> str | None:
        schemes = URL_SCHEMES[str(info.field_name)]
        parts = urlsplit(value.strip()) if value else None
        if parts is not None and (parts.scheme not in schemes or not parts.hostname):
            example = f"{schemes[0]}://127.0.0.1:8080"
            starts = " or ".join(f"{scheme}://" for scheme in schemes)
            raise ValueError(f"{value!r} is not a URL starting {starts}; write it like {example}")
        return value.strip() if value else None

    @field_validator("log_level", mode="before")
    @classmethod
    def _known_log_level(cls, value: object) -> object:
        if isinstance(value, str) and value.strip().upper() in LOG_LEVELS:
            return value.strip().upper()
        raise ValueError(f"{value!r} is not a log level; use one of {', '.join(LOG_LEVELS)}")

    @field_validator("timezone", mode="before")
    @classmethod
    def _known_timezone(cls, value: object) -> object:
        problem = zone_problem(value.strip()) if isinstance(value, str) else "the time zone must be a name"
        if problem is not None:
            raise ValueError(problem)
        return value.strip() if isinstance(value, str) else value


def _setting_name(field: str) -> str:
    alias = Settings.model_fields[field].validation_alias if field in Settings.model_fields else None
    return alias if isinstance(alias, str) else field.upper()


def _describe(problem: Any) -> str:
    field = str(problem["loc"][0]) if problem["loc"] else "settings"
    return f"{_setting_name(field)}: {str(problem['msg']).removeprefix('Value error, ')}"


def describe_settings_error(error: ValidationError | SettingsError) -> str:
    """One line naming each bad setting by its environment name, e.g. "TIMEZONE: 'Mars' is not ..."."""
    if isinstance(error, SettingsError):
        return describe_unparsable_setting(error)
    return "; ".join(_describe(problem) for problem in error.errors())


def describe_unparsable_setting(error: SettingsError) -> str:
    """A value pydantic-settings could not read as JSON (a list or set setting), named by its setting."""
    found = _FIELD_IN_SETTINGS_ERROR.search(str(error))
    name = _setting_name(found.group(1)) if found else "a setting"
    return f"{name}: can't be read; write it as JSON, e.g. a list: [1, 2]"


def load_settings_leniently() -> tuple[Settings, list[str]]:
    """The settings with every invalid one replaced by its default, and what was wrong (for `doctor`)."""
    try:
        return Settings(), []
    except SettingsError as error:
        # Raised before validation, for the whole environment: nothing else can be read leniently.
        return Settings.model_construct(), [describe_unparsable_setting(error)]
    except ValidationError as error:
        problems = [_describe(problem) for problem in error.errors()]
        overrides: dict[str, Any] = {}
        for problem in error.errors():
            field = str(problem["loc"][0]) if problem["loc"] else ""
            if field in Settings.model_fields:
                # Keyword arguments outrank the environment, so the default replaces the bad value.
                default = Settings.model_fields[field].get_default(call_default_factory=True)
                overrides[_setting_name(field) if field == "data_dir" else field] = default
        return Settings(**overrides), problems
