"""Logging set-up that keeps secrets and people's messages out of logs, whatever LOG_LEVEL says.

- The bot token (and any other secret given) is replaced by "[redacted]" in every formatted line,
  tracebacks included.
- discord.py logs whole gateway payloads and request bodies at DEBUG (message contents, our replies):
  its loggers are held at INFO, so LOG_LEVEL=DEBUG shows Marquee's own debug lines only.
- Marquee's own code logs ids and lengths of messages, never their text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

REDACTED = "[redacted]"
# discord.py loggers whose DEBUG lines carry payloads (message contents, request bodies).
PAYLOAD_LOGGERS = ("discord.gateway", "discord.http", "discord.state", "discord.client", "discord.webhook")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFormatter(logging.Formatter):
    """A formatter that removes the given secrets from the finished line (message and traceback)."""

    def __init__(self, secrets: Iterable[str], fmt: str = LOG_FORMAT) -> None:
        super().__init__(fmt)
        # Short strings would redact ordinary words; a token is long.
        self.secrets = tuple(s for s in secrets if len(s) >= 8)

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        for secret in self.secrets:
            line = line.replace(secret, REDACTED)
        return line


class ShortReconnects(logging.Filter):
    """discord.py's "Attempting a reconnect" lines as one warning each: the error, no traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None and "reconnect" in str(record.msg).lower():
            record.msg = f"{record.getMessage()} ({describe_error(record.exc_info[1])})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"  # retried, so not an error
        return True


def configure_logging(level: int, secrets: Iterable[str] = ()) -> None:
    """Root logging at `level` via a redacting formatter; discord.py's payload loggers at INFO at least."""
    logging.basicConfig(level=level, format=LOG_FORMAT)
    formatter = RedactingFormatter(secrets)
    for handler in logging.getLogger().handlers:
        handler.setFormatter(formatter)
    for name in PAYLOAD_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.INFO))
    for name in ("discord.client", "discord.shard"):
        logging.getLogger(name).addFilter(ShortReconnects())


def describe_error(exc: BaseException) -> str:
    """One short line for an exception: its type and the first line of its message (no traceback)."""
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first[:200]}" if first else type(exc).__name__
