"""Settings from the environment and `.env` (see .env.example)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def zone_problem(name: str) -> str | None:
    """Why `name` is not a time zone Marquee can use, or None."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return f"{name!r} is not a time zone; use an IANA name such as UTC or Europe/London"
    return None


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
    owner_ids: list[int] = Field(default_factory=list, description="Discord user ids of the bot's owners")
    log_level: str = Field(default="INFO", description="DEBUG, INFO, WARNING, ERROR or CRITICAL")
    discord_api_url: str | None = Field(
        default=None, description="REST base URL of a Discord-compatible server"
    )
    discord_gateway_url: str | None = Field(
        default=None, description="Gateway URL of a Discord-compatible server"
    )
    shard_count: int | None = Field(default=None, description="Total shards; set to run as AutoShardedBot")
    shard_ids: list[int] | None = Field(default=None, description="Shards this process runs")
    default_show: str | None = Field(default=None, description="Show used when a question names none")
    timezone: str = Field(default="UTC", description="Time zone for 'today' when telling dates")
    facts_refresh_seconds: float = Field(
        default=30.0, description="Seconds between checks for facts added by other processes; 0 turns it off"
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


def describe_settings_error(error: ValidationError) -> str:
    """One line naming each bad setting by its environment name, e.g. "TIMEZONE: 'Mars' is not ..."."""
    return "; ".join(_describe(problem) for problem in error.errors())


def load_settings_leniently() -> tuple[Settings, list[str]]:
    """The settings with every invalid one replaced by its default, and what was wrong (for `doctor`)."""
    try:
        return Settings(), []
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
