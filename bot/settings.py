"""Settings from the environment and `.env` (see .env.example)."""

from __future__ import annotations

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    log_level: str = Field(default="INFO")
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

    @field_validator("discord_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("database_url", "discord_api_url", "discord_gateway_url", "default_show", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value
