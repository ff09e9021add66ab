"""HTTP replies shaped exactly the way discord.py's HTTP client expects them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Reply:
    """A status, a JSON body (None: empty 204) and extra headers."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def to_response(self) -> web.Response:
        if self.body is None and self.status == 204:
            return web.Response(status=204, headers=self.headers)
        # Bytes, not text=: aiohttp would append "; charset=utf-8", and discord.py
        # only parses JSON when Content-Type is exactly "application/json".
        headers = {"Content-Type": "application/json", **self.headers}
        return web.Response(status=self.status, body=json.dumps(self.body).encode(), headers=headers)


def ok(body: Any) -> Reply:
    return Reply(200, body)


def no_content() -> Reply:
    return Reply(204)


def error(status: int, code: int, message: str) -> Reply:
    """A Discord JSON error ({"code", "message"})."""
    return Reply(status, {"code": code, "message": message})


def rate_limited(retry_after: float, *, is_global: bool = False) -> Reply:
    """A per-route (or the global) 429; without ``Via`` discord.py would take it for a Cloudflare ban."""
    headers = {
        "Via": "1.1 google",
        "Retry-After": str(max(1, round(retry_after))),
        "X-RateLimit-Scope": "global" if is_global else "user",
    }
    if is_global:
        headers["X-RateLimit-Global"] = "true"
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": is_global}
    return Reply(429, body, headers)
